// The breaking-change rules for responses, security and whole documents (the rest: compare.test.ts).
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
  RESPONSE,
  shape,
  type Expected,
} from "../../support/breaking-fixture.js";

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

  it("an error status added is non-breaking; one removed is breaking for validating clients, with the reason", () => {
    const head = variant(set([...GET, "responses", "403"], { $ref: "#/components/responses/Error" }), remove([...GET, "responses", "404"]));
    expect(get(head)).toEqual([
      { severity: N, operation: "getItem", location: "responses/403", rule: "response-error-status-added" },
      { severity: B, operation: "getItem", location: "responses/404", rule: "response-error-status-removed" },
    ]);
    const removed = compareSpecs(BASE, variant(remove([...GET, "responses", "404"]))).find((c) => c.location === "responses/404");
    expect(removed?.message).toContain("validateResponses now throws ResponseValidationError for it instead of ApiError");
  });

  it("an error status removed while a range or default still documents it is non-breaking", () => {
    const error = { $ref: "#/components/responses/Error" };
    expect(get(variant(set([...GET, "responses", "4XX"], error), remove([...GET, "responses", "404"])))).toEqual([
      { severity: N, operation: "getItem", location: "responses/404", rule: "response-error-status-removed" },
      { severity: N, operation: "getItem", location: "responses/4XX", rule: "response-error-status-added" },
    ]);
    expect(get(variant(set([...GET, "responses", "default"], error), remove([...GET, "responses", "404"])))).toEqual([
      { severity: N, operation: "getItem", location: "responses/404", rule: "response-error-status-removed" },
      { severity: N, operation: "getItem", location: "responses/DEFAULT", rule: "response-error-status-added" },
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

describe("compareSpecs: servers", () => {
  const servers = (...urls: string[]) =>
    variant(
      set(
        ["servers"],
        urls.map((url) => ({ url })),
      ),
    );
  const base = servers("https://api.example.com/v1", "https://eu.example.com/v1");

  it("a new host of the default server is breaking", () => {
    const changes = compareSpecs(base, servers("https://api.example.net/v1", "https://eu.example.com/v1"));
    expect(shape(changes)).toEqual([{ severity: B, location: "#/servers/0/url", rule: "server-host-changed" }]);
    expect(changes[0]?.message).toBe("default server host changed from https://api.example.com to https://api.example.net");
  });

  it("a new base path of the default server is breaking; a trailing slash or the host's case is no change", () => {
    expect(diff(base, servers("https://api.example.com/v2", "https://eu.example.com/v1"))).toEqual([
      { severity: B, location: "#/servers/0/url", rule: "server-base-path-changed" },
    ]);
    expect(diff(base, servers("https://API.example.com/v1/", "https://eu.example.com/v1"))).toEqual([]);
  });

  it("the default server removed is breaking; alternatives added or removed are not", () => {
    expect(diff(base, BASE)).toEqual([
      { severity: N, location: "#/servers", rule: "server-removed" },
      { severity: B, location: "#/servers/0", rule: "server-removed" },
    ]);
    expect(diff(base, servers("https://api.example.com/v1", "https://us.example.com/v1"))).toEqual([
      { severity: N, location: "#/servers", rule: "server-added" },
      { severity: N, location: "#/servers", rule: "server-removed" },
    ]);
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
