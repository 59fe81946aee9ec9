// What a developer sees when a spec changes: generate --check fails until they regenerate,
// and after regenerating, tsc fails wherever the client or tests relied on the old shape.
// Planted in a temporary copy of the repo.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, tsxArgs, type Sandbox } from "./lib/sandbox.js";

let sandbox: Sandbox;
const generate = (...args: string[]) => sandbox.run(...tsxArgs("scripts/generate.ts", ...args));
const tsc = () => sandbox.run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "."], 180_000);

/** Applies `edit` to one schema block of a spec (from its name to the next schema). */
function editSchema(text: string, schema: string, edit: (block: string) => string): string {
  const start = text.indexOf(`\n    ${schema}:\n`);
  if (start < 0) throw new Error(`no schema ${schema}`);
  const end = text.indexOf("\n    ", text.indexOf("\n", start + 1) + 1);
  const next = text.slice(end).search(/\n {4}[A-Za-z]+:\n/);
  const stop = next < 0 ? text.length : end + next;
  return text.slice(0, start) + edit(text.slice(start, stop)) + text.slice(stop);
}

beforeAll(() => {
  sandbox = createSandbox();
  expect(tsc().code).toBe(0);
}, 240_000);
afterAll(() => sandbox.dispose());

describe("renaming a response property", () => {
  it("fails generate --check, then tsc where the old name is used", () => {
    sandbox.edit("specs/pipedrive.yaml", (t) =>
      editSchema(t, "Channel", (block) => block.replaceAll("provider_channel_id", "provider_channel_ref"))
        // the documented example of the response moves with its schema
        .replace("                      provider_channel_id: wa-5551234", "                      provider_channel_ref: wa-5551234"),
    );
    const check = generate("--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale: generated/pipedrive.ts");

    expect(generate("pipedrive").code).toBe(0);
    const compiled = tsc();
    expect(compiled.code).not.toBe(0);
    expect(compiled.stdout).toMatch(/contract-tests\/pipedrive\/[\w-]+\.test\.ts\(\d+,\d+\): error TS2\d+: Property 'provider_channel_id' does not exist/);
  }, 240_000);
});

describe("adding a required query parameter", () => {
  it("fails generate --check, then tsc at every call that does not send it", () => {
    sandbox.edit("specs/patchworks.yaml", (t) =>
      t.replace(
        "      operationId: deleteFlowCallback\n",
        "      operationId: deleteFlowCallback\n      parameters:\n        - name: confirm\n          in: query\n          required: true\n          schema:\n            type: boolean\n",
      ),
    );
    const check = generate("--check");
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale: generated/patchworks.ts");

    expect(generate("patchworks").code).toBe(0);
    const compiled = tsc();
    expect(compiled.code).not.toBe(0);
    expect(compiled.stdout).toMatch(/contract-tests\/patchworks\/[\w-]+\.test\.ts\(\d+,\d+\): error TS2\d+: .*(query|confirm)/s);
  }, 240_000);
});
