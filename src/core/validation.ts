// Opt-in runtime response validation against the same spec the types come from. Each
// operation/status schema is compiled once, on first use, with Ajv's 2020-12 dialect (the one
// OpenAPI 3.1 uses).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OperationRef, ValidationIssue } from "./errors.js";
import { asObject, isJsonMediaType, operationObject, pointerSegment, resolveRef, type OpenApiDocument } from "./openapi-document.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface ResponseValidator {
  /** Problems of `body` as the response of `operation` with `status` and `contentType`; empty when it conforms. */
  validate(operation: OperationRef, status: number, contentType: string | null, body: unknown): ValidationIssue[];
}

export function createResponseValidator(doc: OpenApiDocument): ResponseValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: true, validateFormats: true });
  addFormats(ajv);
  // Register the whole document once so schema $refs (#/components/schemas/X) resolve inside it.
  ajv.addSchema({ ...doc, $id: "openapi:document" }, "openapi:document");
  const compiled = new Map<string, ValidateFunction | "undocumented" | "no-schema">();

  function lookup(operation: OperationRef, status: number, contentType: string | null): ValidateFunction | "undocumented" | "no-schema" {
    const media = contentType ? (contentType.split(";")[0]?.trim().toLowerCase() ?? "") : "";
    const key = `${operation.method} ${operation.path} ${status} ${media}`;
    const cached = compiled.get(key);
    if (cached) return cached;
    const byStatus = asObject(operationObject(doc, operation.method, operation.path)?.["responses"]);
    const responseKey = [String(status), `${String(status)[0]}XX`, "default"].find((k) => byStatus?.[k] !== undefined);
    const entry = responseKey ? asObject(byStatus?.[responseKey]) : undefined;
    const response = resolveRef(doc, entry);
    let result: ValidateFunction | "undocumented" | "no-schema" = "no-schema";
    if (!entry || !response || !responseKey) result = "undocumented";
    else {
      const content = asObject(response["content"]);
      const keys = content ? Object.keys(content) : [];
      const mediaKey = keys.find((k) => k.toLowerCase() === media) ?? keys.find(isJsonMediaType);
      if (mediaKey && asObject(asObject(content?.[mediaKey])?.["schema"])) {
        // Point Ajv at the schema inside the registered document, so its $refs resolve there.
        const base = typeof entry["$ref"] === "string" ? entry["$ref"] : `#/paths/${pointerSegment(operation.path)}/${operation.method.toLowerCase()}/responses/${responseKey}`;
        result = ajv.compile({ $ref: `openapi:document${base}/content/${pointerSegment(mediaKey)}/schema` });
      }
    }
    compiled.set(key, result);
    return result;
  }

  return {
    validate(operation, status, contentType, body) {
      const validator = lookup(operation, status, contentType);
      if (validator === "undocumented") return [{ pointer: "", message: `status ${status} is not documented for this operation` }];
      if (validator === "no-schema") return [];
      if (validator(body)) return [];
      return (validator.errors ?? []).map(toIssue);
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
