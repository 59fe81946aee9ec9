// Load and chaos: thousands of calls, 100 in flight, against a server that misbehaves at random
// in every way the core knows. Each call, throwing and raw, must settle as a value or one of
// this library's errors within its bound; nothing may leak a credential, reject unhandled, or
// leave a timer, a socket or heap behind.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipedriveClient } from "../../pipedrive.js";
import { ApiClientError } from "../index.js";
import { hang, json, raw, reset, stallMidBody, startFaultServer, type FaultHandler, type FaultServer } from "./support/fault-server.js";
import { collectGarbage } from "./support/gc.js";
import { watchLoopLag } from "./support/loop-lag.js";
import { TRANSPORT, transport } from "./support/transport.js";
import { watchUnhandledRejections } from "./support/unhandled.js";

const TOKEN = "tok_CHAOS_SECRET_4f9d7e21";
const CALLS = 2_000;
const IN_FLIGHT = 100;
const TIMEOUT_MS = 300;
const RETRY = { maxRetries: 1, initialDelayMs: 20, maxDelayMs: 50, maxRetryAfterMs: 100 };
// Two attempts, one backoff or Retry-After wait, and scheduling slack; plus, measured, however
// long the event loop stalled during the run (a machine busy with other work).
const BOUND_MS = 2 * TIMEOUT_MS + RETRY.maxRetryAfterMs + 1_500;

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const bigBody = { success: true, data: Array.from({ length: 2_000 }, (_, i) => ({ id: `m-${i}`, text: "x".repeat(80) })) };
const echoAuthorization: FaultHandler = (request, response) => {
  response.writeHead(401, { "content-type": "application/json" });
  response.end(JSON.stringify({ success: false, error: `bad credentials ${String(request.headers.authorization)}` }));
};
const FAULTS: [string, FaultHandler][] = [
  ["ok", json(200, { success: true })],
  ["reset", reset],
  ["never answers", hang],
  ["stalls mid-body", stallMidBody],
  ["429 Retry-After", json(429, { success: false, error: "slow down" }, { "retry-after": "0.05" })],
  ["503 Retry-After", json(503, { success: false, error: "busy" }, { "retry-after": "0.05" })],
  ["500", json(500, { success: false, error: "boom" })],
  ["HTML 502", raw(502, "<html><body>Bad gateway</body></html>", { "content-type": "text/html" })],
  ["malformed JSON", raw(200, '{"success": tr', { "content-type": "application/json" })],
  ["204", (_request, response) => void response.writeHead(204).end()],
  ["200 KB body", json(200, bigBody)],
  ["echoes Authorization", echoAuthorization],
];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const countResources = (kind: string): number => process.getActiveResourcesInfo().filter((resource) => resource === kind).length;

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

function leaks(texts: string[]): string[] {
  return texts.filter((text) => text.includes(TOKEN) || text.includes(TOKEN.slice(4)));
}

describe(`load and chaos (${TRANSPORT} transport)`, () => {
  it(`${CALLS} calls, ${IN_FLIGHT} in flight, throwing and raw: every call settles within its bound, nothing leaks`, async () => {
    const random = seededRandom(7_2026);
    const served = new Map<string, number>();
    server.script((request, response, attempt) => {
      const [name, handler] = FAULTS[Math.floor(random() * FAULTS.length)] ?? ["ok", json(200, { success: true })];
      served.set(name, (served.get(name) ?? 0) + 1);
      handler(request, response, attempt);
    });
    const client = createPipedriveClient({ token: TOKEN, baseUrl: server.url, timeoutMs: TIMEOUT_MS, retry: RETRY, ...transport });
    const deleteChannel = { params: { path: { id: "wa-1" } } };

    // Warm up, then take the baseline the heap must come back to.
    await Promise.allSettled(Array.from({ length: 50 }, () => client.raw.DELETE("/v1/channels/{id}", deleteChannel)));
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const timersBefore = countResources("Timeout");

    const outcomes = { values: 0, errors: 0, rawErrors: 0, foreign: [] as unknown[], leaked: [] as string[] };
    const elapsedMs: number[] = [];
    const lag = watchLoopLag();
    let started = 0;
    const one = async (): Promise<void> => {
      const useRaw = started++ % 2 === 1;
      const at = performance.now();
      try {
        if (useRaw) {
          const { error } = await client.raw.DELETE("/v1/channels/{id}", deleteChannel);
          if (error !== undefined) {
            outcomes.rawErrors++;
            outcomes.leaked.push(...leaks([JSON.stringify(error), inspect(error, { depth: 8 })]));
          } else outcomes.values++;
        } else {
          await client.DELETE("/v1/channels/{id}", deleteChannel);
          outcomes.values++;
        }
      } catch (error) {
        if (!(error instanceof ApiClientError)) outcomes.foreign.push(error);
        else outcomes.errors++;
        const rendered = error as Error;
        outcomes.leaked.push(...leaks([rendered.message, String(rendered.stack), JSON.stringify(error), inspect(error, { depth: 8 })]));
      }
      elapsedMs.push(performance.now() - at);
    };
    const lanes = Array.from({ length: IN_FLIGHT }, async () => {
      while (started < CALLS) await one();
    });
    await Promise.all(lanes);
    lag.stop();
    const boundMs = BOUND_MS + lag.allowanceMs();
    const late = elapsedMs.filter((ms) => ms > boundMs).length;

    expect(outcomes.foreign, "errors that are not this library's").toEqual([]);
    expect(outcomes.leaked, "credential in an error").toEqual([]);
    expect(late, `calls slower than ${Math.round(boundMs)} ms (slowest ${Math.round(Math.max(...elapsedMs))} ms)`).toBe(0);
    expect(outcomes.values + outcomes.errors + outcomes.rawErrors).toBe(CALLS);
    // Every kind of fault was served, and the mix produced all three outcomes.
    expect([...served.keys()].sort()).toEqual(FAULTS.map(([name]) => name).sort());
    expect(Math.min(outcomes.values, outcomes.errors, outcomes.rawErrors)).toBeGreaterThan(50);

    // The server drops whatever it still holds open; the client must hold nothing after that.
    // (A connect aborted by a deadline may still complete: the server drops late arrivals too.)
    for (let waited = 0; waited < 2_000 && countResources("TCPSocketWrap") > 0; waited += 50) {
      server.dropConnections();
      await sleep(50);
    }
    expect(unhandled).toEqual([]);
    expect(countResources("Timeout")).toBeLessThanOrEqual(timersBefore);
    expect(countResources("TCPSocketWrap"), "client sockets left open").toBe(0);
    collectGarbage();
    const grownMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    expect(grownMb, `heap grew ${grownMb.toFixed(1)} MB`).toBeLessThan(16);
  });
});
