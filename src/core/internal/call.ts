// One call from start to finish: defaults, serialization, sending (with retries), reading the
// body, and the outcome, either thrown (client.GET…) or returned (client.raw.GET…).
import type { Middleware } from "openapi-fetch";
import { ApiError, ResponseValidationError, type OperationRef, type ValidationIssue } from "../errors.js";
import { parseRetryAfterMs } from "../retry.js";
import { buildRequest, type CallInit, type QuerySerializer } from "./build-request.js";
import { throughMiddleware } from "./middleware.js";
import { callCredentials, redactResponseHeaders, scrubValue } from "./redact.js";
import { checkBaseUrl } from "./request-guards.js";
import { addHeaderDefaults, withQueryDefaults, type OperationDefaults } from "./parameter-defaults.js";
import { isOk, readData, readError, toResponse } from "./read-response.js";
import type { CallOptions, Send, SendOptions } from "./transport/send.js";
import type { WireRequest, WireResponse } from "./transport/wire.js";

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid"];

/** Everything a client fixes at construction that each call needs. */
export interface CallCore {
  baseUrl: string;
  baseHeaders: Record<string, string>;
  querySerializer: QuerySerializer;
  send: Send;
  middleware: readonly Middleware[];
  /** Set when the API has parameter defaults: which apply to this operation. */
  defaultsFor: ((operation: OperationRef) => OperationDefaults | Promise<OperationDefaults>) | undefined;
  /** Set when validateResponses is on. */
  validate: ((operation: OperationRef, response: WireResponse, body: unknown) => Promise<ValidationIssue[]>) | undefined;
  /** The client's own credentials (auth and token-endpoint secrets), scrubbed from every error. */
  secrets: () => readonly string[];
  /** Throws the RequestValidationError of an unsafe client option (baseUrl, userAgent, headers). */
  checkClientOptions: (operation: OperationRef) => void;
}

export type FullInit = CallInit & CallOptions;

function requestId(headers: Record<string, string>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers[name];
    if (value) return value;
  }
  return undefined;
}

/** `{ ...fields, response }` with the Response built only if the caller reads it. */
function withLazyResponse<T extends object>(fields: T, wire: WireResponse): T & { response: Response } {
  let response: Response | undefined;
  return Object.defineProperty(fields, "response", { enumerable: true, get: () => (response ??= toResponse(wire)) }) as T & {
    response: Response;
  };
}

/** What a call sent and got back, for the error path. */
interface Exchanged {
  request: WireRequest;
  response: WireResponse;
}

/**
 * An error body is kept for the caller but ends up in logs: secret-named fields are replaced, and
 * so is any echo, in any encoding, of the client's credentials and of the ones this call carried.
 */
function errorSecrets(core: CallCore, request: WireRequest): readonly string[] {
  return [...core.secrets(), ...callCredentials(request.url, request.headers)];
}

async function exchange(core: CallCore, operation: OperationRef, init: FullInit): Promise<Exchanged> {
  core.checkClientOptions(operation);
  const defaults = core.defaultsFor ? await core.defaultsFor(operation) : undefined;
  const query = defaults ? withQueryDefaults(init.params?.query, defaults.query) : init.params?.query;
  if (init.baseUrl) checkBaseUrl(operation, init.baseUrl);
  const baseUrl = init.baseUrl ? init.baseUrl.replace(/\/+$/, "") : core.baseUrl;
  const wire = buildRequest({ operation, baseUrl, baseHeaders: core.baseHeaders, init, query, querySerializer: core.querySerializer });
  if (defaults) addHeaderDefaults(wire.headers, defaults.header);
  const options: SendOptions = {
    signal: init.signal,
    timeoutMs: init.timeoutMs,
    retry: init.retry,
    idempotent: init.idempotent,
    maxResponseBytes: init.maxResponseBytes,
    stream: init.parseAs === "stream",
  };
  if (core.middleware.length === 0) return { request: wire, response: await core.send(wire, operation, options) };
  const response = await throughMiddleware(core.middleware, operation.path, { ...init.params, query }, wire, (request) =>
    core.send(request, operation, options),
  );
  return { request: wire, response };
}

/** openapi-fetch's `{ data } | { error }` shape; throws only this library's errors. */
export async function rawCall(core: CallCore, method: string, path: string, init: FullInit = {}) {
  const operation: OperationRef = { method: method.toUpperCase(), path };
  const { request, response } = await exchange(core, operation, init);
  if (isOk(response.status)) return withLazyResponse({ data: readData(operation, response, init.parseAs) }, response);
  return withLazyResponse({ error: scrubValue(readError(operation, response), errorSecrets(core, request)) }, response);
}

/** Resolves to `{ data, response }` on a 2xx; throws a typed error on anything else. */
export async function throwingCall(core: CallCore, method: string, path: string, init: FullInit = {}) {
  const operation: OperationRef = { method: method.toUpperCase(), path };
  const { request, response } = await exchange(core, operation, init);
  const ok = isOk(response.status);
  const body = ok ? readData(operation, response, init.parseAs) : readError(operation, response);
  let apiError: ApiError<unknown> | undefined;
  if (!ok) {
    const retryAfterMs = parseRetryAfterMs(response.headers["retry-after"] ?? null);
    const retryAfterSeconds = retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined;
    const secrets = errorSecrets(core, request);
    apiError = new ApiError(
      operation,
      response.status,
      scrubValue(body, secrets),
      requestId(response.headers),
      retryAfterSeconds,
      redactResponseHeaders(response.headers, secrets),
    );
  }
  if (core.validate) {
    const issues = await core.validate(operation, response, body);
    if (issues.length > 0) throw new ResponseValidationError(operation, response.status, issues, apiError);
  }
  if (apiError) throw apiError;
  return withLazyResponse({ data: body }, response);
}
