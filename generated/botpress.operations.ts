// Generated from specs/botpress.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { OperationMethod } from "../src/core/operations.js";

/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */
const operations: Readonly<Record<string, readonly [string, string]>> = {
  authenticate: ["post", "/v1/authenticate"],
  listUsers: ["get", "/v1/chat/users"],
  createUser: ["post", "/v1/chat/users"],
  getOrCreateUser: ["post", "/v1/chat/users/get-or-create"],
  getUser: ["get", "/v1/chat/users/{id}"],
  updateUser: ["put", "/v1/chat/users/{id}"],
  deleteUser: ["delete", "/v1/chat/users/{id}"],
  listConversations: ["get", "/v1/chat/conversations"],
  createConversation: ["post", "/v1/chat/conversations"],
  getOrCreateConversation: ["post", "/v1/chat/conversations/get-or-create"],
  getConversation: ["get", "/v1/chat/conversations/{id}"],
  updateConversation: ["put", "/v1/chat/conversations/{id}"],
  deleteConversation: ["delete", "/v1/chat/conversations/{id}"],
  listEvents: ["get", "/v1/chat/events"],
  createEvent: ["post", "/v1/chat/events"],
  getEvent: ["get", "/v1/chat/events/{id}"],
  listMessages: ["get", "/v1/chat/messages"],
  createMessage: ["post", "/v1/chat/messages"],
  getOrCreateMessage: ["post", "/v1/chat/messages/get-or-create"],
  getMessage: ["get", "/v1/chat/messages/{id}"],
  updateMessage: ["put", "/v1/chat/messages/{id}"],
  deleteMessage: ["delete", "/v1/chat/messages/{id}"],
  listFiles: ["get", "/v1/storage/files"],
  createFile: ["post", "/v1/storage/files"],
  getFile: ["get", "/v1/storage/files/{id}"],
  deleteFile: ["delete", "/v1/storage/files/{id}"],
  downloadFile: ["get", "/v1/storage/files/{id}/download"],
  getState: ["get", "/v1/chat/states/{type}/{id}/{name}"],
  setState: ["post", "/v1/chat/states/{type}/{id}/{name}"],
  patchState: ["patch", "/v1/chat/states/{type}/{id}/{name}"],
  listPublicIntegrations: ["get", "/v1/admin/hub/integrations"],
  getPublicIntegrationById: ["get", "/v1/admin/hub/integrations/{id}"],
  getPublicIntegration: ["get", "/v1/admin/hub/integrations/{name}/{version}"],
  callAction: ["post", "/v1/chat/actions"],
  listBots: ["get", "/v1/admin/bots"],
  createBot: ["post", "/v1/admin/bots"],
  getBot: ["get", "/v1/admin/bots/{id}"],
  updateBot: ["put", "/v1/admin/bots/{id}"],
  deleteBot: ["delete", "/v1/admin/bots/{id}"],
  transferBot: ["post", "/v1/admin/bots/{id}/transfer"],
  getBotLogs: ["get", "/v1/admin/bots/{id}/logs"],
  getBotWebchat: ["get", "/v1/admin/bots/{id}/webchat"],
  getBotAnalytics: ["get", "/v1/admin/bots/{id}/analytics"],
  listIntegrations: ["get", "/v1/admin/integrations"],
  createIntegration: ["post", "/v1/admin/integrations"],
  getIntegration: ["get", "/v1/admin/integrations/{id}"],
  updateIntegration: ["put", "/v1/admin/integrations/{id}"],
  deleteIntegration: ["delete", "/v1/admin/integrations/{id}"],
  getIntegrationLogs: ["get", "/v1/admin/integrations/{id}/logs"],
  getIntegrationByName: ["get", "/v1/admin/integrations/{name}/{version}"],
};

export default operations;

/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */
export interface BotpressOperationMethods<Paths> {
  /**
   * Get an OAuth2 access token
   *
   * Exchanges the API key (`clientKey`) and secret (`clientSecret`) of a bot, an integration or a user for an
   * access token, to be passed as `Authorization: Bearer <token>` to the other endpoints. The access granted is
   * scoped to the bot, integration or user authenticated as. This endpoint takes no bearer token.
   *
   * `POST /v1/authenticate`
   */
  authenticate: OperationMethod<Paths, "/v1/authenticate", "post">;

  /**
   * List Users
   *
   * Retrieves a list of Users previously created. The users are returned in sorted order, with the most recent
   * appearing first. The list can be filtered using Tags.
   *
   * `GET /v1/chat/users`
   */
  listUsers: OperationMethod<Paths, "/v1/chat/users", "get">;

  /**
   * Create User
   *
   * Creates a new User. When creating a new User, the required tags must be provided. See the specific
   * integration for more details.
   *
   * `POST /v1/chat/users`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/createUser}
   */
  createUser: OperationMethod<Paths, "/v1/chat/users", "post">;

  /**
   * Get Or Create User
   *
   * Retrieves the User object for a valid identifier. If the user does not exist, it will be created. The body
   * is the same as for Create User.
   *
   * `POST /v1/chat/users/get-or-create`
   */
  getOrCreateUser: OperationMethod<Paths, "/v1/chat/users/get-or-create", "post">;

  /**
   * Get User
   *
   * Retrieves the User object for a valid identifier.
   *
   * `GET /v1/chat/users/{id}`
   */
  getUser: OperationMethod<Paths, "/v1/chat/users/{id}", "get">;

  /**
   * Update User
   *
   * Updates a User object by setting the values of the parameters passed. Any parameters not provided will be
   * left unchanged.
   *
   * `PUT /v1/chat/users/{id}`
   */
  updateUser: OperationMethod<Paths, "/v1/chat/users/{id}", "put">;

  /**
   * Delete User
   *
   * Permanently deletes a User. It cannot be undone. The reference says the deleted User object is returned but
   * lists no response attributes, so the body's `user` attribute is optional.
   *
   * `DELETE /v1/chat/users/{id}`
   */
  deleteUser: OperationMethod<Paths, "/v1/chat/users/{id}", "delete">;

  /**
   * List Conversations
   *
   * Retrieves a list of Conversations previously created. The conversations are returned in sorted order, with
   * the most recent appearing first. The list can be filtered using Tags and participant ids.
   *
   * `GET /v1/chat/conversations`
   */
  listConversations: OperationMethod<Paths, "/v1/chat/conversations", "get">;

  /**
   * Create Conversation
   *
   * Creates a new Conversation. When creating a new Conversation, the required tags must be provided. See the
   * specific integration for more details.
   *
   * `POST /v1/chat/conversations`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/createConversation}
   */
  createConversation: OperationMethod<Paths, "/v1/chat/conversations", "post">;

  /**
   * Get Or Create Conversation
   *
   * Retrieves the Conversation object for a valid identifier. If the conversation does not exist, it will be
   * created. The body is the same as for Create Conversation.
   *
   * `POST /v1/chat/conversations/get-or-create`
   */
  getOrCreateConversation: OperationMethod<Paths, "/v1/chat/conversations/get-or-create", "post">;

  /**
   * Get Conversation
   *
   * Retrieves the Conversation object for a valid identifier.
   *
   * `GET /v1/chat/conversations/{id}`
   */
  getConversation: OperationMethod<Paths, "/v1/chat/conversations/{id}", "get">;

  /**
   * Update Conversation
   *
   * Updates a Conversation object by setting the values of the parameters passed. Any parameters not provided
   * will be left unchanged. Answers `409 RelationConflict` when a participant is not related to the
   * conversation's bot.
   *
   * `PUT /v1/chat/conversations/{id}`
   */
  updateConversation: OperationMethod<Paths, "/v1/chat/conversations/{id}", "put">;

  /**
   * Delete Conversation
   *
   * Permanently deletes a Conversation. It cannot be undone. Also immediately deletes the corresponding
   * Messages. The reference says the deleted Conversation object is returned but lists no response
   * attributes, so the body's `conversation` attribute is optional. The vendor reference
   * (https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation) agrees: `200` with a
   * JSON object whose example is `{}`.
   *
   * `DELETE /v1/chat/conversations/{id}`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation}
   */
  deleteConversation: OperationMethod<Paths, "/v1/chat/conversations/{id}", "delete">;

  /**
   * List Events
   *
   * Retrieves a list of Events previously created. The events are returned in sorted order, with the most
   * recent appearing first.
   *
   * `GET /v1/chat/events`
   */
  listEvents: OperationMethod<Paths, "/v1/chat/events", "get">;

  /**
   * Create Event
   *
   * Creates a new Event, optionally scheduled to be sent later. The reference also says "the required tags must
   * be provided" but lists no `tags` body field, so none is accepted here.
   *
   * `POST /v1/chat/events`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/createEvent}
   */
  createEvent: OperationMethod<Paths, "/v1/chat/events", "post">;

  /**
   * Get Event
   *
   * Retrieves the Event object for a valid identifier.
   *
   * `GET /v1/chat/events/{id}`
   */
  getEvent: OperationMethod<Paths, "/v1/chat/events/{id}", "get">;

  /**
   * List Messages
   *
   * Retrieves a list of Messages previously created. The messages are returned in sorted order, with the most
   * recent appearing first. The list can be filtered by conversation and using Tags.
   *
   * `GET /v1/chat/messages`
   */
  listMessages: OperationMethod<Paths, "/v1/chat/messages", "get">;

  /**
   * Create Message
   *
   * Creates a new Message, optionally scheduled to be sent later. When creating a new Message, the required
   * tags must be provided. See the specific integration for more details. Answers `409 RelationConflict` when
   * the User and the Conversation are not linked together.
   *
   * `POST /v1/chat/messages`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/createMessage}
   */
  createMessage: OperationMethod<Paths, "/v1/chat/messages", "post">;

  /**
   * Get Or Create Message
   *
   * Retrieves the Message object for a valid identifier. If the message does not exist, it will be created.
   * The body is the same as for Create Message. Answers `409 RelationConflict` when the User and the
   * Conversation are not linked together.
   *
   * `POST /v1/chat/messages/get-or-create`
   */
  getOrCreateMessage: OperationMethod<Paths, "/v1/chat/messages/get-or-create", "post">;

  /**
   * Get Message
   *
   * Retrieves the Message object for a valid identifier.
   *
   * `GET /v1/chat/messages/{id}`
   */
  getMessage: OperationMethod<Paths, "/v1/chat/messages/{id}", "get">;

  /**
   * Update Message
   *
   * Updates the tags of a Message.
   *
   * `PUT /v1/chat/messages/{id}`
   */
  updateMessage: OperationMethod<Paths, "/v1/chat/messages/{id}", "put">;

  /**
   * Delete Message
   *
   * Permanently deletes a Message. It cannot be undone. The reference says the deleted Message object is
   * returned but lists no response attributes, so the body's `message` attribute is optional.
   *
   * `DELETE /v1/chat/messages/{id}`
   */
  deleteMessage: OperationMethod<Paths, "/v1/chat/messages/{id}", "delete">;

  /**
   * List Files
   *
   * Lists the Files of a bot. The reference does not mark `botId` optional, so it is required here (in
   * addition to the `x-bot-id` header).
   *
   * `GET /v1/storage/files`
   */
  listFiles: OperationMethod<Paths, "/v1/storage/files", "get">;

  /**
   * Create File
   *
   * Creates a File from base64-encoded contents.
   *
   * `POST /v1/storage/files`
   */
  createFile: OperationMethod<Paths, "/v1/storage/files", "post">;

  /**
   * Get File
   *
   * Retrieves the File object (metadata; use Download File for the contents).
   *
   * `GET /v1/storage/files/{id}`
   */
  getFile: OperationMethod<Paths, "/v1/storage/files/{id}", "get">;

  /**
   * Delete File
   *
   * Deletes a File. The reference lists no response attributes ("Success").
   *
   * `DELETE /v1/storage/files/{id}`
   */
  deleteFile: OperationMethod<Paths, "/v1/storage/files/{id}", "delete">;

  /**
   * Download File
   *
   * Downloads the raw contents of a File; the way to read a private file. The reference gives no media type
   * for the contents, so they are described as `application/octet-stream`. Errors are JSON.
   *
   * `GET /v1/storage/files/{id}/download`
   */
  downloadFile: OperationMethod<Paths, "/v1/storage/files/{id}/download", "get">;

  /**
   * Get State
   *
   * Retrieves the State object for valid identifiers.
   *
   * `GET /v1/chat/states/{type}/{id}/{name}`
   */
  getState: OperationMethod<Paths, "/v1/chat/states/{type}/{id}/{name}", "get">;

  /**
   * Set State
   *
   * Overrides the State object by setting the values of the parameters passed.
   *
   * `POST /v1/chat/states/{type}/{id}/{name}`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/setState}
   */
  setState: OperationMethod<Paths, "/v1/chat/states/{type}/{id}/{name}", "post">;

  /**
   * Patch State
   *
   * Updates the State object by setting the values of the parameters passed.
   *
   * `PATCH /v1/chat/states/{type}/{id}/{name}`
   */
  patchState: OperationMethod<Paths, "/v1/chat/states/{type}/{id}/{name}", "patch">;

  /**
   * List Public Integrations
   *
   * Lists the public integrations of the Hub, optionally filtered by name and version.
   *
   * `GET /v1/admin/hub/integrations`
   */
  listPublicIntegrations: OperationMethod<Paths, "/v1/admin/hub/integrations", "get">;

  /**
   * Get Public Integration By Id
   *
   * Gets a public integration by its id.
   *
   * `GET /v1/admin/hub/integrations/{id}`
   */
  getPublicIntegrationById: OperationMethod<Paths, "/v1/admin/hub/integrations/{id}", "get">;

  /**
   * Get Public Integration
   *
   * Gets a public integration by name and version.
   *
   * `GET /v1/admin/hub/integrations/{name}/{version}`
   */
  getPublicIntegration: OperationMethod<Paths, "/v1/admin/hub/integrations/{name}/{version}", "get">;

  /**
   * Call Action
   *
   * Calls an action (of an integration installed on the bot) and returns its output. Answers
   * `405 MethodNotFound` when the requested action does not exist (the error table's "requested method does
   * not exist"; the reference does not tie that error to an endpoint).
   *
   * `POST /v1/chat/actions`
   * @see {@link https://botpress.com/docs/api-reference/runtime-api/openapi/callAction}
   */
  callAction: OperationMethod<Paths, "/v1/chat/actions", "post">;

  /**
   * List Bots
   *
   * Lists the bots of the workspace.
   *
   * `GET /v1/admin/bots`
   */
  listBots: OperationMethod<Paths, "/v1/admin/bots", "get">;

  /**
   * Create Bot
   *
   * Creates a bot in the workspace. Every body field is optional; the name is auto-generated when omitted.
   *
   * `POST /v1/admin/bots`
   */
  createBot: OperationMethod<Paths, "/v1/admin/bots", "post">;

  /**
   * Get Bot
   *
   * Gets the details of a bot.
   *
   * `GET /v1/admin/bots/{id}`
   */
  getBot: OperationMethod<Paths, "/v1/admin/bots/{id}", "get">;

  /**
   * Update Bot
   *
   * Updates a bot. Every body field is optional.
   *
   * `PUT /v1/admin/bots/{id}`
   */
  updateBot: OperationMethod<Paths, "/v1/admin/bots/{id}", "put">;

  /**
   * Delete Bot
   *
   * Deletes a bot. The reference lists no response attributes ("Success").
   *
   * `DELETE /v1/admin/bots/{id}`
   */
  deleteBot: OperationMethod<Paths, "/v1/admin/bots/{id}", "delete">;

  /**
   * Transfer Bot
   *
   * Transfers a bot to another workspace. The caller must be a Manager member of the workspace the bot
   * currently belongs to and have permission to create bots in the target workspace (otherwise
   * `403 Forbidden`). The reference lists no response attributes ("Success").
   *
   * `POST /v1/admin/bots/{id}/transfer`
   */
  transferBot: OperationMethod<Paths, "/v1/admin/bots/{id}/transfer", "post">;

  /**
   * Get Bot Logs
   *
   * Gets the logs of a bot. The document lists no query parameters, no pagination and no log-entry
   * attributes for this endpoint; they follow the vendor's API definition (`@botpress/api` 1.70.2 on npm, operation `getBotLogs`): `timeStart` is required there, the
   * other filters are optional, and the answer carries a `nextToken` for the next page, passed back as the
   * `nextToken` query parameter. Without `timeStart` the vendor refuses the call, so the spec requires it.
   *
   * `GET /v1/admin/bots/{id}/logs`
   */
  getBotLogs: OperationMethod<Paths, "/v1/admin/bots/{id}/logs", "get">;

  /**
   * Get Bot Webchat
   *
   * Gets the webchat code or URL for a bot. The reference does not mark `type` optional (so it is required
   * here) and does not list its accepted values.
   *
   * `GET /v1/admin/bots/{id}/webchat`
   */
  getBotWebchat: OperationMethod<Paths, "/v1/admin/bots/{id}/webchat", "get">;

  /**
   * Get Bot Analytics
   *
   * Gets the analytics records of a bot between two date/times. The reference does not mark `startDate` or
   * `endDate` optional, so both are required (the vendor reference
   * https://botpress.com/docs/api-reference/admin-api/openapi/getBotAnalytics marks both required too). Their
   * format is not declared: the document calls them "date/time" without a format, and the vendor reference
   * and `@botpress/client` 1.45 type them as plain strings, so the mock accepts any string, as the vendor may.
   *
   * `GET /v1/admin/bots/{id}/analytics`
   * @see {@link https://botpress.com/docs/api-reference/admin-api/openapi/getBotAnalytics}
   */
  getBotAnalytics: OperationMethod<Paths, "/v1/admin/bots/{id}/analytics", "get">;

  /**
   * List Integrations
   *
   * Lists the integrations of the workspace, optionally filtered by name and version.
   *
   * `GET /v1/admin/integrations`
   */
  listIntegrations: OperationMethod<Paths, "/v1/admin/integrations", "get">;

  /**
   * Create Integration
   *
   * Creates an integration (a version of it) in the workspace. `name` and `version` are required.
   *
   * `POST /v1/admin/integrations`
   */
  createIntegration: OperationMethod<Paths, "/v1/admin/integrations", "post">;

  /**
   * Get Integration
   *
   * Gets an integration by id.
   *
   * `GET /v1/admin/integrations/{id}`
   */
  getIntegration: OperationMethod<Paths, "/v1/admin/integrations/{id}", "get">;

  /**
   * Update Integration
   *
   * Updates an integration. Every body field is optional; `name`, `version` and `dev` cannot be changed.
   *
   * `PUT /v1/admin/integrations/{id}`
   */
  updateIntegration: OperationMethod<Paths, "/v1/admin/integrations/{id}", "put">;

  /**
   * Delete Integration
   *
   * Deletes an integration. The reference lists no response attributes ("Success").
   *
   * `DELETE /v1/admin/integrations/{id}`
   */
  deleteIntegration: OperationMethod<Paths, "/v1/admin/integrations/{id}", "delete">;

  /**
   * Get Integration Logs
   *
   * Gets the logs of an integration. The document lists no query parameters, no pagination and no log-entry
   * attributes for this endpoint; they follow the vendor's API definition (`@botpress/api` 1.70.2 on npm, operation `getIntegrationLogs`): `timeStart` is required there, the
   * other filters are optional, and the answer carries a `nextToken` for the next page, passed back as the
   * `nextToken` query parameter. Without `timeStart` the vendor refuses the call, so the spec requires it.
   *
   * `GET /v1/admin/integrations/{id}/logs`
   */
  getIntegrationLogs: OperationMethod<Paths, "/v1/admin/integrations/{id}/logs", "get">;

  /**
   * Get Integration By Name
   *
   * Gets an integration of the workspace by name and version. `GET /v1/admin/integrations/{id}/logs` has the
   * same shape; since `version` must be a semver version or `latest`, a second segment `logs` always means
   * the logs endpoint.
   *
   * `GET /v1/admin/integrations/{name}/{version}`
   */
  getIntegrationByName: OperationMethod<Paths, "/v1/admin/integrations/{name}/{version}", "get">;
}
