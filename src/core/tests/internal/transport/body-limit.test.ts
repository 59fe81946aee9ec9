// Bounded memory on both transports: maxResponseBytes enforced while reading (not retried),
// error bodies cut at their cap and marked, and parseAs "stream" handing the body over as it
// arrives, under a per-read deadline, the caller's signal and the byte limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotpressClient } from "../../../../botpress.js";
import { AbortedError, ApiError, ResponseTooLargeError, TimeoutError } from "../../../index.js";
import { MAX_ERROR_BODY_BYTES } from "../../../internal/transport/body-limit.js";
import {
  hugeBody,
  json,
  stallMidBody,
  startFaultServer,
  trickle,
  type FaultServer,
  type FaultHandler,
} from "../../support/fault-server.js";
import { transport } from "../../support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const MB = 1024 * 1024;
const download = "/v1/storage/files/{id}/download";
const params = { path: { id: "file_1" } };
const botpress = (options: { timeoutMs?: number; maxResponseBytes?: number; maxConnectionsPerOrigin?: number } = {}) =>
  createBotpressClient({ token: "bp-token", botId: "bot_1", baseUrl: server.url, ...transport, retry: { initialDelayMs: 10 }, ...options });

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return bytes;
}

/** Headers and a first chunk, then the rest only once `release` is called. */
function heldBody(): { handler: FaultHandler; release: () => void } {
  let release = (): void => undefined;
  const handler: FaultHandler = (_request, response) => {
    response.writeHead(200, { "content-type": "application/octet-stream" });
    response.write("first;");
    release = () => response.end("rest");
  };
  return { handler, release: () => release() };
}

describe("maxResponseBytes", () => {
  it.each([
    ["chunked (no declared length)", false],
    ["a declared content-length", true],
  ])("a 2xx past the limit, %s, fails with ResponseTooLargeError naming limit and operation, without a retry", async (_name, declare) => {
    server.script(hugeBody(200, 4 * MB, declare));
    const error = await failure(botpress({ maxResponseBytes: MB }).GET(download, { params, parseAs: "arrayBuffer" }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).kind).toBe("response_too_large");
    expect((error as ResponseTooLargeError).limitBytes).toBe(MB);
    expect((error as Error).message).toContain(`GET ${download}`);
    expect((error as Error).message).toContain(`maxResponseBytes (${MB} bytes)`);
    expect(server.received).toHaveLength(1);
  });

  it("a per-call limit overrides the client's, and a body within it arrives whole", async () => {
    server.script(hugeBody(200, 2 * MB));
    const { data } = await botpress({ maxResponseBytes: MB }).GET(download, { params, parseAs: "arrayBuffer", maxResponseBytes: 4 * MB });
    expect(data.byteLength).toBe(2 * MB);
  });

  it("applies the 64 MiB default to a buffered body", async () => {
    server.script(hugeBody(200, 64 * MB + 1, true));
    const error = await failure(botpress().GET(download, { params, parseAs: "arrayBuffer" }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limitBytes).toBe(64 * MB);
  });
});

describe("error bodies", () => {
  it("keeps the first 64 KiB of a huge error body and marks the cut, thrown and raw", async () => {
    server.script(hugeBody(500, 4 * MB));
    const client = botpress();
    const error = await failure(client.GET(download, { params, retry: false }));
    expect(error).toBeInstanceOf(ApiError);
    const body = (error as ApiError).body as string;
    expect(body.startsWith("x".repeat(MAX_ERROR_BODY_BYTES))).toBe(true);
    expect(body.slice(MAX_ERROR_BODY_BYTES)).toBe(`… [truncated: the error body was longer than ${MAX_ERROR_BODY_BYTES} bytes]`);
    server.script(hugeBody(500, 4 * MB));
    const { error: rawError } = await client.raw.GET(download, { params, retry: false });
    expect(rawError).toBe(body);
  });

  it("leaves an error body under the cap as it was (JSON parsed)", async () => {
    server.script(json(404, { code: 404, type: "ResourceNotFound", message: "no such file" }));
    const error = await failure(botpress().GET(download, { params }));
    expect((error as ApiError).body).toEqual({ code: 404, type: "ResourceNotFound", message: "no such file" });
  });
});

describe('parseAs: "stream"', () => {
  it("hands the body over before it is complete (the call resolves while the server still holds the rest)", async () => {
    const held = heldBody();
    server.script(held.handler);
    const { data } = await botpress({ timeoutMs: 20_000 }).GET(download, { params, parseAs: "stream" });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first;");
    held.release();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe("rest");
  });

  it("streams a multi-megabyte body whole", async () => {
    server.script(hugeBody(200, 4 * MB));
    const { data } = await botpress({ timeoutMs: 20_000 }).GET(download, { params, parseAs: "stream" });
    expect(await readAll(data as ReadableStream<Uint8Array>)).toBe(4 * MB);
  });

  it("a long healthy stream outlives timeoutMs: the deadline bounds each read, not the whole body", async () => {
    server.script(trickle("tick;", 8, 100));
    const { data } = await botpress({ timeoutMs: 600 }).GET(download, { params, parseAs: "stream" });
    const started = performance.now();
    expect(await readAll(data as ReadableStream<Uint8Array>)).toBe(40);
    expect(performance.now() - started).toBeGreaterThan(600);
  });

  it("a read that stalls fails with TimeoutError", async () => {
    server.script(stallMidBody);
    const { data } = await botpress({ timeoutMs: 200 }).GET(download, { params, parseAs: "stream" });
    const error = await failure(readAll(data as ReadableStream<Uint8Array>));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("fails the stream with ResponseTooLargeError past a limit the call sets", async () => {
    server.script(hugeBody(200, 4 * MB));
    const { data } = await botpress({ timeoutMs: 20_000 }).GET(download, { params, parseAs: "stream", maxResponseBytes: MB });
    const error = await failure(readAll(data as ReadableStream<Uint8Array>));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("the caller's signal still cancels the stream after the headers", async () => {
    const held = heldBody();
    server.script(held.handler);
    const controller = new AbortController();
    const { data } = await botpress({ timeoutMs: 20_000 }).GET(download, { params, parseAs: "stream", signal: controller.signal });
    const reader = (data as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort(new Error("user left"));
    const error = await failure(reader.read());
    expect(error).toBeInstanceOf(AbortedError);
    held.release();
  });

  it("a cancelled stream frees its connection for the next call", async () => {
    const client = botpress({ timeoutMs: 20_000, maxConnectionsPerOrigin: 1 });
    const held = heldBody();
    server.script(held.handler, json(200, {}));
    const { data } = await client.GET(download, { params, parseAs: "stream" });
    await (data as ReadableStream<Uint8Array>).cancel();
    const next = await client.GET(download, { params, parseAs: "arrayBuffer" });
    expect(next.data.byteLength).toBe(2);
    held.release();
  });
});
