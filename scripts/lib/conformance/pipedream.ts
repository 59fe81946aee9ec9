// @pipedream/sdk: its token call (client credentials) against the spec's POST /oauth/token.
import { sdkBody } from "./arguments.js";
import { attempt } from "./calls.js";
import { matchOperation } from "./match.js";
import type { SdkDriver } from "./types.js";

export const drivePipedream: SdkDriver = async (doc, served, options, _notes, sdks) => {
  const { OauthTokensClient } = sdks.pipedreamTokens;
  const url = served.urls.pipedream;
  if (!url) return [];
  const op = matchOperation(doc, "post", "/oauth/token");
  const base = { sdk: "@pipedream/sdk", call: "oauthTokens.create" };
  if (!op) return [{ ...base, operation: "POST /oauth/token", accepted: false, status: 0, detail: "the spec has no such operation" }];
  if (options.operations && !options.operations.includes(op.name)) return [];
  const example = sdkBody("pipedream", doc, op) ?? {};
  // The SDK joins its base URL with `v1/oauth/token`; our spec's server URL ends in `/v1`, which Prism
  // does not serve (it routes from `/`). This fetch drops that base path and nothing else.
  const local: typeof fetch = (input, init) => {
    const target = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return fetch(target.replace(`${url}/v1/`, `${url}/`), init);
  };
  // The resource client the SDK's `PipedreamClient.oauthTokens` is, built directly because only it
  // passes `fetch` through; projectEnvironment as the SDK's wrapper defaults it for client credentials.
  const client = {
    oauthTokens: new OauthTokensClient({
      projectId: "conformance-project",
      projectEnvironment: "production",
      baseUrl: url,
      clientId: String(example["client_id"] ?? "conformance-client"),
      clientSecret: String(example["client_secret"] ?? "conformance-secret"),
      fetch: local,
      maxRetries: 0,
      timeoutInSeconds: Math.ceil((options.timeoutMs ?? 5000) / 1000),
    }),
  };
  return [
    await attempt(served, "pipedream", { ...base, operation: op.name }, () =>
      client.oauthTokens.create({
        clientId: String(example["client_id"] ?? "conformance-client"),
        clientSecret: String(example["client_secret"] ?? "conformance-secret"),
        // Sent by the SDK when its caller asks for a narrower token; SDK_BODY_FIELDS lists it.
        scope: String(example["scope"] ?? "conformance-scope"),
      }),
    ),
  ];
};
