// Regenerates generated/ from specs/ (every API in redocly.yaml, or those named).
//   npm run generate                     all APIs
//   npm run generate -- pipedrive        one API
//   npm run generate -- --check          exit 1 and name each stale file; writes nothing
//   npm run generate -- --watch          regenerate an API whenever its spec is saved
import { resolve } from "node:path";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { generateApis, watchSpecs } from "./lib/codegen/generate.js";
import { checkGenerated } from "./lib/gates/generated.js";
import { loadApis, repoRoot, selectApis } from "./lib/spec/apis.js";

export const command = {
  name: "npm run generate --",
  summary: "Regenerate generated/ from the specs in redocly.yaml (all, or the APIs named).",
  options: {
    check: { type: "boolean", description: "write nothing; exit 1 naming each file that differs from what its spec generates" },
    watch: { type: "boolean", description: "regenerate an API whenever its spec is saved" },
    root: { type: "string", value: "DIR", description: "repo root holding redocly.yaml (default: this repo)" },
  },
  positionals: { name: "API", description: "API names as in redocly.yaml (default: all)" },
} as const;

/** Set by --watch: stops the watcher (tests). */
export let stopWatching: (() => void) | undefined;

export const main = commandMain(command, async (parsed, io): Promise<number | "keep-running"> => {
  const { values, positionals } = parsed;
  if (values.check && values.watch) throw new UsageError(`${command.name}: --check and --watch do not go together`);
  const root = values.root ? resolve(values.root) : repoRoot;
  const apis = selectApis(loadApis(root), positionals);
  if (values.check) {
    const gate = await checkGenerated(root, apis);
    for (const finding of gate.findings) io.err(finding);
    if (gate.passed) io.out(`generated/ is current for ${apis.map((a) => a.name).join(", ")}`);
    return gate.passed ? 0 : 1;
  }
  const failed = await generateApis(apis, root, io);
  if (!values.watch) return failed > 0 ? 1 : 0;
  stopWatching = watchSpecs(apis, root, io);
  return "keep-running";
});

runIfEntry(import.meta.url, main);
