// What travels on the wire, with no Request/Response objects in between: one attempt's request
// as plain data, and its answer with the whole body already read (or, for a 2xx the caller
// streams, handed over unread).
import type { BodyReading } from "./body-limit.js";

export type WireBody = string | Uint8Array | FormData | URLSearchParams;

export interface WireRequest {
  method: string;
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: WireBody | undefined;
}

export interface WireResponse {
  status: number;
  statusText: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The whole body, or null for statuses and methods that carry none, and when `stream` is set. */
  body: Uint8Array | null;
  /** A 2xx body the caller asked to stream (`parseAs: "stream"`), not read yet. */
  stream?: ReadableStream<Uint8Array>;
  /** Set when an error body was cut at its cap: the number of bytes kept. */
  truncatedAt?: number;
}

/**
 * Sends one attempt and reads its body as `reading` says (default: whole, up to the default
 * limit; past it, a BodyTooLarge rejection); must stop (and reject) when `signal` fires.
 */
export type Dispatch = (request: WireRequest, signal: AbortSignal, reading?: BodyReading) => Promise<WireResponse>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function carriesNoBody(status: number, method: string): boolean {
  return NULL_BODY_STATUSES.has(status) || method === "HEAD";
}

/** A Headers object as a plain record (Headers already lower-cases names and joins repeats). */
export function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}
