// The regenerate command: deterministic output, --check naming stale files, bad specs reported as
// file:line with the previous generated files left untouched, --watch. In-process on a sandbox
// copy, plus one spawn of the real CLI for its exit code.
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, stopWatching } from "../generate.js";
import { memoryIo, runInMemory, runMain } from "../lib/cli/args.js";
import { createSandbox, tsxArgs, type Sandbox } from "../lib/harness/sandbox.js";
import { waitUntil } from "./support/wait.js";

let sandbox: Sandbox;
const generate = async (...args: string[]) => {
  const result = await runInMemory(main, ["--root", sandbox.root, ...args]);
  return { ...result, output: result.stdout + result.stderr };
};

beforeAll(() => {
  sandbox = createSandbox();
});
afterAll(() => sandbox.dispose());

describe("npm run generate", () => {
  // That generated/ is current for all five APIs is npm test's own `generate:check` step.
  it("reproduces the committed output byte for byte (deterministic)", async () => {
    const generated = () =>
      ["pipedrive.ts", "pipedrive.operations.ts", "pipedrive.openapi.ts"].map((file) => sandbox.read(`generated/${file}`));
    const before = generated();
    const result = await generate("pipedrive");
    expect(result.code, result.output).toBe(0);
    expect(generated()).toEqual(before);
    expect((await generate("--check", "pipedrive")).code).toBe(0);
  });

  it("--check exits 1 and names the stale file when a spec changed", async () => {
    sandbox.edit("specs/patchworks.yaml", (t) => t.replace("Whether the callback trigger runs its flow", "Whether the trigger runs"));
    const result = await generate("--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("stale: generated/patchworks.ts");
    expect(result.stderr).not.toContain("generated/pipedrive.ts");
    expect((await generate("patchworks")).code).toBe(0);
    expect((await generate("--check", "patchworks")).code).toBe(0);
  });

  it("--check exits 1 when a generated file was edited by hand (the real CLI, spawned)", async () => {
    sandbox.edit("generated/dynamiq.ts", (t) => `${t}\n// hand edit\n`);
    const result = sandbox.run(...tsxArgs("scripts/generate.ts", "--check", "dynamiq"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("stale: generated/dynamiq.ts");
    expect((await generate("dynamiq")).code).toBe(0);
  });

  it("reports a YAML syntax error as file:line:col and keeps the previous output", async () => {
    const previous = sandbox.read("generated/pipedrive.ts");
    sandbox.edit("specs/pipedrive.yaml", (t) => t.replace("  /v1/channels:\n    post:", "  /v1/channels:\n    post: [unclosed\n"));
    const result = await generate("pipedrive");
    expect(result.code).toBe(1);
    // Named as in the repo it belongs to (here a sandbox copy), never by a temporary path.
    expect(result.stderr).toMatch(/(^|\s)specs\/pipedrive\.yaml:\d+:\d+ /m);
    expect(result.stderr).not.toContain(basename(sandbox.root));
    expect(result.stderr).toContain("previous output left untouched");
    expect(sandbox.read("generated/pipedrive.ts")).toBe(previous);
  });

  it("reports a lint failure with file, line and rule, and keeps the previous output", async () => {
    const previous = sandbox.read("generated/dynamiq.ts");
    sandbox.edit("specs/dynamiq.yaml", (t) => t.replace("      operationId: listConversations\n", ""));
    const result = await generate("dynamiq");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/(^|\s)specs\/dynamiq\.yaml:\d+:\d+ .*operationId.*\[operation-operationId\]/m);
    expect(sandbox.read("generated/dynamiq.ts")).toBe(previous);
  });

  it("refuses an API that redocly.yaml does not list", async () => {
    const result = await generate("nosuchapi");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown API nosuchapi");
  });

  it("refuses --check with --watch", async () => {
    const result = await generate("--check", "--watch");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--check and --watch do not go together");
  });
});

describe("npm run generate -- --watch", () => {
  // How fast is measured by `npm run bench`, not asserted here.
  it("regenerates an API when its spec is saved, and says so", async () => {
    const io = memoryIo();
    const waitFor = (text: string): Promise<void> =>
      waitUntil(
        () => `"${text}" in the output:\n${io.stdout()}${io.stderr()}`,
        () => (io.stdout() + io.stderr()).includes(text),
      );
    expect(await runMain(main, ["--root", sandbox.root, "--watch", "patchworks"], io)).toBe("keep-running");
    try {
      await waitFor("watching");
      sandbox.edit("specs/patchworks.yaml", (t) => t.replace("Payload format the callback accepts", "Payload format accepted"));
      await waitFor("patchworks: wrote generated/patchworks.ts");
      expect(sandbox.read("generated/patchworks.ts")).toContain("Payload format accepted");
    } finally {
      stopWatching?.();
    }
  });
});
