// The one client core every API module configures. It wraps openapi-fetch:
//   client.GET/POST/…   throw a typed error on any failure and resolve to { data, response }
//   client.raw          openapi-fetch's own client ({ data, error, response }, never throws on HTTP status)
//   client.pages/items  iterate a list operation with the API's pagination strategy
import createClient, { type Client, type MaybeOptionalInit, type Middleware, type ParseAsResponse } from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  PathsWithMethod,
  Readable,
  RequiredKeysOf,
  SuccessResponse,
} from "openapi-typescript-helpers";
import { tokenExchange, type AuthProvider, type ExchangedToken, type TokenExchangeAuth } from "./auth.js";
import {
  ApiClientError,
  ApiError,
  InvalidResponseError,
  RequestValidationError,
  ResponseValidationError,
  type OperationRef,
} from "./errors.js";
import { declaredParameters, isJsonMediaType, type OpenApiDocument } from "./internal/openapi-document.js";
import { pageItems, type ItemOf, type PaginationStrategy, type Query } from "./pagination.js";
import { redactValue, scrubKnownSecrets } from "./internal/redact.js";
import { parseRetryAfterMs, type RetryPolicy } from "./retry.js";
import { createTransport, type CallOptions, type DebugLogger, type FetchLike } from "./transport.js";
import { createResponseValidator, type ResponseValidator } from "./internal/response-validation.js";

export const CORE_VERSION = "0.1.0";
export const DEFAULT_TIMEOUT_MS = 60_000;
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid"];

/** Options every API factory accepts, next to its own credentials. */
export interface ClientOptions {
  /** Override the vendor's base URL (a mock, a proxy, a regional host). */
  baseUrl?: string;
  /** Custom fetch (instrumentation, a test double). Defaults to globalThis.fetch. */
  fetch?: FetchLike;
  /** Appended to the User-Agent, e.g. `my-app/1.2`. */
  userAgent?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Retry policy for every call (default: 2 retries on connection errors, 408, 429, 5xx), or false. */
  retry?: Partial<RetryPolicy> | false;
  /** Per-attempt timeout in ms (default 60 000). */
  timeoutMs?: number;
  /** Check every response body against the spec; a mismatch throws ResponseValidationError. */
  validateResponses?: boolean;
  /** Receives one redacted line per request, response, retry and failure. */
  debug?: DebugLogger;
  /** openapi-fetch middleware, run on every request. */
  middleware?: Middleware[];
}

/** What an API module tells the core about its API. */
export interface ApiDefinition {
  /** Short name used in the User-Agent, e.g. `pipedrive`. */
  name: string;
  defaultBaseUrl: string;
  auth: AuthProvider | undefined;
  pagination?: PaginationStrategy;
  /** Loads the bundled spec, only when response validation or parameter defaults need it. */
  loadDocument: () => Promise<{ default: OpenApiDocument }>;
  /**
   * Values for parameters the API takes on many operations (Pipedream's `org_id`, Botpress'
   * `x-bot-id`): sent on each operation whose spec declares the parameter, unless the call
   * passes its own. Undefined values are skipped.
   */
  parameterDefaults?: { query?: Record<string, string | undefined>; header?: Record<string, string | undefined> };
  /** Credentials this client sends other than through `auth` (a token endpoint's client secret), to scrub like auth's. */
  secrets?: readonly string[];
}

type CallArgs<Init> = RequiredKeysOf<Init> extends never ? [(Init & CallOptions)?] : [Init & CallOptions];

/** The operation object the generated `paths` type holds for a path and method. */
type OperationAt<Paths, Path, Method> = Path extends keyof Paths
  ? Method extends keyof Paths[Path]
    ? Paths[Path][Method]
    : never
  : never;

type ResponsesOf<Operation> = Operation extends { responses: infer R extends Record<string | number, unknown> } ? R : never;

/** The body type of an operation's success response. */
export type SuccessData<Operation, Init> = ParseAsResponse<Readable<SuccessResponse<ResponsesOf<Operation>, MediaType>>, Init>;

export interface CallResult<Data> {
  data: Data;
  response: Response;
}

type ThrowingMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: CallArgs<Init>
) => Promise<CallResult<SuccessData<OperationAt<Paths, Path, Method>, Init>>>;

type PageMethod<Paths extends {}, Wrap extends "page" | "item"> = <
  Path extends PathsWithMethod<Paths, "get">,
  Init extends MaybeOptionalInit<Paths[Path], "get" & keyof Paths[Path]>,
>(
  url: Path,
  ...init: CallArgs<Init>
) => AsyncIterableIterator<
  Wrap extends "page"
    ? SuccessData<OperationAt<Paths, Path, "get">, Init>
    : ItemOf<SuccessData<OperationAt<Paths, Path, "get">, Init>>
>;

export interface ApiClient<Paths extends {}, ErrorBody = unknown> {
  GET: ThrowingMethod<Paths, "get">;
  POST: ThrowingMethod<Paths, "post">;
  PUT: ThrowingMethod<Paths, "put">;
  PATCH: ThrowingMethod<Paths, "patch">;
  DELETE: ThrowingMethod<Paths, "delete">;
  /** Every page of a list operation, in order; stops after the last page or when the loop breaks. */
  pages: PageMethod<Paths, "page">;
  /** Every item of every page of a list operation. */
  items: PageMethod<Paths, "item">;
  /** openapi-fetch's client, sharing auth, retries and timeouts: non-2xx comes back as `error`, not thrown. */
  raw: Client<Paths>;
  /** Narrows an unknown error to this API's ApiError, with the error body typed from its spec. */
  isApiError(error: unknown): error is ApiError<ErrorBody>;
}

interface CallState {
  lastResponse: Response | undefined;
}

function requestId(response: Response): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}

const CONTROL_CHARS = /[\r\n\0]/;

function checkHeaderValues(operation: OperationRef, source: string, headers: unknown): void {
  if (headers === null || typeof headers !== "object") return;
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers as Record<string, unknown>);
  for (const [name, value] of entries) {
    if (CONTROL_CHARS.test(name)) throw new RequestValidationError(operation, `${source} header name`, "contains CR, LF or NUL");
    if (typeof value === "string" && CONTROL_CHARS.test(value)) {
      throw new RequestValidationError(operation, `${source} header '${name}'`, "contains CR, LF or NUL (header injection)");
    }
  }
}

/** Every `{name}` of the template must get a value that stays one path segment. */
function checkPathParams(operation: OperationRef, params: unknown): void {
  const given = (params !== null && typeof params === "object" ? (params as { path?: unknown }).path : undefined) ?? {};
  for (const match of operation.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1] ?? "";
    const value = (given as Record<string, unknown>)[name];
    const field = `path parameter '${name}'`;
    if (value === undefined || value === null) throw new RequestValidationError(operation, field, "is missing");
    if (typeof value !== "string" && typeof value !== "number") throw new RequestValidationError(operation, field, "must be a string or number");
    const text = String(value);
    // URL parsers resolve "." and ".." (even percent-encoded) as dot-segments, and an empty
    // value collapses the path: each would send the call to another route.
    if (text === "" || text === "." || text === "..") {
      throw new RequestValidationError(operation, field, `cannot be ${JSON.stringify(text)} (it would change the route)`);
    }
  }
}

/** Percent-encodes each path parameter whole, so `/`, `?`, `#` and `%` stay inside their segment. */
function encodePath(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = pathParams[name];
    return value === undefined || value === null ? whole : encodeURIComponent(String(value));
  });
}

function parameterDefaultsMiddleware(defaults: NonNullable<ApiDefinition["parameterDefaults"]>, getDocument: () => Promise<OpenApiDocument>): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const document = await getDocument();
      const url = new URL(request.url);
      const headers = new Headers(request.headers);
      let changed = false;
      const query = declaredParameters(document, request.method, schemaPath, "query");
      for (const [name, value] of Object.entries(defaults.query ?? {})) {
        if (value === undefined || url.searchParams.has(name) || !query.has(name)) continue;
        url.searchParams.set(name, value);
        changed = true;
      }
      const header = declaredParameters(document, request.method, schemaPath, "header");
      for (const [name, value] of Object.entries(defaults.header ?? {})) {
        if (value === undefined || headers.has(name) || !header.has(name)) continue;
        headers.set(name, value);
        changed = true;
      }
      if (!changed) return undefined;
      const body = request.body ? await request.arrayBuffer() : undefined;
      return new Request(url, { method: request.method, headers, body, redirect: request.redirect, signal: request.signal });
    },
  };
}

export function createApiClient<Paths extends {}, ErrorBody = unknown>(
  api: ApiDefinition,
  options: ClientOptions = {},
): ApiClient<Paths, ErrorBody> {
  const secrets = (): readonly string[] => [...(api.auth?.secrets ?? []), ...(api.secrets ?? [])];
  const send = createTransport({
    secrets,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    auth: api.auth,
    retry: options.retry ?? {},
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    debug: options.debug,
  });
  const userAgent = `typed-api-clients/${CORE_VERSION} (${api.name}; node ${process.version})${options.userAgent ? ` ${options.userAgent}` : ""}`;

  let documentPromise: Promise<OpenApiDocument> | undefined;
  const getDocument = (): Promise<OpenApiDocument> => (documentPromise ??= api.loadDocument().then((module) => module.default));
  let validator: Promise<ResponseValidator> | undefined;
  const getValidator = (): Promise<ResponseValidator> => (validator ??= getDocument().then(createResponseValidator));

  // Requests made through `raw` carry no per-call options; the middleware still tells the
  // transport which operation they address, for error messages.
  const operations = new WeakMap<Request, OperationRef>();
  const raw = createClient<Paths>({
    baseUrl: (options.baseUrl ?? api.defaultBaseUrl).replace(/\/+$/, ""),
    headers: { "User-Agent": userAgent, ...options.headers },
    pathSerializer: encodePath,
    fetch: (request) => send(request, { operation: operations.get(request) ?? { method: request.method, path: new URL(request.url).pathname } }),
  });
  const defaults = api.parameterDefaults;
  if (defaults && [...Object.values(defaults.query ?? {}), ...Object.values(defaults.header ?? {})].some((v) => v !== undefined)) {
    checkHeaderValues({ method: "*", path: api.name }, "default", defaults.header);
    raw.use(parameterDefaultsMiddleware(defaults, getDocument));
  }
  if (options.middleware?.length) raw.use(...options.middleware);
  // Registered last, so it sees the Request that will actually be sent.
  raw.use({
    onRequest({ request, schemaPath }) {
      operations.set(request, { method: request.method, path: schemaPath });
    },
  });

  // An error body is kept for the caller but ends up in logs: secret-named fields are
  // replaced, and so is any echo of this client's own credentials.
  const scrub = <T>(value: T): T => {
    if (value === undefined) return value;
    if (typeof value === "string") return scrubKnownSecrets(value, secrets()) as T;
    return JSON.parse(scrubKnownSecrets(JSON.stringify(redactValue(value)), secrets())) as T;
  };

  async function call(method: HttpMethod, url: string, init: Record<string, unknown> = {}): Promise<CallResult<unknown>> {
    const { signal, timeoutMs, retry, idempotent, ...fetchInit } = init as Record<string, unknown> & CallOptions;
    const operation: OperationRef = { method: method.toUpperCase(), path: url };
    checkHeaderValues(operation, "client", options.headers);
    checkHeaderValues(operation, "call", fetchInit["headers"]);
    checkHeaderValues(operation, "parameter", (fetchInit["params"] as { header?: unknown } | undefined)?.header);
    checkPathParams(operation, fetchInit["params"]);

    const state: CallState = { lastResponse: undefined };
    const parseAs = (fetchInit["parseAs"] as string | undefined) ?? "json";
    const callFetch = async (request: Request): Promise<Response> => {
      const response = await send(request, { operation, signal, timeoutMs, retry, idempotent });
      state.lastResponse = response;
      const type = response.headers.get("content-type");
      if (response.ok && parseAs === "json" && response.status !== 204 && response.headers.get("content-length") !== "0" && !isJsonMediaType(type)) {
        const length = (await response.clone().arrayBuffer()).byteLength;
        if (length > 0) throw new InvalidResponseError(operation, response.status, type, "expected a JSON body");
      }
      return response;
    };

    let result: { data?: unknown; error?: unknown; response: Response };
    try {
      result = (await raw.request(method, url as never, { ...fetchInit, fetch: callFetch } as never)) as typeof result;
    } catch (error) {
      if (error instanceof ApiClientError) throw error;
      const last = state.lastResponse;
      if (error instanceof SyntaxError && last) {
        throw new InvalidResponseError(operation, last.status, last.headers.get("content-type"), error.message);
      }
      throw error;
    }

    const { response } = result;
    const body = response.ok ? result.data : result.error;
    let apiError: ApiError<unknown> | undefined;
    if (!response.ok) {
      const retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
      apiError = new ApiError(
        operation,
        response.status,
        scrub(body),
        requestId(response),
        retryAfterMs !== undefined ? Math.ceil(retryAfterMs / 1000) : undefined,
        response.headers,
      );
    }
    if (options.validateResponses) {
      const issues = (await getValidator()).validate(operation, response.status, response.headers.get("content-type"), body);
      if (issues.length > 0) throw new ResponseValidationError(operation, response.status, issues, apiError);
    }
    if (apiError) throw apiError;
    return { data: result.data, response };
  }

  async function* pages(url: string, init: Record<string, unknown> = {}): AsyncIterableIterator<unknown> {
    const strategy = api.pagination;
    if (!strategy) throw new Error(`${api.name} has no pagination strategy`);
    const params = (init["params"] ?? {}) as { query?: Query };
    let query: Query | undefined = { ...(params.query ?? {}) };
    let itemsSoFar = 0;
    while (query) {
      const { data } = await call("get", url, { ...init, params: { ...params, query } });
      const count = pageItems(data).length;
      itemsSoFar += count;
      yield data;
      query = strategy.nextQuery(data, query, count, itemsSoFar);
    }
  }

  async function* items(url: string, init: Record<string, unknown> = {}): AsyncIterableIterator<unknown> {
    for await (const page of pages(url, init)) yield* pageItems(page);
  }

  const bind =
    (method: HttpMethod) =>
    (url: string, init?: Record<string, unknown>): Promise<CallResult<unknown>> =>
      call(method, url, init);

  const client = {
    GET: bind("get"),
    POST: bind("post"),
    PUT: bind("put"),
    PATCH: bind("patch"),
    DELETE: bind("delete"),
    pages,
    items,
    raw,
    isApiError: (error: unknown): error is ApiError<ErrorBody> => error instanceof ApiError,
  };
  // The generic signatures above are what callers see; at runtime every method takes (url, init).
  return client as unknown as ApiClient<Paths, ErrorBody>;
}

/**
 * Client credentials traded at the API's own token endpoint (Pipedream `POST /oauth/token`,
 * Botpress `POST /v1/authenticate`). The exchange runs on a client of its own, without auth
 * (the endpoint takes the credentials in its body, and must not wait on the token it is
 * fetching), sharing the caller's transport options and scrubbing the client secret.
 */
export function clientCredentialsExchange<Paths extends {}, ErrorBody = unknown>(
  api: Pick<ApiDefinition, "name" | "defaultBaseUrl" | "loadDocument">,
  options: ClientOptions,
  clientSecret: string,
  exchange: (tokenClient: ApiClient<Paths, ErrorBody>, signal?: AbortSignal) => Promise<ExchangedToken>,
): TokenExchangeAuth {
  const { baseUrl, fetch, timeoutMs, retry, userAgent, debug } = options;
  const tokenClient = createApiClient<Paths, ErrorBody>({ ...api, auth: undefined, secrets: [clientSecret] }, { baseUrl, fetch, timeoutMs, retry, userAgent, debug });
  return tokenExchange({ secrets: [clientSecret], exchange: (signal) => exchange(tokenClient, signal) });
}
