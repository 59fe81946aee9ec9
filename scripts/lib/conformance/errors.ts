// Error answers through the vendors' SDKs: each documented error status of an operation, asked of the
// mock with `Prefer: code=<status>`, must come out of the SDK as its typed error for that status.
import type { DocumentOperation } from "../../../src/core/internal/openapi-document.js";
import { asObject } from "../../../src/core/internal/openapi-document.js";
import { observation } from "./calls.js";
import type { ConformanceApi, ConformanceCall, Served } from "./types.js";

/** What an SDK made of an error answer: its typed error for the status, or something it could not read. */
export interface ErrorReading {
  readable: boolean;
  /** e.g. `ResourceNotFoundError (404)` or `UnknownError (500): An invalid error occurred…`. */
  as: string;
}

/** Reads the error an SDK threw for an answer of `status`. */
export type ErrorReader = (error: unknown, status: number) => ErrorReading;

/** The operation's documented error statuses (4xx/5xx codes, not ranges or `default`), ascending. */
export function errorStatuses(op: DocumentOperation): number[] {
  return Object.keys(asObject(op.operation["responses"]) ?? {})
    .filter((code) => /^[45]\d\d$/.test(code))
    .map(Number)
    .sort((a, b) => a - b);
}

/** The `Prefer` header that makes the mock answer with the status's first example. */
export const preferStatus = (status: number): Record<string, string> => ({ Prefer: `code=${status}` });

const short = (text: string): string => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** @botpress/client: an ApiError of the status's class; its fallbacks for bodies it cannot read are not. */
export function botpressReader(isApiError: (error: unknown) => boolean): ErrorReader {
  return (error, status) => {
    if (!isApiError(error)) return { readable: false, as: `not an ApiError: ${short(String(error))}` };
    const { code, type, message } = error as { code: number; type: string; message: string };
    // The SDK's class for each error type is named after it (its bundle minifies the class names).
    const label = `${type}Error (${code})`;
    // The SDK's own words when the body lacks id/code/type/message, or names a type it has no class for.
    if (/^An (invalid|unclassified) (API )?error occurred/.test(message)) return { readable: false, as: `${label}: ${short(message)}` };
    return code === status ? { readable: true, as: label } : { readable: false, as: `${label}: not ${status}` };
  };
}

/**
 * pipedrive: its axios error interceptor rejects with the answer's body (the status stays in the
 * mock's record), typed as the operation's `…ErrorResponse` model: `{ success: false, error, … }`.
 */
export const pipedriveReader: ErrorReader = (error) => {
  const body = asObject(error);
  if (!body || error instanceof Error)
    return { readable: false, as: `not the error body the SDK's models declare: ${short(String(error))}` };
  if (body["success"] !== false || typeof body["error"] !== "string")
    return { readable: false, as: `a body without success: false and an error text: ${short(JSON.stringify(body))}` };
  return { readable: true, as: `error body: ${short(body["error"])}` };
};

/** @pipedream/sdk: TooManyRequestsError for 429, else PipedreamError, with the status and the parsed JSON body. */
export const pipedreamReader: ErrorReader = (error, status) => {
  const fern = error as { name?: string; statusCode?: number; body?: unknown };
  const expected = status === 429 ? "TooManyRequestsError" : "PipedreamError";
  const label = `${fern.name ?? "error"} (${fern.statusCode ?? "no status"})`;
  if (fern.name !== expected) return { readable: false, as: `${label}: not ${expected}: ${short(String(error))}` };
  if (fern.statusCode !== status) return { readable: false, as: `${label}: not ${status}` };
  if (!asObject(fern.body)) return { readable: false, as: `${label}: body not JSON: ${short(String(fern.body))}` };
  return { readable: true, as: label };
};

/** One SDK call answered with `status`: readable when the mock sent that status and the SDK threw its typed error. */
export async function attemptError(
  served: Served,
  api: ConformanceApi,
  base: Omit<ConformanceCall, "accepted" | "status" | "detail" | "expected">,
  status: number,
  read: ErrorReader,
  run: () => Promise<unknown>,
): Promise<ConformanceCall> {
  delete served.last[api];
  const call = { ...base, expected: status };
  try {
    await run();
    const observed = await observation(served, api);
    return { ...call, accepted: false, status: observed?.status ?? 0, detail: `unreadable: the SDK resolved instead of throwing` };
  } catch (error) {
    const observed = await observation(served, api);
    const answered = observed?.status ?? 0;
    if (answered !== status)
      return { ...call, accepted: false, status: answered, detail: `the mock answered ${answered} instead of ${status}` };
    const reading = read(error, status);
    return { ...call, accepted: reading.readable, status: answered, detail: reading.readable ? reading.as : `unreadable: ${reading.as}` };
  }
}
