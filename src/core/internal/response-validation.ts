// Opt-in runtime response validation against the same spec the types come from. Each
// operation/status schema is compiled once, on first use, with Ajv's 2020-12 dialect (the one
// OpenAPI 3.1 uses).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OperationRef, ValidationIssue } from "../errors.js";
import {
  asObject,
  followRefs,
  isJsonMediaType,
  operationObject,
  pointerSegment,
  resolveRef,
  type OpenApiDocument,
} from "./openapi-document.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface ResponseValidator {
  /** Problems of `body` as the response of `operation` with `status` and `contentType`; empty when it conforms. */
  validate(operation: OperationRef, status: number, contentType: string | null, body: unknown): ValidationIssue[];
  /**
   * JSON pointers of the properties `body` carries that its schema does not declare (additive
   * drift: a vendor added a field). Only meaningful for a body that `validate` accepted.
   */
  undeclared(operation: OperationRef, status: number, contentType: string | null, body: unknown): string[];
  /**
   * JSON pointers of the properties its schema declares that `body` does not carry (subtractive
   * drift: a documented field the server no longer sends). Only meaningful for a body that
   * `validate` accepted, so each is an optional property: a missing required one is an issue.
   */
  absent(operation: OperationRef, status: number, contentType: string | null, body: unknown): string[];
}

export interface SchemaValidator {
  /** Problems of `value` against the schema at `pointer` (e.g. `#/components/schemas/User`); empty when it conforms. */
  validateAt(pointer: string, value: unknown): (ValidationIssue & { undeclared?: string })[];
}

/** Validates values against schemas inside one OpenAPI document, compiling each schema once. */
export function createSchemaValidator(doc: OpenApiDocument): SchemaValidator {
  // `discriminator` stays off: Ajv's support refuses `mapping`, and oneOf already decides.
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: false, validateFormats: true });
  addFormats(ajv);
  // Register the whole document once so schema $refs (#/components/schemas/X) resolve inside it.
  ajv.addSchema({ ...doc, $id: "openapi:document" }, "openapi:document");
  const compiled = new Map<string, ValidateFunction>();
  return {
    validateAt(pointer, value) {
      let validate = compiled.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `openapi:document${pointer}` });
        compiled.set(pointer, validate);
      }
      return validate(value) ? [] : (validate.errors ?? []).map(toIssue);
    },
  };
}

/**
 * A copy of the document in which every object schema that declares `properties` and says
 * nothing about others refuses undeclared ones (`unevaluatedProperties: false`), so Ajv names
 * them. Members of `allOf`/`anyOf` are left open: their properties are evaluated together with
 * their siblings', and closing one alone would flag the others'.
 */
export function closedCopy(value: unknown, inComposition = false): unknown {
  if (Array.isArray(value)) return value.map((item) => closedCopy(item, inComposition));
  const object = asObject(value);
  if (!object) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) out[key] = closedCopy(inner, key === "allOf" || key === "anyOf");
  const declaresProperties = asObject(object["properties"]) !== undefined;
  if (declaresProperties && !inComposition && !("additionalProperties" in object) && !("unevaluatedProperties" in object)) {
    out["unevaluatedProperties"] = false;
  }
  return out;
}

export function createResponseValidator(doc: OpenApiDocument): ResponseValidator {
  const schemas = createSchemaValidator(doc);
  let closedSchemas: SchemaValidator | undefined;
  const compiled = new Map<string, string | "undocumented" | "no-schema">();

  /** The JSON pointer of the schema for this response, or why there is none. */
  function lookup(operation: OperationRef, status: number, contentType: string | null): string | "undocumented" | "no-schema" {
    const media = contentType ? (contentType.split(";")[0]?.trim().toLowerCase() ?? "") : "";
    const key = `${operation.method} ${operation.path} ${status} ${media}`;
    const cached = compiled.get(key);
    if (cached) return cached;
    const byStatus = asObject(operationObject(doc, operation.method, operation.path)?.["responses"]);
    const responseKey = [String(status), `${String(status)[0]}XX`, "default"].find((k) => byStatus?.[k] !== undefined);
    const entry = responseKey ? asObject(byStatus?.[responseKey]) : undefined;
    const response = resolveRef(doc, entry);
    let result: string | "undocumented" | "no-schema" = "no-schema";
    if (!entry || !response || !responseKey) result = "undocumented";
    else {
      const content = asObject(response["content"]);
      const keys = content ? Object.keys(content) : [];
      const mediaKey = keys.find((k) => k.toLowerCase() === media) ?? keys.find(isJsonMediaType);
      if (mediaKey && asObject(asObject(content?.[mediaKey])?.["schema"])) {
        // Point Ajv at the schema inside the registered document, so its $refs resolve there.
        const base =
          typeof entry["$ref"] === "string"
            ? entry["$ref"]
            : `#/paths/${pointerSegment(operation.path)}/${operation.method.toLowerCase()}/responses/${responseKey}`;
        result = `${base}/content/${pointerSegment(mediaKey)}/schema`;
      }
    }
    compiled.set(key, result);
    return result;
  }

  return {
    validate(operation, status, contentType, body) {
      const pointer = lookup(operation, status, contentType);
      if (pointer === "undocumented") return [{ pointer: "", message: `status ${status} is not documented for this operation` }];
      if (pointer === "no-schema") return [];
      return schemas.validateAt(pointer, body);
    },
    undeclared(operation, status, contentType, body) {
      const pointer = lookup(operation, status, contentType);
      if (pointer === "undocumented" || pointer === "no-schema") return [];
      closedSchemas ??= createSchemaValidator(closedCopy(doc) as OpenApiDocument);
      return closedSchemas
        .validateAt(pointer, body)
        .filter((issue) => issue.undeclared !== undefined)
        .map((issue) => `${issue.pointer}/${pointerSegment(issue.undeclared ?? "")}`);
    },
    absent(operation, status, contentType, body) {
      const pointer = lookup(operation, status, contentType);
      if (pointer === "undocumented" || pointer === "no-schema") return [];
      const found: string[] = [];
      absentProperties(doc, schemas, pointer, body, "", found);
      return found;
    },
  };
}

/** The schema at a local JSON pointer (`#/components/schemas/User`), its `$ref`s followed, and where it is. */
function schemaAt(doc: OpenApiDocument, pointer: string): { schema: Record<string, unknown>; pointer: string } | undefined {
  const found = followRefs(doc, { $ref: pointer });
  if ("problem" in found) return undefined;
  const schema = asObject(found.value);
  return schema ? { schema, pointer: found.ref ?? pointer } : undefined;
}

/**
 * Walks `value` beside the schema at `pointer`, collecting (into `found`) the pointers of declared
 * properties it lacks. allOf members all apply; of oneOf/anyOf only the variants `value` matches.
 */
function absentProperties(
  doc: OpenApiDocument,
  schemas: SchemaValidator,
  start: string,
  value: unknown,
  at: string,
  found: string[],
): void {
  const located = schemaAt(doc, start);
  if (!located) return;
  const { schema, pointer } = located;
  for (const [index] of (Array.isArray(schema["allOf"]) ? schema["allOf"] : []).entries())
    absentProperties(doc, schemas, `${pointer}/allOf/${index}`, value, at, found);
  for (const keyword of ["oneOf", "anyOf"]) {
    const variants = Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : [];
    for (const [index] of variants.entries()) {
      const variant = `${pointer}/${keyword}/${index}`;
      if (schemas.validateAt(variant, value).length === 0) absentProperties(doc, schemas, variant, value, at, found);
    }
  }
  if (Array.isArray(value)) {
    if (asObject(schema["items"]))
      for (const [index, item] of value.entries()) absentProperties(doc, schemas, `${pointer}/items`, item, `${at}/${index}`, found);
    return;
  }
  const object = asObject(value);
  const properties = asObject(schema["properties"]);
  if (!object || !properties) return;
  for (const name of Object.keys(properties)) {
    const where = `${at}/${pointerSegment(name)}`;
    if (!(name in object)) found.push(where);
    else absentProperties(doc, schemas, `${pointer}/properties/${pointerSegment(name)}`, object[name], where, found);
  }
}

function toIssue(error: ErrorObject): ValidationIssue & { undeclared?: string } {
  if (error.keyword === "unevaluatedProperties") {
    const name = String((error.params as { unevaluatedProperty?: unknown }).unevaluatedProperty);
    return { pointer: error.instancePath, message: `has undeclared property '${name}'`, undeclared: name };
  }
  const detail =
    error.keyword === "required"
      ? `is missing required property '${String((error.params as { missingProperty?: unknown }).missingProperty)}'`
      : error.keyword === "additionalProperties"
        ? `has unexpected property '${String((error.params as { additionalProperty?: unknown }).additionalProperty)}'`
        : (error.message ?? error.keyword);
  return { pointer: error.instancePath, message: detail };
}
