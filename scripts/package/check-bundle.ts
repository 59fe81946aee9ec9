// npm run check:bundle — browser bundle-size gate (see bundle.ts for what is measured).
// Fails when a client's eager part is over 15 KiB gzip, contains ajv, or does not bundle.
//   tsx scripts/package/check-bundle.ts [--no-comparisons] [--limit-kib N]
import { bundleProblems, formatBundleTable, GZIP_LIMIT_BYTES, measureBundles } from "./bundle.js";

const limitArg = process.argv.indexOf("--limit-kib");
const limitKib = limitArg >= 0 ? Number(process.argv[limitArg + 1]) : GZIP_LIMIT_BYTES / 1024;
if (!Number.isFinite(limitKib) || limitKib <= 0) {
  console.error(`--limit-kib: expected a positive number of KiB, got ${process.argv[limitArg + 1] ?? "nothing"}`);
  process.exit(2);
}
const started = performance.now();
const measurements = await measureBundles({ comparisons: !process.argv.includes("--no-comparisons") });
console.log("esbuild --bundle --minify --platform=browser --format=esm --splitting; gzip -9");
console.log(`eager = entry chunk + chunks it imports statically (gated: <= ${limitKib} KiB gzip, no ajv); lazy = dynamic import() chunks`);
console.log(formatBundleTable(measurements));
const problems = bundleProblems(measurements, limitKib * 1024);
for (const problem of problems) console.error(`FAIL ${problem}`);
console.log(`check:bundle ${problems.length === 0 ? "passed" : "FAILED"} in ${Math.round(performance.now() - started)} ms`);
process.exitCode = problems.length === 0 ? 0 : 1;
