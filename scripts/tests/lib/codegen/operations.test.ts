// The operation table and named-method interface rendered from a spec (scripts/lib/codegen/operations.ts).
import { describe, expect, it } from "vitest";
import { listOperations, renderOperationsModule } from "../../../lib/codegen/operations.js";

const spec = (paths: Record<string, Record<string, unknown>>) => ({ paths });

describe("listOperations", () => {
  it("lists each operation with its docs, in spec order", () => {
    const entries = listOperations(
      spec({
        "/v1/things/{id}": {
          get: { operationId: "getThing", summary: "Get a thing", externalDocs: { url: "https://example.test/getThing" } },
          delete: { operationId: "deleteThing", deprecated: true, description: "Gone soon." },
        },
      }),
      "specs/x.yaml",
    );
    expect(entries).toEqual([
      {
        operationId: "getThing",
        method: "get",
        path: "/v1/things/{id}",
        deprecated: false,
        summary: "Get a thing",
        reference: "https://example.test/getThing",
      },
      { operationId: "deleteThing", method: "delete", path: "/v1/things/{id}", deprecated: true, description: "Gone soon." },
    ]);
  });
  it.each([
    [{ get: { summary: "no id" } }, /specs\/x.yaml: GET \/a: operationId undefined is not a JavaScript identifier/],
    [{ get: { operationId: "get-thing" } }, /operationId "get-thing" is not a JavaScript identifier/],
    [{ get: { operationId: "items" } }, /operationId items is a name the client keeps for itself/],
    [{ get: { operationId: "then" } }, /operationId then is a name the client keeps for itself/],
    [{ get: { operationId: "same" }, post: { operationId: "same" } }, /POST \/a: operationId same is also used by GET \/a/],
  ])("refuses %j", (item, message) => {
    expect(() => listOperations(spec({ "/a": item }), "specs/x.yaml")).toThrow(message);
  });
});

describe("renderOperationsModule", () => {
  it("documents each member: summary, description, method and path, link, deprecation; and escapes comment ends", () => {
    const text = renderOperationsModule(
      [
        {
          operationId: "dropThing",
          method: "delete",
          path: "/t/{id}",
          deprecated: true,
          summary: "Drop */ it",
          reference: "https://example.test/d",
        },
      ],
      "XOperationMethods",
      "// banner\n",
    );
    expect(text).toContain('  dropThing: ["delete", "/t/{id}"],');
    expect(text).toContain(
      [
        "  /**",
        "   * Drop *\\/ it",
        "   *",
        "   * `DELETE /t/{id}`",
        "   * @see {@link https://example.test/d}",
        "   * @deprecated The spec marks this operation deprecated; it still works.",
        "   */",
        '  dropThing: OperationMethod<Paths, "/t/{id}", "delete">;',
      ].join("\n"),
    );
    expect(text).toContain("export interface XOperationMethods<Paths> {");
  });
});
