// Validating MSW handlers for the five APIs (`typed-api-clients/msw`): in-process mocks for an
// application's tests, in Node (setupServer) and in browsers (setupWorker), without Prism.
//
// Per API one handler takes every request to the API's base URL (the vendor's by default) and
// answers it as the Prism mock would: from the spec's examples (`Prefer: code=…`/`example=…`
// honoured), after checking it against the spec (credentials present, media type, path, query,
// header parameters, JSON body). A refused request gets the vendor's error body naming each
// violation (src/mock/refusal.ts, shared with the Prism mock); a request the spec does not know is
// refused too, never passed through to the network. Overrides answer one operation differently
// (typed per status, by operationId or `METHOD /path`), with an optional delay.
//
// msw is an optional peer dependency and, like the specs and the validator (Ajv), is loaded on
// demand: an application that imports a client but not this entry point bundles none of it.
import type { HttpHandler } from "msw";
import { isJsonMediaType, listOperations } from "../core/internal/openapi-document.js";
import { redactUrl } from "../core/internal/redact.js";
import { isMockApi, loadSpec, MOCK_APIS, type MockApi } from "../mock/apis.js";
import { withoutBasePath } from "../mock/base-path.js";
import { refusalBody, refusalText, type SentRequest, type Violation } from "../mock/refusal.js";
import { defaultStatus, readPrefer, specAnswer } from "./examples.js";
import { createRouter, type Route } from "./routes.js";
import type { AnswerContext, ApiOverrides, OperationAnswer, SeenRequest } from "./types.js";
import type { RequestChecker } from "./validate.js";

export { MOCK_APIS, type MockApi } from "../mock/apis.js";
export type { AnswerContext, ApiOverrides, ApiTypes, OperationAnswer, OperationOverride, SeenRequest } from "./types.js";

export interface MswHandlersOptions<A extends MockApi = MockApi> {
  /** APIs to answer for; default all five. */
  apis?: readonly A[];
  /** Base URL per API; default the vendor's (the spec's server URL), so a client with its default base URL is answered. */
  baseUrls?: Partial<Record<MockApi, string>>;
  /** Answers that differ from the spec's default, per API, by operationId or `METHOD /path`. */
  overrides?: { [K in A]?: ApiOverrides<K> };
  /** Called with each request answered or refused (also collected in `requests`). */
  onRequest?: (seen: SeenRequest) => void;
}

export interface MswKit {
  /** One handler per API: `setupServer(...kit.handlers)` or `setupWorker(...kit.handlers)`. */
  handlers: HttpHandler[];
  /** Every request the handlers saw, in order (clear it with `kit.requests.length = 0`). */
  requests: SeenRequest[];
  /** Each API's base URL the handlers answer at. */
  baseUrls: Record<MockApi, string>;
}

type Msw = typeof import("msw");

async function loadMsw(): Promise<Msw> {
  try {
    return await import("msw");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`typed-api-clients/msw needs msw 2.x (npm install --save-dev msw): ${detail}`);
  }
}

/** Builds the handlers (loads msw and the specs; the validator loads with the first request). */
export async function createMswHandlers<A extends MockApi = MockApi>(options: MswHandlersOptions<A> = {}): Promise<MswKit> {
  const apis: readonly MockApi[] = options.apis ?? MOCK_APIS;
  validateOptions(apis, options);
  const [msw, documents] = await Promise.all([loadMsw(), Promise.all(apis.map((api) => loadSpec(api)))]);
  const requests: SeenRequest[] = [];
  const record = (seen: SeenRequest): void => {
    requests.push(seen);
    options.onRequest?.(seen);
  };
  const baseUrls: Partial<Record<MockApi, string>> = {};
  const handlers = apis.map((api, index) => {
    const document = documents[index] ?? {};
    const baseUrl = (options.baseUrls?.[api] ?? vendorBaseUrl(document, api)).replace(/\/+$/, "");
    baseUrls[api] = baseUrl;
    const overrides = (options.overrides as Partial<Record<MockApi, Record<string, unknown>>> | undefined)?.[api] ?? {};
    const answer = apiResponder(msw, api, document, new URL(baseUrl), overrides, record);
    // The whole origin: a request outside the base path is refused, not passed through.
    return msw.http.all(`${new URL(baseUrl).origin}/*`, ({ request }) => answer(request));
  });
  return { handlers, requests, baseUrls: baseUrls as Record<MockApi, string> };
}

function vendorBaseUrl(document: Readonly<Record<string, unknown>>, api: MockApi): string {
  const servers = document["servers"];
  const url = Array.isArray(servers) ? (servers[0] as { url?: unknown } | undefined)?.url : undefined;
  if (typeof url !== "string") throw new Error(`createMswHandlers: the ${api} spec names no server URL; pass baseUrls.${api}`);
  return url;
}

/** The resolver of one API: route, check, answer (or refuse), record. */
function apiResponder(
  msw: Msw,
  api: MockApi,
  document: Readonly<Record<string, unknown>>,
  baseUrl: URL,
  overrides: Record<string, unknown>,
  record: (seen: SeenRequest) => void,
): (request: Request) => Promise<Response> {
  const route = createRouter(document);
  const basePath = baseUrl.pathname.replace(/\/+$/, "");
  checkOverrideKeys(api, document, overrides);
  let checker: Promise<RequestChecker> | undefined;
  const check = (): Promise<RequestChecker> => {
    checker ??= import("./validate.js").then(({ createRequestChecker }) => createRequestChecker(document));
    return checker;
  };

  return async (request) => {
    const url = new URL(request.url);
    const bodyText = request.method === "GET" || request.method === "HEAD" ? undefined : await request.clone().text();
    const sent: SentRequest = { query: url.searchParams, headers: request.headers, body: parseBody(bodyText) };
    const seen = { api, method: request.method, url: redactUrl(request.url) };
    const refuse = (status: number, text: string, violations: Violation[], found?: Route): Response => {
      record({ ...seen, operationId: found?.op.operationId, path: found?.op.path, status, violations: [text] });
      const headers = violations.length > 0 ? { "sl-violations": JSON.stringify(violations) } : undefined;
      return msw.HttpResponse.json(refusalBody(api, status, text, violations), { status, ...(headers ? { headers } : {}) });
    };

    const path = withoutBasePath(url.pathname, basePath);
    if (path === undefined)
      return refuse(404, `Request refused by the mock: ${request.method} ${url.pathname} is outside the API's base path ${basePath}`, []);
    const routed = route(request.method, path);
    if ("missing" in routed)
      return routed.missing === "path"
        ? refuse(404, `Request refused by the mock: no operation of the ${api} spec matches ${request.method} ${path}`, [])
        : refuse(405, `Request refused by the mock: ${path} allows ${routed.allowed.join(", ")}, not ${request.method}`, []);

    const refusal = (await check())(routed.route, { url, headers: request.headers, bodyText });
    if (refusal) return refuse(refusal.status, refusalText(refusal.violations, sent), refusal.violations, routed.route);

    const { op, params } = routed.route;
    const override = overrides[op.operationId ?? ""] ?? overrides[`${op.method.toUpperCase()} ${op.path}`];
    const context: AnswerContext = { request, params };
    const chosen = (typeof override === "function" ? await override(context) : (override ?? {})) as OperationAnswer<unknown> & {
      body?: unknown;
    };
    const prefer = readPrefer(request.headers.get("prefer"));
    const status = chosen.status ?? prefer.status ?? defaultStatus(op.operation);
    const fromSpec = specAnswer(document, op.operation, status, chosen.example ?? prefer.example);
    const body = chosen.body !== undefined ? chosen.body : fromSpec.body;
    if (chosen.delayMs !== undefined) await msw.delay(chosen.delayMs);
    record({ ...seen, operationId: op.operationId, path: op.path, status, violations: [] });
    return specResponse(msw, status, body, fromSpec.contentType, chosen.headers);
  };
}

/**
 * The answer as the Prism mock sends it: JSON under a JSON media type (or when the response
 * documents none), and under any other media type the body as it is (a download's
 * `application/octet-stream` bytes, not a JSON string of them). The caller's headers win.
 */
function specResponse(
  msw: Msw,
  status: number,
  body: unknown,
  mediaType: string | undefined,
  headers: Record<string, string> | undefined,
): Response {
  const init = { status, ...(headers ? { headers } : {}) };
  if (body === undefined) return new msw.HttpResponse(null, init);
  if (mediaType === undefined || isJsonMediaType(mediaType)) return msw.HttpResponse.json(body, init);
  const raw =
    typeof body === "string" || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || body instanceof Blob
      ? body
      : JSON.stringify(body);
  const ownType = Object.keys(headers ?? {}).some((name) => name.toLowerCase() === "content-type");
  return new msw.HttpResponse(raw, { status, headers: { ...(ownType ? {} : { "content-type": mediaType }), ...headers } });
}

/** An override for an operation the spec does not have is a mistake: say which. */
function checkOverrideKeys(api: MockApi, document: Readonly<Record<string, unknown>>, overrides: Record<string, unknown>): void {
  const known = new Set(listOperations(document).flatMap((op) => [op.operationId ?? "", `${op.method.toUpperCase()} ${op.path}`]));
  const unknown = Object.keys(overrides).filter((key) => !known.has(key));
  if (unknown.length > 0)
    throw new Error(
      `createMswHandlers: overrides.${api} names ${unknown.join(", ")}: not an operationId or \`METHOD /path\` of the ${api} spec`,
    );
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function validateOptions(apis: readonly string[], options: MswHandlersOptions<MockApi>): void {
  const named = [...apis, ...Object.keys(options.baseUrls ?? {}), ...Object.keys(options.overrides ?? {})];
  const unknown = named.filter((name) => !isMockApi(name));
  if (unknown.length > 0)
    throw new Error(`createMswHandlers: unknown API ${[...new Set(unknown)].join(", ")}; known: ${MOCK_APIS.join(", ")}`);
  for (const [api, url] of Object.entries(options.baseUrls ?? {})) {
    if (url === undefined) continue;
    try {
      new URL(url);
    } catch {
      throw new Error(`createMswHandlers: baseUrls.${api} must be an absolute URL, got ${JSON.stringify(url)}`);
    }
  }
  for (const api of Object.keys(options.overrides ?? {}))
    if (!apis.includes(api)) throw new Error(`createMswHandlers: overrides.${api} given, but ${api} is not in apis`);
}
