// Which git ref the breaking-change report compares the working tree with, and reading a spec at it.
import { spawnSync } from "node:child_process";

export type Git = (args: string[]) => { ok: boolean; stdout: string; stderr: string };

export function gitIn(root: string): Git {
  return (args) => {
    const result = spawnSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw new Error(`cannot run git: ${result.error.message}`);
    return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: (result.stderr ?? "").trim() };
  };
}

export interface Base {
  ref: string;
  /** How the report's first line names it. */
  label: string;
}

/**
 * `--base REF` when given; otherwise the merge base of HEAD and main (or origin/main). When HEAD
 * is that base (on main, or with no main branch): HEAD itself if a spec has uncommitted changes,
 * else the previous commit (HEAD~1), so a fresh clone of main still shows the last spec change.
 */
export function resolveBase(git: Git, requested: string | undefined, specPaths: string[]): Base {
  if (requested !== undefined) {
    const sha = git(["rev-parse", "--verify", "--quiet", `${requested}^{commit}`]);
    if (!sha.ok) throw new Error(`--base ${requested}: not a commit`);
    return { ref: sha.stdout.trim(), label: `${requested} (${sha.stdout.trim().slice(0, 7)})` };
  }
  const head = git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (!head.ok) throw new Error("not a git repository with a commit (needed to read the base specs)");
  const headSha = head.stdout.trim();
  for (const main of ["main", "origin/main"]) {
    if (!git(["rev-parse", "--verify", "--quiet", `${main}^{commit}`]).ok) continue;
    const mergeBase = git(["merge-base", "HEAD", main]);
    const sha = mergeBase.stdout.trim();
    if (mergeBase.ok && sha !== headSha) return { ref: sha, label: `merge-base of HEAD and ${main} (${sha.slice(0, 7)})` };
    break;
  }
  const uncommitted = git(["status", "--porcelain", "--", ...specPaths]).stdout.trim() !== "";
  if (uncommitted) return { ref: headSha, label: `HEAD (${headSha.slice(0, 7)}), i.e. uncommitted changes` };
  const previous = git(["rev-parse", "--verify", "--quiet", "HEAD~1^{commit}"]);
  if (!previous.ok)
    return { ref: headSha, label: `HEAD (${headSha.slice(0, 7)}), the first commit: HEAD is the base and no spec has uncommitted changes` };
  const sha = previous.stdout.trim();
  return { ref: sha, label: `HEAD~1 (${sha.slice(0, 7)}), since HEAD is the base and no spec has uncommitted changes` };
}

/** The spec's text at `base`, or undefined when it did not exist there. */
export function specAt(git: Git, base: Base, spec: string): string | undefined {
  const at = `${base.ref}:./${spec}`;
  if (!git(["cat-file", "-e", at]).ok) return undefined;
  const shown = git(["show", at]);
  if (!shown.ok) throw new Error(`${spec} at ${base.label}: cannot read: ${shown.stderr}`);
  return shown.stdout;
}
