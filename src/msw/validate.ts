// Request validation for the MSW handlers, as the Prism mock validates: credentials first (401),
// then the media type (415), then path, query and header parameters and the JSON body against their
// schemas (422, else 400). Violations are located and worded as Prism's `sl-violations` are.
// Loaded only when a handler first answers (dynamic import): it brings Ajv.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import {
  asObject,
  isJsonMediaType,
  mergedParameters,
  resolveRef,
  type JsonObject,
  type OpenApiDocument,
} from "../core/internal/openapi-document.js";
import { credentialsViolation, type Violation } from "../mock/refusal.js";
import type { Route } from "./routes.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** What the handler read of the request. */
export interface CheckedRequest {
  url: URL;
  headers: Headers;
  /** The body as sent; undefined without one. */
  bodyText: string | undefined;
}

/** A refusal: the status Prism would answer with and what is wrong. */
export interface Refusal {
  status: number;
  violations: Violation[];
}

export type RequestChecker = (route: Route, request: CheckedRequest) => Refusal | undefined;

const DOCUMENT_ID = "openapi:document";

/** `#/components/…` refs made absolute, so a schema built here resolves inside the document. */
function anchorRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(anchorRefs);
  const object = asObject(value);
  if (!object) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(object))
    out[key] = key === "$ref" && typeof inner === "string" && inner.startsWith("#") ? `${DOCUMENT_ID}${inner}` : anchorRefs(inner);
  return out;
}

/** Ajv's message in Prism's words: the allowed values and the extra property are named. */
function messageOf(error: ErrorObject): string {
  const message = error.message ?? "is invalid";
  if (error.keyword === "enum") return `${message}: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const extra = asObject(error.params)?.["additionalProperty"] ?? asObject(error.params)?.["unevaluatedProperty"];
    return `${message}; found '${String(extra)}'`;
  }
  return message;
}

function violationsOf(where: string, errors: readonly ErrorObject[] | null | undefined): Violation[] {
  return (errors ?? []).map((error) => ({
    location: [
      "request",
      where,
      ...error.instancePath
        .split("/")
        .filter(Boolean)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")),
    ],
    message: messageOf(error),
  }));
}

/** The first documented status of `codes`, else the first: Prism's choice of a refusal's status. */
function refusalStatus(operation: JsonObject, codes: readonly number[]): number {
  const responses = asObject(operation["responses"]) ?? {};
  return codes.find((code) => responses[String(code)] !== undefined) ?? codes[0] ?? 422;
}

export function createRequestChecker(document: OpenApiDocument): RequestChecker {
  const make = (coerce: boolean): Ajv2020 => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, discriminator: false, coerceTypes: coerce ? "array" : false });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID }, DOCUMENT_ID);
    return ajv;
  };
  // Parameters arrive as text: coerced to their schema's type, as Prism does.
  const parameterAjv = make(true);
  const bodyAjv = make(false);
  const compiled = new Map<string, ValidateFunction>();
  const validator = (key: string, ajv: Ajv2020, schema: () => unknown): ValidateFunction => {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(anchorRefs(schema()) as object);
      compiled.set(key, validate);
    }
    return validate;
  };

  return (route, request) => {
    const { op } = route;
    if (!hasCredentials(document, op.operation, request)) return { status: 401, violations: [credentialsViolation(document)] };

    const body = checkBody(document, op.operation, request, (schema) => validator(`${op.method} ${op.path} body`, bodyAjv, () => schema));
    if (body?.mediaType) return { status: refusalStatus(op.operation, [415, 422, 400]), violations: body.violations };
    if (body?.malformed) return { status: 400, violations: body.violations };

    const violations: Violation[] = [];
    const parameters = mergedParameters(document, op.pathItem, op.operation);
    for (const where of ["path", "query", "header"] as const) {
      const declared = parameters.filter((p) => p["in"] === where);
      if (declared.length === 0) continue;
      const values = parameterValues(where, declared, route, request);
      const validate = validator(`${op.method} ${op.path} ${where}`, parameterAjv, () => parameterSchema(declared));
      if (!validate(values)) violations.push(...violationsOf(where, validate.errors));
    }
    violations.push(...(body?.violations ?? []));
    return violations.length > 0 ? { status: refusalStatus(op.operation, [422, 400]), violations } : undefined;
  };
}

/** Parameter names as Prism validates them: in lower case, whatever the location. */
const nameOf = (parameter: JsonObject): string => String(parameter["name"]).toLowerCase();

/** The declared parameters of one location as one object schema. */
function parameterSchema(declared: readonly JsonObject[]): object {
  const name = nameOf;
  return {
    type: "object",
    properties: Object.fromEntries(declared.map((p) => [name(p), p["schema"] ?? {}])),
    required: declared.filter((p) => p["required"] === true).map(name),
  };
}

/**
 * The values sent for the declared parameters, as Prism reads them: names in lower case, an empty
 * value as absent, arrays for array schemas, objects for deepObject ones.
 */
function parameterValues(where: string, declared: readonly JsonObject[], route: Route, request: CheckedRequest): JsonObject {
  const query = new Map<string, string[]>();
  for (const [key, value] of request.url.searchParams) query.set(key.toLowerCase(), [...(query.get(key.toLowerCase()) ?? []), value]);
  const values: JsonObject = {};
  for (const parameter of declared) {
    const name = nameOf(parameter);
    const schema = asObject(parameter["schema"]) ?? {};
    let value: unknown;
    if (where === "path") value = Object.entries(route.params).find(([key]) => key.toLowerCase() === name)?.[1];
    else if (where === "header") value = request.headers.get(name) ?? undefined;
    else if (parameter["style"] === "deepObject") {
      const object: JsonObject = {};
      for (const [key, [first]] of query)
        if (key.startsWith(`${name}[`) && key.endsWith("]")) object[key.slice(name.length + 1, -1)] = first;
      value = Object.keys(object).length > 0 ? object : undefined;
    } else {
      const all = query.get(name) ?? [];
      const explode = parameter["explode"] !== false;
      value = schema["type"] === "array" ? (explode ? all : (all[0] ?? "").split(",")) : all[0];
      if (Array.isArray(value) && value.length === 0) value = undefined;
    }
    if (value !== undefined && value !== "") values[name] = value;
  }
  return values;
}

/** The request body against the operation's: its media type, its JSON, its schema. */
function checkBody(
  document: OpenApiDocument,
  operation: JsonObject,
  request: CheckedRequest,
  validatorFor: (schema: unknown) => ValidateFunction,
): { violations: Violation[]; mediaType?: true; malformed?: true } | undefined {
  const requestBody = resolveRef(document, operation["requestBody"]);
  const sent = request.bodyText !== undefined && request.bodyText !== "";
  if (!requestBody) return undefined;
  if (!sent)
    return requestBody["required"] === true ? { violations: [{ location: ["request", "body"], message: "must have a body" }] } : undefined;
  const content = asObject(requestBody["content"]) ?? {};
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const declared = Object.keys(content);
  const media = declared.find((type) => type.toLowerCase() === mediaType) ?? declared.find((type) => type === "*/*");
  if (media === undefined)
    return {
      mediaType: true,
      violations: [{ location: ["request", "header", "content-type"], message: `must be one of ${declared.join(", ")}` }],
    };
  if (!isJsonMediaType(media)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.bodyText ?? "");
  } catch {
    return { malformed: true, violations: [{ location: ["request", "body"], message: "must be valid JSON" }] };
  }
  const schema = asObject(content[media])?.["schema"];
  if (schema === undefined) return undefined;
  const validate = validatorFor(schema);
  return validate(parsed) ? undefined : { violations: violationsOf("body", validate.errors) };
}

/** Whether the request carries what one of the operation's security requirements asks for (present, not checked). */
function hasCredentials(document: OpenApiDocument, operation: JsonObject, request: CheckedRequest): boolean {
  const requirements = (operation["security"] ?? document["security"]) as unknown;
  if (!Array.isArray(requirements) || requirements.length === 0) return true;
  const schemes = asObject(asObject(document["components"])?.["securitySchemes"]) ?? {};
  return requirements.some((requirement) =>
    Object.keys(asObject(requirement) ?? {}).every((name) => schemeSatisfied(resolveRef(document, schemes[name]) ?? {}, request)),
  );
}

function schemeSatisfied(scheme: JsonObject, request: CheckedRequest): boolean {
  const authorization = request.headers.get("authorization") ?? "";
  if (scheme["type"] === "oauth2" || scheme["type"] === "openIdConnect" || (scheme["type"] === "http" && scheme["scheme"] === "bearer"))
    return /^bearer\s+\S/i.test(authorization);
  if (scheme["type"] === "http") return new RegExp(`^${String(scheme["scheme"])}\\s+\\S`, "i").test(authorization);
  if (scheme["type"] === "apiKey") {
    const name = String(scheme["name"]);
    if (scheme["in"] === "header") return (request.headers.get(name) ?? "").trim() !== "";
    if (scheme["in"] === "query") return (request.url.searchParams.get(name) ?? "") !== "";
    if (scheme["in"] === "cookie") return (request.headers.get("cookie") ?? "").includes(`${name}=`);
  }
  return false;
}
