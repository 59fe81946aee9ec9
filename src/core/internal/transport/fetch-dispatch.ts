// Sending through a fetch function: the runtime's own (browsers, Deno, Bun, Workers) or the
// caller's. The runtime's fetch gets (url, init) and never a Request object, so the abort
// signal stays strongly held; a caller's fetch gets a Request, as openapi-fetch's does.
import {
  BodyBuffer,
  BUFFERED_READING,
  checkDeclaredLength,
  declaredLength,
  errorBodyCap,
  planBody,
  type BodyReading,
} from "./body-limit.js";
import { afterResponseStarted } from "./failure.js";
import { headersToRecord, type Dispatch, type WireResponse } from "./wire.js";

export type FetchLike = (request: Request) => Promise<Response>;

/** The body read chunk by chunk into `buffer`, stopping at its cap; the rest is cancelled unread. */
async function readCapped(body: ReadableStream<Uint8Array>, buffer: BodyBuffer): Promise<void> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!buffer.push(value)) break;
    }
  } catch (error) {
    await reader.cancel(error).catch(() => undefined);
    throw error;
  }
  await reader.cancel().catch(() => undefined);
}

async function readResponse(response: Response, method: string, reading: BodyReading): Promise<WireResponse> {
  const head = { status: response.status, statusText: response.statusText, headers: headersToRecord(response.headers) };
  const plan = planBody(response.status, method, reading);
  try {
    checkDeclaredLength(plan, head.headers, reading);
  } catch (error) {
    await response.body?.cancel();
    throw error;
  }
  if (plan === "none" || !response.body) {
    await response.body?.cancel();
    return { ...head, body: plan === "none" ? null : new Uint8Array() };
  }
  if (plan === "stream") return { ...head, body: null, stream: response.body };
  const limit = plan === "truncate" ? errorBodyCap(reading) : reading.maxBytes;
  // A declared length within the limit cannot be exceeded (the HTTP parser refuses more): one read.
  const declared = declaredLength(head.headers);
  if (declared !== undefined && declared <= limit) return { ...head, body: new Uint8Array(await response.arrayBuffer()) };
  const buffer = new BodyBuffer(limit, plan === "truncate");
  await readCapped(response.body, buffer);
  const body = buffer.bytes();
  return buffer.truncatedAt === undefined ? { ...head, body } : { ...head, body, truncatedAt: buffer.truncatedAt };
}

/** `custom` set: the caller's fetch, handed a Request. Unset: `globalThis.fetch(url, init)`. */
export function createFetchDispatch(custom?: FetchLike): Dispatch {
  return async (request, signal, reading = BUFFERED_READING) => {
    const init: RequestInit = { method: request.method, headers: request.headers, body: request.body ?? null, signal, redirect: "follow" };
    const response = custom ? await custom(new Request(request.url, init)) : await globalThis.fetch(request.url, init);
    try {
      return await readResponse(response, request.method, reading);
    } catch (error) {
      throw afterResponseStarted(error);
    }
  };
}
