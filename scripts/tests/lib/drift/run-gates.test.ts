// The drift score credits tsc with a catch only in a sandbox tsc passes without drift: it checks
// that lazily (confirmTscClean), so the check must put the sandbox back and refuse a dirty one.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { confirmTscClean } from "../../../lib/drift/run-gates.js";
import { forgetProject } from "../../../lib/harness/typescript.js";
import { createTinyTypeProject } from "../../support/tiny-project.js";

let root: string;
beforeEach(() => {
  root = createTinyTypeProject("tsc-clean-", "const count: number = 1;\nvoid count;");
});
afterEach(() => {
  forgetProject(root);
  rmSync(root, { recursive: true, force: true });
});

const planted = () => writeFileSync(join(root, "src", "a.ts"), 'export const planted: number = "drift";\n');

describe("confirmTscClean", () => {
  it("puts the sandbox back before it checks, and passes a copy tsc accepts", () => {
    planted();
    let resets = 0;
    expect(() =>
      confirmTscClean(root, () => {
        resets++;
        writeFileSync(join(root, "src", "a.ts"), "export const clean: number = 1;\n");
      }),
    ).not.toThrow();
    expect(resets).toBe(1);
  });

  it("throws, naming the sandbox and tsc's error, when tsc trips without drift", () => {
    // A reset that leaves an error behind: the copy was never clean, so a catch there is no catch.
    expect(() => confirmTscClean(root, planted)).toThrow(
      new RegExp(`tsc trips in sandbox ${root} without any drift: src/a\\.ts\\(1,14\\): error TS2322`),
    );
  });
});
