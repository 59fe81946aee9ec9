// Client credentials traded at the API's own token endpoint (Pipedream `POST /oauth/token`,
// Botpress `POST /v1/authenticate`). The exchange runs on a client of its own, without auth
// (the endpoint takes the credentials in its body and must not wait on the token it is
// fetching), sharing the caller's transport options and scrubbing the client secret.
import { tokenExchange, type ExchangedToken, type TokenExchangeAuth } from "./auth.js";
import { createApiClient, type ApiDefinition, type ClientOptions } from "./client.js";
import type { ApiClient } from "./types.js";

export function clientCredentialsExchange<Paths extends {}, ErrorBody = unknown>(
  api: Pick<ApiDefinition, "name" | "defaultBaseUrl" | "loadDocument">,
  options: ClientOptions,
  clientSecret: string,
  exchange: (tokenClient: ApiClient<Paths, ErrorBody>, signal?: AbortSignal) => Promise<ExchangedToken>,
): TokenExchangeAuth {
  const { baseUrl, fetch, dispatcher, timeoutMs, retry, userAgent, debug } = options;
  const tokenClient = createApiClient<Paths, ErrorBody>(
    { ...api, auth: undefined, secrets: [clientSecret] },
    { baseUrl, fetch, dispatcher, timeoutMs, retry, userAgent, debug },
  );
  return tokenExchange({ secrets: [clientSecret], exchange: (signal) => exchange(tokenClient, signal) });
}
