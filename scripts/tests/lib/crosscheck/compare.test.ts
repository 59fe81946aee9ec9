// The cross-check with api-smart-diff: both tools agree where they should, and a known
// disagreement (our `servers` rule) is reported as differing with its reason.
import { describe, expect, it } from "vitest";
import { crossCheck } from "../../../lib/crosscheck/compare.js";
import { BASE, GET, remove, set, variant } from "../../support/breaking-fixture.js";

// First: the other cases hand BASE itself to crossCheck, which rewrote it before the fix.
describe("crossCheck's inputs", () => {
  it("are left as they were (api-smart-diff rewrites what it is given)", () => {
    const before = variant();
    const after = variant(set([...GET, "operationId"], "fetchItem"));
    const [beforeText, afterText] = [JSON.stringify(before), JSON.stringify(after)];
    crossCheck("untouched", before, after);
    expect([JSON.stringify(before), JSON.stringify(after)]).toEqual([beforeText, afterText]);
  });
});

describe("crossCheck", () => {
  it("agrees on no change and on an operation removed", () => {
    expect(crossCheck("same", BASE, BASE)).toMatchObject({ agree: true, theirs: [] });
    const removed = crossCheck("removed", BASE, variant(remove(["paths", "/items/{id}", "get"])));
    expect(removed.agree).toBe(true);
    expect(removed.theirs.length).toBeGreaterThan(0);
  });

  it("reports a disagreement with its known reason: a new host is breaking for us, an annotation for api-smart-diff", () => {
    const before = variant(set(["servers"], [{ url: "https://api.example.com/v1" }]));
    const after = variant(set(["servers"], [{ url: "https://api.example.net/v1" }]));
    const verdict = crossCheck("host", before, after);
    expect(verdict.agree).toBe(false);
    expect(verdict.theirs).toEqual([]);
    expect(verdict.explained).toContain("servers");
  });

  it("explains api-smart-diff's overcall of a tightening read only in responses, and leaves an unknown one unexplained", () => {
    const required = crossCheck(
      "required",
      BASE,
      variant(set(["components", "schemas", "Item", "allOf", 1, "required"], ["name", "status", "note"])),
    );
    expect(required.ours.filter((c) => c.severity === "breaking")).toEqual([]);
    expect(required.agree).toBe(false);
    expect(required.explained).toContain("tightening");
    const described = crossCheck("op", BASE, variant(set([...GET, "operationId"], "fetchItem")));
    expect(described.ours.map((c) => c.rule)).toContain("operation-id-changed");
    expect(described.agree).toBe(false);
    expect(described.explained).toBeUndefined();
  });
});
