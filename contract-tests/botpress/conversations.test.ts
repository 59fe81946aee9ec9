// Botpress "Conversations" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { createBotpressClient } from "../../src/botpress.js";
import { expectRequestRejected } from "../support/helpers.js";
import {
  baseUrl,
  token,
  BOT_ID,
  USER_ID,
  CONVERSATION_ID,
  NEXT_TOKEN,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingBotId,
  conversation,
  newConversation,
} from "../support/botpress.js";

describe("listConversations GET /v1/chat/conversations", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/conversations", extra);
  it("lists the first page, with a next token", async () => {
    const { data, response } = await client.GET("/v1/chat/conversations");
    expect(response.status).toBe(200);
    expect(data.conversations).toEqual([]);
    expect(data.meta.nextToken).toBe(NEXT_TOKEN);
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/conversations"), missingBotId);
  });

  it("walks pages by meta.nextToken, and stops when the token repeats", async () => {
    const sentTokens: (string | null)[] = [];
    const spy = createBotpressClient({
      token,
      botId: BOT_ID,
      baseUrl,
      retry: false,
      fetch: (request) => {
        sentTokens.push(new URL(request.url).searchParams.get("nextToken"));
        return fetch(request);
      },
    });
    const pages = [];
    for await (const page of spy.pages("/v1/chat/conversations")) pages.push(page);
    // The mock answers every request with the first page: its token is followed once, and the
    // second answer repeating it ends the walk instead of looping forever.
    expect(sentTokens).toEqual([null, NEXT_TOKEN]);
    expect(pages.map((p) => p.meta.nextToken)).toEqual([NEXT_TOKEN, NEXT_TOKEN]);
  });
  it("stops after a page without meta.nextToken (the spec's lastPage example)", async () => {
    const sentTokens: (string | null)[] = [];
    const spy = createBotpressClient({
      token,
      botId: BOT_ID,
      baseUrl,
      retry: false,
      fetch: (request) => {
        sentTokens.push(new URL(request.url).searchParams.get("nextToken"));
        return fetch(request);
      },
    });
    const pages = [];
    for await (const page of spy.pages("/v1/chat/conversations", { headers: { Prefer: "example=lastPage" } })) pages.push(page);
    expect(sentTokens).toEqual([null]);
    expect(pages).toEqual([{ conversations: [], meta: {} }]);
  });
  it("yields the items of every page", async () => {
    const ids: string[] = [];
    // The `conversations` example has one item and a next token; the mock repeats it for page 2.
    for await (const item of client.items("/v1/chat/conversations", { headers: { Prefer: "example=conversations" } })) ids.push(item.id);
    expect(ids).toEqual([CONVERSATION_ID, CONVERSATION_ID]);
  });
  it("sends the tags filter as a deep object and participantIds as repeated parameters", async () => {
    let search = "";
    const spy = createBotpressClient({
      token,
      botId: BOT_ID,
      baseUrl,
      retry: false,
      fetch: (request) => {
        search = new URL(request.url).search;
        return fetch(request);
      },
    });
    const { response } = await spy.GET("/v1/chat/conversations", {
      params: { query: { tags: { "support:priority": "high", team: "billing" }, participantIds: [USER_ID, "user_2"] } },
    });
    expect(search).toBe(`?tags[support:priority]=high&tags[team]=billing&participantIds=${USER_ID}&participantIds=user_2`);
    expect(response.status).toBe(200); // Prism validated the query and accepted it
  });
});

describe("createConversation POST /v1/chat/conversations", () => {
  const call: Call = (c, extra) => c.POST("/v1/chat/conversations", { body: newConversation, ...extra });
  it("creates a Conversation", async () => {
    const { data, response } = await client.POST("/v1/chat/conversations", { body: newConversation });
    expect(response.status).toBe(201); // vendor reference: a creation answers 201
    expect(data.conversation.id).toBe(CONVERSATION_ID);
    expect(data.conversation.channel).toBe("channel");
    expect(data.conversation.integration).toBe("telegram");
  });
  itDocumentsErrors([400, 401, 403, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when channel is missing", async () => {
    // @ts-expect-error channel is required
    await expectRequestRejected(client.POST("/v1/chat/conversations", { body: { tags: {} } }), {
      at: ["body"],
      mentions: "channel",
      status: 400,
    });
  });
});

describe("getOrCreateConversation POST /v1/chat/conversations/get-or-create", () => {
  const call: Call = (c, extra) => c.POST("/v1/chat/conversations/get-or-create", { body: newConversation, ...extra });
  it("gets or creates a Conversation", async () => {
    const { data, response } = await client.POST("/v1/chat/conversations/get-or-create", { body: newConversation });
    expect(response.status).toBe(200);
    expect(data.conversation.id).toBe(CONVERSATION_ID);
    expect(data.conversation.tags).toEqual({ "support:priority": "normal" });
  });
  itDocumentsErrors([400, 401, 403, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a misspelled field", async () => {
    // @ts-expect-error "chanel" is not a field; "channel" is required
    await expectRequestRejected(client.POST("/v1/chat/conversations/get-or-create", { body: { chanel: "channel", tags: {} } }), {
      at: ["body"],
      mentions: "chanel",
      status: 400,
    });
  });
});

describe("getConversation GET /v1/chat/conversations/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/conversations/{id}", { ...conversation, ...extra });
  it("gets a Conversation", async () => {
    const { data, response } = await client.GET("/v1/chat/conversations/{id}", conversation);
    expect(response.status).toBe(200);
    expect(data.conversation.id).toBe(CONVERSATION_ID);
    expect(data.conversation.updatedAt).toBe("2024-05-14T09:25:47.930Z");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/conversations/{id}", conversation), missingBotId);
  });
});

describe("updateConversation PUT /v1/chat/conversations/{id}", () => {
  const body = { tags: { "support:priority": "high" }, participantIds: [USER_ID] };
  const call: Call = (c, extra) => c.PUT("/v1/chat/conversations/{id}", { ...conversation, body, ...extra });
  it("updates a Conversation", async () => {
    const { data, response } = await client.PUT("/v1/chat/conversations/{id}", { ...conversation, body });
    expect(response.status).toBe(200);
    expect(data.conversation.id).toBe(CONVERSATION_ID);
    expect(data.conversation.channel).toBe("channel");
  });
  itDocumentsErrors([400, 401, 403, 404, 409, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when participantIds is not an array", async () => {
    // @ts-expect-error participantIds is an array of user ids
    await expectRequestRejected(client.PUT("/v1/chat/conversations/{id}", { ...conversation, body: { participantIds: USER_ID } }), {
      at: ["body", "participantIds"],
      status: 400,
    });
  });
});

describe("deleteConversation DELETE /v1/chat/conversations/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/chat/conversations/{id}", { ...conversation, ...extra });
  it("deletes a Conversation", async () => {
    const { data, response } = await client.DELETE("/v1/chat/conversations/{id}", conversation);
    expect(response.status).toBe(200);
    expect(data.conversation?.id).toBe(CONVERSATION_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/chat/conversations/{id}", conversation), missingBotId);
  });
});
