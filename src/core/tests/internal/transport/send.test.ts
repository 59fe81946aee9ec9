// Fault injection through the real factories against a local server that misbehaves on purpose:
// each case asserts the typed outcome, the number of attempts and the time waited.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDynamiqClient } from "../../../../dynamiq.js";
import { createPatchworksClient } from "../../../../patchworks.js";
import { createPipedriveClient } from "../../../../pipedrive.js";
import { AbortedError, ApiError, ConnectionError, InvalidResponseError, TimeoutError } from "../../../index.js";
import { hang, json, raw, reset, stallMidBody, startFaultServer, type FaultServer } from "../../support/fault-server.js";
import { watchLoopLag } from "../../support/loop-lag.js";
import { transport } from "../../support/transport.js";
import { watchUnhandledRejections } from "../../support/unhandled.js";

let server: FaultServer;
const rejections = watchUnhandledRejections();
const unhandled = rejections.reasons;

beforeAll(async () => {
  server = await startFaultServer();
  rejections.start();
});
afterAll(async () => {
  rejections.stop();
  await server.close();
});
// Upper bounds on waits allow for however long the event loop stalled (a machine busy with other work).
const lag = watchLoopLag();
afterAll(() => lag.stop());
beforeEach(() => {
  unhandled.length = 0;
  lag.reset();
});
afterEach(async () => {
  // Give any stray promise a turn to reject before checking.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(unhandled).toEqual([]);
});

const fastRetry = { initialDelayMs: 40, maxDelayMs: 200 };
const pipedrive = (options: Parameters<typeof createPipedriveClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createPipedriveClient({ token: "pd-token", baseUrl: server.url, ...transport, retry: fastRetry, timeoutMs: 2_000, ...options });
const deleteChannel = { params: { path: { id: "wa-1" } } };
const channel = { name: "Acme", provider_channel_id: "wa-1" };

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

describe("connection reset", () => {
  it("is retried twice on an idempotent call, then surfaces as ConnectionError", async () => {
    server.script(reset);
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).kind).toBe("connection");
    expect((error as ConnectionError).attempts).toBe(3);
    expect((error as ConnectionError).operation).toEqual({ method: "DELETE", path: "/v1/channels/{id}" });
    expect(server.received).toHaveLength(3);
  });
  it("recovers when the retry succeeds", async () => {
    server.script(reset, json(200, { success: true }));
    const { data } = await pipedrive().DELETE("/v1/channels/{id}", deleteChannel);
    expect(data.success).toBe(true);
    expect(server.received).toHaveLength(2);
  });
});

// Long enough for a request to reach the server on a busy machine before its attempt times out
// (at 150 ms, a run beside other CPU-bound work timed out before the server saw the request).
const ATTEMPT_MS = 500;

describe("a server that never answers", () => {
  it("times out per attempt, counts each timeout as a try, and leaves no timer behind", async () => {
    server.script(hang);
    const timersBefore = activeTimers();
    const started = Date.now();
    const error = await failure(
      pipedrive({ timeoutMs: ATTEMPT_MS, retry: { ...fastRetry, maxRetries: 1 } }).DELETE("/v1/channels/{id}", deleteChannel),
    );
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
    expect((error as TimeoutError).timeoutMs).toBe(ATTEMPT_MS);
    expect(server.received).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(2 * ATTEMPT_MS); // two attempts (+ backoff)
    expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
  });
  it("times out a body that stalls after the headers", async () => {
    server.script(stallMidBody);
    const error = await failure(pipedrive({ timeoutMs: ATTEMPT_MS, retry: false }).DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.received).toHaveLength(1);
  });
  it("uses a per-call timeout over the client's", async () => {
    server.script(hang);
    const error = await failure(
      pipedrive({ timeoutMs: 5_000, retry: false }).DELETE("/v1/channels/{id}", { ...deleteChannel, timeoutMs: 100 }),
    );
    expect((error as TimeoutError).timeoutMs).toBe(100);
  });
});

describe("429 with Retry-After", () => {
  it("waits the seconds the server asks, then succeeds", async () => {
    server.script(json(429, { success: false, error: "rate limited" }, { "retry-after": "1" }), json(200, { success: true }));
    const { data } = await pipedrive().DELETE("/v1/channels/{id}", deleteChannel);
    expect(data.success).toBe(true);
    const [first, second] = server.received;
    const waited = (second?.at ?? 0) - (first?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(2_000 + lag.allowanceMs());
  });
  it("accepts an HTTP date", async () => {
    const inOneSecond = new Date(Date.now() + 1_500).toUTCString();
    server.script(json(429, {}, { "retry-after": inOneSecond }), json(200, { success: true }));
    await pipedrive().DELETE("/v1/channels/{id}", deleteChannel);
    expect(server.received).toHaveLength(2);
  });
  it("does not wait beyond the cap: a longer Retry-After ends the call with the 429", async () => {
    server.script(json(429, { success: false, error: "slow down" }, { "retry-after": "3600" }));
    const started = Date.now();
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).retryAfterSeconds).toBe(3600);
    expect(server.received).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000 + lag.allowanceMs());
  });
});

describe("5xx", () => {
  it("503 then 200 succeeds after one backoff within the policy's bounds", async () => {
    server.script(json(503, {}), json(200, { success: true }));
    await pipedrive().DELETE("/v1/channels/{id}", deleteChannel);
    const [first, second] = server.received;
    const waited = (second?.at ?? 0) - (first?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(20); // equal jitter: between half and all of 40 ms
    expect(waited).toBeLessThan(500);
  });
  it("500 on a POST is not retried by default", async () => {
    server.script(json(500, { success: false, error: "boom" }));
    const error = await failure(pipedrive().POST("/v1/channels", { body: channel }));
    expect((error as ApiError).status).toBe(500);
    expect(server.received).toHaveLength(1);
  });
  it("500 on a POST is retried when the call opts in", async () => {
    server.script(json(500, {}), json(200, { success: true, data: { id: "c1", name: "Acme", provider_channel_id: "wa-1" } }));
    const { data } = await pipedrive().POST("/v1/channels", { body: channel, idempotent: true });
    expect(data.data.id).toBe("c1");
    expect(server.received).toHaveLength(2);
  });
  it("an HTML 502 page is retried, then surfaces as ApiError with the page as text", async () => {
    server.script(raw(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", { "content-type": "text/html" }));
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).body).toContain("502 Bad Gateway");
    expect(server.received).toHaveLength(3);
  });
  it("retries can be switched off per call", async () => {
    server.script(json(503, {}));
    await failure(pipedrive().DELETE("/v1/channels/{id}", { ...deleteChannel, retry: false }));
    expect(server.received).toHaveLength(1);
  });
  it("other 4xx are never retried", async () => {
    server.script(json(404, { success: false, error: "Channel not found" }));
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", deleteChannel));
    expect((error as ApiError).status).toBe(404);
    expect(server.received).toHaveLength(1);
  });
});

describe("bodies that are not what the operation promises", () => {
  it("200 with malformed JSON is an InvalidResponseError", async () => {
    server.script(raw(200, '{"success": tru', { "content-type": "application/json" }));
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect(server.received).toHaveLength(1);
  });
  it("200 with a wrong Content-Type is an InvalidResponseError", async () => {
    server.script(raw(200, "OK", { "content-type": "text/plain" }));
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).contentType).toBe("text/plain");
  });
  it("204 with no body resolves with undefined data", async () => {
    server.script(raw(204, "", {}));
    const { data, response } = await pipedrive().DELETE("/v1/channels/{id}", deleteChannel);
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
  it("a multi-megabyte body arrives whole", async () => {
    const conversations = Array.from({ length: 40_000 }, (_, i) => ({
      id: `7d7b3c1e-5a8f-4c2b-9e61-${String(i).padStart(12, "0")}`,
      title: "x".repeat(60),
      created_at: "2026-11-20T09:15:00Z",
    }));
    const body = { data: conversations, pagination: { page: 1, page_size: 40_000, page_count: 1, total_count: 40_000 } };
    expect(JSON.stringify(body).length).toBeGreaterThan(4_000_000);
    server.script(json(200, body));
    const client = createDynamiqClient({ token: "dq-key", baseUrl: server.url, ...transport });
    const { data } = await client.GET("/v1/conversations");
    expect(data.data).toHaveLength(40_000);
    expect(data.data[39_999]?.id).toMatch(/039999$/);
  });
});

describe("cancellation", () => {
  it("an abort during the request ends the call at once, without retrying", async () => {
    const controller = new AbortController();
    // Aborted once the request has arrived, not after a fixed delay (which a busy machine can outlast).
    server.script((request, response, attempt) => {
      controller.abort(new Error("user left"));
      hang(request, response, attempt);
    });
    const started = Date.now();
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", { ...deleteChannel, signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as AbortedError).kind).toBe("aborted");
    expect(Date.now() - started).toBeLessThan(1_000 + lag.allowanceMs());
    expect(server.received).toHaveLength(1);
  });
  it("an abort during a backoff wait ends the call without another attempt", async () => {
    const controller = new AbortController();
    // Aborted 100 ms after the 503 went out: the client is then waiting out the 5 s Retry-After.
    server.script((request, response, attempt) => {
      json(503, {}, { "retry-after": "5" })(request, response, attempt);
      setTimeout(() => controller.abort(), 100);
    });
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", { ...deleteChannel, signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortedError);
    expect(server.received).toHaveLength(1);
  });
  it("an already-aborted signal sends nothing", async () => {
    server.script(json(200, {}));
    const error = await failure(pipedrive().DELETE("/v1/channels/{id}", { ...deleteChannel, signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortedError);
    expect(server.received).toHaveLength(0);
  });
});

describe("the non-throwing style", () => {
  it("client.raw returns { error, response } with the typed error body, after the same retries", async () => {
    server.script(json(503, {}), json(404, { success: false, error: "Channel not found" }));
    const { data, error, response } = await pipedrive().raw.DELETE("/v1/channels/{id}", deleteChannel);
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.error).toBe("Channel not found");
    expect(server.received).toHaveLength(2);
  });
});

describe("auth as each API documents it", () => {
  it("Patchworks sends the raw key; Pipedrive and Dynamiq a bearer token", async () => {
    server.script(json(200, { data: [], meta: { current_page: 1, last_page: 1, per_page: 15, total: 0 } }));
    await createPatchworksClient({ apiKey: "pw-key", baseUrl: server.url, ...transport }).GET("/api/v1/flows/{flow}/callbacks", {
      params: { path: { flow: "1" } },
    });
    server.script(json(200, { success: true }));
    await pipedrive().DELETE("/v1/channels/{id}", deleteChannel);
    expect(server.received[0]?.headers.authorization).toBe("Bearer pd-token");
    expect(server.received[0]?.headers["user-agent"]).toMatch(/^typed-api-clients\/\S+ \(pipedrive; node v/);
  });
  it("refuses an empty credential at construction", () => {
    expect(() => createPipedriveClient({ token: "" })).toThrow(/token is required/);
    expect(() => createPatchworksClient({ apiKey: " " })).toThrow(/apiKey is required: pass \{ apiKey \} or set PATCHWORKS_API_KEY/);
  });
});
