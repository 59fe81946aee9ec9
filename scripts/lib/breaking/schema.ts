// Breaking-change rules for schemas, and what the comparison shares: the two documents, the
// change collector. A typed client sends requests shaped by the old document and reads
// responses typed by it.
//
// Direction matters. What the client sends (parameters, request bodies) may only get looser:
// a value it used to send must still be accepted. What the client receives (responses) may only
// get tighter: every value it can now receive must have been possible before.
import { asObject, followRefs, pointerSegment } from "../../../src/core/internal/openapi-document.js";

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

export type Json = Record<string, unknown>;
export const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
export const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** JSON with sorted keys, so equal values give equal strings. */
export function stableJson(value: unknown): string {
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

export class Doc {
  readonly root: Json;
  constructor(
    document: unknown,
    readonly side: "base" | "head",
  ) {
    this.root = asObject(document) ?? {};
  }

  /** Follows a chain of local `$ref`s; `ref` is the last one followed. Throws SpecReferenceError. */
  resolve(node: unknown): { node: unknown; ref?: string } {
    const found = followRefs(this.root, node);
    if ("problem" in found) {
      const { kind, ref } = found.problem;
      const message = kind === "external" ? `unsupported $ref ${ref} (only local #/ references are resolved)` : `${kind} $ref ${ref}`;
      throw new SpecReferenceError(this.side, message);
    }
    return found.ref === undefined ? { node: found.value } : { node: found.value, ref: found.ref };
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
    types = new Set([
      value === null
        ? "null"
        : Array.isArray(value)
          ? "array"
          : typeof value === "number" && Number.isInteger(value)
            ? "integer"
            : typeof value,
    ]);
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

export class Collector {
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
export type Side = "parameter" | "request" | "response";

export interface SchemaScope {
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
const nonNull = (types: Set<string> | undefined): Set<string> | undefined =>
  types ? new Set([...types].filter((t) => t !== "null")) : undefined;
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));
const of = (display: string): string => (display ? ` of ${display}` : "");
const values = (list: unknown[]): string => list.map((v) => JSON.stringify(v)).join(", ");

export function compareSchema(scope: SchemaScope, baseNode: unknown, headNode: unknown, location: string, display: string): void {
  const { out, side, subject, operation } = scope;
  const base = out.base.resolve(baseNode).node;
  const head = out.head.resolve(headNode).node;
  if (scope.stack.some(([b, h]) => b === base && h === head)) return;
  const inner: SchemaScope = { ...scope, stack: [...scope.stack, [base, head]] };
  const b = flatten(out.base, base);
  const h = flatten(out.head, head);
  const writes = side !== "response";
  const add = (severity: Severity, rule: string, at: string, message: string) =>
    out.add(operation, severity, `${side}-${rule}`, at, `${subject}: ${message}`);

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
      add(
        "non-breaking",
        writes ? "type-widened" : "type-narrowed",
        `${location}/type`,
        `type${of(display)} ${writes ? "widened" : "narrowed"} from ${described}`,
      );
    }
  }
  if (b.types && h.types && b.types.has("null") !== h.types.has("null")) {
    const added = h.types.has("null");
    add(
      added === writes ? "non-breaking" : "breaking",
      added ? "nullable-added" : "nullable-removed",
      `${location}/type`,
      `${display || "value"} ${added ? "may now be null" : "can no longer be null"}`,
    );
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
      after !== undefined &&
      (before === undefined ||
        kind === "other" ||
        (typeof before === "number" && typeof after === "number" && (kind === "lower" ? after > before : after < before)));
    const shown = (v: unknown): string => (v === undefined ? "(none)" : JSON.stringify(v));
    add(
      tightened === writes ? "breaking" : "non-breaking",
      tightened ? "constraint-tightened" : "constraint-loosened",
      `${location}/${keyword}`,
      `${keyword}${of(display)} changed from ${shown(before)} to ${shown(after)}`,
    );
  }

  // Defaults: a caller that leaves the value out gets another one (a reader is told, not hurt).
  const baseDefault = asObject(base)?.["default"];
  const headDefault = asObject(head)?.["default"];
  if (stableJson(baseDefault) !== stableJson(headDefault)) {
    const shown = (v: unknown): string => (v === undefined ? "(none)" : JSON.stringify(v));
    add(
      writes && baseDefault !== undefined ? "breaking" : "non-breaking",
      "default-changed",
      `${location}/default`,
      `default${of(display)} changed from ${shown(baseDefault)} to ${shown(headDefault)}`,
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
      if (!wasRequired && isRequired)
        add(writes ? "breaking" : "non-breaking", "property-became-required", at, `property ${path} became required`);
      if (wasRequired && !isRequired)
        add(writes ? "non-breaking" : "breaking", "property-became-optional", at, `property ${path} became optional`);
      compareSchema(inner, inBase, inHead, at, path);
    }
  }

  if (b.items !== undefined && h.items !== undefined) compareSchema(inner, b.items, h.items, `${location}/items`, `${display}[]`);
  const baseMap = asObject(b.additionalProperties);
  const headMap = asObject(h.additionalProperties);
  if (baseMap && headMap) compareSchema(inner, baseMap, headMap, `${location}/additionalProperties`, `${display}{*}`);

  // Unions: recurse into the variants both sides share; any other difference is reported once.
  if (b.discriminator !== h.discriminator && b.discriminator && h.discriminator) {
    add(
      "breaking",
      "discriminator-changed",
      `${location}/discriminator`,
      `discriminator${of(display)} changed from ${b.discriminator} to ${h.discriminator}`,
    );
  }
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const baseVariants = b[keyword] ?? [];
    const headVariants = h[keyword] ?? [];
    if (baseVariants.length === 0 && headVariants.length === 0) continue;
    const key = (variant: unknown): string => asString(asObject(variant)?.["$ref"]) ?? stableJson(variant);
    const label = (variant: unknown, index: number): string =>
      asString(asObject(variant)?.["$ref"])?.split("/").pop() ?? `inline #${index}`;
    const headKeys = headVariants.map(key);
    const baseKeys = baseVariants.map(key);
    const removed = baseVariants.map(label).filter((_, i) => !headKeys.includes(baseKeys[i] ?? ""));
    const added = headVariants.map(label).filter((_, i) => !baseKeys.includes(headKeys[i] ?? ""));
    if (removed.length > 0 || added.length > 0) {
      const detail = [removed.length > 0 ? `removed ${removed.join(", ")}` : "", added.length > 0 ? `added ${added.join(", ")}` : ""]
        .filter(Boolean)
        .join("; ");
      add(
        "breaking",
        `${keyword.toLowerCase()}-changed`,
        `${location}/${keyword}`,
        `schema changed (${keyword})${of(display)}: variants ${detail}`,
      );
    }
    headVariants.forEach((variant, index) => {
      const match = baseKeys.indexOf(headKeys[index] ?? "");
      if (match >= 0) compareSchema(inner, baseVariants[match], variant, `${location}/${keyword}/${index}`, display);
    });
  }
}
