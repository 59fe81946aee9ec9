// The top-level body fields each vendor SDK call sends, read from the SDKs' request code.
/**
 * Top-level body fields each SDK call puts on the wire when its caller gives them, per
 * `<api>.<operationId>`: read from the SDKs' request code (@botpress/client 1.45.0's body builders,
 * pipedrive 33.7.0's ChannelsApi models, @pipedream/sdk 3.1.6's token request, which adds
 * `grant_type` itself), limited to the fields our specs declared when this list was written. The
 * calls send them even when the spec stops declaring one, so a spec that loses a field the vendor's
 * own client sends is refused here instead of passing unnoticed. The conformance test checks that
 * the SDKs really send every field listed.
 */
export const SDK_BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  "botpress.callAction": ["type", "input"],
  "botpress.createBot": ["name", "code", "tags", "states", "events", "recurringEvents", "configuration", "medias", "dev"],
  "botpress.createConversation": ["channel", "tags", "integrationName"],
  "botpress.createEvent": ["type", "payload", "schedule"],
  "botpress.createIntegration": [
    "name",
    "version",
    "title",
    "description",
    "public",
    "code",
    "channels",
    "events",
    "actions",
    "configuration",
    "user",
  ],
  "botpress.createMessage": ["type", "payload", "userId", "conversationId", "tags"],
  "botpress.createUser": ["tags", "integrationName"],
  "botpress.getOrCreateConversation": ["channel", "tags", "integrationName"],
  "botpress.getOrCreateMessage": ["type", "payload", "userId", "conversationId", "tags"],
  "botpress.getOrCreateUser": ["tags", "integrationName"],
  "botpress.patchState": ["payload"],
  "botpress.setState": ["payload", "expiry"],
  "botpress.transferBot": ["targetWorkspaceId"],
  "botpress.updateBot": ["name", "blocked", "authentication", "integrations"],
  "botpress.updateConversation": ["tags"],
  "botpress.updateIntegration": ["title", "description"],
  "botpress.updateMessage": ["tags"],
  "botpress.updateUser": ["tags"],
  "pipedrive.addChannel": ["name", "provider_channel_id", "avatar_url", "template_support", "provider_type"],
  "pipedrive.receiveMessage": [
    "id",
    "channel_id",
    "sender_id",
    "conversation_id",
    "message",
    "status",
    "created_at",
    "reply_by",
    "conversation_link",
    "attachments",
  ],
  "pipedream.createOAuthToken": ["client_id", "client_secret", "grant_type", "scope"],
};
