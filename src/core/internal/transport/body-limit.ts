// How much of a response body is kept, decided while it is read: a 2xx up to the call's
// maxResponseBytes (more fails the call), an error body up to MAX_ERROR_BODY_BYTES (the rest is
// dropped and the cut is marked). Plain functions of (status, headers, chunk), so a handler of
// either undici API style, and the fetch transport, call them alike.
import { carriesNoBody } from "./wire.js";

/**
 * 64 MiB: the largest JSON these five APIs answer is a few MB (a 500-item Pipedrive page), so
 * this is an order of magnitude of headroom for `arrayBuffer` downloads, while a runaway body
 * costs at most about three times this in memory (bytes, text, parsed value) before it fails.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** An error body past this is cut: an API's error message fits many times over, a 200 MB HTML page does not. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** How one attempt reads its body: the byte limit, and whether a 2xx is handed over as a stream. */
export interface BodyReading {
  maxBytes: number;
  stream: boolean;
}

export const BUFFERED_READING: BodyReading = { maxBytes: DEFAULT_MAX_RESPONSE_BYTES, stream: false };

/** The body went past the limit (or declared it would); the caller sees ResponseTooLargeError. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`response body exceeds ${limitBytes} bytes`);
  }
}

/** none: no body; stream: a 2xx handed over unread; buffer: whole, up to the limit; truncate: an error body, cut at its cap. */
export type BodyPlan = "none" | "stream" | "buffer" | "truncate";

export function planBody(status: number, method: string, reading: BodyReading): BodyPlan {
  if (carriesNoBody(status, method)) return "none";
  if (status < 200 || status > 299) return "truncate";
  return reading.stream ? "stream" : "buffer";
}

/**
 * The body's length as sent, when that is also the length read: not for a compressed body,
 * which fetch decodes to more bytes than it declares.
 */
export function declaredLength(headers: Record<string, string>): number | undefined {
  const declared = headers["content-length"];
  if (declared === undefined || headers["content-encoding"] !== undefined) return undefined;
  const length = Number(declared);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/** Fails at once when a 2xx declares a length past the limit: no byte of it is worth reading. */
export function checkDeclaredLength(plan: BodyPlan, headers: Record<string, string>, reading: BodyReading): void {
  if (plan !== "buffer" && plan !== "stream") return;
  const declared = declaredLength(headers);
  if (declared !== undefined && declared > reading.maxBytes) throw new BodyTooLarge(reading.maxBytes);
}

/** The cap an error body is cut at: the smaller of MAX_ERROR_BODY_BYTES and the call's limit. */
export function errorBodyCap(reading: BodyReading): number {
  return Math.min(MAX_ERROR_BODY_BYTES, reading.maxBytes);
}

/** A declared length worth copying into one buffer as chunks arrive (so the chunks can go at once). */
const PREALLOCATE_FROM = 1024 * 1024;

/** Chunks kept up to `limit` bytes and joined once (or, for a large declared length, copied into one buffer as they come). */
export class BodyBuffer {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private whole: Uint8Array | undefined;
  /** Set when an error body was cut: the number of bytes kept. */
  truncatedAt: number | undefined;

  constructor(
    private readonly limit: number,
    private readonly truncate: boolean,
    declared?: number,
  ) {
    if (declared !== undefined && declared >= PREALLOCATE_FROM && declared <= limit) this.whole = new Uint8Array(declared);
  }

  /** Keeps the chunk; false when the body is complete enough (cut at the cap). Throws BodyTooLarge past the limit of a 2xx. */
  push(chunk: Uint8Array): boolean {
    const room = this.limit - this.length;
    if (this.whole) {
      if (this.length + chunk.byteLength <= this.whole.byteLength) {
        this.whole.set(chunk, this.length);
        this.length += chunk.byteLength;
        return true;
      }
      // More than declared (the parser should have refused it): go on as chunks.
      this.chunks.push(this.whole.subarray(0, this.length));
      this.whole = undefined;
    }
    if (chunk.byteLength <= room) {
      this.chunks.push(chunk);
      this.length += chunk.byteLength;
      return true;
    }
    if (!this.truncate) throw new BodyTooLarge(this.limit);
    if (room > 0) this.chunks.push(chunk.subarray(0, room));
    this.length += Math.max(0, room);
    this.truncatedAt = this.length;
    return false;
  }

  bytes(): Uint8Array {
    if (this.whole) return this.whole.subarray(0, this.length);
    if (this.chunks.length === 1) return this.chunks[0] ?? new Uint8Array();
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }
}
