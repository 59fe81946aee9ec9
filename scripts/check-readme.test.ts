// The README examples are type-checked: an example that drifts from the client fails, and says where.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadme, readmeBlocks } from "./lib/readme.js";
import { createSandbox, type Sandbox } from "./lib/sandbox.js";

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = createSandbox();
});
afterAll(() => sandbox.dispose());

describe("README examples", () => {
  it("are found and pass as committed", () => {
    expect(readmeBlocks(sandbox.read("README.md")).length).toBeGreaterThan(0);
    expect(checkReadme(sandbox.root)).toEqual([]);
  });
  it("fail with the README line when an example uses a field the spec does not have", () => {
    sandbox.edit("README.md", (t) => t.replace("console.log(data.data.id);", "console.log(data.data.channel_name);"));
    const problems = checkReadme(sandbox.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^README\.md:\d+:\d+ error TS2339: Property 'channel_name' does not exist/);
  });
});
