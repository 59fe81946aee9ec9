// How many times and how long one call travels: auth per attempt, the per-origin connection cap,
// the per-attempt deadline, the body limit, retries with backoff and Retry-After, one resend of a
// request that provably never left, one token refresh on 401, and the opt-in debug log.
import type { AuthProvider } from "../../auth.js";
import {
  AbortedError,
  ConnectionError,
  RequestValidationError,
  ResponseTooLargeError,
  TimeoutError,
  type OperationRef,
} from "../../errors.js";
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  IDEMPOTENT_METHODS,
  isRetryableStatus,
  parseRetryAfterMs,
  sleep,
  type RetryPolicy,
} from "../../retry.js";
import { redactBodyText, redactHeaders, redactUrl, scrubKnownSecrets } from "../redact.js";
import { awaitCredentials, CredentialsFailed } from "./auth-wait.js";
import { BodyTooLarge, BUFFERED_READING, DEFAULT_MAX_RESPONSE_BYTES, type BodyReading } from "./body-limit.js";
import { AttemptAborted, AttemptTimedOut, withDeadline } from "./deadline.js";
import { mayHaveReachedServer } from "./failure.js";
import { OriginCap, originOf } from "./origin-cap.js";
import { boundedStream } from "./stream-deadline.js";
import type { Dispatch, WireRequest, WireResponse } from "./wire.js";

export type DebugLogger = (line: string) => void;

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
  /**
   * Largest response body this call reads, in bytes; past it the call fails with
   * ResponseTooLargeError. Default: the client's, else 64 MiB for a buffered body and no limit
   * for `parseAs: "stream"` (a stream holds one chunk at a time).
   */
  maxResponseBytes?: number;
}

/** What the call layer passes next to the caller's options. */
export interface SendOptions extends CallOptions {
  /** Hand a 2xx body over as a stream (`parseAs: "stream"`) instead of reading it. */
  stream?: boolean;
}

export interface SenderConfig {
  dispatch: Dispatch;
  /** The client's maxResponseBytes, when it set one. */
  maxResponseBytes: number | undefined;
  /** Attempts in flight per origin (Infinity: no cap). */
  connectionsPerOrigin: number;
  auth: AuthProvider | undefined;
  retry: Partial<RetryPolicy> | false;
  timeoutMs: number;
  debug: DebugLogger | undefined;
  /** Credential values to scrub from every log line. */
  secrets: () => readonly string[];
}

export type Send = (request: WireRequest, operation: OperationRef, options: SendOptions) => Promise<WireResponse>;

function resolvePolicy(call: CallOptions["retry"], client: SenderConfig["retry"]): RetryPolicy | undefined {
  if (call === false || (call === undefined && client === false)) return undefined;
  return { ...DEFAULT_RETRY_POLICY, ...(client === false ? {} : client), ...(call ?? {}) };
}

function bodyText(body: WireRequest["body"]): string {
  if (body === undefined) return "";
  if (typeof body === "string") return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof Uint8Array) return `<${body.byteLength} bytes>`;
  return "<form data>";
}

/** The request with the auth headers of this attempt (names lower-cased, as the rest). */
function withAuth(request: WireRequest, auth: Record<string, string> | undefined): WireRequest {
  if (!auth) return request;
  const headers = { ...request.headers };
  for (const name in auth) headers[name.toLowerCase()] = auth[name] ?? "";
  return { method: request.method, url: request.url, headers, body: request.body };
}

function bodyReading(operation: OperationRef, options: SendOptions, client: number | undefined): BodyReading {
  const stream = options.stream === true;
  if (!stream && options.maxResponseBytes === undefined && client === undefined) return BUFFERED_READING;
  const maxBytes = options.maxResponseBytes ?? client ?? (stream ? Number.POSITIVE_INFINITY : DEFAULT_MAX_RESPONSE_BYTES);
  if (!(maxBytes > 0))
    throw new RequestValidationError(operation, "maxResponseBytes", `must be a positive number of bytes, got ${String(maxBytes)}`);
  return { maxBytes, stream };
}

export function createSender(config: SenderConfig): Send {
  const log = (line: string): void => config.debug?.(scrubKnownSecrets(line, config.secrets()));
  const cap = Number.isFinite(config.connectionsPerOrigin) ? new OriginCap(config.connectionsPerOrigin) : undefined;

  return async function send(request, operation, options) {
    const callerSignal = options.signal;
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;
    const policy = resolvePolicy(options.retry, config.retry);
    const mayRetry = policy !== undefined && (IDEMPOTENT_METHODS.has(request.method) || options.idempotent === true);
    const maxRetries = mayRetry ? policy.maxRetries : 0;
    const reading = bodyReading(operation, options, config.maxResponseBytes);
    let retries = 0;
    let attempts = 0;
    let refreshedAuth = false;
    let resentUnsent = false;

    // The current attempt's permit, freed by the caller of withDeadline when the deadline or an
    // abort ends the attempt: a dispatch that never hears of it must not hold the origin's capacity.
    let held: (() => void) | undefined;
    /** One attempt under the origin's cap; a streamed body keeps its permit until the stream ends. */
    const attempt = async (outgoing: WireRequest, signal: AbortSignal): Promise<WireResponse> => {
      const permit = cap?.acquire(originOf(outgoing.url), signal);
      const release = permit instanceof Promise ? await permit : permit;
      held = release;
      let response: WireResponse;
      try {
        response = await config.dispatch(outgoing, signal, reading);
      } catch (error) {
        release?.();
        throw error;
      }
      if (!response.stream) {
        release?.();
        return response;
      }
      const stream = boundedStream(response.stream, {
        timeoutMs,
        maxBytes: reading.maxBytes,
        signal: callerSignal,
        errors: {
          timedOut: () => new TimeoutError(operation, timeoutMs, attempts),
          aborted: (reason) => new AbortedError(operation, reason),
          tooLarge: () => new ResponseTooLargeError(operation, response.status, reading.maxBytes),
          failed: (cause) => new ConnectionError(operation, attempts, cause),
        },
        settled: () => release?.(),
      });
      // Settled by the deadline before this result was taken: nobody will read the stream.
      signal.addEventListener("abort", () => void stream.cancel(signal.reason).catch(() => undefined), { once: true });
      return { ...response, stream };
    };

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
      let response: WireResponse;
      let sentAuth: Record<string, string> | undefined;
      const started = config.debug ? performance.now() : 0;
      try {
        const credentials = config.auth ? await awaitCredentials(config.auth, timeoutMs, callerSignal) : undefined;
        sentAuth = credentials?.headers;
        const outgoing = withAuth(request, sentAuth);
        if (config.debug) {
          const body = bodyText(request.body);
          log(
            `→ ${request.method} ${redactUrl(request.url)} attempt ${attempts} headers ${JSON.stringify(redactHeaders(outgoing.headers))}${body ? ` body ${redactBodyText(body)}` : ""}`,
          );
        }
        const remainingMs = Math.max(1, timeoutMs - (credentials?.waitedMs ?? 0));
        response = await withDeadline((signal) => attempt(outgoing, signal), remainingMs, callerSignal);
      } catch (error) {
        held?.();
        if (error instanceof AttemptAborted || callerSignal?.aborted) throw new AbortedError(operation, callerSignal?.reason);
        // The token exchange's own failure (already retried by its client) is the call's outcome.
        if (error instanceof CredentialsFailed) throw error.reason;
        if (error instanceof BodyTooLarge) throw new ResponseTooLargeError(operation, undefined, error.limitBytes);
        const failure =
          error instanceof AttemptTimedOut
            ? new TimeoutError(operation, timeoutMs, attempts)
            : new ConnectionError(operation, attempts, error, mayHaveReachedServer(error));
        if (config.debug)
          log(`✗ ${request.method} ${redactUrl(request.url)} ${failure.kind} after ${Math.round(performance.now() - started)} ms`);
        // A request that provably never left (a stale keep-alive socket the server had closed)
        // is safe to send again whatever its method: once, at once, on another socket.
        if (failure instanceof ConnectionError && !failure.mayHaveReachedServer && !mayRetry && policy && !resentUnsent) {
          resentUnsent = true;
          continue;
        }
        if (retries < maxRetries && policy) {
          retries++;
          await waitBeforeRetry(backoffDelayMs(retries, policy));
          continue;
        }
        throw failure;
      }
      if (config.debug)
        log(`← ${response.status} ${request.method} ${redactUrl(request.url)} in ${Math.round(performance.now() - started)} ms`);

      if (response.status === 401 && config.auth?.invalidate && sentAuth && !refreshedAuth) {
        refreshedAuth = true;
        if (await config.auth.invalidate(sentAuth)) continue;
      }
      if (isRetryableStatus(response.status) && retries < maxRetries && policy) {
        const retryAfter = parseRetryAfterMs(response.headers["retry-after"] ?? null);
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
