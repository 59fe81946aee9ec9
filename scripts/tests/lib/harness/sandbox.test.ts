// A sandbox puts its folders back as the repo has them (the drift score does so after every plant):
// what a plant changed, added or removed comes back, and what it left alone is not written again.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../../../lib/harness/sandbox.js";
import { repoRoot } from "../../../lib/spec/apis.js";

const FOLDERS = ["specs", "contract-tests"];

/** Every file under the folders, with its content. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of FOLDERS) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const path = join(entry.parentPath, entry.name);
        files[path.slice(root.length + 1)] = readFileSync(path, "utf8");
      }
    }
  }
  return files;
}

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox("sandbox-test-", FOLDERS);
});
afterAll(() => sandbox.dispose());

describe("a sandbox's restore", () => {
  it("undoes an edit, an added file, an added folder and a removed file, and rewrites nothing else", () => {
    const untouched = join(sandbox.root, "specs", "dynamiq.yaml");
    const untouchedWritten = statSync(untouched).mtimeMs;
    sandbox.edit("specs/pipedrive.yaml", (text) => `${text}# planted\n`);
    writeFileSync(join(sandbox.root, "specs", "extra.yaml"), "openapi: 3.1.0\n");
    mkdirSync(join(sandbox.root, "contract-tests", "planted", "deeper"), { recursive: true });
    writeFileSync(join(sandbox.root, "contract-tests", "planted", "deeper", "x.test.ts"), "export {};\n");
    rmSync(join(sandbox.root, "contract-tests", "support", "helpers.ts"));

    sandbox.restore(FOLDERS);

    expect(snapshot(sandbox.root)).toEqual(snapshot(repoRoot));
    expect(existsSync(join(sandbox.root, "contract-tests", "planted"))).toBe(false);
    expect(statSync(untouched).mtimeMs).toBe(untouchedWritten);
  });

  it("brings back a whole folder a plant removed", () => {
    rmSync(join(sandbox.root, "contract-tests", "support"), { recursive: true });
    sandbox.restore(FOLDERS);
    expect(snapshot(sandbox.root)).toEqual(snapshot(repoRoot));
  });
});
