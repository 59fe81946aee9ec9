// Botpress "Authentication" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import { EXAMPLE_EXPIRES_IN, client, anonymous, type Call, itDocumentsErrors } from "../support/botpress.js";

describe("authenticate POST /v1/authenticate", () => {
  const credentials = { clientKey: "bp_key_5e2a", clientSecret: "bp_secret_9c41" };
  const call: Call = (c, extra) => c.POST("/v1/authenticate", { body: credentials, ...extra });
  it("returns an access token and its expiry", async () => {
    const { data, response } = await client.POST("/v1/authenticate", { body: credentials });
    expect(response.status).toBe(200);
    expect(data.token).toBe("{ACCESS_TOKEN}");
    expect(data.expiresIn).toBe(EXAMPLE_EXPIRES_IN);
  });
  itDocumentsErrors([400, 401, 415, 429, 500], call);
  it("succeeds without credentials (security: [])", async () => {
    const { data, response } = await anonymous.POST("/v1/authenticate", { body: credentials });
    expect(response.status).toBe(200);
    expect(data.token).toBe("{ACCESS_TOKEN}");
  });
  it("is refused by request validation when clientSecret is missing", async () => {
    // @ts-expect-error clientSecret is required
    await expectRequestRejected(client.POST("/v1/authenticate", { body: { clientKey: "bp_key_5e2a" } }), {
      at: ["body"],
      mentions: "clientSecret",
      status: 400,
    });
  });
});
