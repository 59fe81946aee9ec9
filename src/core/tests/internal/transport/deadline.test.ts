// The per-attempt bound holds whatever GC does. undici follows a Request's abort signal through
// a weak link (nodejs/undici#4068): once GC collects the Request, aborting no longer reaches the
// socket, and a timeout built on that signal alone leaves the call pending forever. Here GC is
// forced between sending and the deadline, with many calls in flight against a server that
// never answers; every call must settle as a TimeoutError within its bound.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPipedriveClient } from "../../../../pipedrive.js";
import { TimeoutError } from "../../../index.js";
import { hang, startFaultServer, type FaultHandler, type FaultServer } from "../../support/fault-server.js";
import { collectGarbage } from "../../support/gc.js";
import { watchLoopLag } from "../../support/loop-lag.js";
import { TRANSPORT, transport } from "../../support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const IN_FLIGHT = 100;
// Scheduling slack on a loaded 2-core machine, plus however long the event loop stalled (measured:
// a machine busy with other work); a hung call never settles at all.
const MARGIN_MS = 2_000;
const lag = watchLoopLag();
beforeEach(() => lag.reset());
afterAll(() => lag.stop());
const slackMs = (): number => MARGIN_MS + lag.allowanceMs();
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A repeatable coin: the same sequence of answers on every run. */
function seededCoin(seed: number): () => boolean {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31 < 0.5;
  };
}

/** About half the requests are never answered; the rest get a small JSON body. */
const coin = seededCoin(20_261_122);
const answerHalf: FaultHandler = (request, response, attempt) => {
  if (coin()) return hang(request, response, attempt);
  response.writeHead(200, { "content-type": "application/json" });
  response.end('{"success":true}');
};

interface LoadResult {
  started: number;
  /** Calls not settled `boundMs` + margin after they began. */
  overdue: number;
  /** Longest time any settled call took. */
  slowestMs: number;
  failures: unknown[];
}

/**
 * Keeps about `inFlight` calls running for `durationMs` (topped up every 5 ms), forcing one
 * full GC halfway, then waits out the last call's bound. Measured on the previous transport:
 * natural collections under steady load strand calls (30 of 1,038 in 2.5 s); frequent forced
 * collections hide the bug (they promote the in-flight Requests before they become garbage),
 * so the test forces one and keeps the load going around it.
 */
async function steadyLoad(
  inFlight: number,
  durationMs: number,
  boundMs: number,
  call: () => Promise<unknown>,
  minStarted = 0,
): Promise<LoadResult> {
  const result: LoadResult = { started: 0, overdue: 0, slowestMs: 0, failures: [] };
  const pending = new Map<number, number>();
  const begin = (): void => {
    const id = result.started++;
    const at = performance.now();
    pending.set(id, at);
    const done = (): void => {
      pending.delete(id);
      result.slowestMs = Math.max(result.slowestMs, performance.now() - at);
    };
    call().then(done, (error: unknown) => {
      result.failures.push(error);
      done();
    });
  };
  const loadEnds = performance.now() + durationMs;
  let nextGc = performance.now() + durationMs / 2;
  // A busy machine gets through fewer calls in durationMs: the load goes on until minStarted.
  while (performance.now() < loadEnds || result.started < minStarted) {
    while (pending.size < inFlight) begin();
    await sleep(5);
    if (performance.now() >= nextGc) {
      collectGarbage();
      nextGc = Number.POSITIVE_INFINITY;
    }
  }
  const lastStarted = performance.now();
  while (pending.size > 0 && performance.now() < lastStarted + boundMs + slackMs()) await sleep(10);
  const now = performance.now();
  for (const at of pending.values()) if (now - at >= boundMs + slackMs()) result.overdue++;
  return result;
}

describe(`timeouts under load and GC (${TRANSPORT} transport)`, () => {
  it(`settles every call within timeoutMs, ${IN_FLIGHT} in flight, when half the requests are never answered`, async () => {
    server.script(answerHalf);
    const client = createPipedriveClient({ token: "gc-token", baseUrl: server.url, timeoutMs: 300, retry: false, ...transport });
    const result = await steadyLoad(
      IN_FLIGHT,
      2_000,
      300,
      () => client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }),
      IN_FLIGHT * 2 + 1,
    );
    expect(result.overdue, `${result.overdue} of ${result.started} calls never settled`).toBe(0);
    expect(result.started).toBeGreaterThan(IN_FLIGHT * 2);
    expect(result.slowestMs).toBeLessThanOrEqual(300 + slackMs());
    expect(result.failures.length).toBeGreaterThan(0);
    for (const failure of result.failures) expect(failure).toBeInstanceOf(TimeoutError);
  });

  it("settles at the bound even when the abort never reaches the socket", async () => {
    // The failure mode itself, without waiting for GC to cause it: a fetch that drops the signal.
    server.script(hang);
    const signalDropping = (request: Request): Promise<Response> =>
      globalThis.fetch(request.url, { method: request.method, headers: request.headers });
    const client = createPipedriveClient({ token: "gc-token", baseUrl: server.url, timeoutMs: 200, retry: false, fetch: signalDropping });
    const result = await steadyLoad(50, 300, 200, () => client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-3" } } }));
    expect(result.overdue, `${result.overdue} of ${result.started} calls never settled`).toBe(0);
    expect(result.failures).toHaveLength(result.started);
    for (const failure of result.failures) expect(failure).toBeInstanceOf(TimeoutError);
    server.dropConnections();
  });

  it("settles within attempts × timeoutMs plus backoff when every attempt times out", async () => {
    server.script(hang);
    const retry = { maxRetries: 2, initialDelayMs: 50, maxDelayMs: 100 };
    const client = createPipedriveClient({ token: "gc-token", baseUrl: server.url, timeoutMs: 200, retry, ...transport });
    const bound = 3 * 200 + 50 + 100;
    const result = await steadyLoad(50, 500, bound, () => client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-2" } } }));
    expect(result.overdue, `${result.overdue} of ${result.started} calls never settled`).toBe(0);
    expect(result.slowestMs).toBeLessThanOrEqual(bound + slackMs());
    expect(result.failures).toHaveLength(result.started);
    for (const failure of result.failures) {
      expect(failure).toBeInstanceOf(TimeoutError);
      expect((failure as TimeoutError).attempts).toBe(3);
    }
  });
});
