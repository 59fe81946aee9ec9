// Opt-in runtime response validation against the same spec the types come from. Each
// operation/status schema is compiled once, on first use, with Ajv's 2020-12 dialect (the one
// OpenAPI 3.1 uses).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OperationRef, ValidationIssue } from "../errors.js";
import { asObject, isJsonMediaType, operationObject, pointerSegment, resolveRef, type OpenApiDocument } from "./openapi-document.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface ResponseValidator {
  /** Problems of `body` as the response of `operation` with `status` and `contentType`; empty when it conforms. */
  validate(operation: OperationRef, status: number, contentType: string | null, body: unknown): ValidationIssue[];
}

export interface SchemaValidator {
  /** Problems of `value` against the schema at `pointer` (e.g. `#/components/schemas/User`); empty when it conforms. */
  validateAt(pointer: string, value: unknown): ValidationIssue[];
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

export function createResponseValidator(doc: OpenApiDocument): ResponseValidator {
  const schemas = createSchemaValidator(doc);
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
  };
}

function toIssue(error: ErrorObject): ValidationIssue {
  const detail =
    error.keyword === "required"
      ? `is missing required property '${String((error.params as { missingProperty?: unknown }).missingProperty)}'`
      : error.keyword === "additionalProperties"
        ? `has unexpected property '${String((error.params as { additionalProperty?: unknown }).additionalProperty)}'`
        : (error.message ?? error.keyword);
  return { pointer: error.instancePath, message: detail };
}
