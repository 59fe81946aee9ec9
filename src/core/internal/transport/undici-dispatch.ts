// Sending on Node through undici's dispatcher API: keep-alive pooling per origin, the body read
// once into one buffer, no Request/Response objects. undici is loaded on first use and only on
// Node; the specifier is not a literal so browser bundlers leave it out.
import type { Dispatcher } from "undici";
import { BUFFERED_READING, type BodyReading } from "./body-limit.js";
import { ResponseBodyReader } from "./response-body.js";
import type { Dispatch, WireRequest, WireResponse } from "./wire.js";

type Undici = typeof import("undici");
const UNDICI_SPECIFIER = "undici";
let undici: Promise<Undici> | undefined;

function loadUndici(): Promise<Undici> {
  undici ??= import(UNDICI_SPECIFIER) as Promise<Undici>;
  return undici;
}

const MAX_REDIRECTIONS = 5;

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

const shared = new Map<number, Promise<Dispatcher>>();

/**
 * One keep-alive Agent per connection cap for every client that brings no dispatcher of its
 * own. Not undici's global dispatcher: in Node that may be the copy bundled with Node's fetch,
 * whose handler API differs from this package's. Its pools are capped too: the origin cap
 * (origin-cap.ts) bounds attempts in flight, but an uncapped pool still opens a new socket when
 * a request arrives while a freed one is being checked for reuse.
 */
export function sharedDispatcher(connectionsPerOrigin: number = Number.POSITIVE_INFINITY): Promise<Dispatcher> {
  let agent = shared.get(connectionsPerOrigin);
  if (!agent) {
    const connections = Number.isFinite(connectionsPerOrigin) ? connectionsPerOrigin : null;
    agent = loadUndici().then(({ Agent }) => new Agent({ connections }));
    shared.set(connectionsPerOrigin, agent);
  }
  return agent;
}

/**
 * One request through `dispatch` with a handler that keeps the body's chunks and joins them
 * once: no BodyReadable stream per call, which is most of what `request()` adds over the socket.
 * How much is kept, and whether a 2xx is streamed instead, is response-body.ts's to decide.
 */
function collect(
  target: Dispatcher,
  options: Dispatcher.DispatchOptions,
  signal: AbortSignal,
  reading: BodyReading,
): Promise<WireResponse> {
  return new Promise<WireResponse>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    let controller: Dispatcher.DispatchController | undefined;
    const onAbort = (): void => controller?.abort(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = (): void => signal.removeEventListener("abort", onAbort);
    const body = new ResponseBodyReader(options.method, reading, {
      resolve: (response) => {
        settle();
        resolve(response);
      },
      reject: (error) => {
        settle();
        reject(error);
      },
      resume: () => controller?.resume(),
      abort: (reason) => controller?.abort(reason),
    });
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(started) {
        controller = started;
        if (signal.aborted) onAbort();
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        body.start(statusCode, "", headerRecord(responseHeaders));
      },
      onResponseData(started, chunk) {
        if (!body.data(chunk)) started.pause();
      },
      onResponseEnd() {
        body.end();
      },
      onResponseError(_controller, error) {
        body.error(error);
      },
    };
    target.dispatch(options, handler);
  });
}

const PLAIN_ORIGIN = /^https?:\/\/[^/?#@]+/i;

/** Origin and path of an absolute URL; a plain `scheme://host[:port]/…` is split without parsing a URL object. */
function splitUrl(url: string): { origin: string; path: string } {
  const plain = PLAIN_ORIGIN.exec(url)?.[0];
  if (plain && (url.length === plain.length || url[plain.length] === "/")) return { origin: plain, path: url.slice(plain.length) || "/" };
  const parsed = new URL(url);
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Headers that must not follow a redirect to another origin (fetch drops the same).
const CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie"];

/**
 * The request a redirect asks for, as fetch would make it: 303 (and 301/302 after a POST)
 * becomes a bodiless GET; credentials stay behind when the origin changes.
 */
export function redirected(request: WireRequest, status: number, location: string): WireRequest {
  const from = new URL(request.url);
  const to = new URL(location, from);
  const toGet = status === 303 || ((status === 301 || status === 302) && request.method === "POST");
  const headers = { ...request.headers };
  if (to.origin !== from.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
  if (toGet) {
    delete headers["content-type"];
    delete headers["content-length"];
  }
  return {
    method: toGet && request.method !== "HEAD" ? "GET" : request.method,
    url: to.href,
    headers,
    body: toGet ? undefined : request.body,
  };
}

/**
 * `dispatcher`: the caller's Agent, Pool, ProxyAgent or MockAgent, used as given. Without one,
 * a Node that cannot load undici (an application bundled without node_modules) sends through
 * `fallback` instead of failing every call.
 */
export function createUndiciDispatch(
  dispatcher: Dispatcher | undefined,
  fallback: Dispatch,
  load: () => Promise<Dispatcher> = () => sharedDispatcher(),
): Dispatch {
  let ready: Dispatcher | undefined = dispatcher;
  let unavailable = false;
  const resolve = async (): Promise<Dispatcher | undefined> => {
    try {
      ready = await load();
      return ready;
    } catch {
      unavailable = true;
      return undefined;
    }
  };
  const once = (target: Dispatcher, request: WireRequest, signal: AbortSignal, reading: BodyReading): Promise<WireResponse> => {
    const { origin, path } = splitUrl(request.url);
    const options: Dispatcher.DispatchOptions = {
      origin,
      path,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: (request.body instanceof URLSearchParams ? request.body.toString() : request.body) as Dispatcher.DispatchOptions["body"],
    };
    return collect(target, options, signal, reading);
  };
  // Redirects are followed here rather than by undici's redirect interceptor, which costs every
  // call a handler layer (measured: about a quarter of this transport's CPU per call).
  return async (request, signal, reading = BUFFERED_READING) => {
    if (unavailable) return fallback(request, signal, reading);
    const target = ready ?? (await resolve());
    if (!target) return fallback(request, signal, reading);
    let current = request;
    for (let hops = 0; ; hops++) {
      const response = await once(target, current, signal, reading);
      const location = response.headers["location"];
      if (!REDIRECT_STATUSES.has(response.status) || location === undefined) return response;
      // As fetch: too many redirects is a network error (the caller sees a ConnectionError).
      if (hops === MAX_REDIRECTIONS) throw new Error(`more than ${MAX_REDIRECTIONS} redirects`);
      current = redirected(current, response.status, location);
    }
  };
}
