// The breaking-change rules: one test per rule over a small fixture document, and the real
// specs against themselves.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareSpecs, SpecReferenceError, type Change } from "../../../lib/breaking/compare.js";
import { formatReport } from "../../../lib/breaking/report.js";
import { loadApis } from "../../../lib/spec/apis.js";
import {
  BASE,
  set,
  remove,
  rename,
  variant,
  B,
  N,
  diff,
  LIST,
  CREATE,
  GET,
  ITEM,
  NEW_ITEM,
  REQUEST,
  RESPONSE,
  shape,
  type Expected,
} from "../../support/breaking-fixture.js";

describe("compareSpecs: operations", () => {
  it("no change: identical documents", () => {
    expect(compareSpecs(BASE, BASE)).toEqual([]);
    expect(compareSpecs(BASE, variant())).toEqual([]);
  });

  it("operation-removed is breaking", () => {
    expect(diff(BASE, variant(remove(["paths", "/health", "get"])))).toEqual([
      { severity: B, operation: "health", location: "#/paths/~1health/get", rule: "operation-removed" },
    ]);
  });

  it("operation-added is non-breaking", () => {
    const ping = { operationId: "ping", responses: { "204": { description: "Pong." } } };
    expect(diff(BASE, variant(set(["paths", "/health", "post"], ping)))).toEqual([
      { severity: N, operation: "ping", location: "#/paths/~1health/post", rule: "operation-added" },
    ]);
  });

  it("a renamed path segment is a removal plus an addition", () => {
    expect(diff(BASE, variant(rename(["paths"], "/health", "/status")))).toEqual([
      { severity: B, operation: "health", location: "#/paths/~1health/get", rule: "operation-removed" },
      { severity: N, operation: "health", location: "#/paths/~1status/get", rule: "operation-added" },
    ]);
  });

  it("a renamed path parameter keeps the operation and swaps the parameter", () => {
    const head = variant(
      rename(["paths"], "/items/{id}", "/items/{itemId}"),
      set(["paths", "/items/{itemId}", "parameters", 0, "name"], "itemId"),
    );
    expect(diff(BASE, head)).toEqual([
      { severity: B, operation: "getItem", location: "parameters/path/id", rule: "parameter-removed" },
      { severity: B, operation: "getItem", location: "parameters/path/itemId", rule: "parameter-added-required" },
    ]);
  });

  it("operation-id-changed is breaking (the generated operations type is keyed by it)", () => {
    expect(diff(BASE, variant(set([...GET, "operationId"], "fetchItem")))).toEqual([
      { severity: B, operation: "fetchItem", location: "operationId", rule: "operation-id-changed" },
    ]);
  });
});

describe("compareSpecs: parameters", () => {
  it("parameter-added-required is breaking", () => {
    const head = variant(set([...LIST, "parameters", 2], { name: "q", in: "query", required: true, schema: { type: "string" } }));
    expect(diff(BASE, head)).toEqual([
      { severity: B, operation: "listItems", location: "parameters/query/q", rule: "parameter-added-required" },
    ]);
  });

  it("parameter-added-optional is non-breaking", () => {
    const head = variant(set([...LIST, "parameters", 2], { name: "q", in: "query", schema: { type: "string" } }));
    expect(diff(BASE, head)).toEqual([
      { severity: N, operation: "listItems", location: "parameters/query/q", rule: "parameter-added-optional" },
    ]);
  });

  it("parameter-removed is breaking", () => {
    expect(diff(BASE, variant(remove([...GET, "parameters", 0])))).toEqual([
      { severity: B, operation: "getItem", location: "parameters/header/X-Trace", rule: "parameter-removed" },
    ]);
  });

  it("parameter-became-required is breaking (through a components.parameters $ref)", () => {
    expect(diff(BASE, variant(set(["components", "parameters", "Limit", "required"], true)))).toEqual([
      { severity: B, operation: "listItems", location: "parameters/query/limit", rule: "parameter-became-required" },
    ]);
  });

  it("parameter-became-optional is non-breaking", () => {
    const base = variant(set([...LIST, "parameters", 1, "required"], true));
    expect(diff(base, BASE)).toEqual([
      { severity: N, operation: "listItems", location: "parameters/query/sort", rule: "parameter-became-optional" },
    ]);
  });

  it("a parameter that moves location is removed (breaking) and added", () => {
    expect(diff(BASE, variant(set([...GET, "parameters", 0, "in"], "query")))).toEqual([
      { severity: B, operation: "getItem", location: "parameters/header/X-Trace", rule: "parameter-removed" },
      { severity: N, operation: "getItem", location: "parameters/query/X-Trace", rule: "parameter-added-optional" },
    ]);
  });

  it("path-level and operation-level parameters are merged by in+name; header names ignore case", () => {
    const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
    const head = variant(
      remove(["paths", "/items/{id}", "parameters"]),
      set([...GET, "parameters", 1], id),
      set([...GET, "parameters", 0, "name"], "x-trace"),
    );
    expect(diff(BASE, head)).toEqual([]);
    const overridden = variant(set([...GET, "parameters", 1], { ...id, schema: { type: "integer" } }));
    expect(diff(BASE, overridden)).toEqual([
      { severity: B, operation: "getItem", location: "parameters/path/id/schema/type", rule: "parameter-type-changed" },
    ]);
  });

  it("parameter-type-changed is breaking", () => {
    expect(diff(BASE, variant(set(["components", "parameters", "Limit", "schema", "type"], "string")))).toEqual([
      { severity: B, operation: "listItems", location: "parameters/query/limit/schema/type", rule: "parameter-type-changed" },
    ]);
  });

  it("parameter-enum-narrowed is breaking", () => {
    expect(diff(BASE, variant(set([...LIST, "parameters", 1, "schema", "enum"], ["asc"])))).toEqual([
      { severity: B, operation: "listItems", location: "parameters/query/sort/schema/enum", rule: "parameter-enum-narrowed" },
    ]);
  });

  it("parameter-enum-widened is non-breaking", () => {
    expect(diff(BASE, variant(set([...LIST, "parameters", 1, "schema", "enum"], ["asc", "desc", "random"])))).toEqual([
      { severity: N, operation: "listItems", location: "parameters/query/sort/schema/enum", rule: "parameter-enum-widened" },
    ]);
  });

  it("parameter-constraint-tightened is breaking, loosened is not", () => {
    const limit = ["components", "parameters", "Limit", "schema"];
    expect(diff(BASE, variant(set([...limit, "minimum"], 5)))).toEqual([
      { severity: B, operation: "listItems", location: "parameters/query/limit/schema/minimum", rule: "parameter-constraint-tightened" },
    ]);
    expect(diff(BASE, variant(remove([...limit, "minimum"])))).toEqual([
      { severity: N, operation: "listItems", location: "parameters/query/limit/schema/minimum", rule: "parameter-constraint-loosened" },
    ]);
  });

  it("parameter-serialization-changed is breaking; spelling out the default is not a change", () => {
    const sort = [...LIST, "parameters", 1];
    expect(diff(BASE, variant(set([...sort, "style"], "form"), set([...sort, "explode"], true)))).toEqual([]);
    expect(diff(BASE, variant(set([...sort, "explode"], false)))).toEqual([
      { severity: B, operation: "listItems", location: "parameters/query/sort", rule: "parameter-serialization-changed" },
    ]);
  });
});

describe("compareSpecs: request bodies", () => {
  const create = (head: unknown, base: unknown = BASE): Expected[] => diff(base, head, "createItem");

  it("request-body-became-required is breaking; became-optional is not", () => {
    const optional = variant(set(["components", "requestBodies", "NewItem", "required"], false));
    expect(create(BASE, optional)).toEqual([
      { severity: B, operation: "createItem", location: "requestBody", rule: "request-body-became-required" },
    ]);
    expect(create(optional)).toEqual([
      { severity: N, operation: "createItem", location: "requestBody", rule: "request-body-became-optional" },
    ]);
  });

  it("request-body-removed is breaking; an added required body is breaking, an optional one is not", () => {
    const none = variant(remove([...CREATE, "requestBody"]));
    expect(create(none)).toEqual([{ severity: B, operation: "createItem", location: "requestBody", rule: "request-body-removed" }]);
    expect(create(BASE, none)).toEqual([
      { severity: B, operation: "createItem", location: "requestBody", rule: "request-body-added-required" },
    ]);
    const optional = variant(set(["components", "requestBodies", "NewItem", "required"], false));
    expect(create(optional, none)).toEqual([{ severity: N, operation: "createItem", location: "requestBody", rule: "request-body-added" }]);
  });

  it("request-property-added-required is breaking", () => {
    const head = variant(set([...NEW_ITEM, "properties", "sku"], { type: "string" }), set([...NEW_ITEM, "required"], ["name", "sku"]));
    expect(create(head)).toEqual([
      { severity: B, operation: "createItem", location: `${REQUEST}/properties/sku`, rule: "request-property-added-required" },
    ]);
  });

  it("request-property-added (optional) is non-breaking", () => {
    expect(create(variant(set([...NEW_ITEM, "properties", "sku"], { type: "string" })))).toEqual([
      { severity: N, operation: "createItem", location: `${REQUEST}/properties/sku`, rule: "request-property-added" },
    ]);
  });

  it("request-property-removed is breaking", () => {
    expect(create(variant(remove([...NEW_ITEM, "properties", "status"])))).toEqual([
      { severity: B, operation: "createItem", location: `${REQUEST}/properties/status`, rule: "request-property-removed" },
    ]);
  });

  it("request-type-changed is breaking; a widened type is not", () => {
    expect(create(variant(set([...NEW_ITEM, "properties", "name", "type"], "integer")))).toEqual([
      { severity: B, operation: "createItem", location: `${REQUEST}/properties/name/type`, rule: "request-type-changed" },
    ]);
    expect(create(variant(set([...NEW_ITEM, "properties", "name", "type"], ["string", "integer"])))).toEqual([
      { severity: N, operation: "createItem", location: `${REQUEST}/properties/name/type`, rule: "request-type-widened" },
    ]);
  });

  it("request-property-became-required is breaking", () => {
    expect(create(variant(set([...NEW_ITEM, "required"], ["name", "status"])))).toEqual([
      { severity: B, operation: "createItem", location: `${REQUEST}/properties/status`, rule: "request-property-became-required" },
    ]);
  });

  it("request-property-became-optional is non-breaking", () => {
    expect(create(variant(set([...NEW_ITEM, "required"], [])))).toEqual([
      { severity: N, operation: "createItem", location: `${REQUEST}/properties/name`, rule: "request-property-became-optional" },
    ]);
  });

  it("request-enum-narrowed is breaking", () => {
    expect(create(variant(set([...NEW_ITEM, "properties", "status", "enum"], ["active"])))).toEqual([
      { severity: B, operation: "createItem", location: `${REQUEST}/properties/status/enum`, rule: "request-enum-narrowed" },
    ]);
  });

  it("request-enum-widened is non-breaking", () => {
    expect(create(variant(set([...NEW_ITEM, "properties", "status", "enum"], ["active", "archived", "draft"])))).toEqual([
      { severity: N, operation: "createItem", location: `${REQUEST}/properties/status/enum`, rule: "request-enum-widened" },
    ]);
  });

  it("recurses into nested objects and array items", () => {
    const head = variant(
      set([...NEW_ITEM, "properties", "owner", "properties", "email", "type"], "integer"),
      remove([...NEW_ITEM, "properties", "tags", "items", "properties", "label"]),
    );
    expect(create(head)).toEqual([
      { severity: B, operation: "createItem", location: `${REQUEST}/properties/owner/properties/email/type`, rule: "request-type-changed" },
      {
        severity: B,
        operation: "createItem",
        location: `${REQUEST}/properties/tags/items/properties/label`,
        rule: "request-property-removed",
      },
    ]);
  });

  it("request-media-type-removed is breaking, added is not", () => {
    expect(
      create(
        variant(rename(["components", "requestBodies", "NewItem", "content"], "application/json", "application/x-www-form-urlencoded")),
      ),
    ).toEqual([
      { severity: B, operation: "createItem", location: "requestBody/content/application~1json", rule: "request-media-type-removed" },
      {
        severity: N,
        operation: "createItem",
        location: "requestBody/content/application~1x-www-form-urlencoded",
        rule: "request-media-type-added",
      },
    ]);
  });
});

describe("compareSpecs: responses", () => {
  const get = (head: unknown): Expected[] => diff(BASE, head, "getItem");
  const itemChange = (severity: Change["severity"], rule: string, location: string): Expected[] => [
    { severity, operation: "getItem", location: `${RESPONSE}${location}`, rule },
  ];

  it("response-success-status-removed is breaking", () => {
    expect(get(variant(remove([...GET, "responses", "200"])))).toEqual([
      { severity: B, operation: "getItem", location: "responses/200", rule: "response-success-status-removed" },
    ]);
  });

  it("a changed success status is breaking (removed) and reported as added", () => {
    expect(diff(BASE, variant(rename([...CREATE, "responses"], "201", "200")))).toEqual([
      { severity: N, operation: "createItem", location: "responses/200", rule: "response-success-status-added" },
      { severity: B, operation: "createItem", location: "responses/201", rule: "response-success-status-removed" },
    ]);
  });

  it("response-success-status-added is non-breaking", () => {
    expect(diff(BASE, variant(set([...CREATE, "responses", "202"], { description: "Queued." })))).toEqual([
      { severity: N, operation: "createItem", location: "responses/202", rule: "response-success-status-added" },
    ]);
  });

  it("error statuses added or removed are non-breaking, and noted", () => {
    const head = variant(set([...GET, "responses", "403"], { $ref: "#/components/responses/Error" }), remove([...GET, "responses", "404"]));
    expect(get(head)).toEqual([
      { severity: N, operation: "getItem", location: "responses/403", rule: "response-error-status-added" },
      { severity: N, operation: "getItem", location: "responses/404", rule: "response-error-status-removed" },
    ]);
  });

  it("response-property-removed is breaking, wherever the schema is used", () => {
    expect(diff(BASE, variant(remove([...ITEM, "properties", "note"])))).toEqual([
      {
        severity: B,
        operation: "listItems",
        location: `${RESPONSE}/properties/data/items/properties/note`,
        rule: "response-property-removed",
      },
      { severity: B, operation: "getItem", location: `${RESPONSE}/properties/note`, rule: "response-property-removed" },
    ]);
  });

  it("response-property-became-optional is breaking (also for a property merged in by allOf)", () => {
    expect(get(variant(set([...ITEM, "required"], ["name"])))).toEqual(
      itemChange(B, "response-property-became-optional", "/properties/status"),
    );
    expect(get(variant(set(["components", "schemas", "Base", "required"], [])))).toEqual(
      itemChange(B, "response-property-became-optional", "/properties/id"),
    );
  });

  it("response-property-became-required is non-breaking", () => {
    expect(get(variant(set([...ITEM, "required"], ["name", "status", "note"])))).toEqual(
      itemChange(N, "response-property-became-required", "/properties/note"),
    );
  });

  it("response-type-changed is breaking", () => {
    expect(get(variant(set([...ITEM, "properties", "name", "type"], "integer")))).toEqual(
      itemChange(B, "response-type-changed", "/properties/name/type"),
    );
  });

  it("response-nullable-added is breaking", () => {
    expect(get(variant(set([...ITEM, "properties", "note", "type"], ["string", "null"])))).toEqual(
      itemChange(B, "response-nullable-added", "/properties/note/type"),
    );
  });

  it("response-property-added is non-breaking", () => {
    expect(get(variant(set([...ITEM, "properties", "color"], { type: "string" })))).toEqual(
      itemChange(N, "response-property-added", "/properties/color"),
    );
  });

  it("response-enum-widened is breaking", () => {
    expect(get(variant(set([...ITEM, "properties", "status", "enum"], ["active", "archived", "deleted"])))).toEqual(
      itemChange(B, "response-enum-widened", "/properties/status/enum"),
    );
  });

  it("response-enum-narrowed is non-breaking", () => {
    expect(get(variant(set([...ITEM, "properties", "status", "enum"], ["active"])))).toEqual(
      itemChange(N, "response-enum-narrowed", "/properties/status/enum"),
    );
  });

  it("response-media-type-removed is breaking, added is not", () => {
    expect(get(variant(rename(["components", "responses", "Error", "content"], "application/json", "application/problem+json")))).toEqual([
      { severity: B, operation: "getItem", location: "responses/404/content/application~1json", rule: "response-media-type-removed" },
      { severity: N, operation: "getItem", location: "responses/404/content/application~1problem+json", rule: "response-media-type-added" },
    ]);
  });

  it("recurses into nested objects and array items", () => {
    const head = variant(
      remove([...ITEM, "properties", "owner", "properties", "id"]),
      set([...ITEM, "properties", "tags", "items", "type"], "integer"),
    );
    expect(get(head)).toEqual([
      { severity: B, operation: "getItem", location: `${RESPONSE}/properties/owner/properties/id`, rule: "response-property-removed" },
      { severity: B, operation: "getItem", location: `${RESPONSE}/properties/tags/items/type`, rule: "response-type-changed" },
    ]);
  });

  it("response-oneof-changed is breaking when the variants differ; inside shared variants it recurses", () => {
    const variants = ["components", "schemas", "Shape", "oneOf"];
    const triangle = { $ref: "#/components/schemas/Triangle" };
    expect(get(variant(set([...variants, 2], triangle)))).toEqual(itemChange(B, "response-oneof-changed", "/properties/shape/oneOf"));
    const reordered = variant(
      set([...variants, 0], { $ref: "#/components/schemas/Square" }),
      set([...variants, 1], { $ref: "#/components/schemas/Circle" }),
    );
    expect(get(reordered)).toEqual([]);
    expect(get(variant(remove(["components", "schemas", "Circle", "properties", "radius"])))).toEqual(
      itemChange(B, "response-property-removed", "/properties/shape/oneOf/0/properties/radius"),
    );
  });

  it("stops at a recursive schema instead of looping", () => {
    // Item.parent is an Item: the change is reported once, at the outermost Item.
    expect(get(variant(set([...ITEM, "properties", "note", "type"], "integer")))).toEqual(
      itemChange(B, "response-type-changed", "/properties/note/type"),
    );
  });
});

describe("compareSpecs: security", () => {
  it("security-changed is breaking when an operation's own requirement changes", () => {
    expect(diff(BASE, variant(set([...GET, "security"], [{ apiKey: [] }])))).toEqual([
      { severity: B, operation: "getItem", location: "security", rule: "security-changed" },
    ]);
  });

  it("a root-level change reaches every operation that does not declare its own", () => {
    const changes = compareSpecs(BASE, variant(set(["security"], [{ apiKey: [] }])));
    expect(shape(changes)).toEqual(
      ["listItems", "createItem", "getItem"].map((operation) => ({
        severity: B,
        operation,
        location: "security",
        rule: "security-changed",
      })),
    );
    expect(changes[0]?.message).toBe("security changed from bearer to apiKey");
  });

  it("`security: []` ↔ secured is breaking both ways", () => {
    const secured = variant(remove(["paths", "/health", "get", "security"]));
    expect(diff(BASE, secured)).toEqual([{ severity: B, operation: "health", location: "security", rule: "security-changed" }]);
    expect(diff(secured, BASE)).toEqual([{ severity: B, operation: "health", location: "security", rule: "security-changed" }]);
    expect(compareSpecs(BASE, secured)[0]?.message).toBe("security changed from none to bearer");
  });

  it("repeating the root requirement on an operation is not a change; a new scope is", () => {
    expect(diff(BASE, variant(set([...GET, "security"], [{ bearer: [] }])))).toEqual([]);
    expect(diff(BASE, variant(set([...GET, "security"], [{ bearer: ["items:read"] }])))).toEqual([
      { severity: B, operation: "getItem", location: "security", rule: "security-scopes-added" },
    ]);
  });

  it("security-scheme-changed is breaking (type, scheme, in, name)", () => {
    const schemes = ["components", "securitySchemes"];
    expect(diff(BASE, variant(set([...schemes, "bearer", "scheme"], "basic"), set([...schemes, "apiKey", "in"], "query")))).toEqual([
      { severity: B, location: "#/components/securitySchemes/apiKey/in", rule: "security-scheme-changed" },
      { severity: B, location: "#/components/securitySchemes/bearer/scheme", rule: "security-scheme-changed" },
    ]);
    expect(diff(BASE, variant(set([...schemes, "bearer", "scheme"], "Bearer")))).toEqual([]);
  });
});

describe("compareSpecs: documents", () => {
  it("finds no change between each real spec and itself", () => {
    const apis = loadApis();
    expect(apis.length).toBeGreaterThanOrEqual(5);
    for (const api of apis) {
      const text = readFileSync(api.specPath, "utf8");
      expect(compareSpecs(parse(text), parse(text)), api.name).toEqual([]);
    }
  });

  it("reports every operation of a spec absent at the base as added", () => {
    const changes = compareSpecs({}, BASE);
    expect(changes.every((c) => c.severity === N)).toBe(true);
    expect(changes.filter((c) => c.rule === "operation-added").map((c) => c.operation)).toEqual([
      "health",
      "listItems",
      "createItem",
      "getItem",
    ]);
  });

  it("names the side of a $ref that does not resolve", () => {
    const broken = variant(
      set([...GET, "responses", "200", "content", "application/json", "schema"], { $ref: "#/components/schemas/Missing" }),
    );
    expect(() => compareSpecs(BASE, broken)).toThrow(SpecReferenceError);
    expect(() => compareSpecs(BASE, broken)).toThrow("unresolved $ref #/components/schemas/Missing");
  });

  it("formats one line per change and the summary", () => {
    const head = variant(
      remove([...ITEM, "properties", "note"]),
      set([...LIST, "parameters", 2], { name: "q", in: "query", schema: { type: "string" } }),
    );
    const { text, breaking, nonBreaking } = formatReport([
      { api: "fixture", spec: "specs/fixture.yaml", isNew: false, changes: compareSpecs(BASE, head) },
    ]);
    expect([breaking, nonBreaking]).toEqual([2, 1]);
    expect(text.split("\n")).toEqual([
      "== fixture (specs/fixture.yaml): 2 breaking, 1 non-breaking",
      "ok        listItems  query parameter q added (optional) @ parameters/query/q [parameter-added-optional]",
      `BREAKING  listItems  response 200 (application/json): property data[].note removed @ ${RESPONSE}/properties/data/items/properties/note [response-property-removed]`,
      `BREAKING  getItem  response 200 (application/json): property note removed @ ${RESPONSE}/properties/note [response-property-removed]`,
      "breaking changes: 2 (non-breaking: 1) across 1 spec",
    ]);
  });
});
