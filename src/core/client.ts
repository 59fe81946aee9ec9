// The one client factory every API module configures:
//   client.GET/POST/…   throw a typed error on any failure and resolve to { data, response }
//   client.raw          openapi-fetch's calling style ({ data, error, response }), same transport
//   client.pages/items  iterate a list operation with the API's pagination strategy
//   client.collect      the items as an array, at most `{ limit }` of them
//   client.<operationId> the path-style call named by the spec's operationId (internal/named-operations.ts)
// On Node calls go through undici's dispatcher unless the application patched fetch or set a
// dispatcher of its own (transport/select-dispatch.ts); elsewhere, or with a caller's `fetch`, through fetch.
import { createQuerySerializer, type Middleware, type QuerySerializerOptions } from "openapi-fetch";
import type { Dispatcher } from "undici";
import { VERSION } from "../version.js";
import type { AuthProvider } from "./auth.js";
import { ApiError, ConfigurationError, type OperationRef } from "./errors.js";
import { rawCall, throwingCall, type CallCore, type FullInit } from "./internal/call.js";
import { responseCheck } from "./internal/response-check.js";
import type { OpenApiDocument } from "./internal/openapi-document.js";
import { pageLoop, type PageOptions } from "./internal/page-loop.js";
import { hasDefaults, operationDefaults, type OperationDefaults, type ParameterDefaults } from "./internal/parameter-defaults.js";
import { boundedItems, collectItems } from "./internal/collect.js";
import { withNamedOperations, type OperationTable } from "./internal/named-operations.js";
import { canGenerateCode, isBrowser, isNode, runtimeName } from "./internal/platform.js";
import { scrubKnownSecrets } from "./internal/redact.js";
import { checkHeaderValues, clientOptionsChecker } from "./internal/request-guards.js";
import { createFetchDispatch, type FetchLike } from "./internal/transport/fetch-dispatch.js";
import { DEFAULT_CONNECTIONS_PER_ORIGIN } from "./internal/transport/origin-cap.js";
import { createSender, type DebugLogger } from "./internal/transport/send.js";
import { lazyNodeDispatch } from "./internal/transport/node-route.js";
import { parseProxyUrl } from "./internal/transport/proxy-url.js";
import type { PaginationStrategy } from "./pagination.js";
import type { RetryPolicy } from "./retry.js";
import type { ApiClient, CollectOptions, ResponseValidationOptions } from "./types.js";

export const DEFAULT_TIMEOUT_MS = 60_000;

/** Options every API factory accepts, next to its own credentials. */
export interface ClientOptions {
  /** Override the vendor's base URL (a mock, a proxy, a regional host). */
  baseUrl?: string;
  /**
   * Send through this fetch (instrumentation, a test double); it receives a Request. Default:
   * the global fetch outside Node; on Node, undici, or `globalThis.fetch` whenever it has been
   * replaced or wrapped (MSW, nock, vi.stubGlobal, vi.spyOn), looked up at each call.
   */
  fetch?: FetchLike;
  /**
   * Node: the undici dispatcher to send through (an Agent, Pool, ProxyAgent, MockAgent), ahead of
   * `proxy`, the global dispatcher and the proxy variables. Default: the global dispatcher when
   * the application set one with `setGlobalDispatcher`, else a proxy from `HTTP_PROXY`/`HTTPS_PROXY`
   * (honouring `NO_PROXY`), else one keep-alive Agent shared by every client. A patched
   * `globalThis.fetch` still comes first (it gets this dispatcher as `init.dispatcher`).
   */
  dispatcher?: Dispatcher;
  /**
   * Node: send through this HTTP proxy, e.g. `http://user:pass@proxy.internal:3128`, ahead of the
   * global dispatcher and the proxy variables (and ignoring `NO_PROXY`). Plain-http targets go as
   * absolute-form requests, https ones through CONNECT. Its credentials never appear in errors
   * or the debug log.
   */
  proxy?: string;
  /** Appended to the User-Agent, e.g. `my-app/1.2`. */
  userAgent?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** openapi-fetch's query serializer options for every call (default: form arrays, deepObject objects). */
  querySerializer?: QuerySerializerOptions;
  /** Retry policy for every call (default: 2 retries on connection errors, timeouts, 408, 429, 5xx), or false. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * Per-attempt timeout in ms (default 60 000), covering the whole body; with `parseAs: "stream"`
   * it covers the wait for the headers and then each read of the stream.
   */
  timeoutMs?: number;
  /**
   * Largest response body a call reads, in bytes; past it the call fails with
   * ResponseTooLargeError (not retried). Default 64 MiB for buffered bodies; a streamed body
   * (`parseAs: "stream"`) has no limit unless one is set here or per call. Error bodies are kept
   * up to 64 KiB, the cut marked.
   */
  maxResponseBytes?: number;
  /**
   * Attempts in flight per origin (scheme, host and port), so sockets per origin (default 64);
   * calls past it wait their turn within their own timeout. `Infinity` lifts the cap.
   */
  maxConnectionsPerOrigin?: number;
  /**
   * Check every response body against the spec; a mismatch throws ResponseValidationError. Loads
   * Ajv on first use. Properties the spec does not declare are additive drift: reported, not
   * failed, unless `strict` (see ResponseValidationOptions).
   */
  validateResponses?: boolean | ResponseValidationOptions;
  /** Receives one redacted line per request, response, retry and failure. */
  debug?: DebugLogger;
  /** openapi-fetch middleware, run once per call around the retries. */
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
  /** Values for parameters many operations take, sent where the spec declares them and the call gives none. */
  parameterDefaults?: ParameterDefaults;
  /** Credentials this client sends other than through `auth` (a token endpoint's client secret), to scrub like auth's. */
  secrets?: readonly string[];
  /** Headers the vendor asks every request to carry; the caller's `headers` override them. */
  headers?: Readonly<Record<string, string>>;
  /** Loads the operationId → [method, path] table (generated/<api>.operations.ts) on the first named call. */
  loadOperations?: () => Promise<{ default: OperationTable }>;
}

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
const RAW_METHODS: readonly Method[] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** `Named` is the generated interface of operation-named methods, present when `api.loadOperations` is. */
export function createApiClient<Paths extends {}, ErrorBody = unknown, Named extends object = object>(
  api: ApiDefinition,
  options: ClientOptions = {},
): ApiClient<Paths, ErrorBody> & Named {
  if (options.validateResponses && !canGenerateCode()) {
    throw new ConfigurationError(
      `${api.name}: validateResponses needs to compile validators from strings, which this runtime forbids (a content-security policy, or Workers); leave it off here`,
    );
  }
  for (const name of ["maxResponseBytes", "maxConnectionsPerOrigin"] as const) {
    const value = options[name];
    if (value !== undefined && !(typeof value === "number" && value >= 1))
      throw new ConfigurationError(`${api.name}: ${name} must be a number of at least 1, got ${String(value)}`);
  }
  const proxy = options.proxy === undefined ? undefined : parseProxyUrl(options.proxy, `${api.name}: proxy`);
  const secrets = (): readonly string[] => [...(api.auth?.secrets ?? []), ...(api.secrets ?? []), ...(proxy?.credentials ?? [])];
  const connectionsPerOrigin = options.maxConnectionsPerOrigin ?? DEFAULT_CONNECTIONS_PER_ORIGIN;
  const dispatch = options.fetch
    ? createFetchDispatch(options.fetch)
    : options.dispatcher || proxy || isNode()
      ? lazyNodeDispatch({ dispatcher: options.dispatcher, proxy: proxy?.href, connectionsPerOrigin }, createFetchDispatch())
      : createFetchDispatch();
  const send = createSender({
    dispatch,
    maxResponseBytes: options.maxResponseBytes,
    connectionsPerOrigin,
    secrets,
    auth: api.auth,
    retry: options.retry ?? {},
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    debug: options.debug,
  });

  let document: Promise<OpenApiDocument> | undefined;
  const getDocument = (): Promise<OpenApiDocument> => (document ??= api.loadDocument().then((module) => module.default));

  let defaultsFor: CallCore["defaultsFor"];
  if (hasDefaults(api.parameterDefaults)) {
    const defaults = api.parameterDefaults;
    checkHeaderValues({ method: "*", path: api.name }, "default", defaults.header);
    let lookup: ((operation: OperationRef) => OperationDefaults) | undefined;
    // After the first call the lookup is synchronous: no await on the hot path.
    defaultsFor = (operation) =>
      lookup?.(operation) ??
      getDocument().then((doc) => {
        lookup ??= operationDefaults(defaults, doc);
        return lookup(operation);
      });
  }

  const validate = options.validateResponses
    ? responseCheck(options.validateResponses === true ? {} : options.validateResponses, getDocument, (line) =>
        options.debug?.(scrubKnownSecrets(line, secrets())),
      )
    : undefined;

  // Browsers send their own User-Agent and refuse ours.
  const baseHeaders: Record<string, string> = isBrowser()
    ? {}
    : { "user-agent": `typed-api-clients/${VERSION} (${api.name}; ${runtimeName()})${options.userAgent ? ` ${options.userAgent}` : ""}` };
  for (const headers of [api.headers, options.headers])
    for (const [name, value] of Object.entries(headers ?? {})) baseHeaders[name.toLowerCase()] = value;

  const middleware: Middleware[] = [...(options.middleware ?? [])];
  const core: CallCore = {
    baseUrl: (options.baseUrl ?? api.defaultBaseUrl).replace(/\/+$/, ""),
    baseHeaders,
    querySerializer: createQuerySerializer(options.querySerializer),
    send,
    middleware,
    defaultsFor,
    validate,
    secrets,
    checkClientOptions: clientOptionsChecker({
      baseUrl: options.baseUrl ?? api.defaultBaseUrl,
      headers: options.headers,
      userAgent: options.userAgent,
    }),
  };

  const call = (method: Method) => (url: string, init?: FullInit) => throwingCall(core, method, url, init);
  const pages = (url: string, init?: FullInit & PageOptions): AsyncIterableIterator<unknown> => {
    // The types offer pages() only on list operations; an API without a strategy has none.
    if (!api.pagination) throw new ConfigurationError(`${api.name} has no paginated operations`);
    return pageLoop(api.pagination, { method: "GET", path: url }, (pageInit) => throwingCall(core, "get", url, pageInit), init);
  };
  const items = (url: string, init?: FullInit & PageOptions, bound?: CollectOptions): AsyncIterableIterator<unknown> =>
    boundedItems(() => pages(url, init), bound);

  // openapi-fetch's Client shape over one of the two outcomes: `raw` returns `{ error }`,
  // `throwing` throws (for openapi-react-query and swr-openapi, whose `error` is then an ApiError).
  const openapiFetchFace = (
    send: (core: CallCore, method: string, url: string, init?: FullInit) => Promise<unknown>,
  ): Record<string, unknown> => {
    const face: Record<string, unknown> = {
      request: (method: string, url: string, init?: FullInit) => send(core, method, url, init),
      use: (...added: Middleware[]) => void middleware.push(...added),
      eject: (...removed: Middleware[]) => {
        for (const entry of removed) if (middleware.includes(entry)) middleware.splice(middleware.indexOf(entry), 1);
      },
    };
    for (const method of RAW_METHODS) face[method.toUpperCase()] = (url: string, init?: FullInit) => send(core, method, url, init);
    return face;
  };
  const raw = openapiFetchFace(rawCall);

  const client = {
    GET: call("get"),
    POST: call("post"),
    PUT: call("put"),
    PATCH: call("patch"),
    DELETE: call("delete"),
    pages,
    items,
    collect: (url: string, init?: FullInit, bound?: CollectOptions) => collectItems(items(url, init, bound)),
    raw,
    throwing: openapiFetchFace(throwingCall),
    isApiError: (error: unknown): error is ApiError<ErrorBody> => error instanceof ApiError,
  };
  const named = api.loadOperations
    ? withNamedOperations(client, {
        apiName: api.name,
        loadOperations: api.loadOperations,
        call: (method, url, init) => throwingCall(core, method, url, init),
        pages,
        items,
      })
    : client;
  // The generic signatures in types.ts are what callers see; at runtime every method takes (url, init).
  return named as unknown as ApiClient<Paths, ErrorBody> & Named;
}
