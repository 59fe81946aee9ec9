// npm run check:bundle — browser bundle-size gate (see bundle.ts for what is measured).
// Fails when a client's eager part is over 16 KiB gzip, contains ajv, the operation table or the
// Node transport, or does not bundle.
//   npm run check:bundle -- [--no-comparisons] [--limit-kib N]
import { commandMain, runIfEntry, UsageError } from "../lib/cli/args.js";
import { bundleProblems, formatBundleTable, GZIP_LIMIT_BYTES, measureBundles } from "./bundle.js";

export const command = {
  name: "npm run check:bundle --",
  summary:
    "Bundle each client for the browser (esbuild, minified, gzip -9); fail when its eager part is over the limit, contains ajv or other lazy-only code (the operation table, the Node transport), or does not bundle.",
  options: {
    "limit-kib": {
      type: "string",
      value: "N",
      description: `gzip limit of a client's eager part in KiB (default: ${GZIP_LIMIT_BYTES / 1024})`,
    },
    "no-comparisons": { type: "boolean", description: "skip stock openapi-fetch and the official SDKs printed for comparison" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const { values } = parsed;
  const limitText = values["limit-kib"];
  const limitKib = limitText === undefined ? GZIP_LIMIT_BYTES / 1024 : Number(limitText);
  if (limitText !== undefined && (limitText.trim() === "" || !Number.isFinite(limitKib) || limitKib <= 0)) {
    throw new UsageError(`${command.name}: --limit-kib: expected a positive number of KiB, got "${limitText}"`);
  }
  const started = performance.now();
  const measurements = await measureBundles({ comparisons: values["no-comparisons"] !== true });
  io.out("esbuild --bundle --minify --platform=browser --format=esm --splitting; gzip -9");
  io.out(
    `eager = entry chunk + chunks it imports statically (gated: <= ${limitKib} KiB gzip; no ajv, operation table or Node transport); lazy = dynamic import() chunks`,
  );
  io.out(formatBundleTable(measurements));
  const problems = bundleProblems(measurements, limitKib * 1024);
  for (const problem of problems) io.err(`FAIL ${problem}`);
  io.out(`check:bundle ${problems.length === 0 ? "passed" : "FAILED"} in ${Math.round(performance.now() - started)} ms`);
  return problems.length === 0 ? 0 : 1;
});

runIfEntry(import.meta.url, main);
