// Generated from specs/botpress.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { JsonRequestBody, OperationMethod } from "../src/core/operations.js";
import type { paths } from "./botpress.js";

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

type AuthenticateBodyJson = JsonRequestBody<paths, "/v1/authenticate", "post">;

/** The JSON body of authenticate (`POST /v1/authenticate`), named so that type errors name it. */
export interface AuthenticateBody {
  /**
   * API key of the bot, integration or user to authenticate as.
   */
  clientKey: AuthenticateBodyJson["clientKey"];
  /**
   * API secret of the bot, integration or user to authenticate as.
   */
  clientSecret: AuthenticateBodyJson["clientSecret"];
}

type CreateUserBodyJson = JsonRequestBody<paths, "/v1/chat/users", "post">;

/** The JSON body of createUser (`POST /v1/chat/users`), named so that type errors name it. */
export interface CreateUserBody {
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: CreateUserBodyJson["tags"];
  /**
   * Name of the integration to which the user creation will be delegated
   */
  integrationName?: Exclude<CreateUserBodyJson["integrationName"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  name?: Exclude<CreateUserBodyJson["name"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  pictureUrl?: Exclude<CreateUserBodyJson["pictureUrl"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  discriminateByTags?: Exclude<CreateUserBodyJson["discriminateByTags"], undefined>;
}

type GetOrCreateUserBodyJson = JsonRequestBody<paths, "/v1/chat/users/get-or-create", "post">;

/** The JSON body of getOrCreateUser (`POST /v1/chat/users/get-or-create`), named so that type errors name it. */
export interface GetOrCreateUserBody {
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: GetOrCreateUserBodyJson["tags"];
  /**
   * Name of the integration to which the user creation will be delegated
   */
  integrationName?: Exclude<GetOrCreateUserBodyJson["integrationName"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  name?: Exclude<GetOrCreateUserBodyJson["name"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  pictureUrl?: Exclude<GetOrCreateUserBodyJson["pictureUrl"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  discriminateByTags?: Exclude<GetOrCreateUserBodyJson["discriminateByTags"], undefined>;
}

type UpdateUserBodyJson = JsonRequestBody<paths, "/v1/chat/users/{id}", "put">;

/** The JSON body of updateUser (`PUT /v1/chat/users/{id}`), named so that type errors name it. */
export interface UpdateUserBody {
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags?: Exclude<UpdateUserBodyJson["tags"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  name?: Exclude<UpdateUserBodyJson["name"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  pictureUrl?: Exclude<UpdateUserBodyJson["pictureUrl"], undefined>;
}

type CreateConversationBodyJson = JsonRequestBody<paths, "/v1/chat/conversations", "post">;

/** The JSON body of createConversation (`POST /v1/chat/conversations`), named so that type errors name it. */
export interface CreateConversationBody {
  /**
   * Channel name
   */
  channel: CreateConversationBodyJson["channel"];
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: CreateConversationBodyJson["tags"];
  /**
   * Name of the integration to which the conversation creation will be delegated
   */
  integrationName?: Exclude<CreateConversationBodyJson["integrationName"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  discriminateByTags?: Exclude<CreateConversationBodyJson["discriminateByTags"], undefined>;
}

type GetOrCreateConversationBodyJson = JsonRequestBody<paths, "/v1/chat/conversations/get-or-create", "post">;

/** The JSON body of getOrCreateConversation (`POST /v1/chat/conversations/get-or-create`), named so that type errors name it. */
export interface GetOrCreateConversationBody {
  /**
   * Channel name
   */
  channel: GetOrCreateConversationBodyJson["channel"];
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: GetOrCreateConversationBodyJson["tags"];
  /**
   * Name of the integration to which the conversation creation will be delegated
   */
  integrationName?: Exclude<GetOrCreateConversationBodyJson["integrationName"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  discriminateByTags?: Exclude<GetOrCreateConversationBodyJson["discriminateByTags"], undefined>;
}

type UpdateConversationBodyJson = JsonRequestBody<paths, "/v1/chat/conversations/{id}", "put">;

/** The JSON body of updateConversation (`PUT /v1/chat/conversations/{id}`), named so that type errors name it. */
export interface UpdateConversationBody {
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags?: Exclude<UpdateConversationBodyJson["tags"], undefined>;
  /**
   * Ids of the Users participating in the conversation
   */
  participantIds?: Exclude<UpdateConversationBodyJson["participantIds"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  currentTaskId?: Exclude<UpdateConversationBodyJson["currentTaskId"], undefined>;
}

type CreateEventBodyJson = JsonRequestBody<paths, "/v1/chat/events", "post">;

/** The JSON body of createEvent (`POST /v1/chat/events`), named so that type errors name it. */
export interface CreateEventBody {
  /**
   * Type of the Event.
   */
  type: CreateEventBodyJson["type"];
  /**
   * Content of the event, defined by the integration installed on the bot or one of the default events
   * created by the API.
   */
  payload: CreateEventBodyJson["payload"];
  /**
   * Schedules the Event or Message to be sent at a specific time. Either `dateTime` or `delay` must be
   * provided. The reference does not list these child attributes by name; `dateTime` and `delay` are the two
   * it mentions. `@botpress/client` 1.45 (`schedule` of the create-event and create-message bodies) names
   * the same two, gives `dateTime` "in the ISO 8601 format" and `delay` in milliseconds; the spec follows it.
   */
  schedule?: Exclude<CreateEventBodyJson["schedule"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  conversationId?: Exclude<CreateEventBodyJson["conversationId"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  userId?: Exclude<CreateEventBodyJson["userId"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  workflowId?: Exclude<CreateEventBodyJson["workflowId"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  messageId?: Exclude<CreateEventBodyJson["messageId"], undefined>;
}

type CreateMessageBodyJson = JsonRequestBody<paths, "/v1/chat/messages", "post">;

/** The JSON body of createMessage (`POST /v1/chat/messages`), named so that type errors name it. */
export interface CreateMessageBody {
  /**
   * Content of the message. Accepted payload options: Text, Image, Choice, Dropdown, Card, Carousel, File,
   * Audio, Video, Location (their attributes are not documented).
   */
  payload: CreateMessageBodyJson["payload"];
  /**
   * ID of the User
   */
  userId: CreateMessageBodyJson["userId"];
  /**
   * ID of the Conversation
   */
  conversationId: CreateMessageBodyJson["conversationId"];
  /**
   * Type of the Message, the kind of payload it carries.
   */
  type: CreateMessageBodyJson["type"];
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: CreateMessageBodyJson["tags"];
  /**
   * Schedules the Event or Message to be sent at a specific time. Either `dateTime` or `delay` must be
   * provided. The reference does not list these child attributes by name; `dateTime` and `delay` are the two
   * it mentions. `@botpress/client` 1.45 (`schedule` of the create-event and create-message bodies) names
   * the same two, gives `dateTime` "in the ISO 8601 format" and `delay` in milliseconds; the spec follows it.
   */
  schedule?: Exclude<CreateMessageBodyJson["schedule"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createMessage, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
   */
  origin?: Exclude<CreateMessageBodyJson["origin"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  discriminateByTags?: Exclude<CreateMessageBodyJson["discriminateByTags"], undefined>;
}

type GetOrCreateMessageBodyJson = JsonRequestBody<paths, "/v1/chat/messages/get-or-create", "post">;

/** The JSON body of getOrCreateMessage (`POST /v1/chat/messages/get-or-create`), named so that type errors name it. */
export interface GetOrCreateMessageBody {
  /**
   * Content of the message. Accepted payload options: Text, Image, Choice, Dropdown, Card, Carousel, File,
   * Audio, Video, Location (their attributes are not documented).
   */
  payload: GetOrCreateMessageBodyJson["payload"];
  /**
   * ID of the User
   */
  userId: GetOrCreateMessageBodyJson["userId"];
  /**
   * ID of the Conversation
   */
  conversationId: GetOrCreateMessageBodyJson["conversationId"];
  /**
   * Type of the Message, the kind of payload it carries.
   */
  type: GetOrCreateMessageBodyJson["type"];
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: GetOrCreateMessageBodyJson["tags"];
  /**
   * Schedules the Event or Message to be sent at a specific time. Either `dateTime` or `delay` must be
   * provided. The reference does not list these child attributes by name; `dateTime` and `delay` are the two
   * it mentions. `@botpress/client` 1.45 (`schedule` of the create-event and create-message bodies) names
   * the same two, gives `dateTime` "in the ISO 8601 format" and `delay` in milliseconds; the spec follows it.
   */
  schedule?: Exclude<GetOrCreateMessageBodyJson["schedule"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createMessage, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
   */
  origin?: Exclude<GetOrCreateMessageBodyJson["origin"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  discriminateByTags?: Exclude<GetOrCreateMessageBodyJson["discriminateByTags"], undefined>;
}

type UpdateMessageBodyJson = JsonRequestBody<paths, "/v1/chat/messages/{id}", "put">;

/** The JSON body of updateMessage (`PUT /v1/chat/messages/{id}`), named so that type errors name it. */
export interface UpdateMessageBody {
  /**
   * Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
   * Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
   */
  tags: UpdateMessageBodyJson["tags"];
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  payload?: Exclude<UpdateMessageBodyJson["payload"], undefined>;
}

type CreateFileBodyJson = JsonRequestBody<paths, "/v1/storage/files", "post">;

/** The JSON body of createFile (`POST /v1/storage/files`), named so that type errors name it. */
export interface CreateFileBody {
  /**
   * ID of the bot the file will be used for
   */
  botId: CreateFileBodyJson["botId"];
  /**
   * Base64-encoded file contents
   */
  contents: CreateFileBodyJson["contents"];
  /**
   * Optional arbitrary file name (e.g. my-image.jpg), used for display purposes only.
   */
  name?: Exclude<CreateFileBodyJson["name"], undefined>;
  /**
   * Who can read the file contents. Public files also get a `publicUrl`. Values from the document ("Accepted values", private and public).
   */
  accessType: CreateFileBodyJson["accessType"];
}

type SetStateBodyJson = JsonRequestBody<paths, "/v1/chat/states/{type}/{id}/{name}", "post">;

/** The JSON body of setState (`POST /v1/chat/states/{type}/{id}/{name}`), named so that type errors name it. */
export interface SetStateBody {
  /**
   * Content of the state, defined by the bot.
   */
  payload: SetStateBodyJson["payload"];
  /**
   * Expiry of the State in milliseconds. The state expires if it is idle for the configured value. By
   * default, a state doesn't expire.
   */
  expiry?: Exclude<SetStateBodyJson["expiry"], undefined>;
}

type PatchStateBodyJson = JsonRequestBody<paths, "/v1/chat/states/{type}/{id}/{name}", "patch">;

/** The JSON body of patchState (`PATCH /v1/chat/states/{type}/{id}/{name}`), named so that type errors name it. */
export interface PatchStateBody {
  /**
   * Values of the state payload to set.
   */
  payload: PatchStateBodyJson["payload"];
}

type CallActionBodyJson = JsonRequestBody<paths, "/v1/chat/actions", "post">;

/** The JSON body of callAction (`POST /v1/chat/actions`), named so that type errors name it. */
export interface CallActionBody {
  /**
   * Type of the action
   */
  type: CallActionBodyJson["type"];
  /**
   * Input of the action
   */
  input: CallActionBodyJson["input"];
}

type CreateBotBodyJson = JsonRequestBody<paths, "/v1/admin/bots", "post">;

/** The JSON body of createBot (`POST /v1/admin/bots`), named so that type errors name it. */
export interface CreateBotBody {
  /**
   * A mapping of states to their definition
   */
  states?: Exclude<CreateBotBodyJson["states"], undefined>;
  /**
   * Tags of the bot. The reference does not list this object's child attributes.
   */
  tags?: Exclude<CreateBotBodyJson["tags"], undefined>;
  /**
   * Events definition
   */
  events?: Exclude<CreateBotBodyJson["events"], undefined>;
  /**
   * Recurring events
   */
  recurringEvents?: Exclude<CreateBotBodyJson["recurringEvents"], undefined>;
  /**
   * Configuration of the bot. The reference does not list this object's child attributes.
   */
  configuration?: Exclude<CreateBotBodyJson["configuration"], undefined>;
  /**
   * JavaScript code of the bot
   */
  code?: Exclude<CreateBotBodyJson["code"], undefined>;
  /**
   * Optional name for the bot, if not provided will be auto-generated
   */
  name?: Exclude<CreateBotBodyJson["name"], undefined>;
  /**
   * Media files associated with the Bot
   */
  medias?: Exclude<CreateBotBodyJson["medias"], undefined>;
  /**
   * URL of the Bot; only available for dev bots
   */
  url?: Exclude<CreateBotBodyJson["url"], undefined>;
  /**
   * Indicates if the Bot is a development bot; development bots run locally and can install dev integrations
   */
  dev?: Exclude<CreateBotBodyJson["dev"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  subscriptions?: Exclude<CreateBotBodyJson["subscriptions"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  actions?: Exclude<CreateBotBodyJson["actions"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  user?: Exclude<CreateBotBodyJson["user"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  conversation?: Exclude<CreateBotBodyJson["conversation"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  message?: Exclude<CreateBotBodyJson["message"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  description?: Exclude<CreateBotBodyJson["description"], undefined>;
}

type UpdateBotBodyJson = JsonRequestBody<paths, "/v1/admin/bots/{id}", "put">;

/** The JSON body of updateBot (`PUT /v1/admin/bots/{id}`), named so that type errors name it. */
export interface UpdateBotBody {
  /**
   * URL of the Bot; only available for dev bots
   */
  url?: Exclude<UpdateBotBodyJson["url"], undefined>;
  /**
   * Type of the Bot authentication (the reference names `iam` as the only value)
   */
  authentication?: Exclude<UpdateBotBodyJson["authentication"], undefined>;
  /**
   * A mapping of states to their definition
   */
  states?: Exclude<UpdateBotBodyJson["states"], undefined>;
  /**
   * Tags of the bot. The reference does not list this object's child attributes.
   */
  tags?: Exclude<UpdateBotBodyJson["tags"], undefined>;
  /**
   * Events definition
   */
  events?: Exclude<UpdateBotBodyJson["events"], undefined>;
  /**
   * Recurring events
   */
  recurringEvents?: Exclude<UpdateBotBodyJson["recurringEvents"], undefined>;
  /**
   * Configuration of the bot. The reference does not list this object's child attributes.
   */
  configuration?: Exclude<UpdateBotBodyJson["configuration"], undefined>;
  /**
   * Whether the bot is blocked (not described in the reference).
   */
  blocked?: Exclude<UpdateBotBodyJson["blocked"], undefined>;
  /**
   * A mapping of integrations to their configuration (not described in the reference; named like the Bot attribute).
   */
  integrations?: Exclude<UpdateBotBodyJson["integrations"], undefined>;
  /**
   * JavaScript code of the bot
   */
  code?: Exclude<UpdateBotBodyJson["code"], undefined>;
  /**
   * Name of the bot
   */
  name?: Exclude<UpdateBotBodyJson["name"], undefined>;
  /**
   * Media files associated with the Bot
   */
  medias?: Exclude<UpdateBotBodyJson["medias"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  maxExecutionTime?: Exclude<UpdateBotBodyJson["maxExecutionTime"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  alwaysAlive?: Exclude<UpdateBotBodyJson["alwaysAlive"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  user?: Exclude<UpdateBotBodyJson["user"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  message?: Exclude<UpdateBotBodyJson["message"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  conversation?: Exclude<UpdateBotBodyJson["conversation"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  actions?: Exclude<UpdateBotBodyJson["actions"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  plugins?: Exclude<UpdateBotBodyJson["plugins"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  subscriptions?: Exclude<UpdateBotBodyJson["subscriptions"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  description?: Exclude<UpdateBotBodyJson["description"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  layers?: Exclude<UpdateBotBodyJson["layers"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  shouldMergePlugins?: Exclude<UpdateBotBodyJson["shouldMergePlugins"], undefined>;
}

type TransferBotBodyJson = JsonRequestBody<paths, "/v1/admin/bots/{id}/transfer", "post">;

/** The JSON body of transferBot (`POST /v1/admin/bots/{id}/transfer`), named so that type errors name it. */
export interface TransferBotBody {
  /**
   * The ID of the workspace you want to transfer the bot to: the `id` of a Workspace object.
   */
  targetWorkspaceId: TransferBotBodyJson["targetWorkspaceId"];
}

type CreateIntegrationBodyJson = JsonRequestBody<paths, "/v1/admin/integrations", "post">;

/** The JSON body of createIntegration (`POST /v1/admin/integrations`), named so that type errors name it. */
export interface CreateIntegrationBody {
  /**
   * Name of the Integration
   */
  name: CreateIntegrationBodyJson["name"];
  /**
   * Version of the Integration
   */
  version: CreateIntegrationBodyJson["version"];
  /**
   * Tags of the Integration. The reference does not list this object's child attributes.
   */
  tags?: Exclude<CreateIntegrationBodyJson["tags"], undefined>;
  /**
   * Channels definition
   */
  channels?: Exclude<CreateIntegrationBodyJson["channels"], undefined>;
  /**
   * States definition
   */
  states?: Exclude<CreateIntegrationBodyJson["states"], undefined>;
  /**
   * Configuration definition of the Integration. The reference does not list this object's child attributes.
   */
  configuration?: Exclude<CreateIntegrationBodyJson["configuration"], undefined>;
  /**
   * Events definition
   */
  events?: Exclude<CreateIntegrationBodyJson["events"], undefined>;
  /**
   * Action definition
   */
  actions?: Exclude<CreateIntegrationBodyJson["actions"], undefined>;
  /**
   * User definition of the Integration. The reference does not list this object's child attributes.
   */
  user?: Exclude<CreateIntegrationBodyJson["user"], undefined>;
  /**
   * JavaScript code of the integration
   */
  code?: Exclude<CreateIntegrationBodyJson["code"], undefined>;
  /**
   * Whether the integration is public
   */
  public?: Exclude<CreateIntegrationBodyJson["public"], undefined>;
  /**
   * URL of the integration; only available for dev integrations
   */
  url?: Exclude<CreateIntegrationBodyJson["url"], undefined>;
  /**
   * Indicates if the integration is a development integration; dev integrations run locally
   */
  dev?: Exclude<CreateIntegrationBodyJson["dev"], undefined>;
  /**
   * Base64-encoded SVG of the integration icon. The icon is global to the integration; every version is updated when it changes.
   */
  icon?: Exclude<CreateIntegrationBodyJson["icon"], undefined>;
  /**
   * Base64-encoded Markdown of the integration readme. The readme is specific to each integration version.
   */
  readme?: Exclude<CreateIntegrationBodyJson["readme"], undefined>;
  /**
   * Title of the integration, displayed in the UI
   */
  title?: Exclude<CreateIntegrationBodyJson["title"], undefined>;
  /**
   * Description of the integration, displayed in the UI
   */
  description?: Exclude<CreateIntegrationBodyJson["description"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  configurations?: Exclude<CreateIntegrationBodyJson["configurations"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  entities?: Exclude<CreateIntegrationBodyJson["entities"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  attributes?: Exclude<CreateIntegrationBodyJson["attributes"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  identifier?: Exclude<CreateIntegrationBodyJson["identifier"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  interfaces?: Exclude<CreateIntegrationBodyJson["interfaces"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  extraOperations?: Exclude<CreateIntegrationBodyJson["extraOperations"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  sdkVersion?: Exclude<CreateIntegrationBodyJson["sdkVersion"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  secrets?: Exclude<CreateIntegrationBodyJson["secrets"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
   */
  visibility?: Exclude<CreateIntegrationBodyJson["visibility"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  layers?: Exclude<CreateIntegrationBodyJson["layers"], undefined>;
}

type UpdateIntegrationBodyJson = JsonRequestBody<paths, "/v1/admin/integrations/{id}", "put">;

/** The JSON body of updateIntegration (`PUT /v1/admin/integrations/{id}`), named so that type errors name it. */
export interface UpdateIntegrationBody {
  /**
   * Tags of the Integration. The reference does not list this object's child attributes.
   */
  tags?: Exclude<UpdateIntegrationBodyJson["tags"], undefined>;
  /**
   * Channels definition
   */
  channels?: Exclude<UpdateIntegrationBodyJson["channels"], undefined>;
  /**
   * States definition
   */
  states?: Exclude<UpdateIntegrationBodyJson["states"], undefined>;
  /**
   * Configuration definition of the Integration. The reference does not list this object's child attributes.
   */
  configuration?: Exclude<UpdateIntegrationBodyJson["configuration"], undefined>;
  /**
   * Events definition
   */
  events?: Exclude<UpdateIntegrationBodyJson["events"], undefined>;
  /**
   * Action definition
   */
  actions?: Exclude<UpdateIntegrationBodyJson["actions"], undefined>;
  /**
   * User definition of the Integration. The reference does not list this object's child attributes.
   */
  user?: Exclude<UpdateIntegrationBodyJson["user"], undefined>;
  /**
   * JavaScript code of the integration
   */
  code?: Exclude<UpdateIntegrationBodyJson["code"], undefined>;
  /**
   * Whether the integration is public
   */
  public?: Exclude<UpdateIntegrationBodyJson["public"], undefined>;
  /**
   * URL of the integration; only available for dev integrations
   */
  url?: Exclude<UpdateIntegrationBodyJson["url"], undefined>;
  /**
   * Base64-encoded SVG of the integration icon. The icon is global to the integration; every version is updated when it changes.
   */
  icon?: Exclude<UpdateIntegrationBodyJson["icon"], undefined>;
  /**
   * Base64-encoded Markdown of the integration readme. The readme is specific to each integration version.
   */
  readme?: Exclude<UpdateIntegrationBodyJson["readme"], undefined>;
  /**
   * Title of the integration, displayed in the UI
   */
  title?: Exclude<UpdateIntegrationBodyJson["title"], undefined>;
  /**
   * Description of the integration, displayed in the UI
   */
  description?: Exclude<UpdateIntegrationBodyJson["description"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  configurations?: Exclude<UpdateIntegrationBodyJson["configurations"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  extraOperations?: Exclude<UpdateIntegrationBodyJson["extraOperations"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  sdkVersion?: Exclude<UpdateIntegrationBodyJson["sdkVersion"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  maxExecutionTime?: Exclude<UpdateIntegrationBodyJson["maxExecutionTime"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  identifier?: Exclude<UpdateIntegrationBodyJson["identifier"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  entities?: Exclude<UpdateIntegrationBodyJson["entities"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  interfaces?: Exclude<UpdateIntegrationBodyJson["interfaces"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  attributes?: Exclude<UpdateIntegrationBodyJson["attributes"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  secrets?: Exclude<UpdateIntegrationBodyJson["secrets"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
   */
  visibility?: Exclude<UpdateIntegrationBodyJson["visibility"], undefined>;
  /**
   * Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced.
   */
  layers?: Exclude<UpdateIntegrationBodyJson["layers"], undefined>;
}

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
  authenticate: OperationMethod<Paths, "/v1/authenticate", "post", AuthenticateBody>;

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
  createUser: OperationMethod<Paths, "/v1/chat/users", "post", CreateUserBody>;

  /**
   * Get Or Create User
   *
   * Retrieves the User object for a valid identifier. If the user does not exist, it will be created. The body
   * is the same as for Create User.
   *
   * `POST /v1/chat/users/get-or-create`
   */
  getOrCreateUser: OperationMethod<Paths, "/v1/chat/users/get-or-create", "post", GetOrCreateUserBody>;

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
  updateUser: OperationMethod<Paths, "/v1/chat/users/{id}", "put", UpdateUserBody>;

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
  createConversation: OperationMethod<Paths, "/v1/chat/conversations", "post", CreateConversationBody>;

  /**
   * Get Or Create Conversation
   *
   * Retrieves the Conversation object for a valid identifier. If the conversation does not exist, it will be
   * created. The body is the same as for Create Conversation.
   *
   * `POST /v1/chat/conversations/get-or-create`
   */
  getOrCreateConversation: OperationMethod<Paths, "/v1/chat/conversations/get-or-create", "post", GetOrCreateConversationBody>;

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
  updateConversation: OperationMethod<Paths, "/v1/chat/conversations/{id}", "put", UpdateConversationBody>;

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
  createEvent: OperationMethod<Paths, "/v1/chat/events", "post", CreateEventBody>;

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
  createMessage: OperationMethod<Paths, "/v1/chat/messages", "post", CreateMessageBody>;

  /**
   * Get Or Create Message
   *
   * Retrieves the Message object for a valid identifier. If the message does not exist, it will be created.
   * The body is the same as for Create Message. Answers `409 RelationConflict` when the User and the
   * Conversation are not linked together.
   *
   * `POST /v1/chat/messages/get-or-create`
   */
  getOrCreateMessage: OperationMethod<Paths, "/v1/chat/messages/get-or-create", "post", GetOrCreateMessageBody>;

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
  updateMessage: OperationMethod<Paths, "/v1/chat/messages/{id}", "put", UpdateMessageBody>;

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
  createFile: OperationMethod<Paths, "/v1/storage/files", "post", CreateFileBody>;

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
  setState: OperationMethod<Paths, "/v1/chat/states/{type}/{id}/{name}", "post", SetStateBody>;

  /**
   * Patch State
   *
   * Updates the State object by setting the values of the parameters passed.
   *
   * `PATCH /v1/chat/states/{type}/{id}/{name}`
   */
  patchState: OperationMethod<Paths, "/v1/chat/states/{type}/{id}/{name}", "patch", PatchStateBody>;

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
  callAction: OperationMethod<Paths, "/v1/chat/actions", "post", CallActionBody>;

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
  createBot: OperationMethod<Paths, "/v1/admin/bots", "post", CreateBotBody>;

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
  updateBot: OperationMethod<Paths, "/v1/admin/bots/{id}", "put", UpdateBotBody>;

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
  transferBot: OperationMethod<Paths, "/v1/admin/bots/{id}/transfer", "post", TransferBotBody>;

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
  createIntegration: OperationMethod<Paths, "/v1/admin/integrations", "post", CreateIntegrationBody>;

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
  updateIntegration: OperationMethod<Paths, "/v1/admin/integrations/{id}", "put", UpdateIntegrationBody>;

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
