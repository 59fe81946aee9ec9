// How a client proves who it is. Static credentials stay one line; exchanged tokens are cached,
// shared between concurrent callers and refreshed before they expire or after a 401.

export interface AuthProvider {
  /** Headers to add to every request. */
  headers(signal?: AbortSignal): Promise<Record<string, string>> | Record<string, string>;
  /**
   * Called once when the server answers 401 to credentials this provider supplied. Return true
   * when fresh credentials are now available and the request is worth one more try.
   */
  invalidate?(): Promise<boolean> | boolean;
  /** Secret values this provider holds, scrubbed from every error message and log line. */
  readonly secrets: readonly string[];
}

/**
 * The option's value, else the environment variable's (where the runtime has an environment);
 * a clear TypeError naming both when neither is set.
 */
export function optionOrEnv(
  option: string,
  value: string | undefined,
  envName: string,
  read: (name: string) => string | undefined,
): string {
  const found = value ?? read(envName);
  if (found === undefined) throw new TypeError(`${option} is required: pass { ${option} } or set ${envName}`);
  return found;
}

function requireCredential(what: string, value: string): void {
  if (typeof value !== "string" || value.trim() === "") throw new TypeError(`${what} is required and must be a non-empty string`);
  if (/[\r\n\0]/.test(value)) throw new TypeError(`${what} contains CR, LF or NUL`);
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

export function tokenExchange(options: TokenExchangeOptions): TokenExchangeAuth {
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginMs ?? 60_000;
  const defaultLifetime = options.defaultLifetimeMs ?? 600_000;
  const tokens: string[] = [];
  let current: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  let exchangeCount = 0;

  function exchangeOnce(signal?: AbortSignal): Promise<string> {
    // Concurrent callers share one exchange. The caller's signal is not passed on: one caller
    // giving up must not fail the exchange the others are waiting for.
    inFlight ??= (async () => {
      try {
        exchangeCount++;
        const result = await options.exchange();
        const lifetime = result.expiresInSeconds !== undefined ? result.expiresInSeconds * 1000 : defaultLifetime;
        current = { token: result.accessToken, refreshAt: now() + Math.max(0, lifetime - margin) };
        tokens.push(result.accessToken);
        if (tokens.length > 4) tokens.shift();
        return result.accessToken;
      } finally {
        inFlight = undefined;
      }
    })();
    if (!signal) return inFlight;
    return new Promise<string>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      inFlight?.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  }

  return {
    async headers(signal) {
      const token = current && now() < current.refreshAt ? current.token : await exchangeOnce(signal);
      return { Authorization: `Bearer ${token}` };
    },
    invalidate() {
      current = undefined;
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
