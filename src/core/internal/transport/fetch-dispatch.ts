// Sending through a fetch function: the runtime's own (browsers, Deno, Bun, Workers) or the
// caller's. The runtime's fetch gets (url, init) and never a Request object, so the abort
// signal stays strongly held; a caller's fetch gets a Request, as openapi-fetch's does.
import { carriesNoBody, headersToRecord, type Dispatch, type WireResponse } from "./wire.js";

export type FetchLike = (request: Request) => Promise<Response>;

async function readResponse(response: Response, method: string): Promise<WireResponse> {
  const noBody = carriesNoBody(response.status, method);
  const body = noBody ? null : new Uint8Array(await response.arrayBuffer());
  if (noBody) await response.body?.cancel();
  return { status: response.status, statusText: response.statusText, headers: headersToRecord(response.headers), body };
}

/** `custom` set: the caller's fetch, handed a Request. Unset: `globalThis.fetch(url, init)`. */
export function createFetchDispatch(custom?: FetchLike): Dispatch {
  return async (request, signal) => {
    const init: RequestInit = { method: request.method, headers: request.headers, body: request.body ?? null, signal, redirect: "follow" };
    const response = custom ? await custom(new Request(request.url, init)) : await globalThis.fetch(request.url, init);
    return readResponse(response, request.method);
  };
}
