// @pipedream/sdk: its token call (client credentials) against the spec's POST /oauth/token.
import { sdkBody } from "./arguments.js";
import { attempt } from "./calls.js";
import { attemptError, errorStatuses, pipedreamReader, preferStatus } from "./errors.js";
import { matchOperation } from "./match.js";
import type { SdkDriver } from "./types.js";

export const drivePipedream: SdkDriver = async (doc, served, options, _notes, sdks) => {
  const { OauthTokensClient } = sdks.pipedreamTokens;
  // The SDK's base URL is the vendor's host (`https://api.pipedream.com`; it adds `v1/oauth/token`):
  // the mock's origin stands in for it, as the mock's URL stands in for our spec's `…/v1`.
  const origin = served.origins.pipedream;
  if (!origin) return [];
  const op = matchOperation(doc, "post", "/oauth/token");
  const base = { sdk: "@pipedream/sdk", call: "oauthTokens.create" };
  if (!op) return [{ ...base, operation: "POST /oauth/token", accepted: false, status: 0, detail: "the spec has no such operation" }];
  if (options.operations && !options.operations.includes(op.name)) return [];
  const example = sdkBody("pipedream", doc, op) ?? {};
  const clientId = String(example["client_id"] ?? "conformance-client");
  const clientSecret = String(example["client_secret"] ?? "conformance-secret");
  // The resource client the SDK's `PipedreamClient.oauthTokens` is, built directly (the wrapper
  // builds more than the token call needs); projectEnvironment as the SDK's wrapper defaults it.
  const tokens = (headers: Record<string, string>) =>
    new OauthTokensClient({
      projectId: "conformance-project",
      projectEnvironment: "production",
      baseUrl: origin,
      clientId,
      clientSecret,
      headers,
      maxRetries: 0,
      timeoutInSeconds: Math.ceil((options.timeoutMs ?? 5000) / 1000),
    });
  // Sent by the SDK when its caller asks for a narrower token; SDK_BODY_FIELDS lists it.
  const create = (client: ReturnType<typeof tokens>) => () =>
    client.create({ clientId, clientSecret, scope: String(example["scope"] ?? "conformance-scope") });
  const calls = [await attempt(served, "pipedream", { ...base, operation: op.name }, create(tokens({})))];
  if (options.errorAnswers === false || !calls[0]?.accepted) return calls;
  for (const status of errorStatuses(op))
    calls.push(
      await attemptError(
        served,
        "pipedream",
        { ...base, operation: op.name },
        status,
        pipedreamReader,
        create(tokens(preferStatus(status))),
      ),
    );
  return calls;
};
