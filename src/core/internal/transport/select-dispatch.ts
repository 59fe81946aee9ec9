// Which way a call leaves a Node process. Decided per call, so a patch the application or its
// tests make after the client was built still counts; each decision is cached by the identity of
// what it looked at, so with nothing patched a call pays two pointer compares and four
// environment reads.
//
// Precedence, first match wins:
//   1. the client's `fetch` option (handled by the caller of this module);
//   2. a replaced or wrapped `globalThis.fetch` (MSW, nock, vi.stubGlobal/vi.spyOn, an APM
//      wrapper): the call goes through it, with 3-6's dispatcher in `init.dispatcher` so a request
//      the patch passes on still takes it;
//   3. the client's `dispatcher` option;            4. the client's `proxy` option;
//   5. the application's global dispatcher (undici's setGlobalDispatcher: MockAgent, ProxyAgent,
//      EnvHttpProxyAgent, an Agent with options of its own);
//   6. HTTP_PROXY / HTTPS_PROXY / NO_PROXY (either case), as axios reads them;
//   7. one shared keep-alive Agent from this package's undici: the fast path.
import type { Dispatcher } from "undici";
import { hasDomShim, readEnv } from "../platform.js";
import { REDACTED } from "../redact.js";
import { sendThroughGlobalFetch } from "./fetch-dispatch.js";
import { parseProxyUrl } from "./proxy-url.js";
import { createUndiciDispatch, loadUndici, sharedAgent, type Undici } from "./undici-dispatch.js";
import type { Dispatch } from "./wire.js";

export interface RouteOptions {
  dispatcher?: Dispatcher | undefined;
  /** `http://[user:pass@]host:port`, validated by `parseProxyUrl` (proxy-url.ts) before it gets here. */
  proxy?: string | undefined;
  /** The shared Agent's pool size per origin (the client's maxConnectionsPerOrigin). */
  connectionsPerOrigin?: number | undefined;
}

/**
 * Node's own fetch is a plain function whose source loads Node's bundled undici; MSW's and nock's
 * interceptors, vi.fn/vi.spyOn, happy-dom's fetch and any wrapper are something else. Anything not
 * recognised counts as patched: sending through it is always right, only slower.
 */
export function isNodeOwnFetch(fetch: unknown): boolean {
  if (typeof fetch !== "function") return false;
  const source = Function.prototype.toString.call(fetch);
  return source.includes("fetchImpl") || source.includes("internal/deps/undici/undici");
}

// happy-dom's fetch, on Node's globals when this module loads, emulates a browser (CORS
// preflights, forbidden headers, URLs resolved against the page): not a test double, so the
// client stays on Node's path. A patch made on top of it later is still seen.
const domShimFetch: unknown = hasDomShim() ? globalThis.fetch : undefined;

let seenFetch: unknown;
let fetchPatched = false;

/** One pointer compare per call; the source text is read only when the global changed. */
export function globalFetchPatched(): boolean {
  const current = globalThis.fetch;
  if (current !== seenFetch) {
    seenFetch = current;
    fetchPatched = current !== domShimFetch && !isNodeOwnFetch(current);
  }
  return fetchPatched;
}

// Shared by undici 7 and the undici inside Node's fetch: what setGlobalDispatcher() sets.
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

function ownSymbolValue(target: object, description: string): unknown {
  const key = Object.getOwnPropertySymbols(target).find((symbol) => symbol.description === description);
  return key === undefined ? undefined : (target as Record<symbol, unknown>)[key];
}

/**
 * The Agent undici (ours, or the one inside Node's fetch) installs when it loads: class Agent,
 * undici's default factory, no option set. An application's `new Agent()` without options looks
 * the same and sends the same way, so taking it for the default loses nothing.
 */
export function isDefaultAgent(dispatcher: object): boolean {
  if (dispatcher.constructor?.name !== "Agent") return false;
  const factory = ownSymbolValue(dispatcher, "factory");
  if (typeof factory !== "function" || factory.name !== "defaultFactory") return false;
  const options = ownSymbolValue(dispatcher, "options");
  if (options === null || typeof options !== "object") return false;
  return Object.entries(options).every(([name, value]) => value === undefined || (name === "maxOrigins" && value === Infinity));
}

let seenGlobal: unknown;
let applicationGlobal: Dispatcher | undefined;

/** The global dispatcher when the application set one; undefined while it is undici's own default. */
export function applicationDispatcher(): Dispatcher | undefined {
  const current = (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER];
  if (current !== seenGlobal) {
    seenGlobal = current;
    const set = current !== null && typeof current === "object" && !isDefaultAgent(current);
    applicationGlobal = set ? (current as Dispatcher) : undefined;
  }
  return applicationGlobal;
}

export interface ProxyEnvironment {
  http: string | undefined;
  https: string | undefined;
}

/** Lower case first, as curl and axios' proxy-from-env read them. NO_PROXY is read by EnvHttpProxyAgent per request. */
export function proxyEnvironment(): ProxyEnvironment {
  return {
    http: readEnv("http_proxy") ?? readEnv("HTTP_PROXY"),
    https: readEnv("https_proxy") ?? readEnv("HTTPS_PROXY"),
  };
}

/** The proxy's credentials replaced in an error's message; the cause (which may hold the URL) is dropped. */
export function withoutCredentials(error: unknown, credentials: readonly string[]): unknown {
  if (!(error instanceof Error) || credentials.length === 0) return error;
  const text = `${error.message} ${String((error as { input?: unknown }).input ?? "")}`;
  if (!credentials.some((secret) => text.includes(secret))) return error;
  let message = error.message;
  for (const secret of credentials) message = message.split(secret).join(REDACTED);
  const clean = new Error(message);
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(clean, { code });
  return clean;
}

interface ProxyAgents {
  /** The `proxy` option's ProxyAgent, built on first use. */
  option(undici: Undici): Dispatcher | undefined;
  /** An EnvHttpProxyAgent for the current variables, rebuilt when they change; undefined when none is set. */
  environment(undici: Undici, env: ProxyEnvironment): Dispatcher | undefined;
}

function proxyAgents(proxy: string | undefined): ProxyAgents {
  let optionAgent: Dispatcher | undefined;
  let envKey: string | undefined;
  let envAgent: Dispatcher | undefined;
  return {
    option(undici) {
      if (proxy === undefined) return undefined;
      // proxyTunnel false: plain-http targets go as absolute-form requests (as axios sends them),
      // https ones through CONNECT.
      optionAgent ??= new undici.ProxyAgent({ uri: proxy, proxyTunnel: false });
      return optionAgent;
    },
    environment(undici, env) {
      if (env.http === undefined && env.https === undefined) return undefined;
      const key = `${env.http ?? ""}\n${env.https ?? ""}`;
      if (key !== envKey) {
        envKey = key;
        envAgent = new undici.EnvHttpProxyAgent({ httpProxy: env.http ?? "", httpsProxy: env.https ?? "", proxyTunnel: false });
      }
      return envAgent;
    },
  };
}

/** Steps 3-7 of the precedence above, for one call. */
export function chooseDispatcher(options: RouteOptions): (undici: Undici) => Dispatcher {
  const proxies = proxyAgents(options.proxy);
  return (undici) =>
    options.dispatcher ??
    proxies.option(undici) ??
    applicationDispatcher() ??
    proxies.environment(undici, proxyEnvironment()) ??
    sharedAgent(undici, options.connectionsPerOrigin);
}

function credentialsInUse(options: RouteOptions): string[] {
  const env = proxyEnvironment();
  const urls = [options.proxy, env.http, env.https];
  const out: string[] = [];
  for (const url of urls) {
    if (url === undefined) continue;
    try {
      out.push(...parseProxyUrl(url, "proxy").credentials);
    } catch {
      // An unparsable variable has no credentials to find; the call reports the URL error itself.
    }
  }
  return out;
}

/** The Node transport: the precedence above, decided per call. `fallback` serves a Node without undici. */
export function createNodeDispatch(options: RouteOptions, fallback: Dispatch): Dispatch {
  const choose = chooseDispatcher(options);
  const throughUndici = createUndiciDispatch(choose, fallback);
  const throughPatchedFetch: Dispatch = async (request, signal, reading) => {
    const undici = await loadUndici().catch(() => undefined);
    const target = undici ? choose(undici) : undefined;
    // The application's global dispatcher and the shared Agent are what fetch uses anyway.
    const explicit =
      undici && target !== applicationDispatcher() && target !== sharedAgent(undici, options.connectionsPerOrigin) ? target : undefined;
    return sendThroughGlobalFetch(request, signal, explicit, reading);
  };
  const dispatch: Dispatch = (request, signal, reading) =>
    globalFetchPatched() ? throughPatchedFetch(request, signal, reading) : throughUndici(request, signal, reading);
  // Credentials are looked for only when a call fails: the proxy in use may come from the
  // environment, which can change between calls.
  return (request, signal, reading) =>
    dispatch(request, signal, reading).catch((error: unknown) => {
      throw withoutCredentials(error, credentialsInUse(options));
    });
}
