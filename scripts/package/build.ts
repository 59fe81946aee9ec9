// npm run build — dist/ as published:
//   1. tsc -p tsconfig.build.json (emitDeclarationOnly): the .d.ts files and declaration maps, as
//      before, so the `types` conditions and attw see what tsc emits.
//   2. esbuild: the source of each `exports` subpath bundled into the file that subpath's
//      `import`/`default` condition names, in ONE build with code splitting, so a module two
//      entries share (the core: errors, client) is one shared chunk under dist/chunks/ and its
//      classes are the same objects whichever subpath loaded them (`instanceof` holds across
//      subpaths). Dependencies and peer dependencies stay external; the lazy parts stay lazy
//      (each dynamic import() is its own chunk); linked source maps name the shipped TypeScript
//      sources by relative paths.
//   3. the layout is verified (verifyLayout) and the build fails on any problem.
// A cold import then loads 2–4 files instead of ~25 small modules.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";
import { commandMain, runIfEntry } from "../lib/cli/args.js";
import { firstLine, kib, readPackageJson, repoRoot, run, staticClosure, type PackageJson } from "./shared.js";

/** Imports that must never be in an entry's static import graph: loaded on demand only. */
export const LAZY_EXTERNALS: readonly string[] = ["ajv", "ajv-formats", "undici"];
/** Source modules that must never be in an entry's static import graph (bundled specs, Ajv glue). */
export const LAZY_INPUTS: readonly RegExp[] = [/^generated\/[^/]+\.openapi\.ts$/, /^src\/core\/internal\/response-validation\.ts$/];
/** undici is imported through a non-literal specifier so browsers' bundlers skip it; no output may name it literally. */
const LITERAL_UNDICI = /\bimport\s*\(\s*["'`]undici["'`]\s*\)|\bfrom\s*["']undici["']|\bimport\s*["']undici["']/;

export const CHUNK_DIR = "chunks";

export interface BundleEntryPoint {
  /** `./pipedrive` */
  subpath: string;
  /** Repo-relative source, `src/pipedrive.ts`. */
  source: string;
  /** Repo-relative output the exports map names, `dist/src/pipedrive.js`. */
  output: string;
}

/** The entry point of every `exports` subpath: the file its `import`/`default` names, and the TypeScript source it is built from. */
export function entryPoints(pkg: PackageJson, root: string = repoRoot): BundleEntryPoint[] {
  if (!pkg.exports || typeof pkg.exports !== "object") throw new Error("package.json: `exports` must be an object of subpaths");
  const entries: BundleEntryPoint[] = [];
  for (const [subpath, conditions] of Object.entries(pkg.exports)) {
    if (subpath === "./package.json") continue;
    if (!conditions || typeof conditions !== "object")
      throw new Error(`package.json: exports["${subpath}"] is not an object of conditions`);
    const targets = new Set(
      ["import", "default"].map((condition) => (conditions as Record<string, unknown>)[condition]).filter((target) => target !== undefined),
    );
    const [target, ...others] = [...targets];
    if (typeof target !== "string" || others.length > 0)
      throw new Error(`package.json: exports["${subpath}"]: "import" and "default" must name one and the same file`);
    const match = /^\.\/dist\/((?:src|generated)\/.+)\.js$/.exec(target);
    if (!match?.[1]) throw new Error(`package.json: exports["${subpath}"] names ${target}; expected ./dist/src/….js (built from src/….ts)`);
    const source = `${match[1]}.ts`;
    if (!existsSync(resolve(root, source)))
      throw new Error(`package.json: exports["${subpath}"] names ${target}, but its source ${source} does not exist`);
    entries.push({ subpath, source, output: target.slice(2) });
  }
  return entries;
}

/** Package names that stay external: `dependencies` and `peerDependencies`. */
export function externalPackages(pkg: PackageJson): string[] {
  const names = (field: string): string[] => {
    const value = pkg[field];
    return value && typeof value === "object" ? Object.keys(value) : [];
  };
  return [...new Set([...names("dependencies"), ...names("peerDependencies")])].sort();
}

function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Keeps node built-ins and declared (peer) dependencies external; any other bare import fails the build naming its importer. */
function externalsPlugin(externals: readonly string[], root: string): Plugin {
  return {
    name: "declared-externals",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:")) return { path: args.path, external: true };
        if (externals.includes(packageOf(args.path))) return { path: args.path, external: true };
        const importer = isAbsolute(args.importer) ? relative(root, args.importer) : args.importer;
        return {
          errors: [
            {
              text: `${importer} imports "${args.path}", which is neither in dependencies nor in peerDependencies of package.json (it would be bundled)`,
            },
          ],
        };
      });
    },
  };
}

export interface BundleOptions {
  root?: string;
  /** Output directory, relative to root (default `dist`); must match the exports map for a publishable build. */
  outdir?: string;
  entries: readonly BundleEntryPoint[];
  externals: readonly string[];
  /** Code splitting (default true). Without it every entry carries its own copy of the core: only tests turn it off. */
  splitting?: boolean;
}

export interface BundleResult {
  metafile: Metafile;
  warnings: string[];
}

/** One esbuild run over every entry point, with code splitting, into `outdir`. */
export async function bundleEntries(options: BundleOptions): Promise<BundleResult> {
  const root = options.root ?? repoRoot;
  const result = await build({
    absWorkingDir: root,
    entryPoints: options.entries.map((entry) => entry.source),
    outbase: ".",
    outdir: options.outdir ?? "dist",
    entryNames: "[dir]/[name]",
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    bundle: true,
    splitting: options.splitting ?? true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    tsconfig: "tsconfig.build.json",
    // Not minified: the package stays readable, and minifying would inline the non-literal undici
    // specifier into a literal import("undici") that browsers' bundlers would try to resolve.
    minify: false,
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    write: true,
    logLevel: "silent",
    plugins: [externalsPlugin(options.externals, root)],
  });
  return { metafile: result.metafile, warnings: result.warnings.map((warning) => `${warning.location?.file ?? ""}: ${warning.text}`) };
}

/**
 * What a publishable dist/ must be, read from esbuild's metafile and the written files:
 * each entry at its exports target; every source module in exactly one output (so each class
 * exists once: `instanceof` holds across subpaths); nothing lazy in an entry's static graph;
 * undici never named literally; source maps naming existing TypeScript sources by relative path;
 * no absolute path of this machine in any output.
 */
export function verifyLayout(metafile: Metafile, entries: readonly BundleEntryPoint[], root: string = repoRoot): string[] {
  const problems: string[] = [];
  const outputs = Object.keys(metafile.outputs).filter((output) => !output.endsWith(".map"));

  for (const entry of entries) {
    const built = outputs.find((output) => metafile.outputs[output]?.entryPoint === entry.source);
    if (built !== entry.output) {
      problems.push(`${entry.subpath}: ${entry.source} was built to ${built ?? "nothing"}, but exports names ${entry.output}`);
      continue;
    }
    for (const output of staticClosure(metafile, built)) {
      const meta = metafile.outputs[output];
      if (!meta) continue;
      for (const imported of meta.imports) {
        if (imported.kind === "import-statement" && imported.external && LAZY_EXTERNALS.includes(packageOf(imported.path)))
          problems.push(`${entry.subpath}: ${output} imports ${imported.path} statically; it must load only on demand (dynamic import())`);
      }
      for (const input of Object.keys(meta.inputs)) {
        if (LAZY_INPUTS.some((pattern) => pattern.test(input)))
          problems.push(`${entry.subpath}: ${input} is in ${output}, loaded on import; it must stay behind a dynamic import()`);
      }
    }
  }

  const homes = new Map<string, string[]>();
  for (const output of outputs) {
    for (const input of Object.keys(metafile.outputs[output]?.inputs ?? {})) homes.set(input, [...(homes.get(input) ?? []), output]);
  }
  for (const [input, where] of homes) {
    if (where.length > 1)
      problems.push(
        `${input} is bundled into ${where.length} files (${where.join(", ")}); a shared module must be one chunk, or its classes differ per subpath`,
      );
  }

  const rootPath = resolve(root);
  for (const output of outputs) {
    const text = readFileSync(resolve(root, output), "utf8");
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (packageOf(imported.path) === "undici")
        problems.push(`${output}: esbuild resolved an import of undici (${imported.kind}); it must stay a non-literal runtime import()`);
    }
    if (LITERAL_UNDICI.test(text))
      problems.push(`${output}: names "undici" in a literal import, which browsers' bundlers would try to resolve`);
    if (text.includes(rootPath)) problems.push(`${output}: contains the absolute path ${rootPath}`);
    problems.push(...checkBundleSourceMap(resolve(root, `${output}.map`), rootPath));
  }
  return problems;
}

/** A bundle's map: present, relative sources only (none when it maps nothing), each an existing file under src/ or generated/ of `root`. */
export function checkBundleSourceMap(mapPath: string, root: string): string[] {
  const name = relative(root, mapPath);
  if (!existsSync(mapPath)) return [`${name}: missing (every bundle has a linked source map)`];
  const text = readFileSync(mapPath, "utf8");
  const problems: string[] = [];
  if (text.includes(root)) problems.push(`${name}: contains the absolute path ${root}`);
  const map = JSON.parse(text) as { sources?: unknown; sourceRoot?: unknown; mappings?: unknown };
  const sources = Array.isArray(map.sources) ? map.sources.map(String) : [];
  // An entry that only re-exports a chunk has no code of its own: an empty map is then right.
  if (sources.length === 0 && map.mappings !== "") problems.push(`${name}: has mappings but names no sources`);
  if (typeof map.sourceRoot === "string" && map.sourceRoot !== "") problems.push(`${name}: sets sourceRoot "${map.sourceRoot}"`);
  for (const source of sources) {
    if (isAbsolute(source) || /^[a-z]+:/i.test(source)) {
      problems.push(`${name}: names ${source}, an absolute path or URL`);
      continue;
    }
    const target = resolve(dirname(mapPath), source);
    const inside = relative(root, target);
    if (!/^(src|generated)\//.test(inside.split(sep).join("/")) || !existsSync(target))
      problems.push(`${name}: names ${source}, which is not a shipped TypeScript source under src/ or generated/`);
  }
  return problems;
}

/** tsc -p tsconfig.build.json: declarations and declaration maps only (the JavaScript is esbuild's). */
async function emitDeclarations(root: string): Promise<void> {
  const tsc = resolve(root, "node_modules", "typescript", "bin", "tsc");
  const result = await run(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, timeoutMs: 300_000 });
  if (result.code !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${`${result.stdout}\n${result.stderr}`.trim()}`);
}

export interface BuildSummary {
  entries: number;
  chunks: number;
  jsBytes: number;
}

/** The whole build into dist/ (removed first). Throws with every layout problem. */
export async function buildPackage(root: string = repoRoot): Promise<BuildSummary> {
  const pkg = readPackageJson(root);
  const entries = entryPoints(pkg, root);
  rmSync(join(root, "dist"), { recursive: true, force: true });
  await emitDeclarations(root);
  const { metafile, warnings } = await bundleEntries({ root, entries, externals: externalPackages(pkg) });
  const problems = [...warnings.map((warning) => `esbuild warning ${warning}`), ...verifyLayout(metafile, entries, root)];
  if (problems.length > 0) throw new Error(`build: dist/ is not publishable:\n  ${problems.join("\n  ")}`);
  const outputs = Object.entries(metafile.outputs).filter(([path]) => !path.endsWith(".map"));
  return {
    entries: entries.length,
    chunks: outputs.length - entries.length,
    jsBytes: outputs.reduce((sum, [, output]) => sum + output.bytes, 0),
  };
}

export const command = {
  name: "npm run build --",
  summary:
    "Build dist/: tsc declarations (+ maps), then every exports subpath bundled by esbuild with code splitting (shared core in one chunk, dependencies external, lazy parts lazy); fail when the layout is not publishable.",
  options: {},
} as const;

export const main = commandMain(command, async (_parsed, io): Promise<number> => {
  const started = performance.now();
  try {
    const summary = await buildPackage();
    io.out(
      `build: ${summary.entries} entry points + ${summary.chunks} chunks, ${kib(summary.jsBytes)} KiB of JavaScript, in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } catch (error) {
    io.err(error instanceof Error ? error.message : firstLine(String(error)));
    return 1;
  }
});

runIfEntry(import.meta.url, main);
