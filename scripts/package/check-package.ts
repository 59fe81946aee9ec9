// npm run check:package — is the package publishable and usable as published?
//   1. publint (strict) over the package as npm would pack it
//   2. Are the Types Wrong (`attw --profile esm-only`) over the packed tarball
//   3. the tarball installed into a fresh consumer project, where every subpath of `exports` is
//      loaded with import() AND require() by the consumer's node and must export a factory
//   4. every source map and declaration map in the installed package names sources it ships, by
//      relative path
//   5. instanceof across subpaths: in the consumer, each client (import() and require()) calls a
//      local 127.0.0.1 server that answers 404, and the ApiError it throws must be `instanceof`
//      the ApiError exported by `<package>/core` (one shared core chunk, not a copy per subpath;
//      the require()d client's error is compared with the import()ed core's class)
//   6. self-checks: each of these checks is run once more on a deliberately broken copy of the
//      package and must fail, so a check that cannot fail is caught here.
// Prints the tarball size and file count. Exit 1 when any check (or self-check) fails.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { publint } from "publint";
import { commandMain, runIfEntry } from "../lib/cli/args.js";
import { formatMessage } from "publint/utils";
import { clientSubpaths, inlineChunks, probeIdentity, type ProbeResult } from "./identity-probe.js";
import { installScriptsOf } from "./pack-manifest.js";
import { exportedSubpaths, firstLine, kib, readPackageJson, repoRoot, run, type PackageJson } from "./shared.js";

interface CheckOutcome {
  name: string;
  ok: boolean;
  details: string[];
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

export interface PackedTarball {
  path: string;
  sizeBytes: number;
  fileCount: number;
}

/** `npm pack` into `dir`; returns the tarball with its size and file count. */
export async function packTarball(dir: string, root: string = repoRoot): Promise<PackedTarball> {
  // prepack builds dist/ first: minutes on a busy machine, so the bound is only against a hang.
  const result = await run(npm, ["pack", "--json", "--pack-destination", dir], { cwd: root, timeoutMs: 900_000 });
  if (result.code !== 0) throw new Error(`npm pack failed (exit ${result.code}): ${firstLine(result.stderr) || firstLine(result.stdout)}`);
  const start = result.stdout.indexOf("[");
  const info = JSON.parse(result.stdout.slice(start)) as Array<{ filename: string; size: number; entryCount: number }>;
  const entry = info[0];
  if (!entry) throw new Error("npm pack printed no tarball");
  const path = join(dir, entry.filename);
  return { path, sizeBytes: statSync(path).size, fileCount: entry.entryCount };
}

/** publint in strict mode over an unpacked package directory (warnings count as errors). */
export async function runPublint(pkgDir: string, pack: "npm" | false): Promise<CheckOutcome> {
  const { messages, pkg } = await publint({ pkgDir, strict: true, level: "suggestion", pack });
  const relevant = messages.filter((message) => message.type !== "suggestion");
  const details = messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
  return { name: "publint --strict", ok: relevant.length === 0, details };
}

/** `attw <tarball> --profile esm-only`: exit code 0 means no problem for ESM-only resolution. */
export async function runAttw(tarball: string): Promise<CheckOutcome> {
  const bin = resolve(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
  const result = await run(process.execPath, [bin, tarball, "--profile", "esm-only", "--format", "ascii", "--no-color"], {
    env: { FORCE_COLOR: "0" },
  });
  const lines = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => line.trim() !== "");
  return { name: "attw --profile esm-only", ok: result.code === 0, details: result.code === 0 ? [] : lines.slice(0, 30) };
}

/** Installs the tarball into a fresh consumer project (dependencies from the npm registry). */
export async function installConsumer(tarball: string, dir: string): Promise<string> {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }, null, 2));
  const result = await run(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball], { cwd: dir });
  if (result.code !== 0) throw new Error(`npm install of the tarball failed: ${firstLine(result.stderr)}`);
  return join(dir, "node_modules", readPackageJson(repoRoot).name);
}

const PROBE = `
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const specifiers = JSON.parse(process.argv[2]);
const results = [];
// A client factory, the mock's startMock (typed-api-clients/mock) or createMswHandlers (typed-api-clients/msw).
const factories = (module) => Object.keys(module).filter((key) => /^(create\\w*Client|startMock|createMswHandlers)$/.test(key) && typeof module[key] === "function");
for (const specifier of specifiers) {
  for (const mode of ["import", "require"]) {
    try {
      const module = mode === "import" ? await import(specifier) : require(specifier);
      const found = factories(module);
      results.push({ specifier, mode, ok: found.length > 0, detail: found.length > 0 ? found.join(", ") : "no create*Client, startMock or createMswHandlers function exported" });
    } catch (error) {
      results.push({ specifier, mode, ok: false, detail: String(error && error.code ? error.code + ": " : "") + String(error && error.message || error).split("\\n")[0] });
    }
  }
}
console.log(JSON.stringify(results));
`;

/** import() and require() each subpath from the consumer project with this node. */
export async function probeConsumer(consumerDir: string, packageName: string, subpaths: readonly string[]): Promise<ProbeResult[]> {
  const probePath = join(consumerDir, "probe.mjs");
  writeFileSync(probePath, PROBE);
  const specifiers = subpaths.map((subpath) => `${packageName}${subpath.slice(1)}`);
  const result = await run(process.execPath, ["probe.mjs", JSON.stringify(specifiers)], { cwd: consumerDir, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`the consumer probe crashed: ${firstLine(result.stderr)}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "[]") as ProbeResult[];
}

function consumerOutcome(name: string, results: readonly ProbeResult[]): CheckOutcome {
  return {
    name,
    ok: results.length > 0 && results.every((result) => result.ok),
    details: results.map((result) => `${result.ok ? "ok  " : "FAIL"} ${result.mode.padEnd(7)} ${result.specifier}: ${result.detail}`),
  };
}

/** The installed package.json declares no script npm would run (or ask to approve) at install time. */
export function checkInstallScripts(pkgDir: string): CheckOutcome {
  const declared = installScriptsOf(readPackageJson(pkgDir) as { scripts?: Record<string, string> });
  return {
    name: "the tarball's package.json has no install-time script (prepare, postinstall, ...)",
    ok: declared.length === 0,
    details: declared,
  };
}

/** Every relative link of the shipped README.md names a file the package ships (npm shows that README). */
export function checkReadmeLinks(pkgDir: string): CheckOutcome {
  const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? "");
  const missing = targets
    .filter((target) => !/^[a-z]+:|^#/i.test(target))
    .filter((target) => !existsSync(join(pkgDir, target.split("#")[0] ?? "")))
    .map((target) => `README.md links to ${target}, which the package does not contain`);
  return { name: "every relative link of README.md names a file in the package", ok: missing.length === 0, details: missing };
}

/** Every `*.map` under `pkgDir` must name only `sources` that exist inside `pkgDir`. */
export function checkSourceMaps(pkgDir: string): CheckOutcome {
  const problems: string[] = [];
  let maps = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(path);
      } else if (entry.name.endsWith(".map")) {
        maps += 1;
        const map = JSON.parse(readFileSync(path, "utf8")) as { sources?: unknown; sourceRoot?: unknown; mappings?: unknown };
        const sources = Array.isArray(map.sources) ? map.sources : [];
        // An entry that only re-exports a shared chunk maps nothing: no sources is right there.
        if (sources.length === 0 && map.mappings !== "") problems.push(`${relative(pkgDir, path)}: no sources`);
        for (const source of sources) {
          if (isAbsolute(String(source)) || /^[a-z]+:/i.test(String(source))) {
            problems.push(`${relative(pkgDir, path)}: names ${String(source)}, an absolute path or URL`);
            continue;
          }
          const target = resolve(dirname(path), typeof map.sourceRoot === "string" ? map.sourceRoot : "", String(source));
          if (!target.startsWith(pkgDir) || !existsSync(target))
            problems.push(`${relative(pkgDir, path)}: names ${String(source)}, which the package does not ship`);
        }
      }
    }
  };
  walk(pkgDir);
  if (maps === 0) problems.push("no *.map files found");
  return {
    name: `source maps: ${maps} maps, every source they name is shipped and relative`,
    ok: problems.length === 0,
    details: problems.slice(0, 10),
  };
}

/** Rewrites package.json of an unpacked package in place; returns a function that restores it. */
function mutatePackageJson(pkgDir: string, mutate: (pkg: PackageJson) => void): () => void {
  const path = join(pkgDir, "package.json");
  const original = readFileSync(path, "utf8");
  const pkg = JSON.parse(original) as PackageJson;
  mutate(pkg);
  writeFileSync(path, JSON.stringify(pkg, null, 2));
  return () => writeFileSync(path, original);
}

function subpathEntry(pkg: PackageJson, subpath: string): Record<string, unknown> {
  const entry = pkg.exports?.[subpath];
  if (!entry || typeof entry !== "object") throw new Error(`package.json: exports["${subpath}"] is not an object of conditions`);
  return entry as Record<string, unknown>;
}

/** Re-packs an unpacked package directory (`<dir>/package`) into a tarball, without scripts. */
async function repack(unpackedParent: string, outDir: string): Promise<string> {
  const out = join(outDir, "broken.tgz");
  const result = await run("tar", ["-czf", out, "-C", unpackedParent, "package"]);
  if (result.code !== 0) throw new Error(`tar failed: ${firstLine(result.stderr)}`);
  return out;
}

async function selfChecks(tarball: string, consumerPkgDir: string, consumerDir: string, work: string): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  const pkgName = readPackageJson(repoRoot).name;
  const subpaths = exportedSubpaths(repoRoot);
  const target = subpaths.find((subpath) => subpath !== "./core") ?? subpaths[0] ?? "./core";

  // Consumer step: without the `default` condition, require() must fail (ERR_PACKAGE_PATH_NOT_EXPORTED).
  let restore = mutatePackageJson(consumerPkgDir, (pkg) => {
    for (const subpath of subpaths) delete subpathEntry(pkg, subpath).default;
  });
  try {
    const results = await probeConsumer(consumerDir, pkgName, [target]);
    const required = results.find((result) => result.mode === "require");
    const imported = results.find((result) => result.mode === "import");
    outcomes.push({
      name: `self-check: consumer require() with the "default" condition removed fails`,
      ok: required !== undefined && !required.ok && imported?.ok === true,
      details: results.map((result) => `${result.ok ? "ok  " : "FAIL"} ${result.mode} ${result.specifier}: ${result.detail}`),
    });
  } finally {
    restore();
  }

  // Consumer step: a subpath whose module exports no factory is caught.
  restore = mutatePackageJson(consumerPkgDir, (pkg) => {
    const entry = subpathEntry(pkg, target);
    for (const condition of ["import", "default"]) entry[condition] = "./package.json";
  });
  try {
    const results = await probeConsumer(consumerDir, pkgName, [target]);
    outcomes.push({
      name: `self-check: consumer probe fails when ${target} exports no factory`,
      ok: results.length > 0 && results.every((result) => !result.ok),
      details: results.map((result) => `${result.mode} ${result.specifier}: ${result.detail}`),
    });
  } finally {
    restore();
  }

  // instanceof: a client subpath bundled with its own copy of the core (no shared chunk) is caught.
  const client = clientSubpaths(repoRoot)[0];
  if (client === undefined) throw new Error("package.json: exports has no client subpath to probe");
  const clientEntry = subpathEntry(readPackageJson(consumerPkgDir), client).import;
  if (typeof clientEntry !== "string") throw new Error(`package.json: exports["${client}"].import is not a path`);
  restore = await inlineChunks(join(consumerPkgDir, clientEntry));
  try {
    const results = await probeIdentity(consumerDir, pkgName, [client]);
    outcomes.push({
      name: `self-check: instanceof probe fails when ${client} carries its own copy of the core`,
      ok: results.length === 2 && results.every((result) => !result.ok),
      details: results.map((result) => `${result.ok ? "ok  " : "FAIL"} ${result.mode} ${result.specifier}: ${result.detail}`),
    });
  } finally {
    restore();
  }

  // Install scripts: a packed package.json that still has `prepare` is reported.
  restore = mutatePackageJson(consumerPkgDir, (pkg) => {
    pkg.scripts = { ...(pkg.scripts as Record<string, string> | undefined), prepare: "npm run build" };
  });
  try {
    const scripts = checkInstallScripts(consumerPkgDir);
    outcomes.push({
      name: "self-check: install-script check fails when the tarball keeps prepare",
      ok: !scripts.ok,
      details: scripts.details,
    });
  } finally {
    restore();
  }

  // README links: a link to a file the tarball leaves out is reported.
  const readmePath = join(consumerPkgDir, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  writeFileSync(readmePath, `${readme}\nSee [the scripts](scripts/not-shipped.md#drift-gates).\n`);
  try {
    const links = checkReadmeLinks(consumerPkgDir);
    outcomes.push({
      name: "self-check: README link check fails on a link to a file not in the package",
      ok: !links.ok,
      details: links.details,
    });
  } finally {
    writeFileSync(readmePath, readme);
  }

  // Source maps: a shipped map whose source is missing is reported.
  const anySource = join(consumerPkgDir, "src", "pipedrive.ts");
  const saved = readFileSync(anySource);
  rmSync(anySource);
  try {
    const maps = checkSourceMaps(consumerPkgDir);
    outcomes.push({
      name: "self-check: source-map check fails when src/pipedrive.ts is not shipped",
      ok: !maps.ok,
      details: maps.details.slice(0, 2),
    });
  } finally {
    writeFileSync(anySource, saved);
  }

  // Source maps: a map naming a source by absolute path (a machine path) is reported, even when the file exists.
  const entryMap = join(consumerPkgDir, "dist", "src", "pipedrive.js.map");
  const savedMap = readFileSync(entryMap, "utf8");
  const absolute = JSON.parse(savedMap) as { sources: string[] };
  absolute.sources = absolute.sources.map((source) => resolve(dirname(entryMap), source));
  writeFileSync(entryMap, JSON.stringify(absolute));
  try {
    const maps = checkSourceMaps(consumerPkgDir);
    outcomes.push({
      name: "self-check: source-map check fails when dist/src/pipedrive.js.map names its source by absolute path",
      ok: !maps.ok && maps.details.some((line) => line.includes("an absolute path")),
      details: maps.details.slice(0, 2),
    });
  } finally {
    writeFileSync(entryMap, savedMap);
  }

  // publint and attw: an export whose files are missing must be reported.
  const unpacked = mkdtempSync(join(work, "broken-"));
  const untar = await run("tar", ["-xzf", tarball, "-C", unpacked]);
  if (untar.code !== 0) throw new Error(`tar -x failed: ${firstLine(untar.stderr)}`);
  mutatePackageJson(join(unpacked, "package"), (pkg) => {
    const entry = subpathEntry(pkg, target);
    entry.types = "./dist/missing.d.ts";
    entry.import = "./dist/missing.js";
    entry.default = "./dist/missing.js";
  });
  const brokenPublint = await runPublint(join(unpacked, "package"), false);
  outcomes.push({
    name: `self-check: publint fails when exports["${target}"] points at missing files`,
    ok: !brokenPublint.ok,
    details: brokenPublint.details.slice(0, 3),
  });
  const brokenAttw = await runAttw(await repack(unpacked, work));
  outcomes.push({
    name: `self-check: attw fails when exports["${target}"] points at missing files`,
    ok: !brokenAttw.ok,
    details: brokenAttw.details.slice(0, 3),
  });
  return outcomes;
}

export async function checkPackage(options: { selfCheck: boolean }): Promise<boolean> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), "tac-package-"));
  const outcomes: CheckOutcome[] = [];
  try {
    const tarball = await packTarball(work);
    console.log(`tarball: ${tarball.path.split("/").pop()} ${kib(tarball.sizeBytes)} KiB, ${tarball.fileCount} files`);

    const [publintOutcome, attwOutcome] = await Promise.all([runPublint(repoRoot, "npm"), runAttw(tarball.path)]);
    outcomes.push(publintOutcome, attwOutcome);

    const consumerDir = mkdtempSync(join(work, "consumer-"));
    const consumerPkgDir = await installConsumer(tarball.path, consumerDir);
    const pkgName = readPackageJson(repoRoot).name;
    outcomes.push(
      consumerOutcome(
        `consumer (node ${process.version}): import() and require() of every subpath`,
        await probeConsumer(consumerDir, pkgName, exportedSubpaths(repoRoot)),
      ),
    );
    outcomes.push(checkSourceMaps(consumerPkgDir));
    outcomes.push(checkInstallScripts(consumerPkgDir));
    outcomes.push(checkReadmeLinks(consumerPkgDir));
    outcomes.push(
      consumerOutcome(
        "instanceof across subpaths: each client's thrown ApiError is core's ApiError",
        await probeIdentity(consumerDir, pkgName, clientSubpaths(repoRoot)),
      ),
    );
    if (options.selfCheck) outcomes.push(...(await selfChecks(tarball.path, consumerPkgDir, consumerDir, work)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const outcome of outcomes) {
    console.log(`${outcome.ok ? "PASS" : "FAIL"} ${outcome.name}`);
    for (const line of outcome.details) console.log(`       ${line}`);
  }
  const ok = outcomes.every((outcome) => outcome.ok);
  console.log(`check:package ${ok ? "passed" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

export const command = {
  name: "npm run check:package --",
  summary:
    "publint (strict), Are the Types Wrong (esm-only), the packed tarball installed and loaded with import() and require(), source maps, instanceof across subpaths; then self-checks on broken copies.",
  options: {
    "no-self-check": {
      type: "boolean",
      description: "skip the self-checks (each check run once more on a deliberately broken package, which must fail)",
    },
  },
} as const;

export const main = commandMain(command, async (parsed, _io): Promise<number> => {
  const ok = await checkPackage({ selfCheck: parsed.values["no-self-check"] !== true });
  return ok ? 0 : 1;
});

runIfEntry(import.meta.url, main);
