// Sending through a fetch function: the runtime's own (browsers, Deno, Bun, Workers) or the
// caller's. The runtime's fetch gets (url, init) and never a Request object, so the abort
// signal stays strongly held; a caller's fetch gets a Request, as openapi-fetch's does.
import { carriesNoBody, headersToRecord, type Dispatch, type WireRequest, type WireResponse } from "./wire.js";

export type FetchLike = (request: Request) => Promise<Response>;

async function readResponse(response: Response, method: string): Promise<WireResponse> {
  const noBody = carriesNoBody(response.status, method);
  const body = noBody ? null : new Uint8Array(await response.arrayBuffer());
  if (noBody) await response.body?.cancel();
  return { status: response.status, statusText: response.statusText, headers: headersToRecord(response.headers), body };
}

function requestInit(request: WireRequest, signal: AbortSignal): RequestInit {
  return { method: request.method, headers: request.headers, body: request.body ?? null, signal, redirect: "follow" };
}

/**
 * `globalThis.fetch(url, init)`, the global read now (a patch made after the client was built
 * counts). `dispatcher` rides along as Node's fetch option for whatever the fetch passes on.
 */
export async function sendThroughGlobalFetch(request: WireRequest, signal: AbortSignal, dispatcher?: unknown): Promise<WireResponse> {
  const init = requestInit(request, signal);
  if (dispatcher !== undefined) Object.assign(init, { dispatcher });
  return readResponse(await globalThis.fetch(request.url, init), request.method);
}

/** `custom` set: the caller's fetch, handed a Request. Unset: `globalThis.fetch(url, init)`. */
export function createFetchDispatch(custom?: FetchLike): Dispatch {
  if (!custom) return (request, signal) => sendThroughGlobalFetch(request, signal);
  return async (request, signal) => readResponse(await custom(new Request(request.url, requestInit(request, signal))), request.method);
}
