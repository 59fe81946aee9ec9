// Every failure a client call can end in is one of these classes, told apart by `kind`
// (or instanceof). Messages and JSON forms carry the operation's path template, never the
// concrete URL, headers or body, so they hold no secret.
import { redactValue } from "./internal/redact.js";
import { errorCode } from "./internal/transport/failure.js";

/** The operation a call addressed: method and the spec's path template, e.g. `GET /v1/channels/{id}`. */
export interface OperationRef {
  method: string;
  path: string;
}

export type ClientErrorKind =
  | "api"
  | "connection"
  | "timeout"
  | "aborted"
  | "invalid_response"
  | "response_too_large"
  | "response_validation"
  | "request_validation"
  | "configuration"
  | "pagination";

function describe(operation: OperationRef | undefined): string {
  return operation ? `${operation.method} ${operation.path}` : "request";
}

export abstract class ApiClientError extends Error {
  abstract readonly kind: ClientErrorKind;
  readonly operation: OperationRef | undefined;

  protected constructor(message: string, operation: OperationRef | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = operation;
    this.name = new.target.name;
  }

  /** The error as plain data, safe to log: secret-named fields of any body are replaced. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, message: this.message, operation: this.operation };
  }
}

/** The server answered with a non-2xx status. `body` is the parsed error body, typed per API. */
export class ApiError<Body = unknown> extends ApiClientError {
  readonly kind = "api" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly status: number,
    readonly body: Body,
    readonly requestId: string | undefined,
    /** Seconds the server asked to wait (Retry-After), when it said so. */
    readonly retryAfterSeconds?: number,
    /** The response headers (rate-limit and diagnostic headers). Left out of toJSON. */
    readonly headers: Headers = new Headers(),
  ) {
    super(
      `${describe(operation)} failed with HTTP ${status}${requestId ? ` (request id ${requestId})` : ""}${summarizeBody(body)}`,
      operation,
    );
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, requestId: this.requestId, body: redactValue(this.body) };
  }
}

/**
 * The connection failed before a complete response arrived (refused, reset, DNS, out of file
 * descriptors). Retryable. `mayHaveReachedServer` is false only when the request provably never
 * reached the server (no connection was made, or the server's TCP stack refused it before any
 * answer); then it is safe to send again, and a POST is resent once by itself.
 */
export class ConnectionError extends ApiClientError {
  readonly kind = "connection" as const;
  /** The system or undici error code, when there is one (ECONNREFUSED, ECONNRESET, EMFILE, UND_ERR_SOCKET…). */
  readonly code: string | undefined;
  constructor(
    operation: OperationRef | undefined,
    readonly attempts: number,
    cause: unknown,
    readonly mayHaveReachedServer: boolean = true,
  ) {
    const code = errorCode(cause);
    super(connectionMessage(describe(operation), attempts, cause, code, mayHaveReachedServer), operation, { cause });
    this.code = code;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), attempts: this.attempts, code: this.code, mayHaveReachedServer: this.mayHaveReachedServer };
  }
}

/** This process, not the network, ran out of something a connection needs. */
const LOCAL_EXHAUSTION = new Set(["EMFILE", "ENFILE", "ENOBUFS", "EADDRNOTAVAIL"]);

function connectionMessage(what: string, attempts: number, cause: unknown, code: string | undefined, reached: boolean): string {
  const tries = `after ${attempts} attempt(s)`;
  if (code && LOCAL_EXHAUSTION.has(code))
    return `${what} could not open a connection ${tries}: this process is out of file descriptors or local ports (${code}); lower maxConnectionsPerOrigin or raise the limit (ulimit -n); the request was not sent`;
  if (!reached) return `${what} could not reach the server ${tries}: ${causeText(cause)}; the request was not sent`;
  return `${what} lost the connection ${tries}: ${causeText(cause)}; the server may have received the request`;
}

/** The response body is larger than the call's `maxResponseBytes`. Never retried: the next answer would be as large. */
export class ResponseTooLargeError extends ApiClientError {
  readonly kind = "response_too_large" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly status: number | undefined,
    readonly limitBytes: number,
  ) {
    super(
      `${describe(operation)} response body exceeds maxResponseBytes (${limitBytes} bytes); raise maxResponseBytes for this call, or read it with parseAs: "stream"`,
      operation,
    );
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, limitBytes: this.limitBytes };
  }
}

/** No complete response within the per-attempt timeout, on every attempt allowed. */
export class TimeoutError extends ApiClientError {
  readonly kind = "timeout" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly timeoutMs: number,
    readonly attempts: number,
  ) {
    super(`${describe(operation)} timed out after ${timeoutMs} ms (${attempts} attempt(s))`, operation);
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), timeoutMs: this.timeoutMs, attempts: this.attempts };
  }
}

/** The caller's AbortSignal fired. Never retried. */
export class AbortedError extends ApiClientError {
  readonly kind = "aborted" as const;
  constructor(operation: OperationRef | undefined, reason: unknown) {
    super(`${describe(operation)} was aborted by the caller${reason instanceof Error ? `: ${reason.message}` : ""}`, operation, {
      cause: reason,
    });
  }
}

/** A 2xx answer whose body could not be read as the operation promises (e.g. malformed JSON). */
export class InvalidResponseError extends ApiClientError {
  readonly kind = "invalid_response" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly status: number,
    readonly contentType: string | null,
    detail: string,
  ) {
    super(
      `${describe(operation)} returned HTTP ${status} with an unreadable body (${contentType ?? "no content type"}): ${detail}`,
      operation,
    );
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, contentType: this.contentType };
  }
}

export interface ValidationIssue {
  /** JSON pointer into the response body, e.g. `/data/0/id`. */
  pointer: string;
  message: string;
}

/** With validateResponses on: the body does not match the spec's schema for this status. */
export class ResponseValidationError extends ApiClientError {
  readonly kind = "response_validation" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly status: number,
    readonly issues: ValidationIssue[],
    /** The ApiError the call would have thrown, when the drifted response was an error. */
    cause?: ApiError<unknown>,
  ) {
    super(
      `${describe(operation)} HTTP ${status} response does not match the spec: ${issues
        .slice(0, 5)
        .map((i) => `${i.pointer || "/"} ${i.message}`)
        .join("; ")}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ""}`,
      operation,
      cause ? { cause } : undefined,
    );
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, issues: this.issues };
  }
}

/** The call was refused before sending: a value could not be put on the wire safely. */
export class RequestValidationError extends ApiClientError {
  readonly kind = "request_validation" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly field: string,
    problem: string,
  ) {
    super(`${describe(operation)}: ${field} ${problem}; nothing was sent`, operation);
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), field: this.field };
  }
}

/** The client was built with options that cannot work here; thrown by the factory, before any call. */
export class ConfigurationError extends ApiClientError {
  readonly kind = "configuration" as const;
  constructor(message: string) {
    super(message, undefined);
  }
}

/**
 * pages()/items() stopped: the server sent a cursor or page it had sent before (a loop that
 * would never end), or the iteration reached the caller's `maxPages`.
 */
export class PaginationError extends ApiClientError {
  readonly kind = "pagination" as const;
  constructor(
    operation: OperationRef | undefined,
    readonly reason: "repeated" | "max_pages",
    /** Pages fetched before stopping. */
    readonly pages: number,
  ) {
    super(
      reason === "repeated"
        ? `${describe(operation)} pagination stopped after ${pages} page(s): the server repeated a cursor or page it had already sent (it would loop forever)`
        : `${describe(operation)} pagination stopped at maxPages (${pages} page(s))`,
      operation,
    );
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, pages: this.pages };
  }
}

export function isApiClientError(error: unknown): error is ApiClientError {
  return error instanceof ApiClientError;
}

function causeText(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = errorCode(cause);
  return code && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
}

function summarizeBody(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  if (typeof body === "string") return `: ${body.length > 200 ? `${body.slice(0, 200)}…` : body}`;
  const text = JSON.stringify(redactValue(body));
  return `: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}
