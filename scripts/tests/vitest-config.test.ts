// vitest.config.ts starts the slow suites first; a name that no longer exists would quietly lose that.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLOW_FIRST } from "../../vitest.config.js";
import { repoRoot } from "../lib/spec/apis.js";

describe("vitest.config.ts", () => {
  it("names only test files that exist in SLOW_FIRST", () => {
    expect(SLOW_FIRST.length).toBeGreaterThan(0);
    for (const file of SLOW_FIRST) expect(existsSync(join(repoRoot, file)), file).toBe(true);
  });
});
