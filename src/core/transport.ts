// The fetch function every client sends through: auth, per-attempt timeout, retries with
// backoff, one token refresh on 401, and the opt-in debug log. openapi-fetch builds the
// Request; this decides how many times and how long it travels.
import type { AuthProvider } from "./auth.js";
import { AbortedError, ConnectionError, TimeoutError, type OperationRef } from "./errors.js";
import { redactBodyText, redactHeaders, redactUrl, scrubKnownSecrets } from "./internal/redact.js";
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  IDEMPOTENT_METHODS,
  isRetryableStatus,
  parseRetryAfterMs,
  sleep,
  type RetryPolicy,
} from "./retry.js";

export type FetchLike = (request: Request) => Promise<Response>;
export type DebugLogger = (line: string) => void;

export interface TransportConfig {
  fetch: FetchLike;
  auth: AuthProvider | undefined;
  retry: Partial<RetryPolicy> | false;
  timeoutMs: number;
  debug: DebugLogger | undefined;
  /** Credential values to scrub from every log line. */
  secrets: () => readonly string[];
}

/** Options a caller may set on one call. */
export interface CallOptions {
  /** Cancels the call (every attempt and every wait). */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, in ms. */
  timeoutMs?: number;
  /** Retry settings for this call, or false for none. */
  retry?: Partial<RetryPolicy> | false;
  /**
   * Declare this non-idempotent call (POST, PATCH) safe to retry, e.g. because it carries an
   * idempotency key. Without it only GET, HEAD, PUT, DELETE and OPTIONS are retried.
   */
  idempotent?: boolean;
}

export interface CallContext extends CallOptions {
  operation: OperationRef | undefined;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function resolvePolicy(call: CallOptions["retry"], client: TransportConfig["retry"]): RetryPolicy | undefined {
  if (call === false || (call === undefined && client === false)) return undefined;
  return { ...DEFAULT_RETRY_POLICY, ...(client === false ? {} : client), ...(call ?? {}) };
}

/** A signal that fires on the caller's abort or on this attempt's timeout, and a way to release both. */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = (): void => controller.abort(caller?.reason);
  caller?.addEventListener("abort", onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`timeout after ${timeoutMs} ms`));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    release: (): void => {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** Reads the whole body inside the attempt, so the timeout covers a server that stalls mid-body. */
async function buffered(response: Response, method: string): Promise<Response> {
  const body = NULL_BODY_STATUSES.has(response.status) || method === "HEAD" ? null : await response.arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export function createTransport(config: TransportConfig) {
  const log = (line: string): void => config.debug?.(scrubKnownSecrets(line, config.secrets()));

  async function logRequest(request: Request, attempt: number): Promise<void> {
    if (!config.debug) return;
    const body = request.body ? redactBodyText(await request.clone().text()) : "";
    log(
      `→ ${request.method} ${redactUrl(request.url)} attempt ${attempt} headers ${JSON.stringify(redactHeaders(request.headers))}${
        body ? ` body ${body}` : ""
      }`,
    );
  }

  return async function send(request: Request, context: CallContext): Promise<Response> {
    const { operation, signal: callerSignal } = context;
    const timeoutMs = context.timeoutMs ?? config.timeoutMs;
    const policy = resolvePolicy(context.retry, config.retry);
    const mayRetry = policy !== undefined && (IDEMPOTENT_METHODS.has(request.method) || context.idempotent === true);
    const maxRetries = mayRetry ? policy.maxRetries : 0;
    let retries = 0;
    let attempts = 0;
    let refreshedAuth = false;

    const waitBeforeRetry = async (ms: number): Promise<void> => {
      log(`… waiting ${ms} ms before retry ${retries} of ${maxRetries}`);
      try {
        await sleep(ms, callerSignal);
      } catch {
        throw new AbortedError(operation, callerSignal?.reason);
      }
    };

    for (;;) {
      if (callerSignal?.aborted) throw new AbortedError(operation, callerSignal.reason);
      attempts++;
      // A clone per attempt keeps the original body readable for the next one.
      const headers = new Headers(request.headers);
      if (config.auth) {
        let authHeaders: Record<string, string>;
        try {
          authHeaders = await config.auth.headers(callerSignal);
        } catch (error) {
          if (callerSignal?.aborted) throw new AbortedError(operation, callerSignal.reason);
          throw error;
        }
        for (const [name, value] of Object.entries(authHeaders)) headers.set(name, value);
      }
      const attempt = attemptSignal(callerSignal, timeoutMs);
      const outgoing = new Request(request.clone(), { headers, signal: attempt.signal });
      const started = performance.now();
      let response: Response;
      try {
        await logRequest(outgoing, attempts);
        response = await buffered(await config.fetch(outgoing), request.method);
      } catch (error) {
        if (callerSignal?.aborted) throw new AbortedError(operation, callerSignal.reason);
        const failure = attempt.timedOut() ? new TimeoutError(operation, timeoutMs, attempts) : new ConnectionError(operation, attempts, error);
        log(`✗ ${request.method} ${redactUrl(request.url)} ${failure.kind} after ${Math.round(performance.now() - started)} ms`);
        if (retries < maxRetries && policy) {
          retries++;
          await waitBeforeRetry(backoffDelayMs(retries, policy));
          continue;
        }
        throw failure;
      } finally {
        attempt.release();
      }
      log(`← ${response.status} ${request.method} ${redactUrl(request.url)} in ${Math.round(performance.now() - started)} ms`);

      if (response.status === 401 && config.auth?.invalidate && !refreshedAuth) {
        refreshedAuth = true;
        if (await config.auth.invalidate()) continue;
      }
      if (isRetryableStatus(response.status) && retries < maxRetries && policy) {
        const retryAfter = parseRetryAfterMs(response.headers.get("retry-after"));
        // Waiting less than the server asked would only earn another refusal; waiting longer
        // than the cap would hang the caller, so a long Retry-After ends the call now.
        if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return response;
        retries++;
        await waitBeforeRetry(retryAfter ?? backoffDelayMs(retries, policy));
        continue;
      }
      return response;
    }
  };
}

export type Transport = ReturnType<typeof createTransport>;
