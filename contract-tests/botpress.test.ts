// Botpress Cloud API: every operation against the Prism mock of specs/botpress.yaml.
import { describe, expect, expectTypeOf, it } from "vitest";
import { InvalidResponseError, RequestValidationError } from "../src/core/index.js";
import { createBotpressClient, expiresInToSeconds, type BotpressErrorType } from "../src/botpress.js";
import { expectApiError, expectRequestRejected, fetchWithoutCredentials, mockUrl, preferStatus } from "./support/helpers.js";

const baseUrl = mockUrl("botpress");
const token = "bp_pat_3f9c0d2e7a1b";
const BOT_ID = "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b";
const WORKSPACE_ID = "wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2";
const USER_ID = "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6";
const CONVERSATION_ID = "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0";
const EVENT_ID = "evt_01J0A3S8T0V2W4X6Y8Z0A2B4C6";
const MESSAGE_ID = "msg_01J0A3Q5R7S9T1V3W5X7Y9Z1A3";
const FILE_ID = "file_01J0A3V1W3X5Y7Z9A1B3C5D7E9";
const INTEGRATION_ID = "intver_01J0A3Z7A9B1C3D5E7F9G1H3J5";
const NEXT_TOKEN = "wwNgQn6tWNR/IHhKGHv/sg9zcIAGsxOk0TfmM+DdmcWkBZrXYjVvcfSZIZSs4ppCr/g=";
/** `expiresIn` of the spec's authenticate example: 2025-01-01T00:00:00Z in ms since the epoch. */
const EXAMPLE_EXPIRES_IN = 1735689600000;

const client = createBotpressClient({ token, botId: BOT_ID, workspaceId: WORKSPACE_ID, baseUrl, retry: false });
const anonymous = createBotpressClient({ token, botId: BOT_ID, workspaceId: WORKSPACE_ID, baseUrl, retry: false, fetch: fetchWithoutCredentials });
/** No botId / workspaceId: its calls must pass x-bot-id / x-workspace-id themselves. */
const unscoped = createBotpressClient({ token, baseUrl, retry: false });

type Scoped = typeof client;
type Extra = { headers?: Record<string, string> };
type Call = (c: Scoped, extra?: Extra) => Promise<unknown>;

/** The `type` of the first example of each documented error status (what Prism answers). */
const ERROR_TYPES = {
  400: "InvalidPayload",
  401: "Unauthorized",
  403: "Forbidden",
  404: "ResourceNotFound",
  405: "MethodNotFound",
  409: "RelationConflict",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  500: "Unknown",
} as const satisfies Record<number, BotpressErrorType>;
type ErrorStatus = keyof typeof ERROR_TYPES;

function itDocumentsErrors(statuses: ErrorStatus[], call: Call): void {
  it.each(statuses.map((status) => [status, ERROR_TYPES[status]] as const))("documents HTTP %i (%s)", async (status, type) => {
    const error = await expectApiError(call(client, preferStatus(status)), status, client.isApiError);
    expect(error.body.type).toBe(type);
    expect(error.body.status).toBe(status);
  });
}

function itRefusesWithoutCredentials(call: Call): void {
  it("is refused without credentials", async () => {
    const error = await expectApiError(call(anonymous), 401, anonymous.isApiError);
    expect(error.body.type).toBe("Unauthorized");
  });
}

const missingBotId = { at: ["header"], mentions: "x-bot-id", status: 400 } as const;
const missingWorkspaceId = { at: ["header"], mentions: "x-workspace-id", status: 400 } as const;

const user = { params: { path: { id: USER_ID } } };
const conversation = { params: { path: { id: CONVERSATION_ID } } };
const event = { params: { path: { id: EVENT_ID } } };
const message = { params: { path: { id: MESSAGE_ID } } };
const file = { params: { path: { id: FILE_ID } } };
const bot = { params: { path: { id: BOT_ID } } };
const integration = { params: { path: { id: INTEGRATION_ID } } };
const state = { params: { path: { type: "conversation", id: CONVERSATION_ID, name: "session" } } } as const;
const integrationVersion = { params: { path: { name: "order-tracker", version: "0.2.0" } } };

const newUser = { tags: { "crm:customerId": "C-1042" }, integrationName: "telegram" };
const newConversation = { channel: "channel", tags: { "support:priority": "normal" }, integrationName: "telegram" };
const newMessage = {
  type: "text",
  payload: { text: "Hello! How can I help you today?" },
  userId: USER_ID,
  conversationId: CONVERSATION_ID,
  tags: {},
};

// ------------------------------------------------------------------ authentication

describe("authenticate POST /v1/authenticate", () => {
  const credentials = { clientKey: "bp_key_5e2a", clientSecret: "bp_secret_9c41" };
  const call: Call = (c, extra) => c.POST("/v1/authenticate", { body: credentials, ...extra });
  it("returns an access token and its expiry", async () => {
    const { data, response } = await client.POST("/v1/authenticate", { body: credentials });
    expect(response.status).toBe(200);
    expect(data.token).toBe("{ACCESS_TOKEN}");
    expect(data.expiresIn).toBe(EXAMPLE_EXPIRES_IN);
  });
  itDocumentsErrors([400, 401, 415, 500], call);
  it("succeeds without credentials (security: [])", async () => {
    const { data, response } = await anonymous.POST("/v1/authenticate", { body: credentials });
    expect(response.status).toBe(200);
    expect(data.token).toBe("{ACCESS_TOKEN}");
  });
  it("is refused by request validation when clientSecret is missing", async () => {
    // @ts-expect-error clientSecret is required
    await expectRequestRejected(client.POST("/v1/authenticate", { body: { clientKey: "bp_key_5e2a" } }), { at: ["body"], mentions: "clientSecret", status: 400 });
  });
});

// ------------------------------------------------------------------ users

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
  itDocumentsErrors([400, 401, 403, 500], call);
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
    expect(response.status).toBe(200);
    expect(data.user.id).toBe(USER_ID);
    expect(data.user.createdAt).toBe("2024-05-14T09:21:33.412Z");
    expect(data.user.tags["crm:customerId"]).toBe("C-1042");
  });
  itDocumentsErrors([400, 401, 403, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when tags is missing", async () => {
    // @ts-expect-error tags is required
    await expectRequestRejected(client.POST("/v1/chat/users", { body: { integrationName: "telegram" } }), { at: ["body"], mentions: "tags", status: 400 });
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
  itDocumentsErrors([400, 401, 403, 415, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 415, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/chat/users/{id}", user), missingBotId);
  });
});

// ------------------------------------------------------------------ conversations

describe("listConversations GET /v1/chat/conversations", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/conversations", extra);
  it("lists the first page, with a next token", async () => {
    const { data, response } = await client.GET("/v1/chat/conversations");
    expect(response.status).toBe(200);
    expect(data.conversations).toEqual([]);
    expect(data.meta.nextToken).toBe(NEXT_TOKEN);
  });
  itDocumentsErrors([400, 401, 403, 500], call);
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
    expect(response.status).toBe(200);
    expect(data.conversation.id).toBe(CONVERSATION_ID);
    expect(data.conversation.channel).toBe("channel");
    expect(data.conversation.integration).toBe("telegram");
  });
  itDocumentsErrors([400, 401, 403, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when channel is missing", async () => {
    // @ts-expect-error channel is required
    await expectRequestRejected(client.POST("/v1/chat/conversations", { body: { tags: {} } }), { at: ["body"], mentions: "channel", status: 400 });
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
  itDocumentsErrors([400, 401, 403, 415, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 409, 415, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/chat/conversations/{id}", conversation), missingBotId);
  });
});

// ------------------------------------------------------------------ events

describe("listEvents GET /v1/chat/events", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/events", { params: { query: { type: "reminder" } }, ...extra });
  it("lists a page of Events", async () => {
    const { data, response } = await client.GET("/v1/chat/events", { params: { query: { type: "reminder" } } });
    expect(response.status).toBe(200);
    expect(data.events.map((e) => e.id)).toEqual([EVENT_ID]);
    expect(data.events[0]?.payload).toEqual({ orderId: "A-1001" });
    expect(data.meta).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/events"), missingBotId);
  });
});

describe("createEvent POST /v1/chat/events", () => {
  const body = { type: "reminder", payload: { orderId: "A-1001" }, schedule: { delay: 60000 } };
  const call: Call = (c, extra) => c.POST("/v1/chat/events", { body, ...extra });
  it("creates an Event", async () => {
    const { data, response } = await client.POST("/v1/chat/events", { body });
    expect(response.status).toBe(200);
    expect(data.event.id).toBe(EVENT_ID);
    expect(data.event.type).toBe("reminder");
    expect(data.event.payload["orderId"]).toBe("A-1001");
  });
  itDocumentsErrors([400, 401, 403, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a negative schedule delay", async () => {
    await expectRequestRejected(client.POST("/v1/chat/events", { body: { ...body, schedule: { delay: -1 } } }), { at: ["body", "schedule", "delay"], status: 400 });
  });
});

describe("getEvent GET /v1/chat/events/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/events/{id}", { ...event, ...extra });
  it("gets an Event", async () => {
    const { data, response } = await client.GET("/v1/chat/events/{id}", event);
    expect(response.status).toBe(200);
    expect(data.event.id).toBe(EVENT_ID);
    expect(data.event.createdAt).toBe("2024-05-14T09:30:00.000Z");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/events/{id}", event), missingBotId);
  });
});

// ------------------------------------------------------------------ messages

describe("listMessages GET /v1/chat/messages", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/messages", { params: { query: { conversationId: CONVERSATION_ID } }, ...extra });
  it("lists a page of Messages", async () => {
    const { data, response } = await client.GET("/v1/chat/messages", { params: { query: { conversationId: CONVERSATION_ID } } });
    expect(response.status).toBe(200);
    expect(data.messages).toHaveLength(1);
    expect(data.messages[0]?.direction).toBe("outgoing");
    expect(data.messages[0]?.conversationId).toBe(CONVERSATION_ID);
  });
  itDocumentsErrors([400, 401, 403, 500], call);
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
    expect(response.status).toBe(200);
    expect(data.message.id).toBe(MESSAGE_ID);
    expect(data.message.type).toBe("text");
    expect(data.message.payload).toEqual({ text: "Hello! How can I help you today?" });
    expect(data.message.userId).toBe(USER_ID);
  });
  itDocumentsErrors([400, 401, 403, 409, 415, 500], call);
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
  itDocumentsErrors([400, 401, 403, 409, 415, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 500], call);
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
  itDocumentsErrors([400, 401, 403, 404, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when tags is missing", async () => {
    // @ts-expect-error tags is required
    await expectRequestRejected(client.PUT("/v1/chat/messages/{id}", { ...message, body: {} }), { at: ["body"], mentions: "tags", status: 400 });
  });
});

describe("deleteMessage DELETE /v1/chat/messages/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/chat/messages/{id}", { ...message, ...extra });
  it("deletes a Message", async () => {
    const { data, response } = await client.DELETE("/v1/chat/messages/{id}", message);
    expect(response.status).toBe(200);
    expect(data.message?.id).toBe(MESSAGE_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/chat/messages/{id}", message), missingBotId);
  });
});

// ------------------------------------------------------------------ files

describe("listFiles GET /v1/storage/files", () => {
  const files = { params: { query: { botId: BOT_ID } } };
  const call: Call = (c, extra) => c.GET("/v1/storage/files", { ...files, ...extra });
  it("lists a page of Files", async () => {
    const { data, response } = await client.GET("/v1/storage/files", files);
    expect(response.status).toBe(200);
    expect(data.files[0]?.name).toBe("report.pdf");
    expect(data.files[0]?.accessType).toBe("private");
    expect(data.files[0]?.size).toBe(102400);
  });
  itDocumentsErrors([400, 401, 403, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when the botId query is missing", async () => {
    // Prism reports query parameter names lowercased.
    // @ts-expect-error the botId query parameter is required
    await expectRequestRejected(client.GET("/v1/storage/files"), { at: ["query"], mentions: "botid", status: 400 });
  });
});

describe("createFile POST /v1/storage/files", () => {
  const body = { botId: BOT_ID, contents: "aGVsbG8=", name: "my-image.jpg", accessType: "public" } as const;
  const call: Call = (c, extra) => c.POST("/v1/storage/files", { body, ...extra });
  it("creates a File", async () => {
    const { data, response } = await client.POST("/v1/storage/files", { body });
    expect(response.status).toBe(200);
    expect(data.file.id).toBe(FILE_ID);
    expect(data.file.accessType).toBe("public");
    expect(data.file.publicUrl).toBe(`https://files.botpress.cloud/${BOT_ID}/my-image.jpg`);
  });
  itDocumentsErrors([400, 401, 403, 413, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for an accessType outside the enum", async () => {
    // @ts-expect-error "shared" is not a file access type
    await expectRequestRejected(client.POST("/v1/storage/files", { body: { ...body, accessType: "shared" } }), { at: ["body", "accessType"], status: 400 });
  });
});

describe("getFile GET /v1/storage/files/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/storage/files/{id}", { ...file, ...extra });
  it("gets a File's metadata", async () => {
    const { data, response } = await client.GET("/v1/storage/files/{id}", file);
    expect(response.status).toBe(200);
    expect(data.file.id).toBe(FILE_ID);
    expect(data.file.botId).toBe(BOT_ID);
    expect(data.file.size).toBe(48213);
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/storage/files/{id}", file), missingBotId);
  });
});

describe("deleteFile DELETE /v1/storage/files/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/storage/files/{id}", { ...file, ...extra });
  it("deletes a File", async () => {
    const { data, response } = await client.DELETE("/v1/storage/files/{id}", file);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/storage/files/{id}", file), missingBotId);
  });
});

describe("downloadFile GET /v1/storage/files/{id}/download", () => {
  const call: Call = (c, extra) => c.GET("/v1/storage/files/{id}/download", { ...file, parseAs: "arrayBuffer", ...extra });
  it("returns the raw bytes as an ArrayBuffer", async () => {
    const { data, response } = await client.GET("/v1/storage/files/{id}/download", { ...file, parseAs: "arrayBuffer" });
    expectTypeOf(data).toEqualTypeOf<ArrayBuffer>();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect(data.byteLength).toBe(13);
    expect(new TextDecoder().decode(data)).toBe("Hello, world!");
  });
  it("refuses to read the bytes as JSON when parseAs is left out", async () => {
    await expect(client.GET("/v1/storage/files/{id}/download", file)).rejects.toBeInstanceOf(InvalidResponseError);
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/storage/files/{id}/download", { ...file, parseAs: "arrayBuffer" }), missingBotId);
  });
});

// ------------------------------------------------------------------ states

describe("getState GET /v1/chat/states/{type}/{id}/{name}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/states/{type}/{id}/{name}", { ...state, ...extra });
  it("gets a State", async () => {
    const { data, response } = await client.GET("/v1/chat/states/{type}/{id}/{name}", state);
    expect(response.status).toBe(200);
    expect(data.state.name).toBe("session");
    expect(data.state.type).toBe("conversation");
    expect(data.state.payload).toEqual({ step: "checkout", cartItems: 2 });
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a state type outside the enum", async () => {
    const path = { ...state.params.path, type: "workspace" };
    // @ts-expect-error "workspace" is not a state type
    await expectRequestRejected(client.GET("/v1/chat/states/{type}/{id}/{name}", { params: { path } }), { at: ["path", "type"], status: 400 });
  });
});

describe("setState POST /v1/chat/states/{type}/{id}/{name}", () => {
  const body = { payload: { step: "checkout", cartItems: 2 }, expiry: 1800000 };
  const call: Call = (c, extra) => c.POST("/v1/chat/states/{type}/{id}/{name}", { ...state, body, ...extra });
  it("sets a State", async () => {
    const { data, response } = await client.POST("/v1/chat/states/{type}/{id}/{name}", { ...state, body });
    expect(response.status).toBe(200);
    expect(data.state.id).toBe("state_01J0A3X4Y6Z8A0B2C4D6E8F0G2");
    expect(data.state.conversationId).toBe(CONVERSATION_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when payload is missing", async () => {
    // @ts-expect-error payload is required
    await expectRequestRejected(client.POST("/v1/chat/states/{type}/{id}/{name}", { ...state, body: { expiry: 1000 } }), {
      at: ["body"],
      mentions: "payload",
      status: 400,
    });
  });
});

describe("patchState PATCH /v1/chat/states/{type}/{id}/{name}", () => {
  const body = { payload: { step: "checkout" } };
  const call: Call = (c, extra) => c.PATCH("/v1/chat/states/{type}/{id}/{name}", { ...state, body, ...extra });
  it("patches a State", async () => {
    const { data, response } = await client.PATCH("/v1/chat/states/{type}/{id}/{name}", { ...state, body });
    expect(response.status).toBe(200);
    expect(data.state.botId).toBe(BOT_ID);
    expect(data.state.payload["step"]).toBe("checkout");
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for an expiry (only Set State takes one)", async () => {
    // tsc cannot see this one (no excess-property check on the inferred init); Prism can.
    await expectRequestRejected(client.PATCH("/v1/chat/states/{type}/{id}/{name}", { ...state, body: { ...body, expiry: 1000 } }), {
      at: ["body"],
      mentions: "expiry",
      status: 400,
    });
  });
});

// ------------------------------------------------------------------ hub

describe("listPublicIntegrations GET /v1/admin/hub/integrations", () => {
  const query = { params: { query: { name: "order-tracker", version: "latest" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/hub/integrations", { ...query, ...extra });
  it("lists a page of public Integrations", async () => {
    const { data, response } = await client.GET("/v1/admin/hub/integrations", query);
    expect(response.status).toBe(200);
    expect(data.integrations[0]?.name).toBe("order-tracker");
    expect(data.integrations[0]?.version).toBe("0.2.0");
    expect(data.meta.nextToken).toBeUndefined();
  });
  itDocumentsErrors([400, 401, 403, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a version that is neither semver nor latest", async () => {
    await expectRequestRejected(client.GET("/v1/admin/hub/integrations", { params: { query: { version: "v1" } } }), { at: ["query", "version"], status: 400 });
  });
});

describe("getPublicIntegrationById GET /v1/admin/hub/integrations/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/hub/integrations/{id}", { ...integration, ...extra });
  it("gets a public Integration", async () => {
    const { data, response } = await client.GET("/v1/admin/hub/integrations/{id}", integration);
    expect(response.status).toBe(200);
    expect(data.integration.id).toBe(INTEGRATION_ID);
    expect(data.integration.title).toBe("Order Tracker");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("refuses, before sending, an id that would change the route", async () => {
    // The spec constrains nothing here (one free-form path id, no query, header or body), so
    // Prism has nothing to refuse; the client's own path check is what stands in the way.
    await expect(client.GET("/v1/admin/hub/integrations/{id}", { params: { path: { id: ".." } } })).rejects.toBeInstanceOf(RequestValidationError);
  });
});

describe("getPublicIntegration GET /v1/admin/hub/integrations/{name}/{version}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/hub/integrations/{name}/{version}", { ...integrationVersion, ...extra });
  it("gets a public Integration by name and version", async () => {
    const { data, response } = await client.GET("/v1/admin/hub/integrations/{name}/{version}", integrationVersion);
    expect(response.status).toBe(200);
    expect(data.integration.name).toBe("order-tracker");
    expect(data.integration.iconUrl).toBe("https://media.botpress.cloud/integrations/order-tracker/icon.svg");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a version that is neither semver nor latest", async () => {
    await expectRequestRejected(client.GET("/v1/admin/hub/integrations/{name}/{version}", { params: { path: { name: "order-tracker", version: "1.0" } } }), {
      at: ["path", "version"],
      status: 400,
    });
  });
});

// ------------------------------------------------------------------ actions

describe("callAction POST /v1/chat/actions", () => {
  const body = { type: "slack:addReaction", input: { name: "thumbsup", messageId: MESSAGE_ID } };
  const call: Call = (c, extra) => c.POST("/v1/chat/actions", { body, ...extra });
  it("calls an action and returns its output", async () => {
    const { data, response } = await client.POST("/v1/chat/actions", { body });
    expect(response.status).toBe(200);
    expect(data.output).toEqual({ ok: true });
  });
  itDocumentsErrors([400, 401, 403, 405, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when input is missing", async () => {
    // @ts-expect-error input is required
    await expectRequestRejected(client.POST("/v1/chat/actions", { body: { type: "slack:addReaction" } }), { at: ["body"], mentions: "input", status: 400 });
  });
});

// ------------------------------------------------------------------ bots

describe("listBots GET /v1/admin/bots", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/bots", extra);
  it("lists a page of Bots", async () => {
    const { data, response } = await client.GET("/v1/admin/bots");
    expect(response.status).toBe(200);
    expect(data.bots.map((b) => b.name)).toEqual(["support-bot"]);
    expect(data.bots[0]?.dev).toBe(false);
    expect(data.bots[0]?.deployedAt).toBeUndefined();
  });
  itDocumentsErrors([400, 401, 403, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/bots"), missingWorkspaceId);
  });
});

describe("createBot POST /v1/admin/bots", () => {
  const body = { name: "support-bot", code: "exports.handler = async () => {}", tags: { team: "support" }, dev: false };
  const call: Call = (c, extra) => c.POST("/v1/admin/bots", { body, ...extra });
  it("creates a Bot", async () => {
    const { data, response } = await client.POST("/v1/admin/bots", { body });
    expect(response.status).toBe(200);
    expect(data.bot.id).toBe(BOT_ID);
    expect(data.bot.signingSecret).toBe("bp_sign_3c0f7a1e9d2b4c6a8e0f");
    expect(data.bot.tags).toEqual({ team: "support" });
  });
  itDocumentsErrors([400, 401, 403, 413, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when dev is not a boolean", async () => {
    // @ts-expect-error dev is a boolean
    await expectRequestRejected(client.POST("/v1/admin/bots", { body: { dev: "false" } }), { at: ["body", "dev"], status: 400 });
  });
});

describe("getBot GET /v1/admin/bots/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}", { ...bot, ...extra });
  it("gets a Bot", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}", bot);
    expect(response.status).toBe(200);
    expect(data.bot.name).toBe("support-bot");
    expect(data.bot.deployedAt).toBe("2024-05-14T08:12:09.000Z");
    expect(data.bot.createdBy).toBe("user_01HZZ1A2B3C4D5E6F7G8H9J0K1");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/bots/{id}", bot), missingWorkspaceId);
  });
});

describe("updateBot PUT /v1/admin/bots/{id}", () => {
  const body = { name: "support-bot-v2", blocked: true, authentication: "iam", integrations: {} } as const;
  const call: Call = (c, extra) => c.PUT("/v1/admin/bots/{id}", { ...bot, body, ...extra });
  it("updates a Bot", async () => {
    const { data, response } = await client.PUT("/v1/admin/bots/{id}", { ...bot, body });
    expect(response.status).toBe(200);
    expect(data.bot.id).toBe(BOT_ID);
    expect(data.bot.medias).toEqual([]);
  });
  itDocumentsErrors([400, 401, 403, 404, 413, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for an authentication outside the enum", async () => {
    // @ts-expect-error "oauth" is not a bot authentication type
    await expectRequestRejected(client.PUT("/v1/admin/bots/{id}", { ...bot, body: { authentication: "oauth" } }), { at: ["body", "authentication"], status: 400 });
  });
});

describe("deleteBot DELETE /v1/admin/bots/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/admin/bots/{id}", { ...bot, ...extra });
  it("deletes a Bot", async () => {
    const { data, response } = await client.DELETE("/v1/admin/bots/{id}", bot);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/admin/bots/{id}", bot), missingWorkspaceId);
  });
});

describe("transferBot POST /v1/admin/bots/{id}/transfer", () => {
  const body = { targetWorkspaceId: "wkspace_01J0B7C9D1E3F5G7H9J1K3M5N7" };
  const call: Call = (c, extra) => c.POST("/v1/admin/bots/{id}/transfer", { ...bot, body, ...extra });
  it("transfers a Bot", async () => {
    const { data, response } = await client.POST("/v1/admin/bots/{id}/transfer", { ...bot, body });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when targetWorkspaceId is missing", async () => {
    // @ts-expect-error targetWorkspaceId is required
    await expectRequestRejected(client.POST("/v1/admin/bots/{id}/transfer", { ...bot, body: {} }), { at: ["body"], mentions: "targetWorkspaceId", status: 400 });
  });
});

describe("getBotLogs GET /v1/admin/bots/{id}/logs", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}/logs", { ...bot, ...extra });
  it("gets a Bot's logs", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}/logs", bot);
    expect(response.status).toBe(200);
    expect(data.logs).toHaveLength(1);
    expect(data.logs[0]?.["message"]).toBe("Message handled");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/bots/{id}/logs", bot), missingWorkspaceId);
  });
});

describe("getBotWebchat GET /v1/admin/bots/{id}/webchat", () => {
  const webchat = { params: { path: { id: BOT_ID }, query: { type: "inject" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}/webchat", { ...webchat, ...extra });
  it("gets a Bot's webchat code", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}/webchat", webchat);
    expect(response.status).toBe(200);
    expect(data.code).toBe('<script src="https://cdn.botpress.cloud/webchat/v1/inject.js"></script>');
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when the type query is missing", async () => {
    // @ts-expect-error the type query parameter is required
    await expectRequestRejected(client.GET("/v1/admin/bots/{id}/webchat", bot), { at: ["query"], mentions: "type", status: 400 });
  });
});

describe("getBotAnalytics GET /v1/admin/bots/{id}/analytics", () => {
  const range = { startDate: "2024-05-01T00:00:00.000Z", endDate: "2024-05-02T00:00:00.000Z" };
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}/analytics", { params: { path: { id: BOT_ID }, query: range }, ...extra });
  it("gets a Bot's analytics records", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}/analytics", { params: { path: { id: BOT_ID }, query: range } });
    expect(response.status).toBe(200);
    expect(data.records).toHaveLength(1);
    expect(data.records[0]?.["sessions"]).toBe(58);
    expect(data.records[0]?.["startDateTimeUtc"]).toBe(range.startDate);
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a startDate that is not a date-time", async () => {
    // Prism reports query parameter names lowercased.
    await expectRequestRejected(client.GET("/v1/admin/bots/{id}/analytics", { params: { path: { id: BOT_ID }, query: { ...range, startDate: "yesterday" } } }), {
      at: ["query", "startdate"],
      mentions: "date-time",
      status: 400,
    });
  });
});

// ------------------------------------------------------------------ integrations

describe("listIntegrations GET /v1/admin/integrations", () => {
  const query = { params: { query: { name: "order-tracker" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations", { ...query, ...extra });
  it("lists a page of the workspace's Integrations", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations", query);
    expect(response.status).toBe(200);
    expect(data.integrations.map((i) => i.id)).toEqual([INTEGRATION_ID]);
    expect(data.integrations[0]?.readmeUrl).toBe("https://media.botpress.cloud/integrations/order-tracker/readme.md");
  });
  itDocumentsErrors([400, 401, 403, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a version that is neither semver nor latest", async () => {
    await expectRequestRejected(client.GET("/v1/admin/integrations", { params: { query: { version: "newest" } } }), { at: ["query", "version"], status: 400 });
  });
});

describe("createIntegration POST /v1/admin/integrations", () => {
  const body = { name: "order-tracker", version: "0.2.0", title: "Order Tracker", description: "Look up order status from chat.", public: true };
  const call: Call = (c, extra) => c.POST("/v1/admin/integrations", { body, ...extra });
  it("creates an Integration", async () => {
    const { data, response } = await client.POST("/v1/admin/integrations", { body });
    expect(response.status).toBe(200);
    expect(data.integration.name).toBe("order-tracker");
    expect(data.integration.version).toBe("0.2.0");
    expect(data.integration.dev).toBe(false);
  });
  itDocumentsErrors([400, 401, 403, 413, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when version is missing", async () => {
    // @ts-expect-error version is required
    await expectRequestRejected(client.POST("/v1/admin/integrations", { body: { name: "order-tracker" } }), { at: ["body"], mentions: "version", status: 400 });
  });
});

describe("getIntegration GET /v1/admin/integrations/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations/{id}", { ...integration, ...extra });
  it("gets an Integration", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations/{id}", integration);
    expect(response.status).toBe(200);
    expect(data.integration.id).toBe(INTEGRATION_ID);
    expect(data.integration.description).toBe("Look up order status from chat.");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/integrations/{id}", integration), missingWorkspaceId);
  });
});

describe("updateIntegration PUT /v1/admin/integrations/{id}", () => {
  const body = { title: "Order Tracker", description: "Look up order and shipping status from chat." };
  const call: Call = (c, extra) => c.PUT("/v1/admin/integrations/{id}", { ...integration, body, ...extra });
  it("updates an Integration", async () => {
    const { data, response } = await client.PUT("/v1/admin/integrations/{id}", { ...integration, body });
    expect(response.status).toBe(200);
    expect(data.integration.id).toBe(INTEGRATION_ID);
    expect(data.integration.title).toBe("Order Tracker");
  });
  itDocumentsErrors([400, 401, 403, 404, 413, 415, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a name (it cannot be changed)", async () => {
    // tsc cannot see this one (no excess-property check on the inferred init); Prism can.
    await expectRequestRejected(client.PUT("/v1/admin/integrations/{id}", { ...integration, body: { name: "renamed" } }), { at: ["body"], mentions: "name", status: 400 });
  });
});

describe("deleteIntegration DELETE /v1/admin/integrations/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/admin/integrations/{id}", { ...integration, ...extra });
  it("deletes an Integration", async () => {
    const { data, response } = await client.DELETE("/v1/admin/integrations/{id}", integration);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/admin/integrations/{id}", integration), missingWorkspaceId);
  });
});

describe("getIntegrationLogs GET /v1/admin/integrations/{id}/logs", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations/{id}/logs", { ...integration, ...extra });
  it("gets an Integration's logs", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations/{id}/logs", integration);
    expect(response.status).toBe(200);
    expect(data.logs[0]?.["level"]).toBe("info");
    expect(data.logs[0]?.["timestamp"]).toBe("2024-05-14T09:23:10.200Z");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/integrations/{id}/logs", integration), missingWorkspaceId);
  });
});

describe("getIntegrationByName GET /v1/admin/integrations/{name}/{version}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations/{name}/{version}", { ...integrationVersion, ...extra });
  it("gets an Integration by name and version", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations/{name}/{version}", integrationVersion);
    expect(response.status).toBe(200);
    expect(data.integration.name).toBe("order-tracker");
    expect(data.integration.version).toBe("0.2.0");
  });
  itDocumentsErrors([400, 401, 403, 404, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/integrations/{name}/{version}", integrationVersion), missingWorkspaceId);
  });
});

// ------------------------------------------------------------------ client behaviour

describe("x-bot-id and x-workspace-id defaults", () => {
  function spyClient(sent: Record<string, { bot: string | null; workspace: string | null }>) {
    return createBotpressClient({
      token,
      botId: BOT_ID,
      workspaceId: WORKSPACE_ID,
      baseUrl,
      retry: false,
      fetch: (request) => {
        sent[`${request.method} ${new URL(request.url).pathname}`] = { bot: request.headers.get("x-bot-id"), workspace: request.headers.get("x-workspace-id") };
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
      seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get("authorization"), body: await request.clone().text() });
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
    expect(seen.map((s) => s.path)).toEqual(["/v1/authenticate", `/v1/chat/users/${USER_ID}`, "/v1/authenticate", `/v1/chat/conversations/${CONVERSATION_ID}`]);
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
    expect(() => createBotpressClient({ baseUrl })).toThrow(/pass \{ token \} or set BP_TOKEN/);
    // @ts-expect-error both a token and client credentials
    expect(() => createBotpressClient({ token, ...credentials, baseUrl })).toThrow(TypeError);
    // @ts-expect-error clientSecret without clientKey
    expect(() => createBotpressClient({ clientSecret: "s", baseUrl })).toThrow(TypeError);
  });
});
