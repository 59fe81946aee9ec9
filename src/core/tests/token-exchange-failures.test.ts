// The token exchange under failure, through a factory (Pipedream client credentials): a late 401
// for an old token keeps the fresh one, a failing token endpoint is retried like an idempotent
// call, one waiter's abort fails only that waiter, each call's own deadline covers the exchange
// it waits on, and short-lived tokens are reused for part of their life.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipedreamClient } from "../../pipedream.js";
import { AbortedError, ApiError, TimeoutError, tokenExchange, type ClientOptions } from "../index.js";
import { hang, startFaultServer, type FaultHandler, type FaultServer, type ReceivedRequest } from "./support/fault-server.js";
import { transport } from "./support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const isTokenRequest = (request: ReceivedRequest): boolean => request.url === "/oauth/token";
const tokenRequests = (): number => server.received.filter(isTokenRequest).length;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** Token endpoint answered by `token` (given the how-many-th token request it is); API calls answered 200. */
function tokenServer(token: (request: ReceivedRequest, response: ServerResponse, nth: number) => void): FaultHandler {
  let nth = 0;
  return (request, response) => {
    if (isTokenRequest(request)) token(request, response, ++nth);
    else sendJson(response, 200, { data: { id: "u_1" } });
  };
}

const issue = (response: ServerResponse, nth: number, expiresIn = 3600): void =>
  sendJson(response, 200, { access_token: `pd-access-${nth}`, token_type: "Bearer", expires_in: expiresIn });

const fastRetry = { initialDelayMs: 1, maxDelayMs: 2 };
const client = (options: ClientOptions = {}) =>
  createPipedreamClient({ clientId: "oa_1", clientSecret: "cs_1", baseUrl: server.url, retry: fastRetry, ...transport, ...options });

describe("token exchange under failure", () => {
  it("a late 401 for an old token does not discard the fresh one: 50 late 401s, 1 exchange", async () => {
    const held: ServerResponse[] = [];
    server.script((request, response) => {
      if (isTokenRequest(request)) return issue(response, tokenRequests());
      if (request.headers.authorization !== "Bearer pd-access-1") return sendJson(response, 200, { data: { id: "u_1" } });
      if (server.received.length === 2) return sendJson(response, 200, { data: { id: "u_1" } }); // token 1 still good
      // Token 1 is revoked now: hold every request that carries it, then refuse them one by one, 10 ms apart.
      held.push(response);
      if (held.length < 50) return;
      for (const [i, late] of held.entries()) setTimeout(() => sendJson(late, 401, { error: "revoked" }), i * 10);
    });
    const pipedream = client();
    await pipedream.GET("/users/me");
    expect(tokenRequests()).toBe(1);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => pipedream.GET("/users/me")));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(tokenRequests() - 1).toBe(1);
  });

  it.each([
    ["500", (response: ServerResponse) => sendJson(response, 500, { error: "boom" })],
    ["503 with Retry-After", (response: ServerResponse) => sendJson(response, 503, { error: "busy" }, { "retry-after": "0" })],
    ["429", (response: ServerResponse) => sendJson(response, 429, { error: "slow down" })],
    ["408", (response: ServerResponse) => sendJson(response, 408, { error: "timeout" })],
    ["a reset connection", (response: ServerResponse) => response.socket?.destroy()],
  ])("a token endpoint failing once with %s is retried: 20 waiting calls all succeed", async (_name, failOnce) => {
    server.script(tokenServer((_request, response, nth) => (nth === 1 ? failOnce(response) : issue(response, nth))));
    const pipedream = client();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => pipedream.GET("/users/me")));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(tokenRequests()).toBe(2);
  });

  it("a token endpoint that keeps failing ends the call with its error after the policy's retries", async () => {
    server.script(tokenServer((_request, response) => sendJson(response, 503, { error: "down" })));
    const error = await client({ retry: { ...fastRetry, maxRetries: 2 } })
      .GET("/users/me", { retry: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(tokenRequests()).toBe(3);
  });

  it("each call's own timeoutMs covers the exchange it waits on", async () => {
    server.script(tokenServer(hang));
    const started = performance.now();
    const error = await client({ retry: false })
      .GET("/users/me", { timeoutMs: 200 })
      .catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(200);
    // The client's timeoutMs (60 s) bounds the token request itself; the call's 200 ms bounds the wait.
    expect(elapsed).toBeLessThan(30_000);
    server.dropConnections();
  });

  it("one waiter's abort fails only that waiter; the others get the token", async () => {
    let release: (() => void) | undefined;
    server.script(
      tokenServer((_request, response, nth) => {
        release = () => issue(response, nth);
      }),
    );
    const pipedream = client();
    const controller = new AbortController();
    const aborted = pipedream.GET("/users/me", { signal: controller.signal }).catch((e: unknown) => e);
    const others = Array.from({ length: 4 }, () => pipedream.GET("/users/me"));
    while (!release) await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error("caller left"));
    expect(await aborted).toBeInstanceOf(AbortedError);
    release();
    const settled = await Promise.allSettled(others);
    expect(settled.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(tokenRequests()).toBe(1);
  });

  it("a token living 30 s is reused, not exchanged again on every call", async () => {
    server.script(tokenServer((_request, response, nth) => issue(response, nth, 30)));
    const pipedream = client();
    for (let i = 0; i < 10; i++) await pipedream.GET("/users/me");
    expect(tokenRequests()).toBe(1);
  });
});

describe("tokenExchange lifetime", () => {
  const exchangeAt = (lifetimeSeconds: number) => {
    let now = 0;
    let issued = 0;
    const auth = tokenExchange({
      secrets: [],
      now: () => now,
      exchange: async () => ({ accessToken: `t-${++issued}`, expiresInSeconds: lifetimeSeconds }),
    });
    const advance = (ms: number): void => {
      now += ms;
    };
    return { auth, advance, issued: () => issued };
  };

  it("reuses a short-lived token for half its life (as @pipedream/sdk does), then refreshes", async () => {
    const { auth, advance, issued } = exchangeAt(30);
    await auth.headers();
    advance(14_999);
    expect(await auth.headers()).toEqual({ Authorization: "Bearer t-1" });
    advance(2);
    expect(await auth.headers()).toEqual({ Authorization: "Bearer t-2" });
    expect(issued()).toBe(2);
  });

  it("keeps the 60 s margin for a token that lives long enough", async () => {
    const { auth, advance } = exchangeAt(3600);
    await auth.headers();
    advance(3_539_000);
    expect(await auth.headers()).toEqual({ Authorization: "Bearer t-1" });
    advance(2_000);
    expect(await auth.headers()).toEqual({ Authorization: "Bearer t-2" });
  });

  it("invalidate drops only the token that was refused", async () => {
    const { auth, issued } = exchangeAt(3600);
    const first = await auth.headers();
    expect(await auth.invalidate?.(first)).toBe(true);
    const second = await auth.headers();
    expect(second).toEqual({ Authorization: "Bearer t-2" });
    expect(await auth.invalidate?.(first)).toBe(true); // a late 401 for t-1
    expect(await auth.headers()).toEqual(second);
    expect(issued()).toBe(2);
  });
});
