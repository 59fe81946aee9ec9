// `npm run lint` (after Redocly): every default, enum, pattern, format or bound in a spec names its
// source in a description next to it (the document, the vendor's SDK or reference page, or
// "assumed, because …"), and every default satisfies the constraints beside it (its enum, bounds,
// pattern, type). Prints each one that does not, as file:line:column, and exits 1.
import { resolve } from "node:path";
import { commandMain, runIfEntry } from "./lib/cli/args.js";
import { checkDisclosure } from "./lib/gates/disclosure.js";
import { loadApis, repoRoot, selectApis } from "./lib/spec/apis.js";

export const command = {
  name: "tsx scripts/check-disclosure.ts",
  summary: "Check that every constraint in the specs names its source in a description.",
  options: {
    root: { type: "string", value: "DIR", description: "repo root holding redocly.yaml (default: this repo)" },
    api: { type: "string", value: "NAME", multiple: true, description: "only this API (default: all)" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const root = parsed.values.root ? resolve(parsed.values.root) : repoRoot;
  const apis = selectApis(loadApis(root), parsed.values.api ?? []);
  const gate = checkDisclosure(root, apis);
  for (const finding of gate.findings) io.err(finding);
  io.out(
    gate.passed
      ? `disclosure: every constraint in ${apis.length} spec(s) names its source, and every default is within its bounds`
      : `disclosure: ${gate.findings.length} constraint(s) without a source or default(s) out of bounds`,
  );
  return gate.passed ? 0 : 1;
});

runIfEntry(import.meta.url, main);
