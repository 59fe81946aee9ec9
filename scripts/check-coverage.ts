// `npm run coverage:gate`: fails when any operation of any spec in redocly.yaml, or any documented
// status of one, was not exercised by the last contract-test run (read from what reached the mocks).
import { resolve } from "node:path";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { checkCoverage, formatCoverage } from "./lib/gates/coverage.js";
import { coverageResults, coverageSuite, REPORT_FILES } from "./lib/report/gates.js";
import { writeGateReport } from "./lib/report/junit.js";
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
    merge: {
      type: "string",
      value: "PATH",
      multiple: true,
      description:
        "read the observations of several contract-run parts (files, or folders of *.json: npm run test:contract -- --shard i/n)",
    },
    "report-dir": { type: "string", value: "DIR", description: "also write coverage.junit.xml and coverage.json there" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const { values } = parsed;
  const root = values.root ? resolve(values.root) : repoRoot;
  const apis = selectApis(loadApis(root), values.api ?? []);
  if (values.observed && values.merge) throw new UsageError(`${command.name}: --observed and --merge exclude each other`);
  const source = values.merge
    ? { parts: values.merge.map((part) => resolve(part)) }
    : values.observed
      ? resolve(root, values.observed)
      : undefined;
  const gate = checkCoverage(root, apis, source);
  if (!gate.report) {
    for (const finding of gate.findings) io.err(`coverage gate: ${finding}`);
    return 1;
  }
  const text = formatCoverage(gate.report);
  io.out(text);
  if (values["report-dir"]) {
    const results = coverageResults(gate.report);
    writeGateReport(resolve(values["report-dir"]), REPORT_FILES.coverage, coverageSuite(results, text), results);
  }
  return gate.passed ? 0 : 1;
});

runIfEntry(import.meta.url, main);
