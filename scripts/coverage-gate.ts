// Fails when any operation of any spec in redocly.yaml, or any documented status of one, was
// not exercised by the last contract-test run (read from what reached the mocks).
//   npm run coverage:gate [-- --observed FILE] [--root DIR] [--api NAME]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadApis, repoRoot, selectApis } from "./lib/apis.js";
import { computeCoverage, formatCoverage, OBSERVED_FILE } from "./lib/coverage.js";
import { readSpecOperations } from "./lib/operations.js";
import type { Observation } from "./lib/recorder.js";

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const root = argValue("--root") ?? repoRoot;
const observedPath = argValue("--observed") ?? join(root, OBSERVED_FILE);
if (!existsSync(observedPath)) {
  console.error(`coverage gate: ${observedPath} does not exist; run the contract tests first (npm run test:contract)`);
  process.exit(1);
}
const observations = JSON.parse(readFileSync(observedPath, "utf8")) as Observation[];
const only = argValue("--api");
const apis = selectApis(loadApis(root), only ? [only] : []).map((api) => ({ api: api.name, operations: readSpecOperations(api.specPath) }));
const report = computeCoverage(apis, observations);
console.log(formatCoverage(report));
process.exitCode = report.ok ? 0 : 1;
