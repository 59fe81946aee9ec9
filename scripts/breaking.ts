// Lists every change to the specs in redocly.yaml since a git ref, each marked BREAKING or ok
// for a typed client, then `breaking changes: N (non-breaking: M) across K specs` (K = specs compared).
// The working tree is compared with the spec as committed at the base ref.
//   npm run breaking [-- --base REF] [--api NAME] [--fail-on-breaking]
// --base defaults to `git merge-base HEAD main` (or origin/main); when there is no main branch,
// or HEAD is that merge base, to HEAD, i.e. the uncommitted spec changes.
// Exit 0 with the report; 1 with --fail-on-breaking and a breaking change, or on any error
// (a spec that does not parse at either side, an unknown ref or API).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { parse } from "yaml";
import { loadApis, repoRoot, selectApis } from "./lib/apis.js";
import { compareSpecs, formatReport, SpecReferenceError, type SpecReport } from "./lib/breaking.js";

class UsageError extends Error {}

function git(args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync("git", args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`);
  return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: (result.stderr ?? "").trim() };
}

function parseArgs(argv: string[]): { base?: string; apis: string[]; failOnBreaking: boolean } {
  const options: { base?: string; apis: string[]; failOnBreaking: boolean } = { apis: [], failOnBreaking: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--base") options.base = value();
    else if (arg === "--api") options.apis.push(value());
    else if (arg === "--fail-on-breaking") options.failOnBreaking = true;
    else throw new UsageError(`unknown argument ${arg}; usage: breaking.ts [--base REF] [--api NAME] [--fail-on-breaking]`);
  }
  return options;
}

/** The ref to compare with and how to describe it. */
function resolveBase(requested: string | undefined): { ref: string; label: string } {
  const head = git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (requested !== undefined) {
    const sha = git(["rev-parse", "--verify", "--quiet", `${requested}^{commit}`]);
    if (!sha.ok) throw new UsageError(`--base ${requested}: not a commit in ${repoRoot}`);
    return { ref: sha.stdout.trim(), label: `${requested} (${sha.stdout.trim().slice(0, 7)})` };
  }
  if (!head.ok) throw new UsageError(`${repoRoot}: not a git repository with a commit (needed to read the base specs)`);
  const headSha = head.stdout.trim();
  for (const main of ["main", "origin/main"]) {
    if (!git(["rev-parse", "--verify", "--quiet", `${main}^{commit}`]).ok) continue;
    const mergeBase = git(["merge-base", "HEAD", main]);
    const sha = mergeBase.stdout.trim();
    if (mergeBase.ok && sha !== headSha) return { ref: sha, label: `merge-base of HEAD and ${main} (${sha.slice(0, 7)})` };
    break;
  }
  return { ref: headSha, label: `HEAD (${headSha.slice(0, 7)}), i.e. uncommitted changes` };
}

function parseSpec(text: string, where: string): unknown {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new UsageError(`${where}: cannot parse: ${(error as Error).message.split("\n")[0]}`);
  }
  if (document === null || typeof document !== "object" || Array.isArray(document) || !("paths" in document || "openapi" in document)) {
    throw new UsageError(`${where}: not an OpenAPI document`);
  }
  return document;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const apis = selectApis(loadApis(repoRoot), options.apis);
  const base = resolveBase(options.base);
  console.log(`Comparing the specs in the working tree with ${base.label}`);

  const reports: SpecReport[] = [];
  for (const api of apis) {
    const spec = relative(repoRoot, api.specPath).split(sep).join("/");
    let headText: string;
    try {
      headText = readFileSync(api.specPath, "utf8");
    } catch (error) {
      throw new UsageError(`${spec} in the working tree: cannot read: ${(error as Error).message}`);
    }
    const head = parseSpec(headText, `${spec} in the working tree`);
    const atBase = `${base.ref}:./${spec}`;
    const isNew = !git(["cat-file", "-e", atBase]).ok;
    let baseDocument: unknown = {};
    if (!isNew) {
      const shown = git(["show", atBase]);
      if (!shown.ok) throw new UsageError(`${spec} at ${base.label}: cannot read: ${shown.stderr}`);
      baseDocument = parseSpec(shown.stdout, `${spec} at ${base.label}`);
    }
    try {
      reports.push({ api: api.name, spec, isNew, changes: compareSpecs(baseDocument, head) });
    } catch (error) {
      if (error instanceof SpecReferenceError) {
        throw new UsageError(`${spec} ${error.side === "base" ? `at ${base.label}` : "in the working tree"}: ${error.message}`);
      }
      throw error;
    }
  }

  const { text, breaking } = formatReport(reports);
  console.log(text);
  return options.failOnBreaking && breaking > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`breaking: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
