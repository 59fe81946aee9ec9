// Dynamiq management API: connect requirements and conversations (spec: specs/dynamiq.yaml).
import { bearerToken, createApiClient, pageNumberPagination, type ApiClient, type ClientOptions } from "./core/index.js";
import type { components, paths } from "../generated/dynamiq.js";
import type { DynamiqOperationMethods } from "../generated/dynamiq.operations.js";
import { credential, readEnv } from "./env.js";

// The operation-named methods' interface and each JSON body's named interface (`CreateConversationBody`).
export type * from "../generated/dynamiq.operations.js";

export type { components as DynamiqComponents, operations as DynamiqOperations, paths as DynamiqPaths } from "../generated/dynamiq.js";
export type DynamiqErrorBody = components["schemas"]["ErrorResponse"];
export type DynamiqConversation = components["schemas"]["Conversation"];
/** A typed Dynamiq client: path-style calls (`GET`, `POST`, …) and one method per operationId. */
export interface DynamiqClient extends ApiClient<paths, DynamiqErrorBody>, DynamiqOperationMethods<paths> {}

export const DYNAMIQ_BASE_URL = "https://api.getdynamiq.ai";

/** Environment variables the factory reads when an option is not given (same style as the vendors' SDKs). */
export const DYNAMIQ_ENV = { token: "DYNAMIQ_API_KEY", baseUrl: "DYNAMIQ_BASE_URL" } as const;

export interface DynamiqClientOptions extends ClientOptions {
  /**
   * A connect token for the `/v1/connect/*` endpoints, or an access key / personal access
   * token for the rest; both travel as `Authorization: Bearer <token>`. Default: `DYNAMIQ_API_KEY`.
   */
  token?: string;
}

/** Options left out are read from DYNAMIQ_ENV's variables. */
export function createDynamiqClient({ token, ...options }: DynamiqClientOptions = {}): DynamiqClient {
  return createApiClient<paths, DynamiqErrorBody, DynamiqOperationMethods<paths>>(
    {
      name: "dynamiq",
      defaultBaseUrl: readEnv(DYNAMIQ_ENV.baseUrl) ?? DYNAMIQ_BASE_URL,
      auth: bearerToken(credential("token", token, DYNAMIQ_ENV.token)),
      pagination: pageNumberPagination(),
      loadDocument: () => import("../generated/dynamiq.openapi.js"),
      loadOperations: () => import("../generated/dynamiq.operations.js"),
    },
    options,
  );
}
