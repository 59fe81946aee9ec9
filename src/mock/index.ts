// In-process Prism mocks of the five APIs, one HTTP port per API, for tests (the contract tests,
// `npm run mock`, and consumers' own tests through `typed-api-clients/mock`).
//
// Each API is served by @stoplight/prism-http-server's createServer on the operations Prism's
// getHttpOperationsFromSpec reads from the bundled spec, configured as `prism mock` configures it:
// request validation and security checks on, static examples, CORS headers. So the answers are the
// Prism CLI's: 401 without credentials, 422/400 with `sl-violations` on an invalid request,
// `Prefer: code=404` / `Prefer: example=NAME`, 405, 415. Two things differ (answers.ts): an API
// whose vendor base URL has a path (Pipedream's `/v1`) is served under it, so `urls` replace the
// vendor's base URLs one for one; and a refused request's body is the vendor's error shape naming
// the violation, what the spec expects and what was sent.
//
// Prism is an optional peer dependency of this package: only this entry point needs it, and the
// API clients never import this module.
import { channel, type Channel } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { adaptRequest, type ServedApi } from "./answers.js";
import { isMockApi, loadSpec, MOCK_APIS, type MockApi } from "./apis.js";
import { basePathOf } from "./base-path.js";
import { loadPrism } from "./prism.js";

export { isMockApi, MOCK_APIS, type MockApi } from "./apis.js";

export interface MockOptions<A extends MockApi = MockApi> {
  /** APIs to serve; default all five. */
  apis?: readonly A[];
  /** Port per API; an API without one gets a free port. */
  ports?: Partial<Record<MockApi, number>>;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Called once per answered request, after the answer was sent (see MockObservation). */
  onObservation?: (observation: MockObservation) => void;
  /**
   * OpenAPI documents to serve instead of the bundled spec, per API (a copy is served; the object
   * given is not changed). APIs without one are served from the bundled spec.
   */
  documents?: Partial<Record<MockApi, object>>;
}

/** One request a mock answered, as the contract coverage gate counts it. */
export interface MockObservation {
  api: string;
  method: string;
  /** Path without the query string, percent-decoded as by decodeURI. */
  path: string;
  status: number;
  /** Prism's `sl-violations` header, when it found problems with the request or its answer. */
  violations?: string;
}

export interface Mock<A extends MockApi = MockApi> {
  /**
   * Base URL of each served API's mock, standing in for the vendor's one for one, path included:
   * e.g. `http://127.0.0.1:41234` for `https://api.pipedrive.com`, `http://127.0.0.1:41235/v1`
   * for `https://api.pipedream.com/v1`.
   */
  urls: Record<A, string>;
  /** Scheme, host and port of each API's mock, for an SDK whose base URL is the vendor's host alone. */
  origins: Record<A, string>;
  /** Stops every server (open connections included). Safe to call twice. */
  close(): Promise<void>;
}

interface ServerMessage {
  request: IncomingMessage;
  response: ServerResponse;
  server: Server;
}

/** Starts one Prism mock per API in this process. Rejects (and stops what it started) if any fails. */
export async function startMock<A extends MockApi = MockApi>(options: MockOptions<A> = {}): Promise<Mock<A>> {
  // Without `apis`, A is MockApi and every API is served.
  const apis: readonly A[] = options.apis ?? (MOCK_APIS as readonly MockApi[] as readonly A[]);
  const host = options.host ?? "127.0.0.1";
  validateOptions(apis, options.ports ?? {}, options.documents ?? {});
  // Loading Prism (most of the start-up time) and the bundled specs overlap.
  const [prism, documents] = await Promise.all([loadPrism(), Promise.all(apis.map((api) => documentFor(api, options.documents)))]);

  // Prism logs through pino; a mock under test stays quiet.
  const logger = prism.createLogger("MOCK", { level: "silent" });
  const specs = await Promise.all(
    apis.map(async (api, index) => {
      try {
        return { api, operations: await prism.getHttpOperationsFromSpec(documents[index] ?? {}) };
      } catch (error) {
        throw new Error(`mock ${api}: Prism could not read the spec: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );

  const servers: { api: A; close(): Promise<void> }[] = [];
  const urls: Partial<Record<A, string>> = {};
  const origins: Partial<Record<A, string>> = {};
  const apiByPort = new Map<number, ServedApi>();
  // The request's path as the spec names it, for the observation.
  const specPaths = new WeakMap<IncomingMessage, string>();
  // Prism's handle hides its http.Server; the diagnostics channel hands it over with the first
  // request, so close() can end open keep-alive connections instead of waiting for them.
  const liveServers = new Set<Server>();
  let closed = false;

  const apiOf = (server: Server): ServedApi | undefined => {
    const address = server.address();
    return address && typeof address === "object" ? apiByPort.get((address as AddressInfo).port) : undefined;
  };
  const onStart = (message: unknown): void => {
    const { server, request, response } = message as ServerMessage;
    const served = apiOf(server);
    if (!served) return;
    liveServers.add(server);
    specPaths.set(request, adaptRequest(served, request, response));
  };
  // The observation comes from the HTTP server itself (Node's diagnostics channel), not a proxy.
  const onFinish = (message: unknown): void => {
    const { request, response, server } = message as ServerMessage;
    const served = apiOf(server);
    if (!served || !options.onObservation) return;
    const violations = response.getHeader("sl-violations");
    options.onObservation({
      api: served.api,
      method: (request.method ?? "GET").toUpperCase(),
      path: safeDecodeURI(specPaths.get(request) ?? (request.url ?? "/").split("?")[0] ?? "/"),
      status: response.statusCode,
      ...(typeof violations === "string" ? { violations } : {}),
    });
  };
  const started: Channel = channel("http.server.request.start");
  const finished: Channel = channel("http.server.response.finish");
  started.subscribe(onStart);
  finished.subscribe(onFinish);

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    const closing = Promise.all(servers.map((s) => s.close()));
    for (const server of liveServers) server.closeAllConnections();
    await closing;
    started.unsubscribe(onStart);
    finished.unsubscribe(onFinish);
  };

  try {
    for (const [index, { api, operations }] of specs.entries()) {
      if (operations.length === 0) throw new Error(`mock ${api}: the spec has no operations`);
      const server = prism.createServer(operations, {
        cors: true,
        config: {
          isProxy: false,
          validateRequest: true,
          validateResponse: true,
          checkSecurity: true,
          errors: false,
          upstreamProxy: undefined,
          mock: { dynamic: false, ignoreExamples: false },
        },
        components: { logger: logger.child({ name: api }) },
      });
      const port = options.ports?.[api] ?? 0;
      let address: string;
      try {
        address = await server.listen(port, host);
      } catch (error) {
        throw new Error(`mock ${api}: cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
      }
      servers.push({ api, close: () => server.close() });
      // Prism writes an IPv6 address without brackets ("http://::1:PORT"), which new URL refuses.
      const actualPort = Number(/:(\d+)$/.exec(address)?.[1]);
      const document = documents[index] ?? {};
      const basePath = basePathOf(document);
      apiByPort.set(actualPort, { api, basePath, document });
      origins[api] = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
      urls[api] = `${origins[api]}${basePath}`;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls: urls as Record<A, string>, origins: origins as Record<A, string>, close };
}

/** The caller's document for `api` (a private copy: Prism's $ref resolution rewrites it), else the bundled spec. */
async function documentFor(api: MockApi, given: Partial<Record<MockApi, object>> | undefined): Promise<Record<string, unknown>> {
  const document = given?.[api];
  return document === undefined ? loadSpec(api) : (structuredClone(document) as Record<string, unknown>);
}

function validateOptions(
  apis: readonly string[],
  ports: Partial<Record<string, number>>,
  documents: Partial<Record<string, object>>,
): void {
  const unknown = [...apis, ...Object.keys(ports), ...Object.keys(documents)].filter((name) => !isMockApi(name));
  if (unknown.length > 0) throw new Error(`startMock: unknown API ${[...new Set(unknown)].join(", ")}; known: ${MOCK_APIS.join(", ")}`);
  const duplicates = apis.filter((api, i) => apis.indexOf(api) !== i);
  if (duplicates.length > 0) throw new Error(`startMock: API ${duplicates.join(", ")} listed twice`);
  for (const [api, port] of Object.entries(ports)) {
    if (port === undefined) continue;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`startMock: ports.${api} must be an integer 0-65535, got ${String(port)}`);
  }
  for (const [api, document] of Object.entries(documents))
    if (document !== undefined && (document === null || typeof document !== "object" || Array.isArray(document)))
      throw new Error(
        `startMock: documents.${api} must be an OpenAPI document object, got ${document === null ? "null" : typeof document}`,
      );
  const taken = Object.values(ports).filter((p): p is number => p !== undefined && p !== 0);
  const clash = taken.find((p, i) => taken.indexOf(p) !== i);
  if (clash !== undefined) throw new Error(`startMock: port ${clash} given to two APIs`);
}

function safeDecodeURI(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
