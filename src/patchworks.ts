// Patchworks Core API, flow callbacks (spec: specs/patchworks.yaml).
import { apiKeyHeader, createApiClient, pageNumberPagination, type ApiClient, type ClientOptions } from "./core/index.js";
import type { components, paths } from "../generated/patchworks.js";
import type { PatchworksOperationMethods } from "../generated/patchworks.operations.js";
import { credential, readEnv } from "./env.js";

// The operation-named methods' interface and each JSON body's named interface (`CreateConversationBody`).
export type * from "../generated/patchworks.operations.js";

export type {
  components as PatchworksComponents,
  operations as PatchworksOperations,
  paths as PatchworksPaths,
} from "../generated/patchworks.js";
export type PatchworksErrorBody = components["schemas"]["ErrorMessage"] | components["schemas"]["ValidationError"];
/** A typed Patchworks client: path-style calls (`GET`, `POST`, …) and one method per operationId. */
export interface PatchworksClient extends ApiClient<paths, PatchworksErrorBody>, PatchworksOperationMethods<paths> {}

export const PATCHWORKS_BASE_URL = "https://core.wearepatchworks.com";

/** Environment variables the factory reads when an option is not given (same style as the vendors' SDKs). */
export const PATCHWORKS_ENV = { apiKey: "PATCHWORKS_API_KEY", baseUrl: "PATCHWORKS_BASE_URL" } as const;

export interface PatchworksClientOptions extends ClientOptions {
  /** The API key; Patchworks takes it raw in `Authorization`, with no `Bearer` prefix. Default: `PATCHWORKS_API_KEY`. */
  apiKey?: string;
}

/** Options left out are read from PATCHWORKS_ENV's variables. */
export function createPatchworksClient({ apiKey, ...options }: PatchworksClientOptions = {}): PatchworksClient {
  return createApiClient<paths, PatchworksErrorBody, PatchworksOperationMethods<paths>>(
    {
      name: "patchworks",
      defaultBaseUrl: readEnv(PATCHWORKS_ENV.baseUrl) ?? PATCHWORKS_BASE_URL,
      auth: apiKeyHeader("Authorization", credential("apiKey", apiKey, PATCHWORKS_ENV.apiKey)),
      // Laravel's paginator: `page` in the query, the number of pages in `meta.last_page`.
      pagination: pageNumberPagination(["meta", "last_page"]),
      // The vendor's Core API collection asks for it on every request; Laravel answers errors
      // (401, 422) as JSON only to requests that accept JSON.
      headers: { accept: "application/json" },
      loadDocument: () => import("../generated/patchworks.openapi.js"),
      loadOperations: () => import("../generated/patchworks.operations.js"),
    },
    options,
  );
}
