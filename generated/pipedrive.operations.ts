// Generated from specs/pipedrive.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { JsonRequestBody, OperationMethod } from "../src/core/operations.js";
import type { paths } from "./pipedrive.js";

/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */
const operations: Readonly<Record<string, readonly [string, string]>> = {
  addChannel: ["post", "/v1/channels"],
  receiveMessage: ["post", "/v1/channels/messages/receive"],
  deleteChannel: ["delete", "/v1/channels/{id}"],
  deleteConversation: ["delete", "/v1/channels/{channel-id}/conversations/{conversation-id}"],
};

export default operations;

type AddChannelBodyJson = JsonRequestBody<paths, "/v1/channels", "post">;

/** The JSON body of addChannel (`POST /v1/channels`), named so that type errors name it. */
export interface AddChannelBody {
  /**
   * The name of the channel.
   */
  name: AddChannelBodyJson["name"];
  /**
   * The channel ID.
   */
  provider_channel_id: AddChannelBodyJson["provider_channel_id"];
  /**
   * The URL for an icon that represents your channel (uri format from the document's "Format url").
   */
  avatar_url?: Exclude<AddChannelBodyJson["avatar_url"], undefined>;
  /**
   * If true, enables templates logic on UI. Requires the getTemplates endpoint implemented.
   * No default is documented (neither the document nor the vendor SDK states one).
   */
  template_support?: Exclude<AddChannelBodyJson["template_support"], undefined>;
  /**
   * It controls the icons (like the icon next to the conversation). Default `other` (document).
   * The document lists only `other`; the vendor reference page
   * (https://developers.pipedrive.com/docs/api/v1/Channels) lists `facebook`, `whatsapp` and `other`,
   * as does the vendor SDK (`AddChannelRequestProviderTypeConst`), so all three are accepted.
   */
  provider_type?: Exclude<AddChannelBodyJson["provider_type"], undefined>;
}

type ReceiveMessageBodyJson = JsonRequestBody<paths, "/v1/channels/messages/receive", "post">;

/** The JSON body of receiveMessage (`POST /v1/channels/messages/receive`), named so that type errors name it. */
export interface ReceiveMessageBody {
  /**
   * The ID of the message.
   */
  id: ReceiveMessageBodyJson["id"];
  /**
   * The channel ID as in the provider.
   */
  channel_id: ReceiveMessageBodyJson["channel_id"];
  /**
   * The ID of the provider's user that sent the message.
   */
  sender_id: ReceiveMessageBodyJson["sender_id"];
  /**
   * The ID of the conversation.
   */
  conversation_id: ReceiveMessageBodyJson["conversation_id"];
  /**
   * The body of the message.
   */
  message: ReceiveMessageBodyJson["message"];
  /**
   * The status of the message.
   */
  status: ReceiveMessageBodyJson["status"];
  /**
   * UTC date and time, documented as "YYYY-MM-DD HH:MM"; ISO 8601 with `T` is accepted too.
   */
  created_at: ReceiveMessageBodyJson["created_at"];
  /**
   * UTC date and time, documented as "YYYY-MM-DD HH:MM"; ISO 8601 with `T` is accepted too.
   */
  reply_by?: Exclude<ReceiveMessageBodyJson["reply_by"], undefined>;
  /**
   * A URL that can open the conversation in the provider's side (uri format from the document's "Format url").
   */
  conversation_link?: Exclude<ReceiveMessageBodyJson["conversation_link"], undefined>;
  /**
   * The list of attachments available in the message.
   */
  attachments?: Exclude<ReceiveMessageBodyJson["attachments"], undefined>;
}

/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */
export interface PipedriveOperationMethods<Paths> {
  /**
   * Add a channel
   *
   * Adds a new messaging channel; only admins are able to register new channels. Pipedrive
   * then uses the integration's getConversations endpoint to fetch conversations,
   * participants and messages.
   *
   * Method: the document gives none; POST is what the vendor SDK's `ChannelsApi.addChannel`
   * sends. Success body: the document says only "OK"; the vendor SDK reads the channel as
   * stored in a `success`/`data` envelope (`AddChannelResponse`). 403 is returned to a
   * non-admin caller (document: "only admins are able to register new channels"; the vendor
   * SDK has an `AddChannelForbiddenErrorResponse`).
   *
   * `POST /v1/channels`
   * @deprecated The spec marks this operation deprecated; it still works.
   */
  addChannel: OperationMethod<Paths, "/v1/channels", "post", AddChannelBody>;

  /**
   * Receives an incoming message
   *
   * Adds a message to a conversation.
   *
   * Method: the document gives none; POST is what the vendor SDK's
   * `ChannelsApi.receiveMessage` sends. Success body: the document says only "OK"; the vendor
   * SDK reads the stored message in a `success`/`data` envelope
   * (`GetReceiveMessageSuccessResponse`, both keys optional). `created_at` and `reply_by` are documented both as
   * `date-time` and as "YYYY-MM-DD HH:MM" in UTC; the schema accepts both spellings
   * (a space or `T`, optional seconds and zone) rather than reject either documented form.
   *
   * `POST /v1/channels/messages/receive`
   * @deprecated The spec marks this operation deprecated; it still works.
   */
  receiveMessage: OperationMethod<Paths, "/v1/channels/messages/receive", "post", ReceiveMessageBody>;

  /**
   * Delete a channel
   *
   * Deletes an existing messenger's channel and all related entities (conversations and
   * messages). Method: the document gives none; DELETE is what the vendor SDK's
   * `ChannelsApi.deleteChannel` sends. Success body: the document says only "OK"; the vendor
   * SDK reads `{"success": true}` (`DeleteChannel200Response`, `success` optional). Error statuses:
   * 401 as on every operation (OAuth scope); 403 and 404 are assumed, because the vendor SDK has
   * forbidden and not-found error models for deleting a conversation and neither the document nor the
   * reference page shown here lists the errors of this deletion; 429 from the rate limiting page.
   *
   * `DELETE /v1/channels/{id}`
   * @deprecated The spec marks this operation deprecated; it still works.
   */
  deleteChannel: OperationMethod<Paths, "/v1/channels/{id}", "delete">;

  /**
   * Delete a conversation
   *
   * Deletes an existing conversation. Method: the document gives none; DELETE is what the
   * vendor SDK's `ChannelsApi.deleteConversation` sends. Success body: the document says only
   * "OK"; the vendor SDK reads `{"success": true}` (`DeleteChannel200Response`). The path
   * parameters keep the document's hyphenated names (as the vendor SDK's path does). 403 and 404:
   * the vendor SDK's `DeleteConversationForbiddenErrorResponse` and
   * `DeleteConversationNotFoundErrorResponse`; 429 from the rate limiting page.
   *
   * `DELETE /v1/channels/{channel-id}/conversations/{conversation-id}`
   * @deprecated The spec marks this operation deprecated; it still works.
   */
  deleteConversation: OperationMethod<Paths, "/v1/channels/{channel-id}/conversations/{conversation-id}", "delete">;
}
