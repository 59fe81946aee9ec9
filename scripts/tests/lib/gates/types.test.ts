// The type gate (npm run typecheck): the README examples are type-checked, and a spec change
// fails generate --check until regenerated, then tsc wherever the client or the tests relied on
// the old shape. In-process (compiler API) on one sandbox copy of the repo.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../check-types.js";
import { memoryIo, runMain } from "../../../lib/cli/args.js";
import { generateApis } from "../../../lib/codegen/generate.js";
import { checkGenerated } from "../../../lib/gates/generated.js";
import { checkReadme, readmeBlocks } from "../../../lib/gates/types.js";
import { createSandbox, type Sandbox } from "../../../lib/harness/sandbox.js";
import { forgetProject, typecheckProject } from "../../../lib/harness/typescript.js";
import { loadApis, selectApis } from "../../../lib/spec/apis.js";
import { createTinyTypeProject } from "../../support/tiny-project.js";

let sandbox: Sandbox;
/**
 * The contract tests the plants below break: the program holds them and what they import, and only
 * their own errors are reported. (With contract-tests/support among the roots too, its global
 * setups brought vitest's node API and MSW into the program: twice the checking time.)
 */
const PLANTED = ["contract-tests/pipedrive", "contract-tests/patchworks"];
beforeAll(() => {
  sandbox = createSandbox();
  // Before any plant, those files type-check: every error below comes from the plant.
  expect(typecheckProject(sandbox.root, PLANTED)).toEqual([]);
});
afterAll(() => {
  forgetProject(sandbox.root);
  sandbox.dispose();
});

/** Applies `edit` to one schema block of a spec (from its name to the next schema). */
function editSchema(text: string, schema: string, edit: (block: string) => string): string {
  const start = text.indexOf(`\n    ${schema}:\n`);
  if (start < 0) throw new Error(`no schema ${schema}`);
  const end = text.indexOf("\n    ", text.indexOf("\n", start + 1) + 1);
  const next = text.slice(end).search(/\n {4}[A-Za-z]+:\n/);
  const stop = next < 0 ? text.length : end + next;
  return text.slice(0, start) + edit(text.slice(start, stop)) + text.slice(stop);
}

const quiet = { out: () => undefined, err: () => undefined };
const regenerate = (name: string) => generateApis(selectApis(loadApis(sandbox.root), [name]), sandbox.root, quiet);
/** The gate over the planted API only: the others' generated files are untouched (generate.test.ts covers all five). */
const stale = async (name: string) => (await checkGenerated(sandbox.root, selectApis(loadApis(sandbox.root), [name]))).findings;

describe("the type gate", () => {
  it("passes the README as committed", () => {
    expect(readmeBlocks(sandbox.read("README.md")).length).toBeGreaterThan(0);
    expect(checkReadme(sandbox.root)).toEqual([]);
  });

  it("fails with the README line when an example uses a field the spec does not have", () => {
    sandbox.edit("README.md", (t) => t.replace("console.log(data.data.id);", "console.log(data.data.channel_name);"));
    const problems = checkReadme(sandbox.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^README\.md:\d+:\d+ error TS2339: Property 'channel_name' does not exist/);
    sandbox.edit("README.md", (t) => t.replace("console.log(data.data.channel_name);", "console.log(data.data.id);"));
  });

  it("the command exits 1 listing every error, tsc's and the README's", async () => {
    // A tiny project of its own: one wrong source file and one wrong README block.
    const root = createTinyTypeProject("types-gate-", 'const count: number = "many";\nconsole.log(count);');
    try {
      writeFileSync(join(root, "src", "a.ts"), 'export const notANumber: number = "text";\n');
      const io = memoryIo();
      expect(await runMain(main, ["--root", root], io)).toBe(1);
      expect(io.stderr()).toMatch(/^src\/a\.ts\(1,14\): error TS2322/m);
      expect(io.stderr()).toMatch(/^README\.md:4:7 error TS2322/m);
      expect(await runMain(main, ["--root", root, "--bogus"], memoryIo())).toBe(2);
    } finally {
      forgetProject(root);
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("renaming a response property", () => {
  it("fails generate --check, then tsc where the old name is used", async () => {
    sandbox.edit("specs/pipedrive.yaml", (t) =>
      editSchema(t, "Channel", (block) => block.replaceAll("provider_channel_id", "provider_channel_ref"))
        // the documented example of the response moves with its schema
        .replace("                      provider_channel_id: wa-5551234", "                      provider_channel_ref: wa-5551234"),
    );
    expect(await stale("pipedrive")).toContainEqual(expect.stringContaining("stale: generated/pipedrive.ts"));

    expect(await regenerate("pipedrive")).toBe(0);
    const errors = typecheckProject(sandbox.root, PLANTED);
    expect(errors.join("\n")).toMatch(
      /contract-tests\/pipedrive(\/[\w-]+)?\.test\.ts\(\d+,\d+\): error TS2\d+: Property 'provider_channel_id' does not exist/,
    );
  });
});

describe("adding a required query parameter", () => {
  it("fails generate --check, then tsc at every call that does not send it", async () => {
    sandbox.edit("specs/patchworks.yaml", (t) =>
      t.replace(
        "      operationId: deleteFlowCallback\n",
        "      operationId: deleteFlowCallback\n      parameters:\n        - name: confirm\n          in: query\n          required: true\n          schema:\n            type: boolean\n",
      ),
    );
    expect(await stale("patchworks")).toContainEqual(expect.stringContaining("stale: generated/patchworks.ts"));

    expect(await regenerate("patchworks")).toBe(0);
    const errors = typecheckProject(sandbox.root, PLANTED);
    expect(errors.join("\n")).toMatch(/contract-tests\/patchworks(\/[\w-]+)?\.test\.ts\(\d+,\d+\): error TS2\d+: .*(query|confirm)/s);
  });
});
