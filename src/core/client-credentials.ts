// Client credentials traded at the API's own token endpoint (Pipedream `POST /oauth/token`,
// Botpress `POST /v1/authenticate`). The exchange runs on a client of its own, without auth
// (the endpoint takes the credentials in its body and must not wait on the token it is
// fetching), sharing the caller's transport options and scrubbing the client secret.
import { tokenExchange, type ExchangedToken, type TokenExchangeAuth } from "./auth.js";
import { createApiClient, type ApiDefinition, type ClientOptions } from "./client.js";
import { basicCredentials } from "./internal/redact.js";
import type { ApiClient } from "./types.js";

/** The client secret, or the client id and secret (then their Basic form is scrubbed too). */
export type ClientSecret = string | { clientId: string; clientSecret: string };

/**
 * `exchange` should call the token endpoint with `idempotent: true`: a second token does no harm,
 * and then a 408, 429, 5xx or connection error is retried like a GET's.
 */
export function clientCredentialsExchange<Paths extends {}, ErrorBody = unknown>(
  api: Pick<ApiDefinition, "name" | "defaultBaseUrl" | "loadDocument">,
  options: ClientOptions,
  clientSecret: ClientSecret,
  exchange: (tokenClient: ApiClient<Paths, ErrorBody>, signal?: AbortSignal) => Promise<ExchangedToken>,
): TokenExchangeAuth {
  const secrets =
    typeof clientSecret === "string"
      ? [clientSecret]
      : [clientSecret.clientSecret, basicCredentials(clientSecret.clientId, clientSecret.clientSecret)];
  const { baseUrl, fetch, dispatcher, timeoutMs, retry, userAgent, debug } = options;
  const tokenClient = createApiClient<Paths, ErrorBody>(
    { ...api, auth: undefined, secrets },
    { baseUrl, fetch, dispatcher, timeoutMs, retry, userAgent, debug },
  );
  return tokenExchange({ secrets, exchange: (signal) => exchange(tokenClient, signal) });
}
