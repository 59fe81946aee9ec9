// Pipedrive Channels API, the Messaging app extension (spec: specs/pipedrive.yaml).
import { bearerToken, createApiClient, type ApiClient, type ClientOptions } from "./core/index.js";
import type { components, paths } from "../generated/pipedrive.js";
import type { PipedriveOperationMethods } from "../generated/pipedrive.operations.js";
import { credential, readEnv } from "./env.js";

// The operation-named methods' interface and each JSON body's named interface (`CreateConversationBody`).
export type * from "../generated/pipedrive.operations.js";

export type {
  components as PipedriveComponents,
  operations as PipedriveOperations,
  paths as PipedrivePaths,
} from "../generated/pipedrive.js";
export type PipedriveErrorBody = components["schemas"]["ErrorResponse"];
/** A typed Pipedrive client: path-style calls (`GET`, `POST`, …) and one method per operationId. */
export interface PipedriveClient extends ApiClient<paths, PipedriveErrorBody>, PipedriveOperationMethods<paths> {}

export const PIPEDRIVE_BASE_URL = "https://api.pipedrive.com";

/** Environment variables the factory reads when an option is not given (same style as the vendors' SDKs). */
export const PIPEDRIVE_ENV = { token: "PIPEDRIVE_OAUTH_TOKEN", baseUrl: "PIPEDRIVE_BASE_URL" } as const;

export interface PipedriveClientOptions extends ClientOptions {
  /** OAuth 2 access token with the Messengers integration scope. Default: `PIPEDRIVE_OAUTH_TOKEN`. */
  token?: string;
}

/** Options left out are read from PIPEDRIVE_ENV's variables. */
export function createPipedriveClient({ token, ...options }: PipedriveClientOptions = {}): PipedriveClient {
  return createApiClient<paths, PipedriveErrorBody, PipedriveOperationMethods<paths>>(
    {
      name: "pipedrive",
      defaultBaseUrl: readEnv(PIPEDRIVE_ENV.baseUrl) ?? PIPEDRIVE_BASE_URL,
      auth: bearerToken(credential("token", token, PIPEDRIVE_ENV.token)),
      loadDocument: () => import("../generated/pipedrive.openapi.js"),
      loadOperations: () => import("../generated/pipedrive.operations.js"),
    },
    options,
  );
}
