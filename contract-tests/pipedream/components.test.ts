// Pipedream "Components" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import {
  client,
  anonymous,
  counting,
  expectRefusedBeforeSending,
  unauthorized,
  notFound,
  rssUrl,
  expectRejected,
} from "../support/pipedream.js";

describe("createComponent POST /components", () => {
  it("creates a component from its URL", async () => {
    const { data, response } = await client.POST("/components", { body: { component_url: rssUrl } });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("sc_JDi8EB");
    expect(data.data.name).toBe("rss");
    expect(data.data.version).toBe("0.0.1");
    expect(data.data.configurable_props[1]?.default).toEqual({ intervalSeconds: 900 });
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(
      client.POST("/components", { body: { component_code: "code" }, ...preferStatus(401) }),
      401,
      client.isApiError,
    );
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/components", { body: { component_url: rssUrl } }), 401, anonymous.isApiError);
  });
  it("accepts the common parameters include, exclude and org_id in the body", async () => {
    const { response } = await client.POST("/components", {
      body: { component_url: rssUrl, include: "id,name", exclude: "code", org_id: "o_abc123" },
    });
    expect(response.status).toBe(200);
  });
  it("is refused by request validation for a misspelled field", async () => {
    await expectRejected(client.POST("/components", { body: { component_url: rssUrl, includes: "id" } }), {
      at: ["body"],
      mentions: "includes",
    });
  });
  it("is refused by request validation without component_code or component_url", async () => {
    // @ts-expect-error one of component_code and component_url is required
    await expectRejected(client.POST("/components", { body: { org_id: "o_abc123" } }), { at: ["body"] });
  });
});

describe("getComponent GET /components/{key_or_id}", () => {
  it.each(["sc_JDi8EB", "my-component"])("returns a component by id or key (%s)", async (keyOrId) => {
    const { data, response } = await client.GET("/components/{key_or_id}", { params: { path: { key_or_id: keyOrId } } });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("sc_JDi8EB");
    expect(data.data.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(data.data.configurable_props.map((p) => p.name)).toEqual(["url", "timer"]);
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/components/{key_or_id}", { params: { path: { key_or_id: "sc_JDi8EB" } }, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(
      anonymous.GET("/components/{key_or_id}", { params: { path: { key_or_id: "sc_JDi8EB" } } }),
      401,
      anonymous.isApiError,
    );
  });
  // key_or_id is free-form and there is no other input: nothing Prism could refuse.
  it("is refused before sending for an empty key", async () => {
    await expectRefusedBeforeSending(
      counting.GET("/components/{key_or_id}", { params: { path: { key_or_id: "" } } }),
      "path parameter 'key_or_id'",
    );
  });
});

describe("getRegistryComponent GET /components/registry/{key}", () => {
  it("returns a registry component", async () => {
    const { data, response } = await client.GET("/components/registry/{key}", { params: { path: { key: "github-new-repository" } } });
    expect(response.status).toBe(200);
    expect(data.data.name).toBe("rss"); // the document's example answers with the RSS component
    expect(data.data.created_at).toBe(1588866900);
    expect(data.data.configurable_props[0]?.label).toBe("Feed URL");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/components/registry/{key}", { params: { path: { key: "rss-new-item" } }, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(
      anonymous.GET("/components/registry/{key}", { params: { path: { key: "rss-new-item" } } }),
      401,
      anonymous.isApiError,
    );
  });
  // The key is free-form and there is no other input: nothing Prism could refuse.
  it("is refused before sending for a key of '..'", async () => {
    await expectRefusedBeforeSending(
      counting.GET("/components/registry/{key}", { params: { path: { key: ".." } } }),
      "path parameter 'key'",
    );
  });
});

describe("searchComponents GET /components/search", () => {
  const search = { params: { query: { query: "When a new Hubspot contact is added, send me an SMS", app: "hubspot", limit: 1 } } };
  it("returns the keys of matching sources and actions", async () => {
    const { data, response } = await client.GET("/components/search", search);
    expect(response.status).toBe(200);
    expect(data.sources).toEqual(["hubspot-new-contact"]);
    expect(data.actions).toEqual(["twilio-send-sms"]);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/components/search", { ...search, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/components/search", search), 401, anonymous.isApiError);
  });
  it("is refused by request validation without the required query", async () => {
    // @ts-expect-error `query` is required
    await expectRejected(client.GET("/components/search", { params: { query: { app: "slack" } } }), {
      at: ["query"],
      mentions: "query",
    });
  });
  it("is refused by request validation for a similarity threshold above 1", async () => {
    await expectRejected(client.GET("/components/search", { params: { query: { query: "slack", similarity_threshold: 1.5 } } }), {
      at: ["query", "similarity_threshold"],
    });
  });
});
