// `npm run breaking`: lists each spec change as breaking or not for a client; every spec of
// redocly.yaml in the working tree is compared with the spec as committed at the base ref
// (scripts/lib/breaking/base.ts says which; the report's first line names it).
// Exit 0 with the report; 1 with --fail-on-breaking and a breaking change, or on any error
// (a spec that does not parse at either side, an unknown ref or API); 2 on a bad invocation.
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { commandMain, runIfEntry } from "./lib/cli/args.js";
import { resolveBase, specAt, gitIn } from "./lib/breaking/base.js";
import { SpecReferenceError } from "./lib/breaking/compare.js";
import { formatReport, type SpecReport } from "./lib/breaking/report.js";
import { checkBreaking } from "./lib/gates/breaking.js";
import { breakingSuite, REPORT_FILES } from "./lib/report/gates.js";
import { writeGateReport } from "./lib/report/junit.js";
import { loadApis, repoRoot, selectApis } from "./lib/spec/apis.js";
import { parseSpecText } from "./lib/spec/load.js";

export const command = {
  name: "npm run breaking --",
  summary: "Report each spec change since the base ref as breaking or not.",
  options: {
    base: {
      type: "string",
      value: "REF",
      description: "compare with this ref (default: merge base with main; on main, HEAD~1 unless a spec has uncommitted changes)",
    },
    api: { type: "string", value: "NAME", multiple: true, description: "only this API (default: all)" },
    "fail-on-breaking": { type: "boolean", description: "exit 1 when any change is breaking" },
    root: { type: "string", value: "DIR", description: "repo root (default: this repo)" },
    "report-dir": { type: "string", value: "DIR", description: "also write breaking.junit.xml and breaking.json there" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const { values } = parsed;
  const root = values.root ? resolve(values.root) : repoRoot;
  const apis = selectApis(loadApis(root), values.api ?? []);
  const specs = apis.map((api) => relative(root, api.specPath).split(sep).join("/"));
  const git = gitIn(root);
  const base = resolveBase(git, values.base, specs);
  io.out(`Comparing the specs in the working tree with ${base.label}`);

  const reports: SpecReport[] = [];
  let breaking = 0;
  for (const [index, api] of apis.entries()) {
    const spec = specs[index] ?? api.specPath;
    let text: string;
    try {
      text = readFileSync(api.specPath, "utf8");
    } catch (error) {
      throw new Error(`${spec} in the working tree: cannot read: ${(error as Error).message}`);
    }
    const head = parseSpecText(text, `${spec} in the working tree`);
    const atBase = specAt(git, base, spec);
    const before = atBase === undefined ? {} : parseSpecText(atBase, `${spec} at ${base.label}`);
    try {
      const gate = checkBreaking(before, head);
      breaking += gate.findings.length;
      reports.push({ api: api.name, spec, isNew: atBase === undefined, changes: gate.changes });
    } catch (error) {
      if (error instanceof SpecReferenceError)
        throw new Error(`${spec} ${error.side === "base" ? `at ${base.label}` : "in the working tree"}: ${error.message}`);
      throw error;
    }
  }
  const report = formatReport(reports);
  io.out(report.text);
  if (values["report-dir"]) {
    const results = { base: base.label, breaking: report.breaking, nonBreaking: report.nonBreaking, specs: reports };
    writeGateReport(resolve(values["report-dir"]), REPORT_FILES.breaking, breakingSuite(results, report.text), results);
  }
  return values["fail-on-breaking"] && breaking > 0 ? 1 : 0;
});

runIfEntry(import.meta.url, main);
