// `npm run typecheck`: tsc over the project (src/, generated/, scripts/, contract-tests/) and the
// ```ts examples of README.md, both in-process (scripts/lib/gates/types.ts).
import { resolve } from "node:path";
import { commandMain, runIfEntry } from "./lib/cli/args.js";
import { checkTypes } from "./lib/gates/types.js";
import { repoRoot } from "./lib/spec/apis.js";

export const command = {
  name: "npm run typecheck --",
  summary: "Type-check the project and the README's ```ts examples; exit 1 listing every error.",
  options: {
    root: { type: "string", value: "DIR", description: "repo root (default: this repo)" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const gate = checkTypes(parsed.values.root ? resolve(parsed.values.root) : repoRoot);
  for (const finding of gate.findings) io.err(finding);
  if (gate.passed) io.out("the project and the README.md examples type-check");
  return gate.passed ? 0 : 1;
});

runIfEntry(import.meta.url, main);
