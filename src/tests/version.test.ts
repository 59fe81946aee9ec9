// package.json is the one source of the version; src/version.ts repeats it for the User-Agent
// (a browser bundle cannot read package.json) and `npm version` rewrites it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VERSION } from "../version.js";

describe("version", () => {
  it("src/version.ts matches package.json", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(VERSION).toBe(version);
  });
});
