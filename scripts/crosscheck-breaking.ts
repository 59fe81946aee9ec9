// `npm run breaking:crosscheck`: our breaking report beside api-smart-diff, on every planted spec
// kind of the drift score and on the last N commits that changed a spec; lists where the two
// disagree and whether a known reason (KNOWN_DISAGREEMENTS, scripts/README.md) explains it.
// On demand, not in CI. Exit 1 when a disagreement has no explanation.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";
import { gitIn } from "./lib/breaking/base.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { crossCheck, type CrossVerdict } from "./lib/crosscheck/compare.js";
import { DRIFT_KINDS } from "./lib/drift/plants.js";
import { seededRandom } from "./lib/drift/spec-walk.js";
import { loadApis, repoRoot } from "./lib/spec/apis.js";

export const command = {
  name: "npm run breaking:crosscheck --",
  summary: "Compare the breaking report with api-smart-diff on the planted spec kinds and recent spec commits.",
  options: {
    commits: { type: "string", value: "N", description: "how many recent commits that changed specs/ (default: 20)" },
    seed: { type: "string", value: "N", description: "the drift score's seed, for the same plant targets (default: 20261121)" },
  },
} as const;

function count(name: string, text: string | undefined, fallback: number): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`${command.name}: --${name} needs a whole number, got ${text}`);
  return value;
}

/** Each spec kind planted in a scratch copy of the specs: the spec before and after. */
function plantedCases(seed: number): { name: string; before: unknown; after: unknown }[] {
  return DRIFT_KINDS.flatMap((kind, index) => {
    if (kind.category !== "spec") return [];
    const root = mkdtempSync(join(tmpdir(), "crosscheck-"));
    try {
      cpSync(join(repoRoot, "redocly.yaml"), join(root, "redocly.yaml"));
      cpSync(join(repoRoot, "specs"), join(root, "specs"), { recursive: true });
      const planted = kind.plant({ root, apis: loadApis(root), random: seededRandom(seed + index * 7919) });
      const spec = `specs/${planted.api}.yaml`;
      return [
        {
          name: `plant: ${kind.kind} (${planted.where})`,
          before: parse(readFileSync(join(repoRoot, spec), "utf8")),
          after: parse(readFileSync(join(root, spec), "utf8")),
        },
      ];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

/** Every spec a recent commit changed: the spec at its parent and at the commit. */
function commitCases(commits: number): { name: string; before: unknown; after: unknown }[] {
  const git = gitIn(repoRoot);
  const specs = loadApis(repoRoot).map((api) => relative(repoRoot, api.specPath).split(sep).join("/"));
  const log = git(["log", `-n${commits}`, "--format=%h %s", "--", ...specs]);
  return log.stdout
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => {
      const [sha = ""] = line.split(" ");
      const changed = git(["diff-tree", "--no-commit-id", "--name-only", "-r", `${sha}^`, sha, "--", ...specs])
        .stdout.split("\n")
        .filter(Boolean);
      return changed.flatMap((spec) => {
        const at = (ref: string) => git(["show", `${ref}:${spec}`]);
        const before = at(`${sha}^`);
        const after = at(sha);
        if (!before.ok || !after.ok) return [];
        return [{ name: `commit ${line.slice(0, 60)} (${spec})`, before: parse(before.stdout), after: parse(after.stdout) }];
      });
    });
}

function row(verdict: CrossVerdict): string {
  const ours = verdict.ours.filter((c) => c.severity === "breaking");
  const oursCell =
    ours.length > 0 ? `breaking (${[...new Set(ours.map((c) => c.rule))].join(", ")})` : `not breaking (${verdict.ours.length} change(s))`;
  const theirsCell =
    verdict.theirs.length > 0
      ? `breaking (${verdict.theirs.slice(0, 2).join("; ")}${verdict.theirs.length > 2 ? "; …" : ""})`
      : "not breaking";
  const state = verdict.agree ? "agree" : verdict.explained ? `differ, explained: ${verdict.explained}` : "DIFFER, unexplained";
  return `| ${[verdict.case, oursCell, theirsCell, state].map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const seed = count("seed", parsed.values.seed, 20261121);
  const commits = count("commits", parsed.values.commits, 20);
  const cases = [...plantedCases(seed), ...commitCases(commits)];
  const verdicts = cases.map((c) => crossCheck(c.name, c.before, c.after));
  io.out("| case | our breaking report | api-smart-diff | verdict |");
  io.out("| --- | --- | --- | --- |");
  for (const verdict of verdicts) io.out(row(verdict));
  const differ = verdicts.filter((v) => !v.agree);
  const unexplained = differ.filter((v) => !v.explained);
  io.out(
    `\n${verdicts.length} case(s): ${verdicts.length - differ.length} agree, ${differ.length - unexplained.length} differ with a known reason, ${unexplained.length} differ unexplained`,
  );
  return unexplained.length === 0 ? 0 : 1;
});

runIfEntry(import.meta.url, main);
