// `npm run lint:code` (Biome: formatter and linter, biome.json) is part of `npm test`. This shows
// it failing on what it guards against, a file off the format and an `any`, and passing a clean
// one, by running the repo's Biome with the repo's configuration on files in a scratch copy.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lib/spec/apis.js";

const scratch = mkdtempSync(join(tmpdir(), "code-style-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function biomeCheck(name: string, source: string): { code: number | null; output: string } {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "src"), { recursive: true });
  copyFileSync(join(repoRoot, "biome.json"), join(dir, "biome.json"));
  writeFileSync(join(dir, "src", "sample.ts"), source);
  const biome = join(repoRoot, "node_modules", "@biomejs", "biome", "bin", "biome");
  // The scratch copy is no git checkout: its ignore file is not read there.
  const result = spawnSync(process.execPath, [biome, "check", "--vcs-enabled=false", "src"], { cwd: dir, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run lint:code", () => {
  it("passes a formatted file with no lint finding", () => {
    const result = biomeCheck("clean", "export const answer: number = 42;\n");
    expect(result.output).not.toMatch(/error/i);
    expect(result.code).toBe(0);
  });
  it("fails a file off the format", () => {
    const result = biomeCheck("format", "export const   answer = 42\n");
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/format/i);
  });
  it("fails an explicit any", () => {
    const result = biomeCheck("any", "export const answer: any = 42;\n");
    expect(result.code).toBe(1);
    expect(result.output).toContain("noExplicitAny");
  });
});
