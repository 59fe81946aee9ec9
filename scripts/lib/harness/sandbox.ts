// A throwaway copy of the repo (node_modules linked, not copied) in which tests and the drift
// tools plant faults without touching the work tree.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../spec/apis.js";

const COPIED = [
  "specs",
  "generated",
  "src",
  "contract-tests",
  "scripts",
  "redocly.yaml",
  ".redocly.lint-ignore.yaml",
  "tsconfig.json",
  "package.json",
  "vitest.config.ts",
  "README.md",
];

export interface Sandbox {
  root: string;
  read(relativePath: string): string;
  write(relativePath: string, content: string): void;
  /** Edits a file in place; throws when `edit` changes nothing (a plant that missed its target). */
  edit(relativePath: string, edit: (text: string) => string): void;
  /** Runs a command in the sandbox; never throws. */
  run(command: string, args: string[], timeoutMs?: number): { code: number; stdout: string; stderr: string; output: string };
  dispose(): void;
}

/** `entries`: only these of the repo's files and folders (a command that reads only the specs needs no more). */
export function createSandbox(prefix = "api-clients-", entries: readonly string[] = COPIED): Sandbox {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of entries) {
    const source = join(repoRoot, entry);
    if (existsSync(source)) cpSync(source, join(root, entry), { recursive: true });
  }
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
  return {
    root,
    read: (p) => readFileSync(join(root, p), "utf8"),
    write: (p, content) => writeFileSync(join(root, p), content),
    edit(p, edit) {
      const before = readFileSync(join(root, p), "utf8");
      const after = edit(before);
      if (after === before) throw new Error(`sandbox edit of ${p} changed nothing`);
      writeFileSync(join(root, p), after);
    },
    // A bound only against a command that hangs: on a busy machine a CLI run can take minutes.
    run(command, args, timeoutMs = 180_000) {
      const result = spawnSync(command, args, {
        cwd: root,
        encoding: "utf8",
        timeout: timeoutMs,
        env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      });
      const stdout = result.stdout ?? "";
      const stderr = result.stderr ?? "";
      return { code: result.status ?? -1, stdout, stderr, output: stdout + stderr };
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Node with tsx, to run a repo script inside a sandbox. */
export function tsxArgs(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, ["--import", "tsx", script, ...args]];
}
