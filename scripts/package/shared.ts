// Helpers shared by the package checks, the bundle gate and the runtime matrix. Kept inside
// scripts/package/ so these tools do not depend on the layout of the rest of scripts/.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Metafile } from "esbuild";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The published subpaths (`./core`, `./pipedrive`, …) as written in package.json `exports`. */
export function exportedSubpaths(root: string = repoRoot): string[] {
  const pkg = readPackageJson(root);
  if (!pkg.exports || typeof pkg.exports !== "object") throw new Error("package.json: `exports` must be an object of subpaths");
  return Object.keys(pkg.exports).filter((key) => key !== "./package.json");
}

export interface PackageJson {
  name: string;
  version: string;
  exports?: Record<string, unknown>;
  [key: string]: unknown;
}

export function readPackageJson(root: string = repoRoot): PackageJson {
  const path = resolve(root, "package.json");
  const value: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!value || typeof value !== "object" || typeof (value as { name?: unknown }).name !== "string") {
    throw new Error(`${path}: not a package.json with a name`);
  }
  return value as PackageJson;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without a shell; never rejects, the exit code tells. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, NO_UPDATE_NOTIFIER: "1", ...options.env },
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolvePromise({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** First non-empty line of a message, for one-line reports. */
export function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? ""
  );
}

export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Output files reachable from `output` through static imports (what a cold import loads). */
export function staticClosure(metafile: Metafile, output: string): Set<string> {
  const seen = new Set<string>();
  const queue = [output];
  while (queue.length > 0) {
    const next = queue.pop();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    for (const imported of metafile.outputs[next]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) queue.push(imported.path);
    }
  }
  return seen;
}
