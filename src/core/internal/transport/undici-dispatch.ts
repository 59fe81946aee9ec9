// Sending on Node through undici's dispatcher API: keep-alive pooling per origin, the body read
// once into one buffer, no Request/Response objects. undici is loaded on first use and only on
// Node; the specifier is not a literal so browser bundlers leave it out.
import type { Dispatcher } from "undici";
import { BUFFERED_READING, type BodyReading } from "./body-limit.js";
import { ResponseBodyReader } from "./response-body.js";
import type { Dispatch, WireRequest, WireResponse } from "./wire.js";

export type Undici = typeof import("undici");
const UNDICI_SPECIFIER = "undici";
let undici: Promise<Undici> | undefined;

export function loadUndici(): Promise<Undici> {
  undici ??= import(UNDICI_SPECIFIER) as Promise<Undici>;
  return undici;
}

const MAX_REDIRECTIONS = 5;

const shared = new Map<number, Dispatcher>();

/**
 * One keep-alive Agent per connection cap for every client that sends through none of the
 * application's or its own (see select-dispatch.ts): the fast path, independent of whichever undici
 * created the global one. Its pools are capped too: the origin cap (origin-cap.ts) bounds attempts
 * in flight, but an uncapped pool still opens a new socket when a request arrives while a freed one
 * is being checked for reuse.
 */
export function sharedAgent({ Agent }: Undici, connectionsPerOrigin: number = Number.POSITIVE_INFINITY): Dispatcher {
  let agent = shared.get(connectionsPerOrigin);
  if (!agent) {
    agent = new Agent({ connections: Number.isFinite(connectionsPerOrigin) ? connectionsPerOrigin : null });
    shared.set(connectionsPerOrigin, agent);
  }
  return agent;
}

/**
 * Response headers from undici's raw list (name, value, name, value…): lower-case names, repeated
 * headers joined with ", ", as `Headers` would give them.
 */
function rawHeaderRecord(raw: readonly Buffer[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = String(raw[i]).toLowerCase();
    const value = String(raw[i + 1]);
    const seen = out[name];
    out[name] = seen === undefined ? value : `${seen}, ${value}`;
  }
  return out;
}

/**
 * One request through `dispatch` with a handler that keeps the body's chunks and joins them
 * once: no BodyReadable stream per call, which is most of what `request()` adds over the socket.
 * How much is kept, and whether a 2xx is streamed instead, is response-body.ts's to decide.
 * The handler speaks undici's legacy API (onConnect, onHeaders, onData, onComplete, onError):
 * the one every dispatcher understands, also a global dispatcher from the undici 6 inside
 * Node 20 (undici 7 accepts both APIs and runs this one natively).
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
    let abortRequest: ((error?: Error) => void) | undefined;
    let resumeSocket: (() => void) | undefined;
    const onAbort = (): void => abortRequest?.(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
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
      resume: () => resumeSocket?.(),
      abort: (reason) => abortRequest?.(reason),
    });
    const handler: Dispatcher.DispatchHandler = {
      onConnect(abort) {
        abortRequest = abort;
        if (signal.aborted) onAbort();
      },
      onHeaders(statusCode, rawHeaders, resume) {
        resumeSocket = resume;
        body.start(statusCode, "", rawHeaderRecord(rawHeaders));
        return true;
      },
      onData(chunk) {
        return body.data(chunk);
      },
      onComplete() {
        body.end();
      },
      onError(error) {
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
 * `choose` picks the dispatcher for each call once undici is loaded (select-dispatch.ts decides
 * between the caller's, a proxy, the application's global one and the shared Agent). A Node that
 * cannot load undici (an application bundled without node_modules) sends through `fallback`
 * instead of failing every call.
 */
export function createUndiciDispatch(
  choose: (undici: Undici) => Dispatcher,
  fallback: Dispatch,
  load: () => Promise<Undici> = loadUndici,
): Dispatch {
  let ready: Undici | undefined;
  let unavailable = false;
  const resolve = async (): Promise<Undici | undefined> => {
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
    const loaded = ready ?? (await resolve());
    if (!loaded) return fallback(request, signal, reading);
    const target = choose(loaded);
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
