// The breaking-change rules for operations, parameters and request bodies, one test per rule over
// a small fixture document (responses, security and documents: compare-responses.test.ts).
import { describe, expect, it } from "vitest";
import { compareSpecs } from "../../../lib/breaking/compare.js";
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
  NEW_ITEM,
  REQUEST,
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

describe("compareSpecs: defaults", () => {
  const limit = ["components", "parameters", "Limit", "schema", "default"];

  it("a parameter's default changed is breaking (a caller leaving it out gets another value); one added is not", () => {
    const withDefault = variant(set(limit, 20));
    const at = "parameters/query/limit/schema/default";
    expect(diff(withDefault, variant(set(limit, 50)), "listItems")).toEqual([
      { severity: B, operation: "listItems", location: at, rule: "parameter-default-changed" },
    ]);
    expect(diff(BASE, withDefault, "listItems")).toEqual([
      { severity: N, operation: "listItems", location: at, rule: "parameter-default-changed" },
    ]);
    expect(compareSpecs(withDefault, variant(set(limit, 50)))[0]?.message).toBe("query parameter limit: default changed from 20 to 50");
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
