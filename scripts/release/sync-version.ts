// Run by `npm version` (package.json "version" script): writes package.json's new version into
// src/version.ts, so the User-Agent and the package never disagree (src/tests/version.test.ts).
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string };
const target = new URL("src/version.ts", root);
const text = readFileSync(target, "utf8");
const updated = text.replace(/export const VERSION = "[^"]*";/, `export const VERSION = ${JSON.stringify(version)};`);
if (updated === text && !text.includes(`"${version}"`)) throw new Error("src/version.ts: no `export const VERSION = \"…\";` line to update");
writeFileSync(target, updated);
console.log(`src/version.ts → ${version}`);
