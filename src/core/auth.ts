// How a client proves who it is. Static credentials stay one line; exchanged tokens are cached,
// shared between concurrent callers and refreshed before they expire or after a 401.
import { ConfigurationError } from "./errors.js";

export interface AuthProvider {
  /** Headers to add to every request; synchronous when nothing has to be fetched. */
  headers(signal?: AbortSignal): Promise<Record<string, string>> | Record<string, string>;
  /**
   * Called once when the server answers 401 to `rejected`, the headers this provider supplied for
   * that request. Return true when fresh credentials are now available (or were already: a late
   * 401 for an older token) and the request is worth one more try.
   */
  invalidate?(rejected: Readonly<Record<string, string>>): Promise<boolean> | boolean;
  /** Secret values this provider holds, scrubbed from every error message and log line. */
  readonly secrets: readonly string[];
}

/**
 * The option's value, else the environment variable's (where the runtime has an environment);
 * a ConfigurationError naming both when neither is set (an empty string counts as not set).
 */
export function optionOrEnv(
  option: string,
  value: string | undefined,
  envName: string,
  read: (name: string) => string | undefined,
): string {
  const found = value ?? read(envName);
  if (typeof found !== "string" || found.trim() === "") {
    throw new ConfigurationError(`${option} is required: pass { ${option} } or set ${envName}`);
  }
  return found;
}

function requireCredential(what: string, value: string): void {
  if (typeof value !== "string" || value.trim() === "") throw new ConfigurationError(`${what} is required and must be a non-empty string`);
  if (/[\r\n\0]/.test(value)) throw new ConfigurationError(`${what} contains CR, LF or NUL`);
}

/** `Authorization: Bearer <token>`. */
export function bearerToken(token: string): AuthProvider {
  requireCredential("token", token);
  const headers = { Authorization: `Bearer ${token}` };
  return { headers: () => headers, secrets: [token] };
}

/** A raw key in a header of its own choosing, e.g. Patchworks' `Authorization: <api-key>`. */
export function apiKeyHeader(headerName: string, key: string): AuthProvider {
  requireCredential("API key", key);
  const headers = { [headerName]: key };
  return { headers: () => headers, secrets: [key] };
}

export interface ExchangedToken {
  accessToken: string;
  /** Lifetime from now in seconds; undefined when the server gave none. */
  expiresInSeconds?: number;
}

export interface TokenExchangeOptions {
  /** Trades the client credentials for a token (e.g. POST /oauth/token). */
  exchange: (signal?: AbortSignal) => Promise<ExchangedToken>;
  /** Secrets used by the exchange (client secret), to scrub from errors and logs. */
  secrets: readonly string[];
  /** Refresh this long before the token's stated expiry. Default 60 s. */
  refreshMarginMs?: number;
  /** Lifetime assumed when the server states none. Default 10 minutes. */
  defaultLifetimeMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface TokenExchangeAuth extends AuthProvider {
  /** How many exchanges have run (for tests and metrics). */
  readonly exchangeCount: number;
}

/**
 * How long before its stated expiry a token is replaced: the margin, or half the lifetime when the
 * margin would eat more than half of it. @pipedream/sdk's OAuthTokenProvider does the same
 * (`getExpiresAt`: a 2-minute buffer, "fall back to half the token lifetime" when twice the buffer
 * exceeds it), so a token living 30 s is reused for 15 s instead of never.
 */
export function refreshAfterMs(lifetimeMs: number, marginMs: number): number {
  const safety = marginMs * 2 < lifetimeMs ? marginMs : Math.floor(lifetimeMs / 2);
  return Math.max(0, lifetimeMs - safety);
}

export function tokenExchange(options: TokenExchangeOptions): TokenExchangeAuth {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const defaultLifetime = options.defaultLifetimeMs ?? 600_000;
  const tokens: string[] = [];
  let current: { headers: Record<string, string>; refreshAt: number } | undefined;
  let inFlight: Promise<Record<string, string>> | undefined;
  let exchangeCount = 0;

  function exchangeOnce(): Promise<Record<string, string>> {
    // Concurrent callers share one exchange, which gets no caller's signal: one caller giving
    // up must not fail the exchange the others are waiting for.
    inFlight ??= (async () => {
      try {
        exchangeCount++;
        const result = await options.exchange();
        const lifetime = result.expiresInSeconds !== undefined ? result.expiresInSeconds * 1000 : defaultLifetime;
        const headers = { Authorization: `Bearer ${result.accessToken}` };
        current = { headers, refreshAt: now() + refreshAfterMs(lifetime, margin) };
        tokens.push(result.accessToken);
        if (tokens.length > 4) tokens.shift();
        return headers;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  }

  return {
    headers(signal) {
      if (current && now() < current.refreshAt) return current.headers;
      return signal ? untilAborted(exchangeOnce(), signal) : exchangeOnce();
    },
    invalidate(rejected) {
      // Only the token that was refused is dropped: a late 401 for an older token must not
      // discard the fresh one (nor start another exchange while one runs).
      if (current && rejected["Authorization"] === current.headers["Authorization"]) current = undefined;
      return true;
    },
    get secrets() {
      return [...options.secrets, ...tokens];
    },
    get exchangeCount() {
      return exchangeCount;
    },
  };
}

/** `shared`, or the signal's reason as soon as it fires; `shared` itself is left running. */
function untilAborted<T>(shared: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
