// Operation-named calls (client.<operationId>) and the bounded collect, against the mock of
// specs/botpress.yaml: same request on the wire as the path-style call, same defaults and errors.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError } from "../../src/core/index.js";
import { createBotpressClient } from "../../src/botpress.js";
import { createPipedreamClient } from "../../src/pipedream.js";
import { baseUrl, BOT_ID, CONVERSATION_ID, client, token } from "../support/botpress.js";
import { expectApiError, preferStatus } from "../support/helpers.js";

/** A scoped client that records each request's method, path, query and x-bot-id. */
function recordingClient(seen: string[]) {
  return createBotpressClient({
    token,
    botId: BOT_ID,
    baseUrl,
    retry: false,
    fetch: (request) => {
      const url = new URL(request.url);
      seen.push(`${request.method} ${url.pathname}${url.search} bot=${request.headers.get("x-bot-id")}`);
      return fetch(request);
    },
  });
}

describe("operation-named calls", () => {
  it("send what the path-style call sends, x-bot-id default included", async () => {
    const seen: string[] = [];
    const spy = recordingClient(seen);
    const named = await spy.getConversation({ params: { path: { id: CONVERSATION_ID } } });
    const pathStyle = await spy.GET("/v1/chat/conversations/{id}", { params: { path: { id: CONVERSATION_ID } } });
    expect(named.data).toEqual(pathStyle.data);
    expect(named.data.conversation.id).toBe(CONVERSATION_ID);
    expect(seen).toEqual([
      `GET /v1/chat/conversations/${CONVERSATION_ID} bot=${BOT_ID}`,
      `GET /v1/chat/conversations/${CONVERSATION_ID} bot=${BOT_ID}`,
    ]);
  });
  it("throw the path-style call's ApiError, naming the operation", async () => {
    const call = client.getConversation({ params: { path: { id: CONVERSATION_ID } }, ...preferStatus(404) });
    const error = await expectApiError(call, 404, client.isApiError);
    expect(error.operation).toEqual({ method: "GET", path: "/v1/chat/conversations/{id}" });
    expect(error.body.type).toBe("ResourceNotFound");
  });
  it("are the same function each time, and a name no operation has is refused when called", async () => {
    expect(client.getConversation).toBe(client.getConversation);
    const unknown = (client as unknown as Record<string, (init?: object) => Promise<unknown>>)["getConversaton"];
    await expect(unknown?.()).rejects.toThrow('botpress has no operation named "getConversaton"');
  });
  it("leave what await, JSON and inspectors ask for alone", async () => {
    expect((client as unknown as Record<string, unknown>)["then"]).toBeUndefined();
    expect((client as unknown as Record<string, unknown>)["toJSON"]).toBeUndefined();
    expect(await Promise.resolve(client)).toBe(client); // not mistaken for a thenable
  });
});

describe("bounded collect", () => {
  // The `conversations` example holds one item and a next token; the mock repeats it for page 2,
  // where the repeated token ends the walk: two pages of one item each unbounded.
  const twoPages = { headers: { Prefer: "example=conversations" } };
  it("fetches no page beyond the one holding the last wanted item", async () => {
    const seen: string[] = [];
    const spy = recordingClient(seen);
    expect(await spy.collect("/v1/chat/conversations", twoPages)).toHaveLength(2);
    expect(seen).toHaveLength(2);
    const items = await spy.collect("/v1/chat/conversations", twoPages, { limit: 1 });
    expect(items.map((item) => item.id)).toEqual([CONVERSATION_ID]);
    expect(seen).toHaveLength(3); // one page more, not two
  });
  it("works from the operation name, and a limit of 0 fetches nothing", async () => {
    const seen: string[] = [];
    const spy = recordingClient(seen);
    const ids: string[] = [];
    for await (const item of spy.listConversations.items(twoPages, { limit: 1 })) ids.push(item.id);
    expect(ids).toEqual([CONVERSATION_ID]);
    expect(await spy.listConversations.collect(twoPages, { limit: 0 })).toEqual([]);
    expect(seen).toEqual([`GET /v1/chat/conversations bot=${BOT_ID}`]);
  });
  it("refuses a limit that is not a whole number", async () => {
    await expect(client.collect("/v1/chat/conversations", twoPages, { limit: 1.5 })).rejects.toThrow(/limit must be a whole number/);
  });
});

describe("scope options from the environment", () => {
  afterEach(() => vi.unstubAllEnvs());
  it("reads BP_BOT_ID for a botId given as undefined, and refuses at construction when it is unset", async () => {
    vi.stubEnv("BP_BOT_ID", BOT_ID);
    const seen: string[] = [];
    const fromEnv = createBotpressClient({
      token,
      botId: process.env["BP_UNSET_FOR_THIS_TEST"],
      baseUrl,
      retry: false,
      fetch: (request) => {
        seen.push(request.headers.get("x-bot-id") ?? "none");
        return fetch(request);
      },
    });
    await fromEnv.getConversation({ params: { path: { id: CONVERSATION_ID } } }); // x-bot-id optional in the types
    expect(seen).toEqual([BOT_ID]);
    vi.stubEnv("BP_BOT_ID", undefined);
    expect(() => createBotpressClient({ token, botId: undefined })).toThrow(ConfigurationError);
    expect(() => createBotpressClient({ token, botId: undefined })).toThrow(/botId is undefined and BP_BOT_ID is not set/);
    expect(() => createBotpressClient({ token })).not.toThrow(); // not asked for: each call passes x-bot-id
  });
  it("refuses an orgId given as undefined when PIPEDREAM_ORG_ID is unset", () => {
    vi.stubEnv("PIPEDREAM_ORG_ID", undefined);
    expect(() => createPipedreamClient({ token, orgId: undefined })).toThrow(/orgId is undefined and PIPEDREAM_ORG_ID is not set/);
  });
});
