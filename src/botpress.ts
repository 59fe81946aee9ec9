// Botpress Cloud API: chat, files, states, hub, bots and integrations (spec: specs/botpress.yaml).
import {
  bearerToken,
  createApiClient,
  nextTokenPagination,
  clientCredentialsExchange,
  ConfigurationError,
  type ApiClient,
  type AuthProvider,
  type ClientOptions,
} from "./core/index.js";
import type { WithOptionalHeaders } from "./core/types.js";
import type { components, paths } from "../generated/botpress.js";
import type { BotpressOperationMethods } from "../generated/botpress.operations.js";
import { credential, readEnv, requireString, scopeOption } from "./env.js";
import { expiresInToSeconds } from "./internal/botpress-expiry.js";

// The operation-named methods' interface and each JSON body's named interface (`CreateConversationBody`).
export type * from "../generated/botpress.operations.js";

export type { components as BotpressComponents, operations as BotpressOperations, paths as BotpressPaths } from "../generated/botpress.js";

type Schemas = components["schemas"];

/** Every error body the spec documents, discriminated on `type`. */
export type BotpressErrorBody =
  | Schemas["BadRequestErrorBody"]
  | Schemas["UnauthorizedError"]
  | Schemas["ForbiddenErrorBody"]
  | Schemas["ResourceNotFoundError"]
  | Schemas["MethodNotFoundError"]
  | Schemas["ConflictErrorBody"]
  | Schemas["PayloadTooLargeErrorBody"]
  | Schemas["UnsupportedMediaTypeError"]
  | Schemas["RateLimitedError"]
  | Schemas["ServerErrorBody"];
export type BotpressErrorType = BotpressErrorBody["type"];

export type BotpressUser = Schemas["User"];
export type BotpressConversation = Schemas["Conversation"];
export type BotpressEvent = Schemas["Event"];
export type BotpressMessage = Schemas["Message"];
export type BotpressFile = Schemas["File"];
export type BotpressState = Schemas["State"];
export type BotpressBot = Schemas["Bot"];
export type BotpressIntegration = Schemas["Integration"];
export type BotpressWorkspace = Schemas["Workspace"];
export type BotpressTags = Schemas["Tags"];

export const BOTPRESS_BASE_URL = "https://api.botpress.cloud";

/** Environment variables the factory reads when an option is not given: the names `@botpress/client` reads. */
export const BOTPRESS_ENV = {
  token: "BP_TOKEN",
  botId: "BP_BOT_ID",
  workspaceId: "BP_WORKSPACE_ID",
  baseUrl: "BP_API_URL",
} as const;

/** The header parameters the client can fill in from `botId` / `workspaceId`. */
export type BotpressDefaultedHeader = "x-bot-id" | "x-workspace-id";

/**
 * The generated `paths` with the `Names` headers optional: a client that fills them in from its
 * options must not make every call repeat them. `never` leaves the generated types as they are.
 */
export type BotpressClientPaths<Names extends BotpressDefaultedHeader = never> = [Names] extends [never]
  ? paths
  : [BotpressDefaultedHeader] extends [Names]
    ? BotpressPathsWithScope
    : [Names] extends ["x-bot-id"]
      ? BotpressPathsWithBotId
      : BotpressPathsWithWorkspaceId;

// Named, so that type errors and hovers print these names instead of the whole paths type.
/** `paths` with `x-bot-id` optional. */
export interface BotpressPathsWithBotId extends WithOptionalHeaders<paths, "x-bot-id"> {}
/** `paths` with `x-workspace-id` optional. */
export interface BotpressPathsWithWorkspaceId extends WithOptionalHeaders<paths, "x-workspace-id"> {}
/** `paths` with `x-bot-id` and `x-workspace-id` optional. */
export interface BotpressPathsWithScope extends WithOptionalHeaders<paths, BotpressDefaultedHeader> {}

/**
 * A Botpress client. `Defaulted` names the headers it sends by itself (from `botId` /
 * `workspaceId`), which calls may then leave out; the others each call must pass.
 */
export interface BotpressClient<Defaulted extends BotpressDefaultedHeader = never>
  extends ApiClient<BotpressClientPaths<Defaulted>, BotpressErrorBody>,
    BotpressOperationMethods<BotpressClientPaths<Defaulted>> {}

interface BotpressScope {
  /**
   * Sent as `x-bot-id` on every operation whose spec declares that header (`/v1/chat/*`,
   * `/v1/storage/*`), unless the call passes its own. Without it each such call must pass one.
   */
  botId?: string;
  /**
   * Sent as `x-workspace-id` on every operation whose spec declares that header (`/v1/admin/*`
   * except `/v1/admin/hub/*`), unless the call passes its own. Without it each such call must pass one.
   */
  workspaceId?: string;
}

/** A Personal Access Token, a bot or integration `BP_TOKEN`, or an OAuth2 token, sent as `Authorization: Bearer`. */
export interface BotpressTokenCredentials {
  token: string;
  clientKey?: never;
  clientSecret?: never;
}

/**
 * The API key and secret of a bot, integration or user: traded for an access token at
 * `POST /v1/authenticate` before the first call, and again whenever that token expires or is refused.
 */
export interface BotpressClientCredentials {
  clientKey: string;
  clientSecret: string;
  token?: never;
}

/** Neither in code: `BP_TOKEN` from the environment. */
export interface BotpressEnvironmentCredentials {
  token?: never;
  clientKey?: never;
  clientSecret?: never;
}

export type BotpressClientOptions = ClientOptions &
  BotpressScope &
  (BotpressTokenCredentials | BotpressClientCredentials | BotpressEnvironmentCredentials);

const loadDocument = () => import("../generated/botpress.openapi.js");

function clientCredentialsAuth(clientKey: string, clientSecret: string, options: ClientOptions): AuthProvider {
  return clientCredentialsExchange<paths, BotpressErrorBody>(
    { name: "botpress", defaultBaseUrl: BOTPRESS_BASE_URL, loadDocument },
    options,
    { clientId: clientKey, clientSecret },
    async (authClient, signal) => {
      // Issuing a second token does no harm, so a failed exchange may be retried like a GET.
      const { data } = await authClient.POST("/v1/authenticate", { body: { clientKey, clientSecret }, signal, idempotent: true });
      return { accessToken: data.token, expiresInSeconds: expiresInToSeconds(data.expiresIn) };
    },
  );
}

/**
 * A typed client of the Botpress Cloud API. Pass either `token` or `clientKey` + `clientSecret`.
 *
 * `botId`/`workspaceId` present in the options, even as `undefined` (`botId: process.env.BP_BOT_ID`),
 * make `x-bot-id`/`x-workspace-id` optional in every call's type; when neither the option nor
 * `BP_BOT_ID`/`BP_WORKSPACE_ID` holds a value, the factory throws a ConfigurationError naming it.
 *
 * Download File answers raw bytes, not JSON: call it with `parseAs: "stream"` and `data` is a
 * `ReadableStream` that delivers the file as it arrives (memory stays flat whatever its size;
 * `timeoutMs` bounds each read):
 * `client.GET("/v1/storage/files/{id}/download", { params: { path: { id } }, parseAs: "stream" })`.
 * `parseAs: "arrayBuffer"` buffers it whole, up to `maxResponseBytes` (64 MiB by default).
 */
export function createBotpressClient(
  options: BotpressClientOptions & { botId: string | undefined; workspaceId: string | undefined },
): BotpressClient<"x-bot-id" | "x-workspace-id">;
export function createBotpressClient(options: BotpressClientOptions & { botId: string | undefined }): BotpressClient<"x-bot-id">;
export function createBotpressClient(
  options: BotpressClientOptions & { workspaceId: string | undefined },
): BotpressClient<"x-workspace-id">;
export function createBotpressClient(options?: BotpressClientOptions): BotpressClient;
// The implementation returns the widest client; the union keeps each overload compatible with it.
export function createBotpressClient(
  options: BotpressClientOptions = {},
): BotpressClient<BotpressDefaultedHeader> | BotpressClient<"x-bot-id"> | BotpressClient<"x-workspace-id"> | BotpressClient {
  // BP_* are the variables @botpress/client reads; options given in code win.
  const { token, clientKey, clientSecret, ...scoped } = options;
  const botId = scopeOption(scoped, "botId", BOTPRESS_ENV.botId);
  const workspaceId = scopeOption(scoped, "workspaceId", BOTPRESS_ENV.workspaceId);
  const baseUrl = scoped.baseUrl ?? readEnv(BOTPRESS_ENV.baseUrl);
  const { botId: _botId, workspaceId: _workspaceId, ...rest } = scoped;
  const clientOptions: ClientOptions = baseUrl === undefined ? rest : { ...rest, baseUrl };
  let auth: AuthProvider;
  if (token !== undefined && clientKey === undefined && clientSecret === undefined) {
    auth = bearerToken(token);
  } else if (token === undefined && (clientKey !== undefined || clientSecret !== undefined)) {
    requireString("clientKey", clientKey);
    requireString("clientSecret", clientSecret);
    auth = clientCredentialsAuth(clientKey, clientSecret, clientOptions);
  } else if (token === undefined) {
    auth = bearerToken(credential("token", undefined, BOTPRESS_ENV.token));
  } else {
    // The types already refuse this; plain-JavaScript callers get told at construction.
    throw new ConfigurationError("pass either token, or clientKey and clientSecret");
  }
  return createApiClient<
    BotpressClientPaths<BotpressDefaultedHeader>,
    BotpressErrorBody,
    BotpressOperationMethods<BotpressClientPaths<BotpressDefaultedHeader>>
  >(
    {
      name: "botpress",
      defaultBaseUrl: BOTPRESS_BASE_URL,
      auth,
      pagination: nextTokenPagination(),
      loadDocument,
      loadOperations: () => import("../generated/botpress.operations.js"),
      parameterDefaults: { header: { "x-bot-id": botId, "x-workspace-id": workspaceId } },
    },
    clientOptions,
  );
}
