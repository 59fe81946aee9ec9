// tokenExchange: cached reuse, refresh before expiry, one exchange for concurrent callers,
// one retry with a fresh token after a 401.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, tokenExchange, type ApiError } from "../index.js";
import type { paths } from "../../../generated/pipedrive.js";
import { createPipedreamClient } from "../../pipedream.js";
import { json, startFaultServer, type FaultServer } from "./support/fault-server.js";
import { transport } from "./support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

function counterExchange(lifetimeSeconds: number | undefined, delayMs = 0) {
  let issued = 0;
  return {
    exchange: async () => {
      issued++;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { accessToken: `token-${issued}`, ...(lifetimeSeconds !== undefined ? { expiresInSeconds: lifetimeSeconds } : {}) };
    },
    issued: () => issued,
  };
}

const clientWith = (auth: ReturnType<typeof tokenExchange>) =>
  createApiClient<paths>(
    { name: "pipedrive", defaultBaseUrl: server.url, auth, loadDocument: () => import("../../../generated/pipedrive.openapi.js") },
    { retry: false, ...transport },
  );
const call = (client: ReturnType<typeof clientWith>) => client.DELETE("/v1/channels/{id}", { params: { path: { id: "x" } } });

describe("tokenExchange", () => {
  it("reuses a cached token until shortly before it expires, then refreshes", async () => {
    let now = 1_000_000;
    const source = counterExchange(3600);
    const auth = tokenExchange({ exchange: source.exchange, secrets: ["client-secret"], refreshMarginMs: 60_000, now: () => now });
    expect(await auth.headers()).toEqual({ Authorization: "Bearer token-1" });
    now += 3_000_000; // 50 min: still valid
    expect(await auth.headers()).toEqual({ Authorization: "Bearer token-1" });
    now += 541_000; // 59 min 1 s: inside the 60 s refresh margin
    expect(await auth.headers()).toEqual({ Authorization: "Bearer token-2" });
    expect(source.issued()).toBe(2);
    expect(auth.exchangeCount).toBe(2);
  });

  it("makes 20 concurrent calls share one exchange", async () => {
    server.script(json(200, { success: true }));
    const source = counterExchange(3600, 50);
    const client = clientWith(tokenExchange({ exchange: source.exchange, secrets: [] }));
    await Promise.all(Array.from({ length: 20 }, () => call(client)));
    expect(source.issued()).toBe(1);
    expect(server.received).toHaveLength(20);
    expect(new Set(server.received.map((r) => r.headers.authorization))).toEqual(new Set(["Bearer token-1"]));
  });

  it("retries once with a fresh token after a 401, and only once", async () => {
    server.script(json(401, { success: false, error: "expired" }), json(200, { success: true }));
    const source = counterExchange(3600);
    const client = clientWith(tokenExchange({ exchange: source.exchange, secrets: [] }));
    const { data } = await call(client);
    expect(data.success).toBe(true);
    expect(server.received.map((r) => r.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);

    server.script(json(401, { success: false, error: "revoked" }));
    const error = await call(client).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(401);
    expect(server.received).toHaveLength(2); // the original and one retry with a fresh token
  });

  it("a failed exchange fails the call and the next call tries again", async () => {
    server.script(json(200, { success: true }));
    let attempt = 0;
    const auth = tokenExchange({
      secrets: [],
      exchange: async () => {
        attempt++;
        if (attempt === 1) throw new Error("token endpoint down");
        return { accessToken: "token-ok", expiresInSeconds: 60 };
      },
    });
    const client = clientWith(auth);
    await expect(call(client)).rejects.toThrow("token endpoint down");
    await expect(call(client)).resolves.toBeDefined();
    expect(server.received).toHaveLength(1);
  });

  it("one caller aborting does not fail the exchange others wait for", async () => {
    const source = counterExchange(3600, 100);
    const auth = tokenExchange({ exchange: source.exchange, secrets: [] });
    const controller = new AbortController();
    const first = auth.headers(controller.signal);
    const second = auth.headers();
    controller.abort(new Error("gone"));
    await expect(first).rejects.toThrow("gone");
    await expect(second).resolves.toEqual({ Authorization: "Bearer token-1" });
    expect(source.issued()).toBe(1);
  });
});

describe("through a factory (Pipedream client credentials)", () => {
  it("one POST /oauth/token serves 20 concurrent calls, and a 401 triggers one fresh exchange", async () => {
    let issued = 0;
    server.script((request, response) => {
      if (request.url === "/oauth/token") {
        issued++;
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ access_token: `pd-access-${issued}`, token_type: "Bearer", expires_in: 3600 }));
        return;
      }
      const stale = request.headers.authorization === "Bearer pd-access-1" && server.received.length > 21;
      response.writeHead(stale ? 401 : 200, { "content-type": "application/json" });
      response.end(JSON.stringify(stale ? { error: "token expired" } : { data: { id: "u_1" } }));
    });
    const client = createPipedreamClient({ clientId: "oa_1", clientSecret: "cs_1", baseUrl: server.url, ...transport, retry: false });
    await Promise.all(Array.from({ length: 20 }, () => client.GET("/users/me")));
    expect(issued).toBe(1);
    expect(server.received.filter((r) => r.url === "/oauth/token")).toHaveLength(1);
    expect(JSON.parse(server.received.find((r) => r.url === "/oauth/token")?.body ?? "{}")).toMatchObject({
      grant_type: "client_credentials",
      client_id: "oa_1",
    });

    await client.GET("/users/me"); // 401 with token 1 → one exchange → retried with token 2
    expect(issued).toBe(2);
    expect(server.received.at(-1)?.headers.authorization).toBe("Bearer pd-access-2");
  });
});
