// Turns a buffered answer into openapi-fetch's { data } / { error }, reading the body once and
// parsing JSON once. A 2xx that cannot be read as promised is an InvalidResponseError, never a
// bare SyntaxError.
import { InvalidResponseError, type OperationRef } from "../errors.js";
import type { CallInit } from "./build-request.js";
import { isJsonMediaType } from "./openapi-document.js";
import { carriesNoBody, type WireResponse } from "./transport/wire.js";

const decoder = new TextDecoder();

function text(response: WireResponse): string {
  return response.body ? decoder.decode(response.body) : "";
}

function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  // A buffer the body owns whole (joined or preallocated) is handed over, not copied.
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function isOk(status: number): boolean {
  return status >= 200 && status < 300;
}

function isEmpty(response: WireResponse, method: string): boolean {
  const length = response.headers["content-length"];
  return (
    carriesNoBody(response.status, method) ||
    (length === "0" && !response.headers["transfer-encoding"]?.includes("chunked")) ||
    (response.body !== null && response.body.byteLength === 0 && length === undefined)
  );
}

/**
 * Where the JSON broke, without V8's excerpt of the body (`Unexpected token 'x', "…" is not valid
 * JSON` quotes the body, which may hold a secret).
 */
function jsonErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const position = /at position (\d+)/.exec(message)?.[1];
  if (message.startsWith("Unexpected end of JSON input")) return "malformed JSON: the body ends too early";
  return `malformed JSON${position ? ` at position ${position}` : ""}`;
}

/** The success body as `parseAs` asks (JSON by default); undefined when the answer has none. */
export function readData(operation: OperationRef, response: WireResponse, parseAs: CallInit["parseAs"] = "json"): unknown {
  if (isEmpty(response, operation.method)) {
    // Nobody will read it: end it, so its connection is free again.
    void response.stream?.cancel().catch(() => undefined);
    return undefined;
  }
  const bytes = response.body ?? new Uint8Array();
  const contentType = response.headers["content-type"] ?? null;
  switch (parseAs) {
    case "arrayBuffer":
      return arrayBuffer(bytes);
    case "blob":
      return new Blob([arrayBuffer(bytes)], contentType ? { type: contentType } : {});
    case "stream":
      return response.stream ?? new Response(arrayBuffer(bytes)).body;
    case "text":
      return text(response);
    case "json": {
      if (!isJsonMediaType(contentType)) throw new InvalidResponseError(operation, response.status, contentType, "expected a JSON body");
      try {
        return JSON.parse(text(response));
      } catch (error) {
        throw new InvalidResponseError(operation, response.status, contentType, jsonErrorDetail(error));
      }
    }
  }
}

/** An error body: JSON when it parses, else the text (marked when it was cut at its cap); undefined when there is none. */
export function readError(operation: OperationRef, response: WireResponse): unknown {
  if (isEmpty(response, operation.method)) return undefined;
  const body = text(response);
  if (response.truncatedAt !== undefined) return `${body}… [truncated: the error body was longer than ${response.truncatedAt} bytes]`;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** A standard Response for the caller, built only when the caller reads it. */
export function toResponse(response: WireResponse): Response {
  if (response.stream)
    return new Response(response.stream, { status: response.status, statusText: response.statusText, headers: response.headers });
  const noBody = response.body === null || response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(noBody ? null : arrayBuffer(response.body ?? new Uint8Array()), {
    status: response.status < 200 || response.status > 599 ? 500 : response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
