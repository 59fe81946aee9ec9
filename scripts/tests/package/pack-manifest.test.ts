// prepack/postpack: the packed package.json has no install-time script; the repo's comes back
// byte for byte; a pack that died in between is not silently undone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { installScriptsOf, restoreManifest, stripManifest } from "../../package/pack-manifest.js";

const dir = mkdtempSync(join(tmpdir(), "pack-manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const original = `{\n  "name": "x",\n  "scripts": { "prepare": "npm run build", "postinstall": "node x.js", "test": "vitest" }\n}\n`;

describe("pack-manifest", () => {
  it("strips prepare and postinstall for the tarball and restores the file exactly", () => {
    writeFileSync(join(dir, "package.json"), original);
    expect(stripManifest(dir)).toEqual(["postinstall: node x.js", "prepare: npm run build"]);
    const packed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(installScriptsOf(packed)).toEqual([]);
    expect(packed.scripts).toEqual({ test: "vitest" });
    expect(restoreManifest(dir)).toBe(true);
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(original);
    expect(restoreManifest(dir)).toBe(false);
  });

  it("refuses to strip again after a pack that stopped before postpack", () => {
    writeFileSync(join(dir, "package.json"), original);
    stripManifest(dir);
    expect(() => stripManifest(dir)).toThrow(/a previous npm pack stopped before postpack/);
    restoreManifest(dir);
  });
});
