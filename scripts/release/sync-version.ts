// Run by `npm version` (package.json "version" script): writes package.json's new version into
// src/version.ts, so the User-Agent and the package never disagree (src/tests/version.test.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { commandMain, runIfEntry } from "../lib/cli/args.js";

export const command = {
  name: "tsx scripts/release/sync-version.ts",
  summary: "Write package.json's version into src/version.ts (run by npm version).",
  options: {},
} as const;

/** Writes package.json's version into src/version.ts under `root`; returns the version. */
export function syncVersion(root: URL = new URL("../../", import.meta.url)): string {
  const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string };
  const target = new URL("src/version.ts", root);
  const text = readFileSync(target, "utf8");
  const updated = text.replace(/export const VERSION = "[^"]*";/, `export const VERSION = ${JSON.stringify(version)};`);
  if (updated === text && !text.includes(`"${version}"`))
    throw new Error('src/version.ts: no `export const VERSION = "…";` line to update');
  writeFileSync(target, updated);
  return version;
}

export const main = commandMain(command, async (_parsed, io): Promise<number> => {
  io.out(`src/version.ts → ${syncVersion()}`);
  return 0;
});

runIfEntry(import.meta.url, main);
