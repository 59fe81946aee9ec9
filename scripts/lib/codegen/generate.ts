// Writing generated/: each API rendered in memory and swapped in with a rename, so a spec that
// fails to parse or lint leaves the previous output untouched; and the --watch loop.
import { existsSync, readFileSync, renameSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import type { Io } from "../cli/args.js";
import type { ApiEntry } from "../spec/apis.js";
import { renderApi } from "./render.js";

function writeAtomically(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Regenerates `apis`, one line each on `io`; returns the number that failed. */
export async function generateApis(apis: ApiEntry[], root: string, io: Io): Promise<number> {
  let failed = 0;
  for (const api of apis) {
    const started = performance.now();
    try {
      const changed: string[] = [];
      for (const [path, content] of await renderApi(api, root)) {
        if (existsSync(path) && readFileSync(path, "utf8") === content) continue;
        writeAtomically(path, content);
        changed.push(relative(root, path));
      }
      const ms = Math.round(performance.now() - started);
      io.out(changed.length > 0 ? `${api.name}: wrote ${changed.join(", ")} (${ms} ms)` : `${api.name}: up to date (${ms} ms)`);
    } catch (error) {
      failed++;
      io.err(error instanceof Error ? error.message : String(error));
      io.err(`${api.name}: not generated; previous output left untouched`);
    }
  }
  return failed;
}

/** Regenerates an API whenever its spec is saved; returns a function that stops watching. */
export function watchSpecs(apis: ApiEntry[], root: string, io: Io): () => void {
  const pending = new Map<string, NodeJS.Timeout>();
  const bySpec = new Map(apis.map((api) => [basename(api.specPath), api]));
  const watchers: FSWatcher[] = [];
  for (const dir of new Set(apis.map((api) => dirname(api.specPath)))) {
    // Watching the folder, not the file: editors save by rename, which a file watch loses.
    watchers.push(
      watch(dir, (_event, filename) => {
        const api = filename ? bySpec.get(filename.toString()) : undefined;
        if (!api) return;
        clearTimeout(pending.get(api.name));
        pending.set(
          api.name,
          setTimeout(() => {
            pending.delete(api.name);
            void generateApis([api], root, io);
          }, 50),
        );
      }),
    );
  }
  io.out(`watching ${apis.map((a) => relative(root, a.specPath)).join(", ")} (Ctrl-C to stop)`);
  return () => {
    for (const watcher of watchers) watcher.close();
    for (const timer of pending.values()) clearTimeout(timer);
  };
}
