// Botpress "Messages" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import {
  USER_ID,
  CONVERSATION_ID,
  MESSAGE_ID,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingBotId,
  message,
  newMessage,
} from "../support/botpress.js";

describe("listMessages GET /v1/chat/messages", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/messages", { params: { query: { conversationId: CONVERSATION_ID } }, ...extra });
  it("lists a page of Messages", async () => {
    const { data, response } = await client.GET("/v1/chat/messages", { params: { query: { conversationId: CONVERSATION_ID } } });
    expect(response.status).toBe(200);
    expect(data.messages).toHaveLength(1);
    expect(data.messages[0]?.direction).toBe("outgoing");
    expect(data.messages[0]?.conversationId).toBe(CONVERSATION_ID);
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/messages"), missingBotId);
  });
});

describe("createMessage POST /v1/chat/messages", () => {
  const call: Call = (c, extra) => c.POST("/v1/chat/messages", { body: newMessage, ...extra });
  it("creates a Message", async () => {
    const { data, response } = await client.POST("/v1/chat/messages", { body: newMessage });
    expect(response.status).toBe(201); // vendor reference: a creation answers 201
    expect(data.message.id).toBe(MESSAGE_ID);
    expect(data.message.type).toBe("text");
    expect(data.message.payload).toEqual({ text: "Hello! How can I help you today?" });
    expect(data.message.userId).toBe(USER_ID);
  });
  itDocumentsErrors([400, 401, 403, 409, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when userId is missing", async () => {
    const { userId: _userId, ...withoutUser } = newMessage;
    // @ts-expect-error userId is required
    await expectRequestRejected(client.POST("/v1/chat/messages", { body: withoutUser }), { at: ["body"], mentions: "userId", status: 400 });
  });
});

describe("getOrCreateMessage POST /v1/chat/messages/get-or-create", () => {
  const call: Call = (c, extra) => c.POST("/v1/chat/messages/get-or-create", { body: newMessage, ...extra });
  it("gets or creates a Message", async () => {
    const { data, response } = await client.POST("/v1/chat/messages/get-or-create", { body: newMessage });
    expect(response.status).toBe(200);
    expect(data.message.id).toBe(MESSAGE_ID);
    expect(data.message.direction).toBe("outgoing");
  });
  itDocumentsErrors([400, 401, 403, 409, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a direction in the body (the API sets it)", async () => {
    // tsc cannot see this one (no excess-property check on the inferred init); Prism can.
    await expectRequestRejected(client.POST("/v1/chat/messages/get-or-create", { body: { ...newMessage, direction: "incoming" } }), {
      at: ["body"],
      mentions: "direction",
      status: 400,
    });
  });
});

describe("getMessage GET /v1/chat/messages/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/messages/{id}", { ...message, ...extra });
  it("gets a Message", async () => {
    const { data, response } = await client.GET("/v1/chat/messages/{id}", message);
    expect(response.status).toBe(200);
    expect(data.message.id).toBe(MESSAGE_ID);
    expect(data.message.tags).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/messages/{id}", message), missingBotId);
  });
});

describe("updateMessage PUT /v1/chat/messages/{id}", () => {
  const body = { tags: { "review:status": "approved" } };
  const call: Call = (c, extra) => c.PUT("/v1/chat/messages/{id}", { ...message, body, ...extra });
  it("updates a Message's tags", async () => {
    const { data, response } = await client.PUT("/v1/chat/messages/{id}", { ...message, body });
    expect(response.status).toBe(200);
    expect(data.message.id).toBe(MESSAGE_ID);
    expect(data.message.userId).toBe(USER_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when tags is missing", async () => {
    // @ts-expect-error tags is required
    await expectRequestRejected(client.PUT("/v1/chat/messages/{id}", { ...message, body: {} }), {
      at: ["body"],
      mentions: "tags",
      status: 400,
    });
  });
});

describe("deleteMessage DELETE /v1/chat/messages/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/chat/messages/{id}", { ...message, ...extra });
  it("deletes a Message", async () => {
    const { data, response } = await client.DELETE("/v1/chat/messages/{id}", message);
    expect(response.status).toBe(200);
    expect(data.message?.id).toBe(MESSAGE_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/chat/messages/{id}", message), missingBotId);
  });
});
