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
      "./x.js",
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

describe("named JSON bodies", () => {
  const json = (schema: unknown) => ({ required: true, content: { "application/json": { schema } } });
  const thing = {
    type: "object",
    required: ["name"],
    properties: { name: { type: "string", description: "The name" }, "x-tag": { type: "string" } },
  };
  const document = {
    components: { schemas: { Thing: thing }, requestBodies: { ThingBody: json({ $ref: "#/components/schemas/Thing" }) } },
    paths: {
      "/things": {
        post: { operationId: "createThing", requestBody: { $ref: "#/components/requestBodies/ThingBody" } },
        put: { operationId: "putThing", requestBody: json({ oneOf: [thing, { type: "string" }] }) },
        patch: { operationId: "patchThing", requestBody: json({ ...thing, additionalProperties: { type: "string" } }) },
        delete: { operationId: "dropThing", requestBody: { content: { "application/json": { schema: thing }, "text/plain": {} } } },
      },
    },
  };
  const entries = listOperations(document, "specs/x.yaml");

  it("names a body that is one JSON object with declared properties, following $refs", () => {
    expect(entries.map((entry) => [entry.operationId, entry.body?.name])).toEqual([
      ["putThing", undefined],
      ["createThing", "CreateThingBody"],
      ["dropThing", undefined],
      ["patchThing", undefined],
    ]);
    expect(entries[1]?.body?.fields).toEqual([
      { name: "name", required: true, description: "The name" },
      { name: "x-tag", required: false },
    ]);
  });

  it("declares its members by indexing the generated type, and passes it to the operation's member", () => {
    const text = renderOperationsModule(entries, "XOperationMethods", "// banner\n", "./x.js");
    expect(text).toContain(
      'import type { JsonRequestBody, OperationMethod } from "../src/core/operations.js";\nimport type { paths } from "./x.js";',
    );
    expect(text).toContain(
      [
        'type CreateThingBodyJson = JsonRequestBody<paths, "/things", "post">;',
        "",
        "/** The JSON body of createThing (`POST /things`), named so that type errors name it. */",
        "export interface CreateThingBody {",
        "  /**",
        "   * The name",
        "   */",
        '  name: CreateThingBodyJson["name"];',
        '  "x-tag"?: Exclude<CreateThingBodyJson["x-tag"], undefined>;',
        "}",
      ].join("\n"),
    );
    expect(text).toContain('  createThing: OperationMethod<Paths, "/things", "post", CreateThingBody>;');
    expect(text).toContain('  putThing: OperationMethod<Paths, "/things", "put">;');
  });
});
