// Botpress: the required fields of every success answer, read as an application reads them: each
// assigned to its exact type, never widened. A field that becomes optional or nullable in
// specs/botpress.yaml fails tsc here, in one place (the drift score plants both).
import type { components, paths } from "../../generated/botpress.js";
import type { SuccessOf } from "./reads.js";

type Schemas = components["schemas"];
type Ok<Path extends keyof paths, Method extends keyof paths[Path]> = SuccessOf<paths, Path, Method>;

export const authenticate = (body: Ok<"/v1/authenticate", "post">): { token: string; expiresIn: number } => ({
  token: body.token,
  expiresIn: body.expiresIn,
});
export const listUsers = (body: Ok<"/v1/chat/users", "get">): { users: Schemas["User"][]; meta: Schemas["ListMeta"] } => ({
  users: body.users,
  meta: body.meta,
});
export const createUser = (body: Ok<"/v1/chat/users", "post">): { user: Schemas["User"] } => ({
  user: body.user,
});
export const getOrCreateUser = (body: Ok<"/v1/chat/users/get-or-create", "post">): { user: Schemas["User"] } => ({
  user: body.user,
});
export const getUser = (body: Ok<"/v1/chat/users/{id}", "get">): { user: Schemas["User"] } => ({
  user: body.user,
});
export const updateUser = (body: Ok<"/v1/chat/users/{id}", "put">): { user: Schemas["User"] } => ({
  user: body.user,
});
export const listConversations = (
  body: Ok<"/v1/chat/conversations", "get">,
): { conversations: Schemas["Conversation"][]; meta: Schemas["ListMeta"] } => ({
  conversations: body.conversations,
  meta: body.meta,
});
export const createConversation = (body: Ok<"/v1/chat/conversations", "post">): { conversation: Schemas["Conversation"] } => ({
  conversation: body.conversation,
});
export const getOrCreateConversation = (
  body: Ok<"/v1/chat/conversations/get-or-create", "post">,
): { conversation: Schemas["Conversation"] } => ({
  conversation: body.conversation,
});
export const getConversation = (body: Ok<"/v1/chat/conversations/{id}", "get">): { conversation: Schemas["Conversation"] } => ({
  conversation: body.conversation,
});
export const updateConversation = (body: Ok<"/v1/chat/conversations/{id}", "put">): { conversation: Schemas["Conversation"] } => ({
  conversation: body.conversation,
});
export const listEvents = (body: Ok<"/v1/chat/events", "get">): { events: Schemas["Event"][]; meta: Schemas["ListMeta"] } => ({
  events: body.events,
  meta: body.meta,
});
export const createEvent = (body: Ok<"/v1/chat/events", "post">): { event: Schemas["Event"] } => ({
  event: body.event,
});
export const getEvent = (body: Ok<"/v1/chat/events/{id}", "get">): { event: Schemas["Event"] } => ({
  event: body.event,
});
export const listMessages = (body: Ok<"/v1/chat/messages", "get">): { messages: Schemas["Message"][]; meta: Schemas["ListMeta"] } => ({
  messages: body.messages,
  meta: body.meta,
});
export const createMessage = (body: Ok<"/v1/chat/messages", "post">): { message: Schemas["Message"] } => ({
  message: body.message,
});
export const getOrCreateMessage = (body: Ok<"/v1/chat/messages/get-or-create", "post">): { message: Schemas["Message"] } => ({
  message: body.message,
});
export const getMessage = (body: Ok<"/v1/chat/messages/{id}", "get">): { message: Schemas["Message"] } => ({
  message: body.message,
});
export const updateMessage = (body: Ok<"/v1/chat/messages/{id}", "put">): { message: Schemas["Message"] } => ({
  message: body.message,
});
export const listFiles = (body: Ok<"/v1/storage/files", "get">): { files: Schemas["File"][]; meta: Schemas["ListMeta"] } => ({
  files: body.files,
  meta: body.meta,
});
export const createFile = (body: Ok<"/v1/storage/files", "post">): { file: Schemas["File"] } => ({
  file: body.file,
});
export const getFile = (body: Ok<"/v1/storage/files/{id}", "get">): { file: Schemas["File"] } => ({
  file: body.file,
});
export const getState = (body: Ok<"/v1/chat/states/{type}/{id}/{name}", "get">): { state: Schemas["State"] } => ({
  state: body.state,
});
export const setState = (body: Ok<"/v1/chat/states/{type}/{id}/{name}", "post">): { state: Schemas["State"] } => ({
  state: body.state,
});
export const patchState = (body: Ok<"/v1/chat/states/{type}/{id}/{name}", "patch">): { state: Schemas["State"] } => ({
  state: body.state,
});
export const listPublicIntegrations = (
  body: Ok<"/v1/admin/hub/integrations", "get">,
): { integrations: Schemas["Integration"][]; meta: Schemas["ListMeta"] } => ({
  integrations: body.integrations,
  meta: body.meta,
});
export const getPublicIntegrationById = (body: Ok<"/v1/admin/hub/integrations/{id}", "get">): { integration: Schemas["Integration"] } => ({
  integration: body.integration,
});
export const getPublicIntegration = (
  body: Ok<"/v1/admin/hub/integrations/{name}/{version}", "get">,
): { integration: Schemas["Integration"] } => ({
  integration: body.integration,
});
export const callAction = (body: Ok<"/v1/chat/actions", "post">): { output: object } => ({
  output: body.output,
});
export const listBots = (body: Ok<"/v1/admin/bots", "get">): { bots: Schemas["Bot"][]; meta: Schemas["ListMeta"] } => ({
  bots: body.bots,
  meta: body.meta,
});
export const createBot = (body: Ok<"/v1/admin/bots", "post">): { bot: Schemas["Bot"] } => ({
  bot: body.bot,
});
export const getBot = (body: Ok<"/v1/admin/bots/{id}", "get">): { bot: Schemas["Bot"] } => ({
  bot: body.bot,
});
export const updateBot = (body: Ok<"/v1/admin/bots/{id}", "put">): { bot: Schemas["Bot"] } => ({
  bot: body.bot,
});
export const getBotLogs = (body: Ok<"/v1/admin/bots/{id}/logs", "get">): { logs: Schemas["LogEntry"][] } => ({
  logs: body.logs,
});
export const getBotWebchat = (body: Ok<"/v1/admin/bots/{id}/webchat", "get">): { code: string } => ({
  code: body.code,
});
export const getBotAnalytics = (body: Ok<"/v1/admin/bots/{id}/analytics", "get">): { records: Schemas["AnalyticsRecord"][] } => ({
  records: body.records,
});
export const listIntegrations = (
  body: Ok<"/v1/admin/integrations", "get">,
): { integrations: Schemas["Integration"][]; meta: Schemas["ListMeta"] } => ({
  integrations: body.integrations,
  meta: body.meta,
});
export const createIntegration = (body: Ok<"/v1/admin/integrations", "post">): { integration: Schemas["Integration"] } => ({
  integration: body.integration,
});
export const getIntegration = (body: Ok<"/v1/admin/integrations/{id}", "get">): { integration: Schemas["Integration"] } => ({
  integration: body.integration,
});
export const updateIntegration = (body: Ok<"/v1/admin/integrations/{id}", "put">): { integration: Schemas["Integration"] } => ({
  integration: body.integration,
});
export const getIntegrationLogs = (body: Ok<"/v1/admin/integrations/{id}/logs", "get">): { logs: Schemas["LogEntry"][] } => ({
  logs: body.logs,
});
export const getIntegrationByName = (
  body: Ok<"/v1/admin/integrations/{name}/{version}", "get">,
): { integration: Schemas["Integration"] } => ({
  integration: body.integration,
});
