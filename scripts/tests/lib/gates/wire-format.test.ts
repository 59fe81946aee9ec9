// The wire-format gate: every query/header parameter with a style, explode, array or object
// schema is sent as the spec says (the client through a recording fetch, nothing on the network);
// a spec whose explode flipped (planted in memory) is found.
import { describe, expect, it } from "vitest";
import { checkWireFormat, expectedWire, type WireParameter } from "../../../lib/gates/wire-format.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";
import { readSpec } from "../../../lib/spec/load.js";

const apis = loadApis(repoRoot);
const botpress = apis.filter((api) => api.name === "botpress");

describe("the wire-format gate", () => {
  it("checks every such parameter of every API and finds the client sending each as its spec says", async () => {
    const gate = await checkWireFormat(repoRoot, apis);
    expect(gate.findings).toEqual([]);
    expect(gate.checked).toContain("botpress listConversations (GET /v1/chat/conversations) query participantIds (form+explode, array)");
    expect(gate.checked).toContain("botpress listConversations (GET /v1/chat/conversations) query tags (deepObject+explode, object)");
  });

  it("finds a query array whose explode flipped while the client kept its habit", async () => {
    const flipped = (): ReturnType<typeof readSpec> => {
      const doc = structuredClone(readSpec(botpress[0]?.specPath ?? "")) as { paths: Record<string, { get: { parameters: unknown[] } }> };
      for (const parameter of doc.paths["/v1/chat/conversations"]?.get.parameters ?? [])
        if ((parameter as { name?: string }).name === "participantIds") (parameter as { explode: boolean }).explode = false;
      return doc;
    };
    const gate = await checkWireFormat(repoRoot, botpress, flipped);
    expect(gate.passed).toBe(false);
    expect(gate.findings).toEqual([
      "botpress listConversations (GET /v1/chat/conversations) query participantIds (form, array): the spec says participantIds=wire-a,wire-b, the client sends participantIds=wire-a&participantIds=wire-b",
    ]);
  });

  it("derives each style's wire form from the spec's rules", () => {
    const query = (style: string, explode: boolean, shape: WireParameter["shape"]): WireParameter => ({
      in: "query",
      name: "p",
      style,
      explode,
      shape,
    });
    expect(expectedWire(query("pipeDelimited", false, "array"))).toEqual([["p", "wire-a|wire-b"]]);
    expect(expectedWire(query("spaceDelimited", false, "array"))).toEqual([["p", "wire-a wire-b"]]);
    expect(expectedWire(query("form", true, "object"))).toEqual([
      ["wk1", "wv1"],
      ["wk2", "wv2"],
    ]);
    expect(expectedWire(query("form", false, "object"))).toEqual([["p", "wk1,wv1,wk2,wv2"]]);
    expect(expectedWire(query("deepObject", false, "object"))).toBeUndefined();
    expect(expectedWire({ in: "header", name: "X-P", style: "simple", explode: false, shape: "array" })).toBe("wire-a,wire-b");
    expect(expectedWire({ in: "header", name: "X-P", style: "simple", explode: true, shape: "object" })).toBe("wk1=wv1,wk2=wv2");
  });
});
