// Pipedream "OAuth" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { OauthTokensClient } from "@pipedream/sdk/oauthTokens";
import { client, anonymous, baseUrl, tokenRequest, revokeRequest, expectRejected } from "../support/pipedream.js";

describe("createOAuthToken POST /oauth/token", () => {
  it("issues an access token", async () => {
    const { data, response } = await client.POST("/oauth/token", { body: tokenRequest });
    expect(response.status).toBe(200);
    expect(data.access_token).toBe("<access token (a JWT)>");
    expect(data.token_type).toBe("Bearer");
    expect(data.expires_in).toBe(3600);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/oauth/token", { body: tokenRequest, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("needs no Authorization header (security: [])", async () => {
    const { data, response } = await anonymous.POST("/oauth/token", { body: tokenRequest });
    expect(response.status).toBe(200);
    expect(data.token_type).toBe("Bearer");
  });
  it("accepts the common parameters include, exclude and org_id in the body", async () => {
    const { response } = await client.POST("/oauth/token", {
      body: { ...tokenRequest, include: "access_token", exclude: "created_at", org_id: "o_abc123" },
    });
    expect(response.status).toBe(200);
  });
  it("accepts `scope`, which @pipedream/sdk 3.1.6 sends in this body when its caller gives one", async () => {
    const { data, response } = await client.POST("/oauth/token", { body: { ...tokenRequest, scope: "*" } });
    expect(response.status).toBe(200);
    expect(data.token_type).toBe("Bearer");
  });
  it("accepts the token request of the vendor's own SDK with a scope (@pipedream/sdk 3.1.6)", async () => {
    const sent: unknown[] = [];
    // The SDK joins its base URL with `v1/oauth/token`; the mock serves the spec's paths from `/`.
    const local: typeof fetch = (input, init) => {
      const target = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      sent.push(JSON.parse(String(init?.body)));
      return fetch(target.replace(`${baseUrl}/v1/`, `${baseUrl}/`), init);
    };
    const sdk = new OauthTokensClient({
      projectId: "contract-project",
      projectEnvironment: "production",
      baseUrl,
      clientId: tokenRequest.client_id,
      clientSecret: tokenRequest.client_secret,
      fetch: local,
      maxRetries: 0,
    });
    const answer = await sdk.create({ clientId: tokenRequest.client_id, clientSecret: tokenRequest.client_secret, scope: "*" });
    expect(sent).toEqual([
      { client_id: tokenRequest.client_id, client_secret: tokenRequest.client_secret, scope: "*", grant_type: "client_credentials" },
    ]);
    expect(answer.accessToken).toBe("<access token (a JWT)>");
  });
  it("is refused by request validation for a misspelled field", async () => {
    // `scopes` is not a field of this body (`scope` is); the spread keeps tsc from flagging it, the mock refuses it.
    await expectRejected(client.POST("/oauth/token", { body: { ...tokenRequest, scopes: "*" } }), { at: ["body"], mentions: "scopes" });
  });
  it("is refused by request validation without the client secret, which @pipedream/sdk 3.1.6 requires", async () => {
    const { client_secret: _secret, ...withoutSecret } = tokenRequest;
    // @ts-expect-error `client_secret` is required (the SDK's CreateOAuthTokenOpts)
    await expectRejected(client.POST("/oauth/token", { body: withoutSecret }), { at: ["body"], mentions: "client_secret" });
  });
  it("is refused by request validation for a grant type other than client_credentials", async () => {
    // @ts-expect-error only client_credentials is supported
    await expectRejected(client.POST("/oauth/token", { body: { ...tokenRequest, grant_type: "password" } }), {
      at: ["body", "grant_type"],
    });
  });
});

describe("revokeOAuthToken POST /oauth/revoke", () => {
  it("revokes a token", async () => {
    const { data, response } = await client.POST("/oauth/revoke", { body: revokeRequest });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/oauth/revoke", { body: revokeRequest, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("needs no Authorization header (security: [])", async () => {
    const { response } = await anonymous.POST("/oauth/revoke", { body: revokeRequest });
    expect(response.status).toBe(200);
  });
  it("accepts the common parameters include, exclude and org_id in the body", async () => {
    const { response } = await client.POST("/oauth/revoke", {
      body: { ...revokeRequest, include: "id", exclude: "name", org_id: "o_abc123" },
    });
    expect(response.status).toBe(200);
  });
  it("accepts a body without any of its three fields, which the vendor's reference page marks optional", async () => {
    const { token: _token, ...credentials } = revokeRequest;
    const withoutToken = await client.POST("/oauth/revoke", { body: credentials });
    expect(withoutToken.response.status).toBe(200);
    const { client_secret: _secret, ...withoutSecret } = revokeRequest;
    expect((await client.POST("/oauth/revoke", { body: withoutSecret })).response.status).toBe(200);
    expect((await client.POST("/oauth/revoke", { body: {} })).response.status).toBe(200);
  });
  it("is refused by request validation for a misspelled field", async () => {
    // The body stays closed: `access_token` is not one of its fields (`token` is).
    await expectRejected(client.POST("/oauth/revoke", { body: { ...revokeRequest, access_token: "x" } }), {
      at: ["body"],
      mentions: "access_token",
    });
  });
});
