// Compares two versions of an OpenAPI 3.1 document and classifies every difference as breaking
// or not for a typed client: an application that sends requests shaped by the old document and
// reads responses typed by it. Pure functions over parsed documents; scripts/breaking.ts feeds
// them a spec at a git ref and the same spec in the working tree.
//
// Direction matters. What the client sends (parameters, request bodies) may only get looser:
// a value it used to send must still be accepted. What the client receives (responses) may only
// get tighter: every value it can now receive must have been possible before.
import { asObject, pointerSegment } from "../../src/core/internal/openapi-document.js";
import { HTTP_METHODS } from "./operations.js";

export type Severity = "breaking" | "non-breaking";

export interface Change {
  severity: Severity;
  /** operationId, or `METHOD path` when the operation has none; absent for document-level changes. */
  operation?: string;
  /** JSON-pointer-ish: relative to the operation when `operation` is set, else `#/...` into the document. */
  location: string;
  message: string;
  rule: string;
}

/** A `$ref` that does not resolve inside its own document. */
export class SpecReferenceError extends Error {
  constructor(
    readonly side: "base" | "head",
    message: string,
  ) {
    super(message);
    this.name = "SpecReferenceError";
  }
}

type Json = Record<string, unknown>;
const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);



/** JSON with sorted keys, so equal values give equal strings. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const object = asObject(value);
  if (object) {
    return `{${Object.keys(object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(object[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

// ---------------------------------------------------------------------------------------------
// Documents and $ref resolution

class Doc {
  readonly root: Json;
  constructor(
    document: unknown,
    readonly side: "base" | "head",
  ) {
    this.root = asObject(document) ?? {};
  }

  /** Follows a chain of local `$ref`s; `ref` is the last one followed. */
  resolve(node: unknown): { node: unknown; ref?: string } {
    let current = node;
    let ref: string | undefined;
    const seen = new Set<string>();
    for (;;) {
      const next = asString(asObject(current)?.["$ref"]);
      if (next === undefined) return { node: current, ref };
      if (seen.has(next)) throw new SpecReferenceError(this.side, `circular $ref ${next}`);
      seen.add(next);
      ref = next;
      current = this.pointer(next);
    }
  }

  private pointer(ref: string): unknown {
    if (!ref.startsWith("#/")) throw new SpecReferenceError(this.side, `unsupported $ref ${ref} (only local #/ references are resolved)`);
    let node: unknown = this.root;
    for (const raw of ref.slice(2).split("/")) {
      const segment = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      const object = asObject(node);
      const array = asArray(node);
      node = object ? object[segment] : array ? array[Number(segment)] : undefined;
      if (node === undefined) throw new SpecReferenceError(this.side, `unresolved $ref ${ref}`);
    }
    return node;
  }

  /** `node` with its `$ref` chain followed, as an object (empty when it is not one). */
  object(node: unknown): Json {
    return asObject(this.resolve(node).node) ?? {};
  }
}

// ---------------------------------------------------------------------------------------------
// Schemas, flattened: `allOf` merged, `type` split into its types, `const` read as a one-value enum

interface FlatSchema {
  /** Types allowed, `null` included; undefined means any. */
  types?: Set<string>;
  enum?: unknown[];
  properties: Map<string, unknown>;
  required: Set<string>;
  items?: unknown;
  additionalProperties?: unknown;
  oneOf?: unknown[];
  anyOf?: unknown[];
  discriminator?: string;
  /** Value constraints (CONSTRAINTS) present on the schema. */
  constraints: Map<string, unknown>;
}

/** Constraints on a value, and which way each tightens: a lower bound up, an upper bound down, anything else by being added or changed. */
const CONSTRAINTS: Record<string, "lower" | "upper" | "other"> = {
  minLength: "lower",
  minimum: "lower",
  exclusiveMinimum: "lower",
  minItems: "lower",
  minProperties: "lower",
  maxLength: "upper",
  maximum: "upper",
  exclusiveMaximum: "upper",
  maxItems: "upper",
  maxProperties: "upper",
  pattern: "other",
  format: "other",
  multipleOf: "other",
  uniqueItems: "other",
};

function ownTypes(schema: Json): Set<string> | undefined {
  const type = schema["type"];
  let types: Set<string> | undefined;
  if (typeof type === "string") types = new Set([type]);
  else if (Array.isArray(type)) types = new Set(type.filter((t): t is string => typeof t === "string"));
  else if ("const" in schema) {
    const value = schema["const"];
    types = new Set([value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" && Number.isInteger(value) ? "integer" : typeof value]);
  } else if (schema["properties"] !== undefined || schema["additionalProperties"] !== undefined) types = new Set(["object"]);
  else if (schema["items"] !== undefined) types = new Set(["array"]);
  if (types && schema["nullable"] === true) types.add("null"); // OpenAPI 3.0 spelling
  return types;
}

/** `a` accepts a value of type `t` (an integer is a number). */
const accepts = (a: Set<string> | undefined, t: string): boolean => a === undefined || a.has(t) || (t === "integer" && a.has("number"));

function intersectTypes(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((t) => accepts(b, t)).concat([...b].filter((t) => accepts(a, t))));
}

function flatten(doc: Doc, node: unknown, seen: Set<unknown> = new Set()): FlatSchema {
  const resolved = doc.resolve(node).node;
  const flat: FlatSchema = { properties: new Map(), required: new Set(), constraints: new Map() };
  const schema = asObject(resolved);
  if (!schema || seen.has(schema)) return flat; // `true`/absent schema, or an allOf cycle: anything goes
  seen.add(schema);

  flat.types = ownTypes(schema);
  const values = asArray(schema["enum"]) ?? ("const" in schema ? [schema["const"]] : undefined);
  if (values) flat.enum = values;
  for (const [name, property] of Object.entries(asObject(schema["properties"]) ?? {})) flat.properties.set(name, property);
  for (const name of asArray(schema["required"]) ?? []) if (typeof name === "string") flat.required.add(name);
  if (schema["items"] !== undefined) flat.items = schema["items"];
  if (schema["additionalProperties"] !== undefined) flat.additionalProperties = schema["additionalProperties"];
  if (asArray(schema["oneOf"])) flat.oneOf = asArray(schema["oneOf"]);
  if (asArray(schema["anyOf"])) flat.anyOf = asArray(schema["anyOf"]);
  const discriminator = asString(asObject(schema["discriminator"])?.["propertyName"]);
  if (discriminator) flat.discriminator = discriminator;
  for (const keyword of Object.keys(CONSTRAINTS)) {
    const value = schema[keyword];
    if (value !== undefined && value !== false) flat.constraints.set(keyword, value);
  }

  for (const member of asArray(schema["allOf"]) ?? []) {
    const part = flatten(doc, member, seen);
    flat.types = intersectTypes(flat.types, part.types);
    if (part.enum) {
      const keys = new Set(part.enum.map(stableJson));
      flat.enum = flat.enum ? flat.enum.filter((v) => keys.has(stableJson(v))) : part.enum;
    }
    for (const [name, property] of part.properties) {
      const existing = flat.properties.get(name);
      flat.properties.set(name, existing === undefined ? property : { allOf: [existing, property] });
    }
    for (const name of part.required) flat.required.add(name);
    flat.items ??= part.items;
    if (part.additionalProperties === false) flat.additionalProperties = false;
    else flat.additionalProperties ??= part.additionalProperties;
    if (part.oneOf) flat.oneOf = [...(flat.oneOf ?? []), ...part.oneOf];
    if (part.anyOf) flat.anyOf = [...(flat.anyOf ?? []), ...part.anyOf];
    flat.discriminator ??= part.discriminator;
    for (const [keyword, value] of part.constraints) if (!flat.constraints.has(keyword)) flat.constraints.set(keyword, value);
  }
  seen.delete(schema);
  return flat;
}

// ---------------------------------------------------------------------------------------------
// Comparison

class Collector {
  readonly changes: Change[] = [];
  constructor(
    readonly base: Doc,
    readonly head: Doc,
  ) {}

  add(operation: string | undefined, severity: Severity, rule: string, location: string, message: string): void {
    this.changes.push(operation === undefined ? { severity, location, message, rule } : { severity, operation, location, message, rule });
  }
}

/** Who writes the value: parameters and request bodies are sent by the client, responses read by it. */
type Side = "parameter" | "request" | "response";

interface SchemaScope {
  out: Collector;
  operation: string;
  side: Side;
  /** What the schema belongs to, for messages: `query parameter limit`, `response 200 (application/json)`. */
  subject: string;
  /** Schema pairs being compared further up, so recursive schemas end. */
  stack: Array<[unknown, unknown]>;
}

const typeList = (types: Set<string> | undefined): string => {
  if (!types) return "any";
  const list = [...types].filter((t) => t !== "null").sort();
  return list.length > 0 ? list.join("|") : "null";
};
const nonNull = (types: Set<string> | undefined): Set<string> | undefined => (types ? new Set([...types].filter((t) => t !== "null")) : undefined);
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
const of = (display: string): string => (display ? ` of ${display}` : "");
const values = (list: unknown[]): string => list.map((v) => JSON.stringify(v)).join(", ");

function compareSchema(scope: SchemaScope, baseNode: unknown, headNode: unknown, location: string, display: string): void {
  const { out, side, subject, operation } = scope;
  const base = out.base.resolve(baseNode).node;
  const head = out.head.resolve(headNode).node;
  if (scope.stack.some(([b, h]) => b === base && h === head)) return;
  const inner: SchemaScope = { ...scope, stack: [...scope.stack, [base, head]] };
  const b = flatten(out.base, base);
  const h = flatten(out.head, head);
  const writes = side !== "response";
  const add = (severity: Severity, rule: string, at: string, message: string) => out.add(operation, severity, `${side}-${rule}`, at, `${subject}: ${message}`);

  // Types (null apart): a sender must still be accepted, a reader must not meet a new type.
  const baseTypes = nonNull(b.types);
  const headTypes = nonNull(h.types);
  if (baseTypes || headTypes) {
    const [from, to] = writes ? [baseTypes, headTypes] : [headTypes, baseTypes];
    const lost = from === undefined ? to !== undefined : [...from].some((t) => !accepts(to, t));
    const described = `${typeList(b.types)} to ${typeList(h.types)}`;
    if (lost) {
      add("breaking", "type-changed", `${location}/type`, `type${of(display)} changed from ${described}`);
      return; // the rest of the old shape no longer applies
    }
    if (!(baseTypes && headTypes && sameSet(baseTypes, headTypes))) {
      add("non-breaking", writes ? "type-widened" : "type-narrowed", `${location}/type`, `type${of(display)} ${writes ? "widened" : "narrowed"} from ${described}`);
    }
  }
  if (b.types && h.types && b.types.has("null") !== h.types.has("null")) {
    const added = h.types.has("null");
    add(added === writes ? "non-breaking" : "breaking", added ? "nullable-added" : "nullable-removed", `${location}/type`, `${display || "value"} ${added ? "may now be null" : "can no longer be null"}`);
  }

  // Enums: a removed value hurts a sender, an added value hurts a reader.
  if (b.enum || h.enum) {
    const baseKeys = new Set((b.enum ?? []).map(stableJson));
    const headKeys = new Set((h.enum ?? []).map(stableJson));
    const narrowed = (severity: Severity, message: string) => add(severity, "enum-narrowed", `${location}/enum`, message);
    const widened = (severity: Severity, message: string) => add(severity, "enum-widened", `${location}/enum`, message);
    const narrowSeverity: Severity = writes ? "breaking" : "non-breaking";
    const widenSeverity: Severity = writes ? "non-breaking" : "breaking";
    if (!b.enum && h.enum) narrowed(narrowSeverity, `enum${of(display)} introduced, allowing only ${values(h.enum)}`);
    else if (b.enum && !h.enum) widened(widenSeverity, `enum${of(display)} dropped, any value allowed (was ${values(b.enum)})`);
    else if (b.enum && h.enum) {
      const removed = b.enum.filter((v) => !headKeys.has(stableJson(v)));
      const added = h.enum.filter((v) => !baseKeys.has(stableJson(v)));
      if (removed.length > 0) narrowed(narrowSeverity, `enum${of(display)} lost ${values(removed)}`);
      if (added.length > 0) widened(widenSeverity, `enum${of(display)} gained ${values(added)}`);
    }
  }

  // Constraints: tightening hurts a sender, loosening a reader (as with enums).
  for (const keyword of new Set([...b.constraints.keys(), ...h.constraints.keys()])) {
    const before = b.constraints.get(keyword);
    const after = h.constraints.get(keyword);
    if (stableJson(before) === stableJson(after)) continue;
    const kind = CONSTRAINTS[keyword];
    const tightened =
      after !== undefined && (before === undefined || kind === "other" || (typeof before === "number" && typeof after === "number" && (kind === "lower" ? after > before : after < before)));
    const shown = (v: unknown): string => (v === undefined ? "(none)" : JSON.stringify(v));
    add(
      tightened === writes ? "breaking" : "non-breaking",
      tightened ? "constraint-tightened" : "constraint-loosened",
      `${location}/${keyword}`,
      `${keyword}${of(display)} changed from ${shown(before)} to ${shown(after)}`,
    );
  }

  // Object properties.
  const names = [...new Set([...b.properties.keys(), ...h.properties.keys()])];
  for (const name of names) {
    const at = `${location}/properties/${pointerSegment(name)}`;
    const path = display ? `${display}.${name}` : name;
    const inBase = b.properties.get(name);
    const inHead = h.properties.get(name);
    if (inHead === undefined) {
      add("breaking", "property-removed", at, `property ${path} removed`);
    } else if (inBase === undefined) {
      if (writes && h.required.has(name)) add("breaking", "property-added-required", at, `required property ${path} added`);
      else add("non-breaking", "property-added", at, `${h.required.has(name) ? "required" : "optional"} property ${path} added`);
    } else {
      const wasRequired = b.required.has(name);
      const isRequired = h.required.has(name);
      if (!wasRequired && isRequired) add(writes ? "breaking" : "non-breaking", "property-became-required", at, `property ${path} became required`);
      if (wasRequired && !isRequired) add(writes ? "non-breaking" : "breaking", "property-became-optional", at, `property ${path} became optional`);
      compareSchema(inner, inBase, inHead, at, path);
    }
  }

  if (b.items !== undefined && h.items !== undefined) compareSchema(inner, b.items, h.items, `${location}/items`, `${display}[]`);
  const baseMap = asObject(b.additionalProperties);
  const headMap = asObject(h.additionalProperties);
  if (baseMap && headMap) compareSchema(inner, baseMap, headMap, `${location}/additionalProperties`, `${display}{*}`);

  // Unions: recurse into the variants both sides share; any other difference is reported once.
  if (b.discriminator !== h.discriminator && b.discriminator && h.discriminator) {
    add("breaking", "discriminator-changed", `${location}/discriminator`, `discriminator${of(display)} changed from ${b.discriminator} to ${h.discriminator}`);
  }
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const baseVariants = b[keyword] ?? [];
    const headVariants = h[keyword] ?? [];
    if (baseVariants.length === 0 && headVariants.length === 0) continue;
    const key = (variant: unknown): string => asString(asObject(variant)?.["$ref"]) ?? stableJson(variant);
    const label = (variant: unknown, index: number): string => asString(asObject(variant)?.["$ref"])?.split("/").pop() ?? `inline #${index}`;
    const headKeys = headVariants.map(key);
    const baseKeys = baseVariants.map(key);
    const removed = baseVariants.map(label).filter((_, i) => !headKeys.includes(baseKeys[i] ?? ""));
    const added = headVariants.map(label).filter((_, i) => !baseKeys.includes(headKeys[i] ?? ""));
    if (removed.length > 0 || added.length > 0) {
      const detail = [removed.length > 0 ? `removed ${removed.join(", ")}` : "", added.length > 0 ? `added ${added.join(", ")}` : ""].filter(Boolean).join("; ");
      add("breaking", `${keyword.toLowerCase()}-changed`, `${location}/${keyword}`, `schema changed (${keyword})${of(display)}: variants ${detail}`);
    }
    headVariants.forEach((variant, index) => {
      const match = baseKeys.indexOf(headKeys[index] ?? "");
      if (match >= 0) compareSchema(inner, baseVariants[match], variant, `${location}/${keyword}/${index}`, display);
    });
  }
}

// --- operations ------------------------------------------------------------------------------

interface OperationEntry {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  pathItem: Json;
  operation: Json;
}

/** Operations keyed by method and path template with parameter names blanked, so `{id}` → `{channelId}` still matches. */
function operationsOf(doc: Doc): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  for (const [path, raw] of Object.entries(asObject(doc.root["paths"]) ?? {})) {
    const pathItem = doc.object(raw);
    for (const method of HTTP_METHODS) {
      const operation = asObject(pathItem[method]);
      if (operation) out.set(`${method} ${path.replace(/\{[^}]*\}/g, "{}")}`, { method, path, pathItem, operation });
    }
  }
  return out;
}

const labelOf = (entry: OperationEntry): string => asString(entry.operation["operationId"]) ?? `${entry.method.toUpperCase()} ${entry.path}`;
const operationPointer = (entry: OperationEntry): string => `#/paths/${pointerSegment(entry.path)}/${entry.method}`;

interface Parameter {
  in: string;
  name: string;
  required: boolean;
  style: string;
  explode: boolean;
  schema: unknown;
}

function parametersOf(doc: Doc, entry: OperationEntry): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const raw of [...(asArray(entry.pathItem["parameters"]) ?? []), ...(asArray(entry.operation["parameters"]) ?? [])]) {
    const p = doc.object(raw);
    const location = asString(p["in"]);
    const name = asString(p["name"]);
    if (!location || !name) continue;
    const style = asString(p["style"]) ?? (location === "query" || location === "cookie" ? "form" : "simple");
    const firstMedia = Object.values(asObject(p["content"]) ?? {})[0];
    out.set(`${location}:${location === "header" ? name.toLowerCase() : name}`, {
      in: location,
      name,
      required: location === "path" || p["required"] === true,
      style,
      explode: typeof p["explode"] === "boolean" ? p["explode"] : style === "form",
      schema: p["schema"] ?? asObject(firstMedia)?.["schema"],
    });
  }
  return out;
}

function compareParameters(out: Collector, operation: string, base: OperationEntry, head: OperationEntry): void {
  const before = parametersOf(out.base, base);
  const after = parametersOf(out.head, head);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const h = after.get(key);
    const p = (h ?? b) as Parameter;
    const location = `parameters/${p.in}/${pointerSegment(p.name)}`;
    const subject = `${p.in} parameter ${p.name}`;
    if (!h) out.add(operation, "breaking", "parameter-removed", location, `${subject} removed`);
    else if (!b) {
      if (h.required) out.add(operation, "breaking", "parameter-added-required", location, `required ${subject} added`);
      else out.add(operation, "non-breaking", "parameter-added-optional", location, `${subject} added (optional)`);
    } else {
      if (!b.required && h.required) out.add(operation, "breaking", "parameter-became-required", location, `${subject} became required`);
      if (b.required && !h.required) out.add(operation, "non-breaking", "parameter-became-optional", location, `${subject} became optional`);
      if (b.style !== h.style || b.explode !== h.explode) {
        out.add(operation, "breaking", "parameter-serialization-changed", location, `${subject} serialization changed from ${b.style}${b.explode ? "+explode" : ""} to ${h.style}${h.explode ? "+explode" : ""}`);
      }
      compareSchema({ out, operation, side: "parameter", subject, stack: [] }, b.schema, h.schema, `${location}/schema`, "");
    }
  }
}

function compareRequestBody(out: Collector, operation: string, base: OperationEntry, head: OperationEntry): void {
  const hasBase = base.operation["requestBody"] !== undefined;
  const hasHead = head.operation["requestBody"] !== undefined;
  if (!hasBase && !hasHead) return;
  const b = out.base.object(base.operation["requestBody"]);
  const h = out.head.object(head.operation["requestBody"]);
  const required = h["required"] === true;
  if (!hasHead) return out.add(operation, "breaking", "request-body-removed", "requestBody", "request body removed");
  if (!hasBase) {
    if (required) out.add(operation, "breaking", "request-body-added-required", "requestBody", "required request body added");
    else out.add(operation, "non-breaking", "request-body-added", "requestBody", "optional request body added");
    return;
  }
  if (b["required"] !== true && required) out.add(operation, "breaking", "request-body-became-required", "requestBody", "request body became required");
  if (b["required"] === true && !required) out.add(operation, "non-breaking", "request-body-became-optional", "requestBody", "request body became optional");
  compareContent(out, operation, "request", "requestBody", "request body", asObject(b["content"]) ?? {}, asObject(h["content"]) ?? {});
}

function compareContent(out: Collector, operation: string, side: "request" | "response", location: string, subject: string, base: Json, head: Json): void {
  for (const media of new Set([...Object.keys(base), ...Object.keys(head)])) {
    const at = `${location}/content/${pointerSegment(media)}`;
    if (!(media in head)) out.add(operation, "breaking", `${side}-media-type-removed`, at, `${subject}: media type ${media} removed`);
    else if (!(media in base)) out.add(operation, "non-breaking", `${side}-media-type-added`, at, `${subject}: media type ${media} added`);
    else {
      const scope: SchemaScope = { out, operation, side, subject: `${subject} (${media})`, stack: [] };
      compareSchema(scope, out.base.object(base[media])["schema"], out.head.object(head[media])["schema"], `${at}/schema`, "");
    }
  }
}

const isSuccess = (status: string): boolean => status.startsWith("2");

function compareResponses(out: Collector, operation: string, base: OperationEntry, head: OperationEntry): void {
  const normalize = (responses: unknown): Map<string, unknown> => new Map(Object.entries(asObject(responses) ?? {}).map(([status, r]) => [status.toUpperCase(), r]));
  const before = normalize(base.operation["responses"]);
  const after = normalize(head.operation["responses"]);
  for (const status of new Set([...before.keys(), ...after.keys()])) {
    const location = `responses/${status}`;
    const b = before.get(status);
    const h = after.get(status);
    if (h === undefined) {
      if (isSuccess(status)) out.add(operation, "breaking", "response-success-status-removed", location, `success status ${status} removed`);
      else out.add(operation, "non-breaking", "response-error-status-removed", location, `error status ${status} no longer documented`);
    } else if (b === undefined) {
      if (isSuccess(status)) out.add(operation, "non-breaking", "response-success-status-added", location, `success status ${status} added`);
      else out.add(operation, "non-breaking", "response-error-status-added", location, `error status ${status} now documented (the client's error type gains it)`);
    } else {
      const content = (doc: Doc, r: unknown): Json => asObject(doc.object(r)["content"]) ?? {};
      compareContent(out, operation, "response", location, `response ${status}`, content(out.base, b), content(out.head, h));
    }
  }
}

// --- security --------------------------------------------------------------------------------

/** The operation's alternatives (any one suffices), each as its scheme → scopes. */
function effectiveSecurity(doc: Doc, entry: OperationEntry): Array<Map<string, string[]>> {
  const requirement = asArray(entry.operation["security"]) ?? asArray(doc.root["security"]) ?? [];
  return requirement.map(
    (alternative) =>
      new Map(Object.entries(asObject(alternative) ?? {}).map(([scheme, scopes]) => [scheme, (asArray(scopes) ?? []).filter((s): s is string => typeof s === "string")])),
  );
}

function describeSecurity(alternatives: Array<Map<string, string[]>>): string {
  if (alternatives.length === 0) return "none";
  return alternatives.map((a) => (a.size === 0 ? "anonymous" : [...a.keys()].sort().join(" + "))).join(" | ");
}

function compareSecurity(out: Collector, operation: string, base: OperationEntry, head: OperationEntry): void {
  const before = effectiveSecurity(out.base, base);
  const after = effectiveSecurity(out.head, head);
  const schemesKey = (a: Map<string, string[]>): string => [...a.keys()].sort().join("+");
  const beforeKeys = before.map(schemesKey).sort();
  const afterKeys = after.map(schemesKey).sort();
  if (beforeKeys.join("|") !== afterKeys.join("|") || before.length !== after.length) {
    out.add(operation, "breaking", "security-changed", "security", `security changed from ${describeSecurity(before)} to ${describeSecurity(after)}`);
    return;
  }
  for (const alternative of after) {
    const match = before.find((a) => schemesKey(a) === schemesKey(alternative));
    for (const [scheme, scopes] of alternative) {
      const old = match?.get(scheme) ?? [];
      const added = scopes.filter((s) => !old.includes(s));
      const removed = old.filter((s) => !scopes.includes(s));
      if (added.length > 0) out.add(operation, "breaking", "security-scopes-added", "security", `${scheme} now needs scope(s) ${added.join(", ")}`);
      if (removed.length > 0) out.add(operation, "non-breaking", "security-scopes-removed", "security", `${scheme} no longer needs scope(s) ${removed.join(", ")}`);
    }
  }
}

function compareSecuritySchemes(out: Collector): void {
  const schemes = (doc: Doc): Json => asObject(asObject(doc.root["components"])?.["securitySchemes"]) ?? {};
  const before = schemes(out.base);
  const after = schemes(out.head);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const location = `#/components/securitySchemes/${pointerSegment(name)}`;
    if (!(name in after)) {
      out.add(undefined, "breaking", "security-scheme-removed", location, `security scheme ${name} removed`);
      continue;
    }
    if (!(name in before)) {
      out.add(undefined, "non-breaking", "security-scheme-added", location, `security scheme ${name} added`);
      continue;
    }
    const b = out.base.object(before[name]);
    const h = out.head.object(after[name]);
    for (const field of ["type", "scheme", "in", "name"] as const) {
      const normalize = (v: unknown): unknown => (field === "scheme" && typeof v === "string" ? v.toLowerCase() : v);
      if (normalize(b[field]) !== normalize(h[field])) {
        out.add(undefined, "breaking", "security-scheme-changed", `${location}/${field}`, `security scheme ${name}: ${field} changed from ${String(b[field] ?? "(none)")} to ${String(h[field] ?? "(none)")}`);
      }
    }
  }
}

// --- entry point -----------------------------------------------------------------------------

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byLocation = (x: Change, y: Change): number => compareText(x.location, y.location) || compareText(x.rule, y.rule) || compareText(x.message, y.message);

/**
 * Every difference between two OpenAPI documents that matters to a client, ordered by
 * document-level changes first, then by path, method, location and rule.
 * Throws SpecReferenceError on a `$ref` that does not resolve.
 */
export function compareSpecs(base: unknown, head: unknown): Change[] {
  const out = new Collector(new Doc(base, "base"), new Doc(head, "head"));
  compareSecuritySchemes(out);

  const before = operationsOf(out.base);
  const after = operationsOf(out.head);
  const order = (key: string): [string, number] => {
    const entry = (after.get(key) ?? before.get(key)) as OperationEntry;
    return [entry.path, HTTP_METHODS.indexOf(entry.method)];
  };
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => {
    const [px, mx] = order(x);
    const [py, my] = order(y);
    return px < py ? -1 : px > py ? 1 : mx - my;
  });

  const documentLevel = out.changes.length;
  for (const key of keys) {
    const b = before.get(key);
    const h = after.get(key);
    const start = out.changes.length;
    if (!h && b) out.add(labelOf(b), "breaking", "operation-removed", operationPointer(b), `operation ${b.method.toUpperCase()} ${b.path} removed`);
    else if (h && !b) out.add(labelOf(h), "non-breaking", "operation-added", operationPointer(h), `operation ${h.method.toUpperCase()} ${h.path} added`);
    else if (h && b) {
      const operation = labelOf(h);
      const baseId = asString(b.operation["operationId"]);
      const headId = asString(h.operation["operationId"]);
      if (baseId !== headId) {
        out.add(operation, "breaking", "operation-id-changed", "operationId", `operationId changed from ${baseId ?? "(none)"} to ${headId ?? "(none)"} (the generated \`operations\` type is keyed by it)`);
      }
      if (b.operation["deprecated"] !== true && h.operation["deprecated"] === true) out.add(operation, "non-breaking", "operation-deprecated", "deprecated", "operation deprecated");
      compareParameters(out, operation, b, h);
      compareRequestBody(out, operation, b, h);
      compareResponses(out, operation, b, h);
      compareSecurity(out, operation, b, h);
    }
    out.changes.push(...out.changes.splice(start).sort(byLocation));
  }
  const document = out.changes.splice(0, documentLevel).sort(byLocation);
  return [...document, ...out.changes];
}

// --- report ----------------------------------------------------------------------------------

export function formatChange(change: Change): string {
  const tag = change.severity === "breaking" ? "BREAKING" : "ok      ";
  return `${tag}  ${change.operation ?? "(document)"}  ${change.message} @ ${change.location} [${change.rule}]`;
}

export interface SpecReport {
  api: string;
  /** Spec path as shown, e.g. `specs/pipedrive.yaml`. */
  spec: string;
  /** True when the spec did not exist at the base ref. */
  isNew: boolean;
  changes: Change[];
}

export function formatReport(reports: SpecReport[]): { text: string; breaking: number; nonBreaking: number } {
  const lines: string[] = [];
  let breaking = 0;
  let nonBreaking = 0;
  for (const report of reports) {
    const count = report.changes.filter((c) => c.severity === "breaking").length;
    breaking += count;
    nonBreaking += report.changes.length - count;
    const state = report.isNew ? "new API" : report.changes.length === 0 ? "no changes" : `${count} breaking, ${report.changes.length - count} non-breaking`;
    lines.push(`== ${report.api} (${report.spec}): ${state}`);
    for (const change of report.changes) lines.push(formatChange(change));
  }
  lines.push(`breaking changes: ${breaking} (non-breaking: ${nonBreaking}) across ${reports.length} spec${reports.length === 1 ? "" : "s"}`);
  return { text: lines.join("\n"), breaking, nonBreaking };
}
