// Pipedream "Webhooks" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, unauthorized, notFound, expectRejected } from "../support/pipedream.js";

describe("listWebhooks GET /users/me/webhooks", () => {
  it("lists the user's webhooks", async () => {
    const { data, response } = await client.GET("/users/me/webhooks");
    expect(response.status).toBe(200);
    expect(data.page_info.total_count).toBe(1);
    expect(data.data[0]?.id).toBe("wh_abc123");
    expect(data.data[0]?.url).toBe("https://endpoint.m.pipedream.net");
    expect(data.data[0]?.active).toBe(true);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/users/me/webhooks", preferStatus(401)), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/users/me/webhooks"), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a non-integer page size", async () => {
    await expectRejected(client.GET("/users/me/webhooks", { params: { query: { limit: 2.5 } } }), { at: ["query", "limit"] });
  });
});

describe("createWebhook POST /webhooks", () => {
  const webhook = { params: { query: { url: "https://endpoint.m.pipedream.net", name: "name", description: "description" } } };
  it("creates a webhook", async () => {
    const { data, response } = await client.POST("/webhooks", webhook);
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("wh_abc123");
    expect(data.data.name).toBeNull(); // as the document's example shows
    expect(data.data.url).toBe("https://endpoint.m.pipedream.net");
    expect(data.data.created_at).toBe(1611964025);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/webhooks", { ...webhook, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/webhooks", webhook), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a URL that is not http(s)", async () => {
    await expectRejected(
      client.POST("/webhooks", { params: { query: { ...webhook.params.query, url: "ftp://files.example.com/drop" } } }),
      {
        at: ["query", "url"],
      },
    );
  });
  it.each(["name", "description"] as const)(
    "is refused by request validation without %s (the vendor's reference page requires it)",
    async (field) => {
      const { [field]: _dropped, ...query } = webhook.params.query;
      // @ts-expect-error name and description are required
      await expectRejected(client.POST("/webhooks", { params: { query } }), { at: ["query"], mentions: field });
    },
  );
});

describe("deleteWebhook DELETE /webhooks/{id}", () => {
  const hook = { params: { path: { id: "wh_abc123" } } };
  it("deletes a webhook", async () => {
    const { data, response } = await client.DELETE("/webhooks/{id}", hook);
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.DELETE("/webhooks/{id}", { ...hook, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/webhooks/{id}", hook), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a webhook id without the wh_ prefix", async () => {
    await expectRejected(client.DELETE("/webhooks/{id}", { params: { path: { id: "hook-1" } } }), { at: ["path", "id"] });
  });
});
