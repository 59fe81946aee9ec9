// Botpress client behaviour through the factory (credentials, defaults, pagination) against the mock of specs/botpress.yaml.
import { describe, expect, it, vi } from "vitest";
import { createBotpressClient } from "../../src/botpress.js";
import { ConfigurationError } from "../../src/core/index.js";
import { expiresInToSeconds } from "../../src/internal/botpress-expiry.js";
import {
  baseUrl,
  token,
  BOT_ID,
  WORKSPACE_ID,
  USER_ID,
  CONVERSATION_ID,
  FILE_ID,
  INTEGRATION_ID,
  EXAMPLE_EXPIRES_IN,
  unscoped,
  user,
  conversation,
  file,
  bot,
  integration,
} from "../support/botpress.js";

describe("x-bot-id and x-workspace-id defaults", () => {
  function spyClient(sent: Record<string, { bot: string | null; workspace: string | null }>) {
    return createBotpressClient({
      token,
      botId: BOT_ID,
      workspaceId: WORKSPACE_ID,
      baseUrl,
      retry: false,
      fetch: (request) => {
        sent[`${request.method} ${new URL(request.url).pathname}`] = {
          bot: request.headers.get("x-bot-id"),
          workspace: request.headers.get("x-workspace-id"),
        };
        return fetch(request);
      },
    });
  }
  it("sends each only on the operations whose spec declares it", async () => {
    const sent: Record<string, { bot: string | null; workspace: string | null }> = {};
    const spy = spyClient(sent);
    await spy.GET("/v1/chat/conversations/{id}", conversation);
    await spy.GET("/v1/storage/files/{id}", file);
    await spy.GET("/v1/admin/bots/{id}", bot);
    await spy.GET("/v1/admin/hub/integrations/{id}", integration);
    await spy.POST("/v1/authenticate", { body: { clientKey: "k", clientSecret: "s" } });
    expect(sent).toEqual({
      [`GET /v1/chat/conversations/${CONVERSATION_ID}`]: { bot: BOT_ID, workspace: null },
      [`GET /v1/storage/files/${FILE_ID}`]: { bot: BOT_ID, workspace: null },
      [`GET /v1/admin/bots/${BOT_ID}`]: { bot: null, workspace: WORKSPACE_ID },
      [`GET /v1/admin/hub/integrations/${INTEGRATION_ID}`]: { bot: null, workspace: null },
      "POST /v1/authenticate": { bot: null, workspace: null },
    });
  });
  it("lets a call pass its own value instead", async () => {
    const sent: Record<string, { bot: string | null; workspace: string | null }> = {};
    await spyClient(sent).GET("/v1/chat/users/{id}", { params: { path: { id: USER_ID }, header: { "x-bot-id": "other-bot" } } });
    expect(sent[`GET /v1/chat/users/${USER_ID}`]).toEqual({ bot: "other-bot", workspace: null });
  });
  it("lets a client without defaults pass them per call, and reach the hub without any", async () => {
    const { data } = await unscoped.GET("/v1/chat/users/{id}", { params: { path: { id: USER_ID }, header: { "x-bot-id": BOT_ID } } });
    expect(data.user.id).toBe(USER_ID);
    const hub = await unscoped.GET("/v1/admin/hub/integrations/{id}", integration);
    expect(hub.data.integration.id).toBe(INTEGRATION_ID);
  });
});

describe("client credentials (clientKey + clientSecret)", () => {
  const credentials = { clientKey: "bp_key_5e2a", clientSecret: "bp_secret_9c41" };
  function recordingFetch(seen: { path: string; authorization: string | null; body: string }[]) {
    return async (request: Request): Promise<Response> => {
      seen.push({
        path: new URL(request.url).pathname,
        authorization: request.headers.get("authorization"),
        body: await request.clone().text(),
      });
      return fetch(request);
    };
  }

  it("trades them at POST /v1/authenticate and sends the token as Bearer", async () => {
    const seen: { path: string; authorization: string | null; body: string }[] = [];
    const bp = createBotpressClient({ ...credentials, baseUrl, botId: BOT_ID, retry: false, fetch: recordingFetch(seen) });
    await bp.GET("/v1/chat/users/{id}", user);
    await bp.GET("/v1/chat/conversations/{id}", conversation);

    const exchanges = seen.filter((s) => s.path === "/v1/authenticate");
    expect(exchanges[0]?.authorization).toBeNull();
    expect(JSON.parse(exchanges[0]?.body ?? "null")).toEqual(credentials);
    const calls = seen.filter((s) => s.path !== "/v1/authenticate");
    expect(calls.map((c) => c.authorization)).toEqual(["Bearer {ACCESS_TOKEN}", "Bearer {ACCESS_TOKEN}"]);
    // The mock answers the spec's example, whose expiresIn (1735689600000 ms = 2025-01-01) is in the
    // past: the token is already expired when it arrives, so the client exchanges again before each
    // call. With a future expiry it would exchange once (next test).
    expect(EXAMPLE_EXPIRES_IN).toBeLessThan(Date.now());
    expect(seen.map((s) => s.path)).toEqual([
      "/v1/authenticate",
      `/v1/chat/users/${USER_ID}`,
      "/v1/authenticate",
      `/v1/chat/conversations/${CONVERSATION_ID}`,
    ]);
  });
  it("exchanges once while the token has not expired", async () => {
    const seen: { path: string; authorization: string | null; body: string }[] = [];
    const record = recordingFetch(seen);
    // Not the mock's answer: the mock's example expiry is past, so a future one is put in its place
    // to show the caching (the request still reaches the mock and is validated there).
    const inAnHour = Date.now() + 3_600_000;
    const bp = createBotpressClient({
      ...credentials,
      baseUrl,
      botId: BOT_ID,
      retry: false,
      fetch: async (request) => {
        const response = await record(request);
        if (new URL(request.url).pathname !== "/v1/authenticate") return response;
        const body = (await response.json()) as { token: string };
        return Response.json({ token: body.token, expiresIn: inAnHour });
      },
    });
    await bp.GET("/v1/chat/users/{id}", user);
    await bp.GET("/v1/chat/conversations/{id}", conversation);
    expect(seen.map((s) => s.path)).toEqual(["/v1/authenticate", `/v1/chat/users/${USER_ID}`, `/v1/chat/conversations/${CONVERSATION_ID}`]);
    expect(seen.slice(1).map((s) => s.authorization)).toEqual(["Bearer {ACCESS_TOKEN}", "Bearer {ACCESS_TOKEN}"]);
  });
  it("reads expiresIn as a timestamp in ms, not a duration", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(expiresInToSeconds(now + 3_600_000, now)).toBe(3600);
    expect(expiresInToSeconds(EXAMPLE_EXPIRES_IN, now)).toBe(0); // past: clamped at 0
  });
  it("accepts exactly one kind of credentials", () => {
    // Neither in code nor in BP_TOKEN: refused, naming both ways to give one.
    vi.stubEnv("BP_TOKEN", "");
    expect(() => createBotpressClient({ baseUrl })).toThrow(/pass \{ token \} or set BP_TOKEN/);
    vi.unstubAllEnvs();
    // @ts-expect-error both a token and client credentials
    expect(() => createBotpressClient({ token, ...credentials, baseUrl })).toThrow(ConfigurationError);
    // @ts-expect-error clientSecret without clientKey
    expect(() => createBotpressClient({ clientSecret: "s", baseUrl })).toThrow(ConfigurationError);
  });
});
