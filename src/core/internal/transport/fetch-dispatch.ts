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
import { headersToRecord, type Dispatch, type WireRequest, type WireResponse } from "./wire.js";

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

async function readBody(response: Response, method: string, reading: BodyReading): Promise<WireResponse> {
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

/** The answer read under `reading`'s plan; a failure after the response started is marked as such. */
async function readResponse(response: Response, method: string, reading: BodyReading): Promise<WireResponse> {
  try {
    return await readBody(response, method, reading);
  } catch (error) {
    throw afterResponseStarted(error);
  }
}

function requestInit(request: WireRequest, signal: AbortSignal): RequestInit {
  return { method: request.method, headers: request.headers, body: request.body ?? null, signal, redirect: "follow" };
}

/**
 * `globalThis.fetch(url, init)`, the global read now (a patch made after the client was built
 * counts). `dispatcher` rides along as Node's fetch option for whatever the fetch passes on.
 */
export async function sendThroughGlobalFetch(
  request: WireRequest,
  signal: AbortSignal,
  dispatcher?: unknown,
  reading: BodyReading = BUFFERED_READING,
): Promise<WireResponse> {
  const init = requestInit(request, signal);
  if (dispatcher !== undefined) Object.assign(init, { dispatcher });
  return readResponse(await globalThis.fetch(request.url, init), request.method, reading);
}

/** `custom` set: the caller's fetch, handed a Request. Unset: `globalThis.fetch(url, init)`. */
export function createFetchDispatch(custom?: FetchLike): Dispatch {
  if (!custom) return (request, signal, reading) => sendThroughGlobalFetch(request, signal, undefined, reading);
  return async (request, signal, reading = BUFFERED_READING) =>
    readResponse(await custom(new Request(request.url, requestInit(request, signal))), request.method, reading);
}
