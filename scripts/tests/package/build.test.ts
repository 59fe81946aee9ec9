// The build (scripts/package/build.ts): the exports map gives the entry points; one esbuild run
// with code splitting puts a shared module into one chunk, so a class thrown by one subpath is
// `instanceof` the one another subpath exports; and verifyLayout fails on each layout fault it
// guards against: a copy of the core per subpath, a lazy dependency or bundled spec loaded
// eagerly, undici named literally, a source map with an absolute or missing source.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  bundleEntries,
  checkBundleSourceMap,
  entryPoints,
  externalPackages,
  verifyLayout,
  type BundleEntryPoint,
} from "../../package/build.js";
import { readPackageJson, repoRoot, type PackageJson } from "../../package/shared.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const subpath = (source: string) => ({
  types: `./dist/${source}.d.ts`,
  import: `./dist/${source}.js`,
  default: `./dist/${source}.js`,
});

const FIXTURE_PKG: PackageJson = {
  name: "fixture",
  version: "1.0.0",
  type: "module",
  exports: { "./core": subpath("src/core/index"), "./a": subpath("src/a"), "./b": subpath("src/b") },
  dependencies: { ajv: "8.0.0", undici: "7.0.0" },
};

const GOOD_SOURCES: Record<string, string> = {
  "src/core/errors.ts": `export class ApiError extends Error {}`,
  "src/core/index.ts": `export { ApiError } from "./errors.js";`,
  "src/a.ts": [
    `import { ApiError } from "./core/errors.js";`,
    `export const fail = (): never => { throw new ApiError("a"); };`,
    `export const loadSpec = () => import("../generated/a.openapi.js");`,
    `const UNDICI = "undici";`,
    `export const loadUndici = () => import(UNDICI);`,
  ].join("\n"),
  "src/b.ts": `import { ApiError } from "./core/errors.js";\nexport const fail = (): never => { throw new ApiError("b"); };\nexport const validate = () => import("ajv");`,
  "generated/a.openapi.ts": `export default { openapi: "3.1.0" } as const;`,
};

/** A tiny package in a temp dir: package.json, tsconfig.build.json and the given sources. */
function fixture(sources: Record<string, string>, pkg: PackageJson = FIXTURE_PKG): string {
  const root = mkdtempSync(join(tmpdir(), "tac-build-"));
  dirs.push(root);
  const files: Record<string, string> = {
    "package.json": JSON.stringify(pkg),
    "tsconfig.build.json": JSON.stringify({ compilerOptions: { target: "ES2022", verbatimModuleSyntax: true } }),
    ...sources,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function buildFixture(sources: Record<string, string>, options: { splitting?: boolean } = {}) {
  const root = fixture(sources);
  const pkg = readPackageJson(root);
  const entries = entryPoints(pkg, root);
  const { metafile } = await bundleEntries({ root, entries, externals: externalPackages(pkg), ...options });
  return { root, entries, metafile, problems: verifyLayout(metafile, entries, root) };
}

describe("entryPoints", () => {
  it("maps each exports subpath to its TypeScript source and the file it names", () => {
    expect(entryPoints(readPackageJson(repoRoot))).toContainEqual({
      subpath: "./pipedrive",
      source: "src/pipedrive.ts",
      output: "dist/src/pipedrive.js",
    });
    expect(entryPoints(readPackageJson(repoRoot)).map((entry) => entry.subpath)).toEqual(
      Object.keys(readPackageJson(repoRoot).exports ?? {}),
    );
  });

  it("refuses an exports entry it cannot build, naming the subpath", () => {
    const root = fixture(GOOD_SOURCES);
    const withExport = (entry: unknown): PackageJson => ({ ...FIXTURE_PKG, exports: { "./x": entry } });
    expect(() => entryPoints(withExport({ import: "./lib/x.js", default: "./lib/x.js" }), root)).toThrow(
      /exports\["\.\/x"\] names \.\/lib\/x\.js/,
    );
    expect(() => entryPoints(withExport({ import: "./dist/src/a.js", default: "./dist/src/b.js" }), root)).toThrow(
      /exports\["\.\/x"\]: "import" and "default" must name one and the same file/,
    );
    expect(() => entryPoints(withExport(subpath("src/nope")), root)).toThrow(
      /exports\["\.\/x"\] names \.\/dist\/src\/nope\.js, but its source src\/nope\.ts does not exist/,
    );
  });
});

describe("bundleEntries + verifyLayout", () => {
  it("builds one shared chunk: the error one subpath throws is instanceof the class another exports", async () => {
    const { root, metafile, problems } = await buildFixture(GOOD_SOURCES);
    expect(problems).toEqual([]);
    const core = (await import(pathToFileURL(join(root, "dist/src/core/index.js")).href)) as { ApiError: new () => Error };
    for (const name of ["a", "b"]) {
      const client = (await import(pathToFileURL(join(root, `dist/src/${name}.js`)).href)) as { fail: () => never };
      expect(() => client.fail()).toThrow(core.ApiError);
    }
    // errors.ts lives in exactly one output, the lazy parts in their own chunks.
    const homes = Object.entries(metafile.outputs).filter(([, output]) => "src/core/errors.ts" in output.inputs);
    expect(homes).toHaveLength(1);
    expect(Object.keys(metafile.outputs).some((output) => /^dist\/chunks\/a\.openapi-\w+\.js$/.test(output))).toBe(true);
  });

  it("fails a build without code splitting: each subpath would carry its own core", async () => {
    const { problems } = await buildFixture(GOOD_SOURCES, { splitting: false });
    expect(problems.join("\n")).toMatch(/src\/core\/errors\.ts is bundled into 3 files .*a shared module must be one chunk/);
  });

  it("fails when a lazy dependency (ajv) or a bundled spec is imported statically", async () => {
    const { problems } = await buildFixture({
      ...GOOD_SOURCES,
      "src/b.ts": `import Ajv from "ajv";\nimport spec from "../generated/a.openapi.js";\nexport const v = () => new Ajv(spec);`,
    });
    expect(problems).toContainEqual(expect.stringMatching(/^\.\/b: dist\/src\/b\.js imports ajv statically/));
    expect(problems).toContainEqual(expect.stringMatching(/^\.\/b: generated\/a\.openapi\.ts is in dist\/\S+\.js, loaded on import/));
  });

  it("fails when undici is imported by a literal specifier (browsers' bundlers would resolve it)", async () => {
    const { problems } = await buildFixture({ ...GOOD_SOURCES, "src/b.ts": `export const load = () => import("undici");` });
    expect(problems).toContainEqual(expect.stringMatching(/dist\/src\/b\.js: esbuild resolved an import of undici \(dynamic-import\)/));
    expect(problems).toContainEqual(expect.stringMatching(/dist\/src\/b\.js: names "undici" in a literal import/));
  });

  it("keeps the non-literal undici import a runtime import() and passes it", async () => {
    const { root, problems } = await buildFixture(GOOD_SOURCES);
    expect(problems).toEqual([]);
    expect(readFileSync(join(root, "dist/src/a.js"), "utf8")).toMatch(/import\(UNDICI\)/);
  });

  it("refuses a bare import that is neither a dependency nor a peer dependency, naming the importer", async () => {
    await expect(buildFixture({ ...GOOD_SOURCES, "src/b.ts": `import x from "left-pad";\nexport { x };` })).rejects.toThrow(
      /src\/b\.ts imports "left-pad", which is neither in dependencies nor in peerDependencies/,
    );
  });

  it("builds the real package's entries with no layout problem", async () => {
    const outdir = `node_modules/.cache/tac-build-test-${process.pid}`;
    dirs.push(join(repoRoot, outdir));
    const pkg = readPackageJson(repoRoot);
    const entries: BundleEntryPoint[] = entryPoints(pkg).map((entry) => ({
      ...entry,
      output: entry.output.replace(/^dist\//, `${outdir}/`),
    }));
    const { metafile, warnings } = await bundleEntries({ entries, externals: externalPackages(pkg), outdir });
    expect(warnings).toEqual([]);
    expect(verifyLayout(metafile, entries)).toEqual([]);
    // The core's classes are in one chunk that every client entry imports.
    const errorsHome = Object.entries(metafile.outputs).filter(([, output]) => "src/core/errors.ts" in output.inputs);
    expect(errorsHome).toHaveLength(1);
  });
});

describe("checkBundleSourceMap", () => {
  const root = fixture(GOOD_SOURCES);
  const map = (value: unknown): string => {
    const path = join(root, "dist", `m${Math.random().toString(36).slice(2)}.js.map`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it("passes relative sources under src/ or generated/, and an empty map of a re-export-only entry", () => {
    expect(
      checkBundleSourceMap(map({ version: 3, sources: ["../src/a.ts", "../generated/a.openapi.ts"], mappings: "AAAA" }), root),
    ).toEqual([]);
    expect(checkBundleSourceMap(map({ version: 3, sources: [], mappings: "" }), root)).toEqual([]);
  });

  it("fails an absolute source, a source that is not shipped, a map with mappings but no sources, and a missing map", () => {
    expect(checkBundleSourceMap(map({ version: 3, sources: [join(root, "src/a.ts")], mappings: "AAAA" }), root).join("\n")).toMatch(
      /contains the absolute path[\s\S]*an absolute path or URL/,
    );
    expect(checkBundleSourceMap(map({ version: 3, sources: ["../src/gone.ts"], mappings: "AAAA" }), root)[0]).toMatch(
      /names \.\.\/src\/gone\.ts, which is not a shipped TypeScript source/,
    );
    expect(checkBundleSourceMap(map({ version: 3, sources: ["../package.json"], mappings: "AAAA" }), root)[0]).toMatch(
      /not a shipped TypeScript source/,
    );
    expect(checkBundleSourceMap(map({ version: 3, sources: [], mappings: "AAAA" }), root)[0]).toMatch(/has mappings but names no sources/);
    expect(checkBundleSourceMap(join(root, "dist", "none.js.map"), root)[0]).toMatch(/^dist\/none\.js\.map: missing/);
  });
});
