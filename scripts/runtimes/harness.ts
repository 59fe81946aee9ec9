// What the runtime matrix's runners share: where the runtime binaries are, how a runtime's output
// carries its results, and the types of a run.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../package/shared.js";
import { SCENARIOS, type ScenarioResult } from "./fixture.js";

export const RUNTIMES_DIR = join(repoRoot, "runtimes", "node_modules");
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
export const RUN_TIMEOUT_MS = 60_000;
export const MARKER = "RUNTIME-RESULTS ";

export interface RuntimeOutcome {
  runtime: string;
  version: string;
  /** Set when the runtime could not run at all (missing binary, crash before results). */
  problem?: string;
  results: ScenarioResult[];
  seconds: number;
}

export type LoadResult = ScenarioResult[] | { loadError: string };

export interface Bundles {
  dir: string;
  /** Bundle for server-side runtimes (platform node: Node, Bun, Deno). */
  node: string;
  /** Bundle for browser-like runtimes (platform browser: Chromium, workerd). */
  browser: string;
  /** esbuild's error when a bundle could not be built; its runtimes then fail every scenario. */
  nodeError?: string;
  browserError?: string;
}

export function bundleFailure(runtime: string, version: string, error: string): RuntimeOutcome {
  return {
    runtime,
    version,
    results: SCENARIOS.map(({ id }) => ({ id, ok: false, error: `esbuild could not bundle the scenarios: ${error}` })),
    seconds: 0,
  };
}

export function mainModule(bundle: string, base: string, exit: boolean): string {
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

export function spawnCollect(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string }> {
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

export function firstMeaningfulLine(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.find((line) => /error|uncaught|failed|cannot|not /i.test(line)) ?? lines[0] ?? "no output";
}

export function toResults(load: LoadResult | undefined, output: string): { results: ScenarioResult[]; problem?: string } {
  if (load === undefined) return { results: [], problem: `no results: ${firstMeaningfulLine(output)}` };
  if (!Array.isArray(load)) {
    return { results: SCENARIOS.map(({ id }) => ({ id, ok: false, error: `module failed to load: ${load.loadError}` })) };
  }
  return { results: load };
}

export function parseMarker(output: string): LoadResult | undefined {
  const line = output.split("\n").find((candidate) => candidate.includes(MARKER));
  if (!line) return undefined;
  return JSON.parse(line.slice(line.indexOf(MARKER) + MARKER.length)) as LoadResult;
}

export interface CliRuntime {
  name: string;
  binary: string;
  args: (main: string) => string[];
  env?: NodeJS.ProcessEnv;
}

export async function versionOf(binary: string, args: string[]): Promise<string> {
  const { out } = await spawnCollect(binary, args, repoRoot, { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" });
  return out.split("\n")[0]?.trim() ?? "?";
}
