// Regenerates generated/ from specs/ (every API in redocly.yaml, or those named).
//   npm run generate                     all APIs
//   npm run generate -- pipedrive        one API
//   npm run generate -- --check          exit 1 and name each stale file; writes nothing
//   npm run generate -- --watch          regenerate an API whenever its spec is saved
// A spec that fails to parse or lint is reported as file:line:col and leaves its previous
// generated files untouched: output is built in memory and swapped in with a rename.
import { existsSync, readFileSync, renameSync, watch, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { loadApis, repoRoot, selectApis, type ApiEntry } from "./lib/apis.js";
import { renderApi } from "./lib/render.js";
import { SpecProblemError } from "./lib/spec-loader.js";

interface Options {
  check: boolean;
  watch: boolean;
  names: string[];
  root: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { check: false, watch: false, names: [], root: repoRoot };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--check") options.check = true;
    else if (arg === "--watch") options.watch = true;
    else if (arg === "--root") options.root = argv[++i] ?? repoRoot;
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg} (use --check, --watch, --root DIR or API names)`);
    else options.names.push(arg);
  }
  if (options.check && options.watch) throw new Error("--check and --watch do not go together");
  return options;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}

function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Generates one API; returns the files whose content changed (or would change, with check). */
async function generateApi(api: ApiEntry, root: string, check: boolean): Promise<string[]> {
  const files = await renderApi(api, root);
  const changed: string[] = [];
  for (const [path, content] of files) {
    const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    if (current === content) continue;
    changed.push(path);
    if (!check) writeAtomically(path, content);
  }
  return changed;
}

function report(error: unknown): void {
  if (error instanceof SpecProblemError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : String(error));
}

async function runOnce(apis: ApiEntry[], options: Options): Promise<number> {
  let failed = 0;
  const stale: string[] = [];
  for (const api of apis) {
    const started = performance.now();
    try {
      const changed = await generateApi(api, options.root, options.check);
      const ms = Math.round(performance.now() - started);
      if (options.check) stale.push(...changed);
      else
        console.log(
          changed.length > 0
            ? `${api.name}: wrote ${changed.map(shown).join(", ")} (${ms} ms)`
            : `${api.name}: up to date (${ms} ms)`,
        );
    } catch (error) {
      failed++;
      report(error);
      console.error(`${api.name}: not generated; previous output left untouched`);
    }
  }
  if (options.check) {
    for (const path of stale) console.error(`stale: ${shown(path)} differs from what its spec generates (run npm run generate)`);
    if (stale.length === 0 && failed === 0) console.log(`generated/ is current for ${apis.map((a) => a.name).join(", ")}`);
    return stale.length > 0 || failed > 0 ? 1 : 0;
  }
  return failed > 0 ? 1 : 0;
}

function watchSpecs(apis: ApiEntry[], options: Options): void {
  const pending = new Map<string, NodeJS.Timeout>();
  const bySpec = new Map(apis.map((api) => [basename(api.specPath), api]));
  const dirs = new Set(apis.map((api) => dirname(api.specPath)));
  for (const dir of dirs) {
    // Watching the folder, not the file: editors save by rename, which a file watch loses.
    watch(dir, (_event, filename) => {
      const api = filename ? bySpec.get(filename.toString()) : undefined;
      if (!api) return;
      clearTimeout(pending.get(api.name));
      pending.set(
        api.name,
        setTimeout(() => {
          pending.delete(api.name);
          void runOnce([api], options);
        }, 50),
      );
    });
  }
  console.log(`watching ${apis.map((a) => shown(a.specPath)).join(", ")} (Ctrl-C to stop)`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const apis = selectApis(loadApis(options.root), options.names);
  const code = await runOnce(apis, options);
  if (options.watch) watchSpecs(apis, options);
  else process.exitCode = code;
}

main().catch((error: unknown) => {
  report(error);
  process.exitCode = 1;
});
