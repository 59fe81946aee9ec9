// From a call's openapi-fetch options to the request on the wire, with openapi-fetch's own
// serializers: the URL, query string and body are byte for byte what openapi-fetch would send.
import { createFinalURL, createQuerySerializer, defaultBodySerializer, type QuerySerializerOptions } from "openapi-fetch";
import { RequestValidationError, type OperationRef } from "../errors.js";
import { checkHeaderValues, checkPathParams, encodePath } from "./request-guards.js";
import type { WireBody, WireRequest } from "./transport/wire.js";

type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;
export type HeaderSource = Headers | Record<string, HeaderValue> | undefined;

export interface CallParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, HeaderValue>;
  cookie?: Record<string, unknown>;
}

/** The openapi-fetch options a call may carry (the typed layer checks their shapes). */
export interface CallInit {
  params?: CallParams;
  body?: unknown;
  headers?: HeaderSource;
  baseUrl?: string;
  querySerializer?: ((query: Record<string, unknown>) => string) | QuerySerializerOptions;
  bodySerializer?: (body: unknown) => unknown;
  parseAs?: "json" | "text" | "blob" | "arrayBuffer" | "stream";
}

export type QuerySerializer = (query: Record<string, unknown>) => string;

const serializeBody = defaultBodySerializer as (body: unknown, headers?: Record<string, string>) => unknown;

/** openapi-fetch's mergeHeaders, into a plain object with lower-case names: later sources win, null deletes. */
export function mergeHeaders(target: Record<string, string>, source: HeaderSource): void {
  if (!source || typeof source !== "object") return;
  if (source instanceof Headers) {
    source.forEach((value, name) => {
      target[name] = value;
    });
    return;
  }
  for (const name in source) {
    const value = source[name];
    const key = name.toLowerCase();
    if (value === null) delete target[key];
    else if (Array.isArray(value)) target[key] = value.map(String).join(", ");
    else if (value !== undefined) target[key] = String(value);
  }
}

export function querySerializerFor(
  init: CallInit["querySerializer"],
  client: QuerySerializer,
  clientOptions?: QuerySerializerOptions,
): QuerySerializer {
  if (init === undefined) return client;
  if (typeof init === "function") return init;
  return createQuerySerializer({ ...clientOptions, ...init });
}

export interface RequestParts {
  operation: OperationRef;
  baseUrl: string;
  baseHeaders: Record<string, string>;
  init: CallInit;
  query: Record<string, unknown> | undefined;
  querySerializer: QuerySerializer;
}

/** A body that cannot be serialised (circular, a BigInt) is the caller's mistake, not a TypeError from deep inside. */
function serializeOrRefuse(operation: OperationRef, init: CallInit, headers: Record<string, string>): unknown {
  try {
    return (init.bodySerializer ?? serializeBody)(init.body, headers);
  } catch (error) {
    // V8's messages name the constructor and property that close a circle, never a value.
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : "";
    throw new RequestValidationError(operation, "body", `cannot be serialised${detail ? ` (${detail})` : ""}`);
  }
}

/** Guards, serializes and merges: the request exactly as the first attempt sends it (before auth). */
export function buildRequest({ operation, baseUrl, baseHeaders, init, query, querySerializer }: RequestParts): WireRequest {
  const params = init.params ?? {};
  checkHeaderValues(operation, "call", init.headers);
  checkHeaderValues(operation, "parameter", params.header);
  checkPathParams(operation, params.path);

  const url = createFinalURL(operation.path, {
    baseUrl,
    params: { path: params.path, query: query ?? {} },
    querySerializer,
    pathSerializer: encodePath,
  });
  const headers: Record<string, string> = { ...baseHeaders };
  mergeHeaders(headers, init.headers);
  mergeHeaders(headers, params.header);
  let body: WireBody | undefined;
  if (init.body !== undefined) {
    const serialized = serializeOrRefuse(operation, init, headers);
    body = serialized as WireBody;
    // As openapi-fetch: JSON unless the caller chose a type; FormData sets its own boundary.
    if (!(serialized instanceof FormData) && headers["content-type"] === undefined) headers["content-type"] = "application/json";
  }
  return { method: operation.method, url, headers, body };
}
