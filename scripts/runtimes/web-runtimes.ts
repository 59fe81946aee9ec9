// The browser-like runtimes of the matrix: workerd (no nodejs_compat) and headless Chromium, each
// loading the browser bundle of scenarios.ts and reaching only the loopback server.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Asset } from "./server.js";
import {
  type Bundles,
  bundleFailure,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  firstMeaningfulLine,
  type LoadResult,
  MARKER,
  mainModule,
  parseMarker,
  RUNTIMES_DIR,
  type RuntimeOutcome,
  spawnCollect,
  toResults,
  versionOf,
} from "./harness.js";
import { startScriptedServer } from "./server.js";

export async function runWorkerd(bundles: Bundles, base: string): Promise<RuntimeOutcome> {
  const started = performance.now();
  const binary = join(RUNTIMES_DIR, "@cloudflare", "workerd-linux-64", "bin", "workerd");
  if (!existsSync(binary))
    return {
      runtime: "workerd",
      version: "-",
      problem: "missing: runtimes/node_modules/@cloudflare/workerd-linux-64 (npm ci --prefix runtimes)",
      results: [],
      seconds: 0,
    };
  const version = await versionOf(binary, ["--version"]);
  if (bundles.browserError !== undefined) return bundleFailure("workerd", version, bundles.browserError);
  const worker = `import { runScenarios } from "./${bundles.browser}";
export default {
  async test() {
    let results;
    try {
      results = await runScenarios(${JSON.stringify(base)});
    } catch (error) {
      results = { loadError: String((error && error.stack) || error).split("\\n")[0] };
    }
    console.log(${JSON.stringify(MARKER)} + JSON.stringify(results));
  },
};
`;
  writeFileSync(join(bundles.dir, "worker.js"), worker);
  // No nodejs_compat: the clients must run on the plain Workers runtime. Outbound requests may
  // reach loopback addresses only ("local"), i.e. the scripted server.
  writeFileSync(
    join(bundles.dir, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .matrixWorker),
    (name = "loopback", network = (allow = ["local"])),
  ],
);

const matrixWorker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    (name = "${bundles.browser}", esModule = embed "${bundles.browser}"),
  ],
  compatibilityDate = "2026-01-01",
  globalOutbound = "loopback",
);
`,
  );
  const { out } = await spawnCollect(binary, ["test", "config.capnp"], bundles.dir, { PATH: process.env.PATH ?? "", HOME: bundles.dir });
  // A module that throws at load time never reaches test(): report its error for every scenario.
  const load = parseMarker(out) ?? (/Uncaught|Error/.test(out) ? { loadError: firstMeaningfulLine(out) } : undefined);
  const { results, problem } = toResults(load, out);
  return { runtime: "workerd", version, results, ...(problem ? { problem } : {}), seconds: (performance.now() - started) / 1000 };
}

export async function runChromium(bundles: Bundles, base: string, readBundle: (name: string) => Promise<string>): Promise<RuntimeOutcome> {
  const started = performance.now();
  if (!existsSync(CHROMIUM_PATH)) {
    return { runtime: "chromium", version: "-", problem: `missing: ${CHROMIUM_PATH} (apt-get install chromium)`, results: [], seconds: 0 };
  }
  if (bundles.browserError !== undefined) return bundleFailure("chromium", "-", bundles.browserError);
  const assets = new Map<string, Asset>([
    [
      "/index.html",
      {
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><meta charset="utf-8"><title>runtime matrix</title><script type="module" src="./main.js"></script>`,
      },
    ],
    [
      "/main.js",
      {
        contentType: "text/javascript",
        body: mainModule(bundles.browser, base, false).replace(/console\.log\((.*)\);/, "window.__results = $1;"),
      },
    ],
    [`/${bundles.browser}`, { contentType: "text/javascript", body: await readBundle(bundles.browser) }],
  ]);
  // The page comes from its own origin, so every API call is a cross-origin request with CORS.
  const pageServer = await startScriptedServer(assets);
  const userDataDir = mkdtempSync(join(tmpdir(), "tac-chromium-"));
  const blocked: string[] = [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const version = `chromium ${context.browser()?.version() ?? (await versionOf(CHROMIUM_PATH, ["--version"]))}`;
    const page = await context.newPage();
    await page.route("**", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1" || url.hostname === "[::1]" || url.hostname === "localhost") await route.continue();
      else {
        blocked.push(url.href);
        await route.abort();
      }
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(`${error.name}: ${error.message}`));
    await page.goto(`${pageServer.origin}/index.html`);
    const handle = await page
      .waitForFunction(() => (globalThis as unknown as { __results?: string }).__results, undefined, { timeout: 30_000 })
      .catch(() => undefined);
    const marker = handle ? String(await handle.jsonValue()) : undefined;
    const load = marker ? (JSON.parse(marker.slice(MARKER.length)) as LoadResult) : undefined;
    const { results, problem } = toResults(load, pageErrors.join("\n") || "the page produced no results in 30 s");
    const networkProblem =
      blocked.length > 0 ? `requests to non-local addresses were attempted (blocked): ${blocked.slice(0, 3).join(", ")}` : undefined;
    const allProblems = [problem, networkProblem].filter((text): text is string => text !== undefined);
    return {
      runtime: "chromium",
      version,
      results,
      ...(allProblems.length > 0 ? { problem: allProblems.join("; ") } : {}),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await context.close();
    await pageServer.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
