// The one document model: $refs, the operation list, parameter merging and the JSON media-type test.
import { describe, expect, it } from "vitest";
import {
  declaredParameters,
  followRefs,
  isJsonMediaType,
  listOperations,
  mergedParameters,
  operationObject,
  pointerSegment,
  resolveRef,
  type OpenApiDocument,
} from "../../internal/openapi-document.js";

const document: OpenApiDocument = {
  paths: {
    "/items/{id}": {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "X-Trace", in: "header", schema: { type: "string" } },
        { $ref: "#/components/parameters/Limit" },
      ],
      get: {
        operationId: "getItem",
        parameters: [
          { name: "x-trace", in: "header", required: true, schema: { type: "string" } },
          { name: "id", in: "query", schema: { type: "integer" } },
        ],
        responses: { "200": { $ref: "#/components/responses/Item" } },
      },
      delete: { responses: { "204": { description: "gone" } } },
    },
    "/a~b/c": { $ref: "#/components/pathItems/Shared" },
  },
  components: {
    parameters: { Limit: { name: "limit", in: "query", schema: { type: "integer" } } },
    responses: { Item: { $ref: "#/components/responses/Item2" }, Item2: { description: "the item" } },
    pathItems: { Shared: { post: { operationId: "shared", responses: {} } } },
    schemas: { "a/b": { type: "string" }, Loop: { $ref: "#/components/schemas/Loop" }, List: [{ type: "number" }] },
  },
};

describe("followRefs / resolveRef", () => {
  it("follows a chain of local $refs and says which one it ended at", () => {
    expect(followRefs(document, { $ref: "#/components/responses/Item" })).toEqual({
      value: { description: "the item" },
      ref: "#/components/responses/Item2",
    });
    expect(resolveRef(document, { $ref: "#/components/responses/Item" })).toEqual({ description: "the item" });
    expect(resolveRef(document, { type: "string" })).toEqual({ type: "string" });
  });

  it("unescapes ~1, ~0 and percent-encoding in pointer segments, and indexes arrays", () => {
    expect(resolveRef(document, { $ref: `#/components/schemas/${pointerSegment("a/b")}` })).toEqual({ type: "string" });
    expect(resolveRef(document, { $ref: "#/components/schemas/a%7E1b" })).toEqual({ type: "string" });
    expect(resolveRef(document, { $ref: "#/components/schemas/List/0" })).toEqual({ type: "number" });
  });

  it("reports unresolved, circular and external references instead of looping or guessing", () => {
    expect(followRefs(document, { $ref: "#/components/schemas/Missing" })).toEqual({
      problem: { kind: "unresolved", ref: "#/components/schemas/Missing" },
    });
    expect(followRefs(document, { $ref: "#/components/schemas/Loop" })).toEqual({
      problem: { kind: "circular", ref: "#/components/schemas/Loop" },
    });
    expect(followRefs(document, { $ref: "other.yaml#/x" })).toEqual({ problem: { kind: "external", ref: "other.yaml#/x" } });
    expect(resolveRef(document, { $ref: "#/components/schemas/Missing" })).toBeUndefined();
  });
});

describe("listOperations", () => {
  it("lists every operation with method, path, operationId and a name, following path-item $refs", () => {
    expect(listOperations(document).map((op) => [op.method, op.path, op.operationId, op.name])).toEqual([
      ["get", "/items/{id}", "getItem", "getItem"],
      ["delete", "/items/{id}", undefined, "DELETE /items/{id}"],
      ["post", "/a~b/c", "shared", "shared"],
    ]);
    expect(operationObject(document, "POST", "/a~b/c")?.["operationId"]).toBe("shared");
  });
});

describe("mergedParameters", () => {
  it("merges path-level and operation-level parameters; the operation wins by name+in (header names ignore case)", () => {
    const [get] = listOperations(document);
    if (!get) throw new Error("no operation");
    const merged = mergedParameters(document, get.pathItem, get.operation).map((p) => [p["in"], p["name"], p["required"] ?? false]);
    expect(merged).toEqual([
      ["path", "id", true],
      ["header", "x-trace", true],
      ["query", "limit", false],
      ["query", "id", false],
    ]);
    expect([...declaredParameters(document, "get", "/items/{id}", "query")]).toEqual(["limit", "id"]);
    expect([...declaredParameters(document, "delete", "/items/{id}", "header")]).toEqual(["X-Trace"]);
  });

  it("lets a strict reader decide what an unresolvable parameter means", () => {
    const strict = (value: unknown) => {
      const found = followRefs(document, value);
      if ("problem" in found) throw new Error(`${found.problem.kind} ${found.problem.ref}`);
      return found.value as Record<string, unknown>;
    };
    expect(() => mergedParameters(document, { parameters: [{ $ref: "#/nope" }] }, {}, strict)).toThrow("unresolved #/nope");
  });
});

describe("isJsonMediaType", () => {
  it("accepts application/json and +json types with parameters, nothing else", () => {
    expect(["application/json", "Application/JSON; charset=utf-8", "application/problem+json"].map(isJsonMediaType)).toEqual([
      true,
      true,
      true,
    ]);
    expect(["text/json", "application/jsonl", "text/html", "", undefined, null].map(isJsonMediaType)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
