// Pipedrive Channels: clients, data and helpers shared by its contract tests (contract-tests/pipedrive/), against the mock of specs/pipedrive.yaml.
import { createPipedriveClient } from "../../src/pipedrive.js";
import { fetchWithoutCredentials, mockUrl } from "./helpers.js";

export const baseUrl = mockUrl("pipedrive");
export const client = createPipedriveClient({ token: "pd-oauth-token", baseUrl, retry: false });
export const anonymous = createPipedriveClient({ token: "pd-oauth-token", baseUrl, retry: false, fetch: fetchWithoutCredentials });

export const channel = { name: "Acme WhatsApp", provider_channel_id: "wa-5551234" };
export const message = {
  id: "msg-0001",
  channel_id: "wa-5551234",
  sender_id: "wa-user-42",
  conversation_id: "conv-77",
  message: "Hello",
  status: "delivered",
  created_at: "2026-11-20 10:31",
} as const;
export const conversationPath = { "channel-id": "wa-5551234", "conversation-id": "conv-77" };
