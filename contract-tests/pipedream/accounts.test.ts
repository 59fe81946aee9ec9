// Pipedream "Accounts" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, unauthorized, notFound, account, expectRejected } from "../support/pipedream.js";

describe("listAccounts GET /accounts", () => {
  it("lists connected accounts", async () => {
    const { data, response } = await client.GET("/accounts", { params: { query: { app: "slack", limit: 10 } } });
    expect(response.status).toBe(200);
    expect(data.page_info).toBeUndefined(); // the document's example has none
    expect(data.data[0]?.id).toBe("apn_abc123");
    expect(data.data[0]?.app?.name).toBe("Google Sheets");
    expect(data.data[0]?.healthy).toBe(true);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/accounts", preferStatus(401)), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    const error = await expectApiError(anonymous.GET("/accounts"), 401, anonymous.isApiError);
    // The refusal names what is missing, in Pipedream's `{ error }` shape.
    expect(error.body.error).toMatch(/credentials expected as Authorization: Bearer <token>; none accepted were sent/);
  });
  it("is refused by request validation for a page size above 100", async () => {
    await expectRejected(client.GET("/accounts", { params: { query: { limit: 101 } } }), {
      at: ["query", "limit"],
      mentions: "100",
    });
  });
});

describe("getAccount GET /accounts/{account_id}", () => {
  it("returns the account's metadata", async () => {
    const { data, response } = await client.GET("/accounts/{account_id}", account);
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("apn_abc123");
    expect(data.data.name).toBe("Google Sheets — pipedream.com");
    expect(data.data.healthy).toBe(true);
    expect(data.data.credentials).toBeUndefined();
  });
  it("returns the credentials example when asked for it", async () => {
    const { data } = await client.GET("/accounts/{account_id}", {
      params: { path: { account_id: "apn_abc123" }, query: { include_credentials: true } },
      headers: { Prefer: "example=accountCredentials" },
    });
    expect(data.data.credentials).toEqual({});
    expect(data.data.expires_at).toBe("2024-02-11T05:18:46.000Z");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/accounts/{account_id}", { ...account, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/accounts/{account_id}", account), 401, anonymous.isApiError);
  });
  it("takes the common parameters include and exclude in the query (the document: any endpoint)", async () => {
    const { data, response } = await client.GET("/accounts/{account_id}", {
      params: { ...account.params, query: { include: "id,name", exclude: "credentials" } },
    });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("apn_abc123");
  });
  it("accepts an account id without the apn_ prefix (the document states no ID format)", async () => {
    const { data, response } = await client.GET("/accounts/{account_id}", { params: { path: { account_id: "acct-1" } } });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("apn_abc123");
  });
});
