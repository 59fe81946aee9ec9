// A throwaway copy of the repo (node_modules linked, not copied) in which tests and the drift
// tools plant faults without touching the work tree.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
  /**
   * Puts these folders back as the repo has them: rewrites only the files whose content differs,
   * and deletes what the repo does not have. (Copying the folders afresh after every plant was
   * 3 s of the drift score's one busy thread.)
   */
  restore(folders: readonly string[]): void;
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
    restore(folders) {
      for (const folder of folders) restoreFolder(join(repoRoot, folder), join(root, folder));
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

/** The repo's files under a folder, by path relative to it, read once per process (they do not change while a tool runs). */
const repoFiles = new Map<string, Map<string, Buffer>>();
function filesOf(folder: string): Map<string, Buffer> {
  let files = repoFiles.get(folder);
  if (!files) {
    files = new Map();
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(folder.length + 1), readFileSync(path));
    }
    repoFiles.set(folder, files);
  }
  return files;
}

function restoreFolder(source: string, target: string): void {
  const wanted = filesOf(source);
  const wantedFolders = new Set<string>();
  for (const file of wanted.keys()) for (let folder = dirname(file); folder !== "."; folder = dirname(folder)) wantedFolders.add(folder);
  if (existsSync(target)) {
    // Deepest first, so a folder the repo lacks goes after its files.
    for (const entry of readdirSync(target, { recursive: true, withFileTypes: true }).reverse()) {
      const path = join(entry.parentPath, entry.name);
      const relative = path.slice(target.length + 1);
      const kept = entry.isFile() ? wanted.has(relative) : entry.isDirectory() && wantedFolders.has(relative);
      if (!kept) rmSync(path, { recursive: true, force: true });
    }
  }
  for (const [relative, content] of wanted) {
    const path = join(target, relative);
    let current: Buffer | undefined;
    try {
      current = readFileSync(path);
    } catch {
      mkdirSync(dirname(path), { recursive: true });
    }
    if (!current?.equals(content)) writeFileSync(path, content);
  }
}

/** Node with tsx, to run a repo script inside a sandbox. */
export function tsxArgs(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, ["--import", "tsx", script, ...args]];
}
