// The regenerate script: deterministic output, --check naming stale files, and bad specs
// reported as file:line with the previous generated files left untouched.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, tsxArgs, type Sandbox } from "./lib/sandbox.js";

let sandbox: Sandbox;
const generate = (...args: string[]) => sandbox.run(...tsxArgs("scripts/generate.ts", ...args));

beforeAll(() => {
  sandbox = createSandbox();
});
afterAll(() => sandbox.dispose());

describe("npm run generate", () => {
  it("reproduces the committed output byte for byte (deterministic, and generated/ is current)", () => {
    const before = sandbox.read("generated/pipedrive.ts");
    const result = generate();
    expect(result.code, result.output).toBe(0);
    expect(sandbox.read("generated/pipedrive.ts")).toBe(before);
    expect(generate("--check").code).toBe(0);
  });

  it("--check exits 1 and names the stale file when a spec changed", () => {
    sandbox.edit("specs/patchworks.yaml", (t) => t.replace("Whether the callback trigger runs its flow", "Whether the trigger runs"));
    const result = generate("--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("stale: generated/patchworks.ts");
    expect(result.stderr).not.toContain("generated/pipedrive.ts");
    expect(generate("patchworks").code).toBe(0);
    expect(generate("--check").code).toBe(0);
  });

  it("--check exits 1 when a generated file was edited by hand", () => {
    sandbox.edit("generated/dynamiq.ts", (t) => `${t}\n// hand edit\n`);
    const result = generate("--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("stale: generated/dynamiq.ts");
    expect(generate("dynamiq").code).toBe(0);
  });

  it("reports a YAML syntax error as file:line:col and keeps the previous output", () => {
    const previous = sandbox.read("generated/pipedrive.ts");
    sandbox.edit("specs/pipedrive.yaml", (t) => t.replace("  /v1/channels:\n    post:", "  /v1/channels:\n    post: [unclosed\n"));
    const result = generate("pipedrive");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/pipedrive\.yaml:\d+:\d+ /);
    expect(result.stderr).toContain("previous output left untouched");
    expect(sandbox.read("generated/pipedrive.ts")).toBe(previous);
  });

  it("reports a lint failure with file, line and rule, and keeps the previous output", () => {
    const previous = sandbox.read("generated/dynamiq.ts");
    sandbox.edit("specs/dynamiq.yaml", (t) => t.replace("      operationId: listConversations\n", ""));
    const result = generate("dynamiq");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/specs\/dynamiq\.yaml:\d+:\d+ .*operationId.*\[operation-operationId\]/);
    expect(sandbox.read("generated/dynamiq.ts")).toBe(previous);
  });

  it("refuses an API that redocly.yaml does not list", () => {
    const result = generate("nosuchapi");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown API nosuchapi");
  });
});

describe("npm run generate -- --watch", () => {
  // How fast is measured by `npm run bench`, not asserted here.
  it("regenerates an API when its spec is saved, and says so", async () => {
    const [node, args] = tsxArgs("scripts/generate.ts", "--watch");
    const child = spawn(node, args, { cwd: sandbox.root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (text: string, timeoutMs: number): Promise<number> => {
      const started = Date.now();
      while (!output.includes(text)) {
        if (Date.now() - started > timeoutMs) throw new Error(`no "${text}" within ${timeoutMs} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return Date.now() - started;
    };
    try {
      await waitFor("watching", 15_000);
      sandbox.edit("specs/patchworks.yaml", (t) => t.replace("Payload format the callback accepts", "Payload format accepted"));
      await waitFor("patchworks: wrote generated/patchworks.ts", 10_000);
      expect(sandbox.read("generated/patchworks.ts")).toContain("Payload format accepted");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
