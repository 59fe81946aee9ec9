// Runs a README ```ts example as written (tests of the README's examples): the first block after a
// heading, its `typed-api-clients/…` imports pointed at src/, imported as a module from .scratch/;
// returns what it logged.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { vi } from "vitest";
import { readmeBlocks } from "../gates/types.js";
import { repoRoot } from "../spec/apis.js";

/** The first ts block after `heading` (a whole line of README.md). */
export function readmeBlockAfter(heading: string, readme = readFileSync(join(repoRoot, "README.md"), "utf8")): string {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README.md has no "${heading}" heading`);
  const line = readme.slice(0, at).split("\n").length + 1;
  const block = readmeBlocks(readme).find((candidate) => candidate.line > line);
  if (!block) throw new Error(`README.md has no ts block after "${heading}"`);
  return block.code;
}

function source(subpath: string): string {
  const file = subpath === "mock" || subpath === "msw" ? join("src", subpath, "index.ts") : join("src", `${subpath}.ts`);
  return pathToFileURL(join(repoRoot, file)).href;
}

/** Imports the block as a module and returns the arguments of each console.log it made. */
export async function runReadmeBlock(name: string, code: string): Promise<unknown[][]> {
  const dir = join(repoRoot, ".scratch");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `readme-${name}.ts`);
  const local = code.replace(/"typed-api-clients\/([\w-]+)"/g, (_, subpath: string) => JSON.stringify(source(subpath)));
  writeFileSync(file, `${local}\nexport {};\n`);
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    await import(pathToFileURL(file).href);
    return log.mock.calls;
  } finally {
    log.mockRestore();
  }
}
