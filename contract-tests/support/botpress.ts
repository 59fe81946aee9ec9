// Botpress Cloud API: clients, data and helpers shared by its contract tests (contract-tests/botpress/), against the mock of specs/botpress.yaml.
import { expect, it } from "vitest";
import { createBotpressClient, type BotpressErrorType } from "../../src/botpress.js";
import { expectApiError, fetchWithoutCredentials, mockUrl, preferStatus } from "./helpers.js";

export const baseUrl = mockUrl("botpress");
export const token = "bp_pat_3f9c0d2e7a1b";
export const BOT_ID = "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b";
export const WORKSPACE_ID = "wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2";
export const USER_ID = "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6";
export const CONVERSATION_ID = "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0";
export const EVENT_ID = "evt_01J0A3S8T0V2W4X6Y8Z0A2B4C6";
export const MESSAGE_ID = "msg_01J0A3Q5R7S9T1V3W5X7Y9Z1A3";
export const FILE_ID = "file_01J0A3V1W3X5Y7Z9A1B3C5D7E9";
export const INTEGRATION_ID = "intver_01J0A3Z7A9B1C3D5E7F9G1H3J5";
export const NEXT_TOKEN = "wwNgQn6tWNR/IHhKGHv/sg9zcIAGsxOk0TfmM+DdmcWkBZrXYjVvcfSZIZSs4ppCr/g=";
/** `expiresIn` of the spec's authenticate example: 2025-01-01T00:00:00Z in ms since the epoch. */
export const EXAMPLE_EXPIRES_IN = 1735689600000;

export const client = createBotpressClient({ token, botId: BOT_ID, workspaceId: WORKSPACE_ID, baseUrl, retry: false });
export const anonymous = createBotpressClient({
  token,
  botId: BOT_ID,
  workspaceId: WORKSPACE_ID,
  baseUrl,
  retry: false,
  fetch: fetchWithoutCredentials,
});
/** No botId / workspaceId: its calls must pass x-bot-id / x-workspace-id themselves. */
export const unscoped = createBotpressClient({ token, baseUrl, retry: false });

export type Scoped = typeof client;
export type Extra = { headers?: Record<string, string> };
export type Call = (c: Scoped, extra?: Extra) => Promise<unknown>;

/** The `type` of the first example of each documented error status (what Prism answers). */
export const ERROR_TYPES = {
  400: "InvalidPayload",
  401: "Unauthorized",
  403: "Forbidden",
  404: "ResourceNotFound",
  405: "MethodNotFound",
  409: "RelationConflict",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  429: "RateLimited",
  500: "Unknown",
} as const satisfies Record<number, BotpressErrorType>;
export type ErrorStatus = keyof typeof ERROR_TYPES;

export function itDocumentsErrors(statuses: ErrorStatus[], call: Call): void {
  it.each(statuses.map((status) => [status, ERROR_TYPES[status]] as const))("documents HTTP %i (%s)", async (status, type) => {
    const error = await expectApiError(call(client, preferStatus(status)), status, client.isApiError);
    expect(error.body.type).toBe(type);
    expect(error.body.status).toBe(status);
  });
}

export function itRefusesWithoutCredentials(call: Call): void {
  it("is refused without credentials", async () => {
    const error = await expectApiError(call(anonymous), 401, anonymous.isApiError);
    expect(error.body.type).toBe("Unauthorized");
  });
}

export const missingBotId = { at: ["header"], mentions: "x-bot-id", status: 400 } as const;
export const missingWorkspaceId = { at: ["header"], mentions: "x-workspace-id", status: 400 } as const;

export const user = { params: { path: { id: USER_ID } } };
export const conversation = { params: { path: { id: CONVERSATION_ID } } };
export const event = { params: { path: { id: EVENT_ID } } };
export const message = { params: { path: { id: MESSAGE_ID } } };
export const file = { params: { path: { id: FILE_ID } } };
export const bot = { params: { path: { id: BOT_ID } } };
export const integration = { params: { path: { id: INTEGRATION_ID } } };
export const state = { params: { path: { type: "conversation", id: CONVERSATION_ID, name: "session" } } } as const;
export const integrationVersion = { params: { path: { name: "order-tracker", version: "0.2.0" } } };

export const newUser = { tags: { "crm:customerId": "C-1042" }, integrationName: "telegram" };
export const newConversation = { channel: "channel", tags: { "support:priority": "normal" }, integrationName: "telegram" };
export const newMessage = {
  type: "text",
  payload: { text: "Hello! How can I help you today?" },
  userId: USER_ID,
  conversationId: CONVERSATION_ID,
  tags: {},
};
