// Pipedream REST API v1: accounts, apps, components, sources, events, subscriptions, webhooks,
// workflows, workspaces, the current user and the OAuth token endpoints (spec: specs/pipedream.yaml).
import {
  bearerToken,
  createApiClient,
  cursorPagination,
  clientCredentialsExchange,
  ConfigurationError,
  type ApiClient,
  type AuthProvider,
  type ClientOptions,
  type ExchangedToken,
} from "./core/index.js";
import type { components, paths } from "../generated/pipedream.js";
import type { PipedreamOperationMethods } from "../generated/pipedream.operations.js";
import { credential, readEnv, requireString, scopeOption } from "./env.js";

// The operation-named methods' interface and each JSON body's named interface (`CreateConversationBody`).
export type * from "../generated/pipedream.operations.js";

export type {
  components as PipedreamComponents,
  operations as PipedreamOperations,
  paths as PipedreamPaths,
} from "../generated/pipedream.js";
export type PipedreamErrorBody = components["schemas"]["Error"];
export type PipedreamAccount = components["schemas"]["Account"];
export type PipedreamApp = components["schemas"]["App"];
export type PipedreamComponent = components["schemas"]["Component"];
export type PipedreamSource = components["schemas"]["Source"];
export type PipedreamEventSummary = components["schemas"]["EventSummary"];
export type PipedreamSubscription = components["schemas"]["Subscription"];
export type PipedreamWebhook = components["schemas"]["Webhook"];
export type PipedreamWorkflow = components["schemas"]["Workflow"];
export type PipedreamWorkspace = components["schemas"]["Workspace"];
export type PipedreamUser = components["schemas"]["User"];
/** A typed Pipedream client: path-style calls (`GET`, `POST`, …) and one method per operationId. */
export interface PipedreamClient extends ApiClient<paths, PipedreamErrorBody>, PipedreamOperationMethods<paths> {}

export const PIPEDREAM_BASE_URL = "https://api.pipedream.com/v1";

/**
 * Environment variables the factory reads when an option is not given. `clientId`/`clientSecret`
 * are the names Pipedream's own SDK reads; the others follow their style.
 */
export const PIPEDREAM_ENV = {
  token: "PIPEDREAM_API_KEY",
  clientId: "PIPEDREAM_CLIENT_ID",
  clientSecret: "PIPEDREAM_CLIENT_SECRET",
  orgId: "PIPEDREAM_ORG_ID",
  baseUrl: "PIPEDREAM_BASE_URL",
} as const;

/** A user API key or an OAuth access token you already hold. */
export interface PipedreamTokenCredentials {
  /** Sent as `Authorization: Bearer <token>`. */
  token: string;
  clientId?: never;
  clientSecret?: never;
}

/** An OAuth app's client credentials, exchanged at `POST /oauth/token` for access tokens. */
export interface PipedreamClientCredentials {
  clientId: string;
  clientSecret: string;
  token?: never;
}

/** Neither in code: `PIPEDREAM_API_KEY`, else `PIPEDREAM_CLIENT_ID` + `PIPEDREAM_CLIENT_SECRET`, from the environment. */
export interface PipedreamEnvironmentCredentials {
  token?: never;
  clientId?: never;
  clientSecret?: never;
}

export type PipedreamClientOptions = ClientOptions &
  (PipedreamTokenCredentials | PipedreamClientCredentials | PipedreamEnvironmentCredentials) & {
    /**
     * Default workspace for the `org_id` query parameter, e.g. `o_abc123`. User API keys need it
     * on some endpoints (mainly those that create resources); a workspace OAuth token implies its
     * workspace. It is added only to operations whose spec declares an `org_id` query parameter,
     * and only when the call passes none of its own. Path segments named `org_id` and `org_id`
     * fields of request bodies are never filled in. Default: `PIPEDREAM_ORG_ID`. Present but
     * `undefined` (`orgId: process.env.PIPEDREAM_ORG_ID`) with that variable unset: the factory
     * throws a ConfigurationError naming it.
     */
    orgId?: string;
  };

/**
 * Client credentials → tokens from `POST /oauth/token`, fetched on first use, shared by
 * concurrent calls and refreshed before `expires_in` runs out or after a 401.
 */
function clientCredentialsAuth(clientId: string, clientSecret: string, options: ClientOptions): AuthProvider {
  return clientCredentialsExchange<paths, PipedreamErrorBody>(
    { name: "pipedream", defaultBaseUrl: PIPEDREAM_BASE_URL, loadDocument: () => import("../generated/pipedream.openapi.js") },
    options,
    { clientId, clientSecret },
    async (tokenClient, signal): Promise<ExchangedToken> => {
      // Issuing a second token does no harm, so the exchange is retried like a GET (408, 429, 5xx,
      // connection errors, Retry-After), as @pipedream/sdk retries it (core/fetcher/requestWithRetries).
      const { data } = await tokenClient.POST("/oauth/token", {
        body: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret },
        signal,
        idempotent: true,
      });
      return { accessToken: data.access_token, expiresInSeconds: data.expires_in };
    },
  );
}

/**
 * Credentials come from the options, or, when the options name none, from the environment:
 * `PIPEDREAM_API_KEY`, else `PIPEDREAM_CLIENT_ID` + `PIPEDREAM_CLIENT_SECRET` (the names
 * Pipedream's own SDK reads).
 */
export function createPipedreamClient(options: PipedreamClientOptions = {}): PipedreamClient {
  const { token, clientId, clientSecret, orgId: _orgId, ...clientOptions } = options;
  const baseUrl = clientOptions.baseUrl ?? readEnv(PIPEDREAM_ENV.baseUrl);
  const withBaseUrl = baseUrl === undefined ? clientOptions : { ...clientOptions, baseUrl };
  // The union type already refuses both; this guards untyped callers.
  if (token !== undefined && (clientId !== undefined || clientSecret !== undefined)) {
    throw new ConfigurationError("pass either `token` or `clientId` and `clientSecret`, not both");
  }
  let auth: AuthProvider;
  if (token !== undefined) {
    auth = bearerToken(token);
  } else if (clientId !== undefined || clientSecret !== undefined || readEnv(PIPEDREAM_ENV.token) === undefined) {
    const id = credential("clientId", clientId, PIPEDREAM_ENV.clientId);
    const secret = credential("clientSecret", clientSecret, PIPEDREAM_ENV.clientSecret);
    requireString("clientId", id);
    requireString("clientSecret", secret);
    auth = clientCredentialsAuth(id, secret, withBaseUrl);
  } else {
    auth = bearerToken(credential("token", undefined, PIPEDREAM_ENV.token));
  }
  return createApiClient<paths, PipedreamErrorBody, PipedreamOperationMethods<paths>>(
    {
      name: "pipedream",
      defaultBaseUrl: PIPEDREAM_BASE_URL,
      auth,
      pagination: cursorPagination(),
      loadDocument: () => import("../generated/pipedream.openapi.js"),
      loadOperations: () => import("../generated/pipedream.operations.js"),
      parameterDefaults: { query: { org_id: scopeOption(options, "orgId", PIPEDREAM_ENV.orgId) } },
    },
    withBaseUrl,
  );
}
