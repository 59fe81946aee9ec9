// Building the concrete request of one operation from the spec: parameter values from its
// examples, the body from its request-body example, the credential's scheme; and the write guard.
import {
  asObject,
  isJsonMediaType,
  mergedParameters,
  resolveRef,
  type DocumentOperation,
} from "../../../src/core/internal/openapi-document.js";
import type { ApiCredentials } from "./credentials.js";
import { LiveCheckSetupError, type Env, type SendFetch } from "./types.js";

type Json = Record<string, unknown>;
const deref = (document: unknown, value: unknown): Json | undefined => resolveRef(asObject(document) ?? {}, value);

const isWrite = (method: string): boolean => method.toUpperCase() !== "GET";

/**
 * The write guard: which operations may be sent at all. Without `allowWrites` only GET
 * operations get a request built; every other operation is reported as skipped and never
 * reaches the request builder.
 */
export function partitionOperations(
  operations: DocumentOperation[],
  allowWrites: boolean,
): { send: DocumentOperation[]; withheld: DocumentOperation[] } {
  if (allowWrites) return { send: operations, withheld: [] };
  return { send: operations.filter((op) => !isWrite(op.method)), withheld: operations.filter((op) => isWrite(op.method)) };
}

/** A fetch that refuses any non-GET request unless writes are allowed (second line of the guard). */
export function guardFetch(fetchImpl: SendFetch, allowWrites: boolean): SendFetch {
  return (url, init) => {
    const method = (init.method ?? "GET").toUpperCase();
    if (!allowWrites && isWrite(method))
      return Promise.reject(new Error(`write guard: refusing to send ${method} ${url} without --allow-writes`));
    return fetchImpl(url, init);
  };
}

export interface PlannedRequest {
  method: string;
  /** Path (with the query string) relative to the server root Prism serves from. */
  target: string;
  /** Non-secret headers (the credential is added at send time). */
  headers: Record<string, string>;
  body?: string;
  /** Security schemes whose credential the request carries (empty: none). */
  schemes: string[];
}

export type Plan = { op: DocumentOperation; request: PlannedRequest } | { op: DocumentOperation; skip: string };

/** A usable value for a parameter: its example, first of its examples, or its schema's example/default/enum. */
export function parameterValue(document: unknown, parameter: Json): { value: unknown } | undefined {
  const usable = (v: unknown): boolean => v !== undefined && v !== null;
  if (usable(parameter["example"])) return { value: parameter["example"] };
  const fromExamples = firstExample(document, parameter["examples"]);
  if (fromExamples) return fromExamples;
  const media = Object.values(asObject(parameter["content"]) ?? {})[0];
  const mediaObject = deref(document, media);
  if (mediaObject) {
    if (usable(mediaObject["example"])) return { value: mediaObject["example"] };
    const fromMediaExamples = firstExample(document, mediaObject["examples"]);
    if (fromMediaExamples) return fromMediaExamples;
  }
  const schema = deref(document, parameter["schema"] ?? mediaObject?.["schema"]);
  if (!schema) return undefined;
  const schemaExamples = schema["examples"];
  const enumValues = schema["enum"];
  for (const candidate of [
    schema["example"],
    Array.isArray(schemaExamples) ? schemaExamples[0] : undefined,
    schema["default"],
    schema["const"],
    Array.isArray(enumValues) ? enumValues.find(usable) : undefined,
  ]) {
    if (usable(candidate)) return { value: candidate };
  }
  return undefined;
}

function firstExample(document: unknown, examples: unknown): { value: unknown } | undefined {
  for (const entry of Object.values(asObject(examples) ?? {})) {
    const example = deref(document, entry);
    if (example && example["value"] !== undefined && example["value"] !== null) return { value: example["value"] };
  }
  return undefined;
}

const scalar = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);

function requestBodyOf(document: unknown, operation: Json): { body?: string; contentType?: string } | { skip: string } {
  const requestBody = deref(document, operation["requestBody"]);
  if (!requestBody) return {};
  const content = asObject(requestBody["content"]) ?? {};
  const types = Object.keys(content).sort((a, b) => Number(!isJsonMediaType(a)) - Number(!isJsonMediaType(b)));
  for (const contentType of types) {
    const media = deref(document, content[contentType]);
    if (!media) continue;
    const example =
      media["example"] !== undefined
        ? { value: media["example"] }
        : (firstExample(document, media["examples"]) ?? schemaExample(document, media["schema"]));
    if (!example) continue;
    if (isJsonMediaType(contentType)) return { body: JSON.stringify(example.value), contentType };
    if (/^application\/x-www-form-urlencoded/i.test(contentType) && asObject(example.value)) {
      return {
        body: new URLSearchParams(
          Object.entries(asObject(example.value) ?? {}).map(([k, v]): [string, string] => [k, scalar(v)]),
        ).toString(),
        contentType,
      };
    }
    if (typeof example.value === "string") return { body: example.value, contentType };
  }
  return requestBody["required"] === true ? { skip: "no request-body example in the spec" } : {};
}

function schemaExample(document: unknown, schema: unknown): { value: unknown } | undefined {
  const resolved = deref(document, schema);
  if (!resolved) return undefined;
  if (resolved["example"] !== undefined) return { value: resolved["example"] };
  const examples = resolved["examples"];
  return Array.isArray(examples) && examples.length > 0 ? { value: examples[0] } : undefined;
}

function acceptOf(document: unknown, operation: Json): string | undefined {
  const types = new Set<string>();
  for (const response of Object.values(asObject(operation["responses"]) ?? {})) {
    for (const type of Object.keys(asObject(deref(document, response)?.["content"]) ?? {})) types.add(type);
  }
  return types.size > 0 ? [...types].join(", ") : undefined;
}

/** Security requirement alternatives of an operation; `[]` or a `{}` alternative means anonymous is allowed. */
function securityOf(document: unknown, operation: Json): Json[] {
  const declared = Array.isArray(operation["security"]) ? operation["security"] : asObject(document)?.["security"];
  return Array.isArray(declared) ? declared.map((r) => asObject(r) ?? {}) : [];
}

type Auth = { schemes: string[] } | { missing: string[] };

function resolveAuth(api: string, table: ApiCredentials, requirements: Json[], env: Env): Auth {
  if (requirements.length === 0) return { schemes: [] };
  const missing: string[] = [];
  for (const requirement of requirements) {
    const schemes = Object.keys(requirement);
    const unset: string[] = [];
    for (const scheme of schemes) {
      const source = table.schemes[scheme];
      if (!source)
        throw new LiveCheckSetupError(`${api}: security scheme ${scheme} has no credential source (scripts/lib/live/credentials.ts)`);
      if (!source.env.some((name) => env[name])) unset.push(source.env.join(" or "));
    }
    if (unset.length === 0) return { schemes };
    missing.push(unset.join(" and "));
  }
  return { missing };
}

/** Builds the concrete request of one operation from the spec, or says why it cannot. */
export function planRequest(
  document: unknown,
  op: DocumentOperation,
  env: Env,
  table: ApiCredentials,
  api = "api",
): Plan | { op: DocumentOperation; missing: string[] } {
  const { pathItem, operation } = op;
  const auth = resolveAuth(api, table, securityOf(document, operation), env);
  if ("missing" in auth) return { op, missing: auth.missing };

  let target = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of mergedParameters(asObject(document) ?? {}, pathItem, operation)) {
    const name = String(parameter["name"]);
    const place = String(parameter["in"]);
    const required = parameter["required"] === true || place === "path";
    const envName = place === "header" ? table.headers?.[name.toLowerCase()] : undefined;
    const fromEnv = envName ? env[envName] : undefined;
    if (envName && !fromEnv) {
      if (required) return { op, skip: `required header ${name} needs ${envName} in the environment` };
      continue;
    }
    if (!required && !fromEnv) continue;
    const found = fromEnv !== undefined ? { value: fromEnv } : parameterValue(document, parameter);
    if (!found) return { op, skip: `no example for required parameter ${name}` };
    const value = found.value;
    if (place === "path") {
      const text = Array.isArray(value) ? value.map((v) => encodeURIComponent(scalar(v))).join(",") : encodeURIComponent(scalar(value));
      target = target.split(`{${name}}`).join(text);
    } else if (place === "query") {
      const explode = parameter["explode"] !== false;
      const style = typeof parameter["style"] === "string" ? parameter["style"] : "form";
      const object = asObject(value);
      if (Array.isArray(value)) {
        if (explode) for (const v of value) query.append(name, scalar(v));
        else query.append(name, value.map(scalar).join(","));
      } else if (object) {
        for (const [k, v] of Object.entries(object)) {
          if (style === "deepObject") query.append(`${name}[${k}]`, scalar(v));
          else if (explode) query.append(k, scalar(v));
        }
        if (style !== "deepObject" && !explode) query.append(name, Object.entries(object).flat().map(scalar).join(","));
      } else {
        query.append(name, scalar(value));
      }
    } else if (place === "header") {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.map(scalar).join(",") : scalar(value);
    } else {
      return { op, skip: `cannot send required ${place} parameter ${name}` };
    }
  }

  const body = requestBodyOf(document, operation);
  if ("skip" in body) return { op, skip: body.skip };
  if (body.contentType) headers["content-type"] = body.contentType;
  const accept = acceptOf(document, operation);
  if (accept) headers["accept"] = accept;
  const search = query.toString();
  return {
    op,
    request: {
      method: op.method.toUpperCase(),
      target: search ? `${target}?${search}` : target,
      headers,
      ...(body.body !== undefined ? { body: body.body } : {}),
      schemes: auth.schemes,
    },
  };
}
