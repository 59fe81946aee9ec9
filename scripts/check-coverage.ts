// `npm run coverage:gate`: fails when any operation of any spec in redocly.yaml, or any documented
// status of one, was not exercised by the last contract-test run (read from what reached the mocks).
import { resolve } from "node:path";
import { commandMain, runIfEntry } from "./lib/cli/args.js";
import { checkCoverage, formatCoverage } from "./lib/gates/coverage.js";
import { loadApis, repoRoot, selectApis } from "./lib/spec/apis.js";

export const command = {
  name: "npm run coverage:gate --",
  summary: "Check that the last contract run exercised every operation and documented status.",
  options: {
    observed: {
      type: "string",
      value: "FILE",
      description: "observations of the contract run (default: .contract-coverage/observed.json)",
    },
    root: { type: "string", value: "DIR", description: "repo root holding redocly.yaml (default: this repo)" },
    api: { type: "string", value: "NAME", multiple: true, description: "only this API (default: all)" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const { values } = parsed;
  const root = values.root ? resolve(values.root) : repoRoot;
  const apis = selectApis(loadApis(root), values.api ?? []);
  const gate = checkCoverage(root, apis, values.observed ? resolve(root, values.observed) : undefined);
  if (!gate.report) {
    for (const finding of gate.findings) io.err(`coverage gate: ${finding}`);
    return 1;
  }
  io.out(formatCoverage(gate.report));
  return gate.passed ? 0 : 1;
});

runIfEntry(import.meta.url, main);
