// Connections: the per-origin cap (sockets stay bounded however many calls are in flight; a
// queued call is bounded by its own timeout), failures that say whether the request may have
// reached the server, EMFILE reported as this process's limit, and a POST that provably never
// left (a stale keep-alive socket the server had let go of) resent once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipedriveClient } from "../../../../pipedrive.js";
import { ConnectionError, TimeoutError } from "../../../index.js";
import { DEFAULT_CONNECTIONS_PER_ORIGIN, OriginCap } from "../../../internal/transport/origin-cap.js";
import { delayed, json, reset, startFaultServer, type FaultHandler, type FaultServer } from "../../support/fault-server.js";
import { startStaleSocketServer, type StaleSocketServer } from "../../support/stale-socket-server.js";
import { TRANSPORT, transport } from "../../support/transport.js";

let server: FaultServer;
let stale: StaleSocketServer;
let resetNext = false;
beforeAll(async () => {
  server = await startFaultServer();
  stale = await startStaleSocketServer({
    resetRequest: () => {
      const now = resetNext;
      resetNext = false;
      return now;
    },
  });
});
afterAll(async () => {
  await server.close();
  await stale.close();
});

type PipedriveOptions = Partial<Parameters<typeof createPipedriveClient>[0]>;
const pipedrive = (options: PipedriveOptions = {}) =>
  createPipedriveClient({ token: "pd-token", baseUrl: server.url, ...transport, retry: { initialDelayMs: 10 }, ...options });
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

describe("per-origin connection cap", () => {
  /** Answers after `ms`, counting the most requests the server held at once. */
  function countingInFlight(ms: number): { handler: FaultHandler; peak: () => number } {
    let active = 0;
    let peak = 0;
    const handler: FaultHandler = (request, response, attempt) => {
      peak = Math.max(peak, ++active);
      delayed(ms, (...args) => {
        active--;
        json(200, { success: true })(...args);
      })(request, response, attempt);
    };
    return { handler, peak: () => peak };
  }

  // Sockets are counted on the default transport, whose pool this library sizes; through a
  // fetch function the pool is the runtime's, and the cap bounds the requests in flight.
  it.each([
    ["by default", {}, DEFAULT_CONNECTIONS_PER_ORIGIN, 200],
    ["with maxConnectionsPerOrigin: 4", { maxConnectionsPerOrigin: 4 }, 4, 40],
  ] as const)("holds at most the cap in flight %s, however many calls are waiting", async (_name, options, cap, calls) => {
    server.dropConnections();
    const counted = countingInFlight(15);
    server.script(counted.handler);
    const client = pipedrive(options);
    await Promise.all(Array.from({ length: calls }, () => client.DELETE("/v1/channels/{id}", deleteChannel)));
    expect(server.received).toHaveLength(calls);
    expect(counted.peak()).toBeLessThanOrEqual(cap);
    if (TRANSPORT === "undici") expect(server.peakConnections()).toBeLessThanOrEqual(cap);
    server.dropConnections();
  });

  it("a call waiting for a connection is bounded by its own timeout and never sent", async () => {
    let arrived = (): void => undefined;
    const holding = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    server.script(() => arrived());
    const client = pipedrive({ maxConnectionsPerOrigin: 1, retry: false });
    // The holder may meet a socket an earlier test's server dropped: let it retry that.
    const holder = client.DELETE("/v1/channels/{id}", { ...deleteChannel, timeoutMs: 20_000, retry: { initialDelayMs: 10 } });
    await holding;
    const queued = await failure(client.DELETE("/v1/channels/{id}", { ...deleteChannel, timeoutMs: 150 }));
    expect(queued).toBeInstanceOf(TimeoutError);
    expect(server.received).toHaveLength(1);
    // Let the holder go: its retry (after the dropped connection) is answered.
    server.script(json(200, { success: true }));
    server.dropConnections();
    await holder;
  });

  it("hands permits on in order and skips waiters that gave up", async () => {
    const cap = new OriginCap(1);
    const first = cap.acquire("http://a", new AbortController().signal);
    expect(typeof first).toBe("function");
    const gaveUp = new AbortController();
    const abandoned = cap.acquire("http://a", gaveUp.signal) as Promise<() => void>;
    const next = cap.acquire("http://a", new AbortController().signal) as Promise<() => void>;
    gaveUp.abort(new Error("gone"));
    await expect(abandoned).rejects.toThrow("gone");
    (first as () => void)();
    const release = await next;
    expect(cap.active("http://a")).toBe(1);
    release();
    expect(cap.active("http://a")).toBe(0);
  });

  it("rejects a cap below 1 at construction", () => {
    expect(() => pipedrive({ maxConnectionsPerOrigin: 0 })).toThrow(/maxConnectionsPerOrigin must be a number of at least 1/);
  });
});

describe("connection failures say whether the request may have reached the server", () => {
  const failingFetch = (code: string) => () =>
    Promise.reject(
      Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(`connect ${code} 127.0.0.1`), { code }) }),
    );

  it("EMFILE is this process running out of file descriptors, not an unreachable server", async () => {
    const client = pipedrive({ fetch: failingFetch("EMFILE"), retry: false });
    const error = await failure(client.DELETE("/v1/channels/{id}", deleteChannel));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe("EMFILE");
    expect((error as ConnectionError).mayHaveReachedServer).toBe(false);
    expect((error as Error).message).toContain("out of file descriptors or local ports (EMFILE)");
    expect((error as Error).message).not.toContain("could not reach the server");
  });

  it("a server that read the request and closed without answering may have applied it: a POST is not resent", async () => {
    server.script(reset);
    const error = await failure(pipedrive().POST("/v1/channels", { body: channel }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).mayHaveReachedServer).toBe(true);
    expect((error as Error).message).toContain("the server may have received the request");
    expect(server.received).toHaveLength(1);
  });

  it(`a POST reset unread (a stale keep-alive socket) is resent once, and arrives once (${TRANSPORT})`, async () => {
    const client = createPipedriveClient({ token: "pd-token", baseUrl: stale.url, ...transport });
    stale.answered.length = 0;
    await client.POST("/v1/channels", { body: channel, headers: { "x-request-id": "warm" } });
    const resetsBefore = stale.resetIds.length;
    resetNext = true;
    await client.POST("/v1/channels", { body: channel, headers: { "x-request-id": "after-idle" } });
    expect(stale.resetIds.length - resetsBefore, "the second POST was reset unread").toBe(1);
    expect(stale.answered).toEqual(["warm", "after-idle"]);
  });

  it("without retries the same failure is a ConnectionError saying the request was not sent", async () => {
    const client = createPipedriveClient({ token: "pd-token", baseUrl: stale.url, ...transport, retry: false });
    await client.POST("/v1/channels", { body: channel, headers: { "x-request-id": "warm" } });
    const resetsBefore = stale.resetIds.length;
    resetNext = true;
    const error = await failure(client.POST("/v1/channels", { body: channel, headers: { "x-request-id": "lost" } }));
    expect(stale.resetIds.length - resetsBefore).toBe(1);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).mayHaveReachedServer).toBe(false);
    expect((error as Error).message).toContain("the request was not sent");
    expect(stale.answered).not.toContain("lost");
  });
});
