// openapi-fetch middleware on the wire pipeline. Only clients configured with middleware pay
// for it: the request and response are turned into Request/Response objects for the hooks and
// back, once per call (retries happen inside `send`, as they did under openapi-fetch).
import type { Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import type { CallParams } from "./build-request.js";
import { headersToRecord, type WireRequest, type WireResponse } from "./transport/wire.js";
import { toResponse } from "./read-response.js";

async function fromRequest(request: Request): Promise<WireRequest> {
  const headers = headersToRecord(request.headers);
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  return { method: request.method, url: request.url, headers, body };
}

/** `stream`: the body stays a stream (the call asked for `parseAs: "stream"`). */
async function fromResponse(response: Response, stream = false): Promise<WireResponse> {
  const headers = headersToRecord(response.headers);
  if (stream && response.body)
    return { status: response.status, statusText: response.statusText, headers, body: null, stream: response.body };
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  return { status: response.status, statusText: response.statusText, headers, body };
}

export async function throughMiddleware(
  middleware: readonly Middleware[],
  schemaPath: string,
  params: CallParams,
  wire: WireRequest,
  send: (request: WireRequest) => Promise<WireResponse>,
): Promise<WireResponse> {
  const id = Math.random().toString(36).slice(2, 11);
  const options = Object.freeze({}) as MiddlewareCallbackParams["options"];
  let request = new Request(wire.url, { method: wire.method, headers: wire.headers, body: wire.body ?? null });
  let shortCircuit: Response | undefined;
  for (const hooks of middleware) {
    const result = await hooks.onRequest?.({ request, schemaPath, params, options, id });
    if (result instanceof Request) request = result;
    else if (result instanceof Response) {
      shortCircuit = result;
      break;
    }
  }
  let answer: WireResponse;
  if (shortCircuit) answer = await fromResponse(shortCircuit);
  else {
    try {
      answer = await send(await fromRequest(request));
    } catch (error) {
      let replacement: Response | undefined;
      for (const hooks of [...middleware].reverse()) {
        const result = await hooks.onError?.({ request, error, schemaPath, params, options, id });
        if (result instanceof Response) {
          replacement = result;
          break;
        }
      }
      if (!replacement) throw error;
      answer = await fromResponse(replacement);
    }
  }
  const withResponseHooks = middleware.filter((hooks) => hooks.onResponse);
  if (withResponseHooks.length === 0) return answer;
  let response = toResponse(answer);
  for (const hooks of withResponseHooks.reverse()) {
    const result = await hooks.onResponse?.({ request, response, schemaPath, params, options, id });
    if (result instanceof Response) response = result;
  }
  return fromResponse(response, answer.stream !== undefined);
}
