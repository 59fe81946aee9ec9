// Botpress "Users" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import {
  USER_ID,
  CONVERSATION_ID,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingBotId,
  user,
  newUser,
  BOT_ID,
  baseUrl,
  bot,
  conversation,
  file,
  integration,
  message,
  token,
} from "../support/botpress.js";

describe("listUsers GET /v1/chat/users", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/users", { params: { query: { conversationId: CONVERSATION_ID } }, ...extra });
  it("lists a page of Users", async () => {
    const { data, response } = await client.GET("/v1/chat/users", { params: { query: { conversationId: CONVERSATION_ID } } });
    expect(response.status).toBe(200);
    expect(data.users).toHaveLength(1);
    expect(data.users[0]?.id).toBe(USER_ID);
    expect(data.users[0]?.tags).toEqual({ "crm:customerId": "C-1042" });
    expect(data.meta.nextToken).toBeUndefined();
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/users"), missingBotId);
  });
});

describe("createUser POST /v1/chat/users", () => {
  const call: Call = (c, extra) => c.POST("/v1/chat/users", { body: newUser, ...extra });
  it("creates a User", async () => {
    const { data, response } = await client.POST("/v1/chat/users", { body: newUser });
    expect(response.status).toBe(201); // vendor reference: a creation answers 201
    expect(data.user.id).toBe(USER_ID);
    expect(data.user.createdAt).toBe("2024-05-14T09:21:33.412Z");
    expect(data.user.tags["crm:customerId"]).toBe("C-1042");
  });
  itDocumentsErrors([400, 401, 403, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when tags is missing", async () => {
    // @ts-expect-error tags is required
    await expectRequestRejected(client.POST("/v1/chat/users", { body: { integrationName: "telegram" } }), {
      at: ["body"],
      mentions: "tags",
      status: 400,
    });
  });
});

describe("getOrCreateUser POST /v1/chat/users/get-or-create", () => {
  const call: Call = (c, extra) => c.POST("/v1/chat/users/get-or-create", { body: newUser, ...extra });
  it("gets or creates a User", async () => {
    const { data, response } = await client.POST("/v1/chat/users/get-or-create", { body: newUser });
    expect(response.status).toBe(200);
    expect(data.user.id).toBe(USER_ID);
    expect(data.user.updatedAt).toBe("2024-05-14T09:21:33.412Z");
  });
  itDocumentsErrors([400, 401, 403, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a misspelled field", async () => {
    // tsc cannot see this one (openapi-fetch infers the init object, so no excess-property check); Prism can.
    await expectRequestRejected(client.POST("/v1/chat/users/get-or-create", { body: { tags: {}, integrationNmae: "telegram" } }), {
      at: ["body"],
      mentions: "integrationNmae",
      status: 400,
    });
  });
});

describe("getUser GET /v1/chat/users/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/users/{id}", { ...user, ...extra });
  it("gets a User", async () => {
    const { data, response } = await client.GET("/v1/chat/users/{id}", user);
    expect(response.status).toBe(200);
    expect(data.user.id).toBe(USER_ID);
    expect(data.user.tags).toEqual({ "crm:customerId": "C-1042" });
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/users/{id}", user), missingBotId);
  });
});

describe("updateUser PUT /v1/chat/users/{id}", () => {
  const body = { tags: { "crm:customerId": "C-1042" } };
  const call: Call = (c, extra) => c.PUT("/v1/chat/users/{id}", { ...user, body, ...extra });
  it("updates a User", async () => {
    const { data, response } = await client.PUT("/v1/chat/users/{id}", { ...user, body });
    expect(response.status).toBe(200);
    expect(data.user.id).toBe(USER_ID);
    expect(data.user.tags["crm:customerId"]).toBe("C-1042");
  });
  it("accepts `{}` (what @botpress/client sends with no attribute set) and no body at all", async () => {
    expect((await client.PUT("/v1/chat/users/{id}", { ...user, body: {} })).response.status).toBe(200);
    expect((await client.PUT("/v1/chat/users/{id}", user)).response.status).toBe(200);
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a tag value that is not a string", async () => {
    // @ts-expect-error tag values are strings
    await expectRequestRejected(client.PUT("/v1/chat/users/{id}", { ...user, body: { tags: { "crm:customerId": 1042 } } }), {
      at: ["body", "tags", "crm:customerId"],
      status: 400,
    });
  });
});

describe("deleteUser DELETE /v1/chat/users/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/chat/users/{id}", { ...user, ...extra });
  it("deletes a User", async () => {
    const { data, response } = await client.DELETE("/v1/chat/users/{id}", user);
    expect(response.status).toBe(200);
    expect(data.user?.id).toBe(USER_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/chat/users/{id}", user), missingBotId);
  });
});

// @botpress/client sends `{}` as a JSON body on every DELETE (specs/botpress.yaml, requestBodies/DeleteBody);
// the mock must accept it on each of the six DELETE operations, and still refuse a body with content.
describe("every Botpress DELETE with the `{}` JSON body @botpress/client sends", () => {
  const deletes = [
    ["deleteUser", () => client.DELETE("/v1/chat/users/{id}", { ...user, body: {} })],
    ["deleteConversation", () => client.DELETE("/v1/chat/conversations/{id}", { ...conversation, body: {} })],
    ["deleteMessage", () => client.DELETE("/v1/chat/messages/{id}", { ...message, body: {} })],
    ["deleteFile", () => client.DELETE("/v1/storage/files/{id}", { ...file, body: {} })],
    ["deleteBot", () => client.DELETE("/v1/admin/bots/{id}", { ...bot, body: {} })],
    ["deleteIntegration", () => client.DELETE("/v1/admin/integrations/{id}", { ...integration, body: {} })],
  ] as const;
  it.each(deletes)("%s accepts it", async (_name, call) => {
    const { response } = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
  });
  it("is sent as a JSON body, and a body with content is still refused", async () => {
    const send = (body: string) =>
      fetch(`${baseUrl}/v1/chat/users/${USER_ID}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${token}`, "x-bot-id": BOT_ID, "content-type": "application/json" },
        body,
      });
    expect((await send("{}")).status).toBe(200);
    const refused = await send('{"force":true}');
    expect([400, 422]).toContain(refused.status);
    expect(refused.headers.get("sl-violations") ?? (await refused.text())).toContain("body");
  });
});
