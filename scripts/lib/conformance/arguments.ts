// Values for the SDK calls, taken from the spec: parameters, request bodies, header examples.
import { asObject, listOperations, resolveRef } from "../../../src/core/internal/openapi-document.js";
import type { DocumentOperation, OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { SDK_BODY_FIELDS } from "./sdk-body-fields.js";
import type { ConformanceApi } from "./types.js";

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2024-05-01T00:00:00.000Z",
  date: "2024-05-01",
  uuid: "00000000-0000-4000-8000-000000000001",
  email: "conformance@example.com",
  uri: "https://example.com/conformance",
};

/** A parameter's example (its own, its schema's, or its first enum value), else a placeholder. */
function parameterValue(doc: OpenApiDocument, parameter: Record<string, unknown>): unknown {
  if (parameter["example"] !== undefined) return parameter["example"];
  const examples = asObject(parameter["examples"]);
  const first = examples ? resolveRef(doc, Object.values(examples)[0]) : undefined;
  if (first && first["value"] !== undefined) return first["value"];
  const schema = resolveRef(doc, parameter["schema"]) ?? {};
  if (schema["example"] !== undefined) return schema["example"];
  if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) return schema["examples"][0];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  if (schema["type"] === "integer" || schema["type"] === "number") return 1;
  if (schema["type"] === "boolean") return true;
  return FORMAT_SAMPLES[String(schema["format"])] ?? "conformance-1";
}

function parametersOf(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown>[] {
  const all = [
    ...(Array.isArray(op.pathItem["parameters"]) ? op.pathItem["parameters"] : []),
    ...(Array.isArray(op.operation["parameters"]) ? op.operation["parameters"] : []),
  ];
  return all.map((p) => resolveRef(doc, p)).filter((p): p is Record<string, unknown> => p !== undefined);
}

/** The first example of the operation's JSON request body (resolved), if it documents one. */
export function requestExample(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> | undefined {
  const body = resolveRef(doc, op.operation["requestBody"]);
  const content = asObject(body?.["content"]) ?? {};
  for (const [media, entry] of Object.entries(content)) {
    if (!media.includes("json")) continue;
    const mediaObject = asObject(entry) ?? {};
    const direct = asObject(mediaObject["example"]);
    if (direct) return structuredClone(direct);
    for (const example of Object.values(asObject(mediaObject["examples"]) ?? {})) {
      const value = asObject(resolveRef(doc, example)?.["value"]);
      if (value) return structuredClone(value);
    }
  }
  return undefined;
}

/** A value valid for `schema` where that is easy to make (example, enum, format, type), else a string. */
function sampleValue(doc: OpenApiDocument, raw: unknown): unknown {
  const schema = resolveRef(doc, raw);
  if (!schema) return "conformance";
  if (schema["example"] !== undefined) return schema["example"];
  if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) return schema["examples"][0];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (type === "array") return [];
  if (type === "object") return {};
  return FORMAT_SAMPLES[String(schema["format"])] ?? "conformance";
}

function requestSchemaOf(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> | undefined {
  const content = asObject(resolveRef(doc, op.operation["requestBody"])?.["content"]) ?? {};
  const media = Object.keys(content).find((m) => m.includes("json"));
  return media ? resolveRef(doc, asObject(content[media])?.["schema"]) : undefined;
}

/**
 * The body an SDK call is given: the spec's request example, plus every field the SDK is known to
 * send (SDK_BODY_FIELDS) that the example lacks, valued from the spec's schema where it declares the
 * field and as a plain string where it no longer does.
 */
export function sdkBody(api: ConformanceApi, doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> | undefined {
  const example = requestExample(doc, op);
  const fields = SDK_BODY_FIELDS[`${api}.${op.operationId ?? ""}`] ?? [];
  if (!example && fields.length === 0) return undefined;
  const body = example ?? {};
  const properties = asObject(requestSchemaOf(doc, op)?.["properties"]) ?? {};
  for (const field of fields) if (!(field in body)) body[field] = sampleValue(doc, properties[field]);
  return body;
}

/** Path parameters and required query parameters, by name, from the spec's examples. */
export function parameterInputs(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of parametersOf(doc, op)) {
    const name = p["name"];
    if (typeof name !== "string") continue;
    if (p["in"] === "path" || (p["in"] === "query" && p["required"] === true)) out[name] = parameterValue(doc, p);
  }
  return out;
}

/** The example value of a header parameter named `name` anywhere in the spec (x-bot-id and the like). */
export function headerExample(doc: OpenApiDocument, name: string, fallback: string): string {
  for (const op of listOperations(doc))
    for (const p of parametersOf(doc, op))
      if (p["in"] === "header" && String(p["name"]).toLowerCase() === name) {
        const value = parameterValue(doc, p);
        if (typeof value === "string") return value;
      }
  return fallback;
}
