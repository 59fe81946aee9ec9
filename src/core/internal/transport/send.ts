// How many times and how long one call travels: auth per attempt, the per-attempt deadline,
// retries with backoff and Retry-After, one token refresh on 401, and the opt-in debug log.
import type { AuthProvider } from "../../auth.js";
import { AbortedError, ConnectionError, TimeoutError, type OperationRef } from "../../errors.js";
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
import { AttemptAborted, AttemptTimedOut, withDeadline } from "./deadline.js";
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
}

export interface SenderConfig {
  dispatch: Dispatch;
  auth: AuthProvider | undefined;
  retry: Partial<RetryPolicy> | false;
  timeoutMs: number;
  debug: DebugLogger | undefined;
  /** Credential values to scrub from every log line. */
  secrets: () => readonly string[];
}

export type Send = (request: WireRequest, operation: OperationRef, options: CallOptions) => Promise<WireResponse>;

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

export function createSender(config: SenderConfig): Send {
  const log = (line: string): void => config.debug?.(scrubKnownSecrets(line, config.secrets()));

  return async function send(request, operation, options) {
    const callerSignal = options.signal;
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;
    const policy = resolvePolicy(options.retry, config.retry);
    const mayRetry = policy !== undefined && (IDEMPOTENT_METHODS.has(request.method) || options.idempotent === true);
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
        response = await withDeadline((signal) => config.dispatch(outgoing, signal), remainingMs, callerSignal);
      } catch (error) {
        if (error instanceof AttemptAborted || callerSignal?.aborted) throw new AbortedError(operation, callerSignal?.reason);
        // The token exchange's own failure (already retried by its client) is the call's outcome.
        if (error instanceof CredentialsFailed) throw error.reason;
        const failure =
          error instanceof AttemptTimedOut
            ? new TimeoutError(operation, timeoutMs, attempts)
            : new ConnectionError(operation, attempts, error);
        if (config.debug)
          log(`✗ ${request.method} ${redactUrl(request.url)} ${failure.kind} after ${Math.round(performance.now() - started)} ms`);
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
