// Cold-import time of each published subpath: a fresh `node` process per sample times
// `await import(specifier)` (module loading only, not node's own start-up); the median of
// several samples is reported. The official SDKs are measured the same way for comparison.
// Exported for `npm run bench`; `tsx scripts/package/cold-imports.ts` prints the table.
import { commandMain, runIfEntry } from "../lib/cli/args.js";
import { exportedSubpaths, readPackageJson, repoRoot, run } from "./shared.js";

export interface ColdImport {
  specifier: string;
  /** Median over `samples`, in milliseconds; undefined when the import failed. */
  medianMs?: number;
  samples: number[];
  error?: string;
}

const PROBE = `const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));`;

export function defaultColdImportSpecifiers(): string[] {
  const name = readPackageJson(repoRoot).name;
  return [...exportedSubpaths(repoRoot).map((subpath) => `${name}${subpath.slice(1)}`), "openapi-fetch", "pipedrive", "@botpress/client"];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function measureColdImports(
  options: { specifiers?: readonly string[]; samples?: number; node?: string } = {},
): Promise<ColdImport[]> {
  const samples = options.samples ?? 5;
  const results: ColdImport[] = [];
  for (const specifier of options.specifiers ?? defaultColdImportSpecifiers()) {
    const times: number[] = [];
    let error: string | undefined;
    for (let sample = 0; sample < samples && error === undefined; sample += 1) {
      const result = await run(options.node ?? process.execPath, ["--input-type=module", "-e", PROBE, specifier], {
        cwd: repoRoot,
        timeoutMs: 30_000,
      });
      const ms = Number(result.stdout);
      if (result.code !== 0 || !Number.isFinite(ms))
        error = result.stderr.split("\n").find((line) => /Error/.test(line)) ?? `exit ${result.code}`;
      else times.push(ms);
    }
    results.push(error === undefined ? { specifier, medianMs: median(times), samples: times } : { specifier, samples: times, error });
  }
  return results;
}

export function formatColdImports(results: readonly ColdImport[]): string {
  const width = Math.max(...results.map((result) => result.specifier.length));
  return results
    .map(
      (result) =>
        `${result.specifier.padEnd(width)}  ${result.medianMs === undefined ? `failed: ${result.error ?? ""}` : `${result.medianMs.toFixed(1)} ms median of ${result.samples.length}`}`,
    )
    .join("\n");
}

export const command = {
  name: "tsx scripts/package/cold-imports.ts",
  summary:
    "Print the median cold import() time (5 samples, each in a fresh node process) of each published subpath and of the official SDKs; exit 1 when one fails to import.",
  options: {},
} as const;

export const main = commandMain(command, async (_parsed, io): Promise<number> => {
  io.out(`cold import() in a fresh node ${process.version} process:`);
  const results = await measureColdImports();
  io.out(formatColdImports(results));
  return results.every((result) => result.error === undefined) ? 0 : 1;
});

runIfEntry(import.meta.url, main);
