// The runtime matrix's MSW case: headless Chromium runs msw-scenario.ts, the validating MSW
// handlers behind MSW's service worker. The handlers answer at loopback URLs whose servers must
// see no request (MSW answered all of them); every other address is blocked.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { repoRoot } from "../package/shared.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./harness.js";
import { startScriptedServer } from "./server.js";

export interface MswBrowserOutcome {
  passed: string[];
  failed: string[];
}

async function bundleScenario(): Promise<string> {
  const result = await build({
    entryPoints: [join(repoRoot, "scripts", "runtimes", "msw-scenario.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    absWorkingDir: repoRoot,
  });
  return result.outputFiles[0]?.text ?? "";
}

export async function runChromiumMsw(): Promise<MswBrowserOutcome> {
  const [pipedriveGuard, pipedreamGuard] = await Promise.all([startScriptedServer(), startScriptedServer()]);
  const urls = { pipedrive: pipedriveGuard.origin, pipedream: `${pipedreamGuard.origin}/v1` };
  const main = `import { runMswScenario } from "./scenario.js";
runMswScenario(${JSON.stringify(urls)}).then((r) => { window.__msw = JSON.stringify(r); }, (e) => { window.__msw = JSON.stringify({ passed: [], failed: [String(e && e.stack || e)] }); });`;
  const worker = readFileSync(join(repoRoot, "node_modules", "msw", "lib", "mockServiceWorker.js"), "utf8");
  const page = await startScriptedServer(
    new Map([
      ["/index.html", { contentType: "text/html; charset=utf-8", body: `<!doctype html><script type="module" src="./main.js"></script>` }],
      ["/main.js", { contentType: "text/javascript", body: main }],
      ["/scenario.js", { contentType: "text/javascript", body: await bundleScenario() }],
      ["/mockServiceWorker.js", { contentType: "text/javascript", body: worker }],
    ]),
  );
  const userDataDir = mkdtempSync(join(tmpdir(), "tac-chromium-msw-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const blocked: string[] = [];
  try {
    await context.route("**", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") await route.continue();
      else {
        blocked.push(url.href);
        await route.abort();
      }
    });
    const tab = await context.newPage();
    await tab.goto(`${page.origin}/index.html`);
    const handle = await tab
      .waitForFunction(() => (globalThis as unknown as { __msw?: string }).__msw, undefined, { timeout: 60_000 })
      .catch(() => undefined);
    const outcome: MswBrowserOutcome = handle
      ? (JSON.parse(String(await handle.jsonValue())) as MswBrowserOutcome)
      : { passed: [], failed: ["the page produced no result in 60 s"] };
    const leaked = [...pipedriveGuard.requests, ...pipedreamGuard.requests];
    if (leaked.length > 0) outcome.failed.push(`requests MSW did not answer reached the network: ${leaked.join(", ")}`);
    if (blocked.length > 0) outcome.failed.push(`requests to non-local addresses were attempted: ${blocked.slice(0, 3).join(", ")}`);
    return outcome;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await Promise.all([page.close(), pipedriveGuard.close(), pipedreamGuard.close()]);
  }
}
