// Pipedream "Sources" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, unauthorized, notFound, source, rssUrl, expectRejected } from "../support/pipedream.js";

describe("createSource POST /sources", () => {
  const body = {
    component_url: rssUrl,
    name: "your-name-here",
    configured_props: { url: "https://rss.m.pipedream.net", timer: { intervalSeconds: 60 } },
  };
  it("deploys a source", async () => {
    const { data, response } = await client.POST("/sources", { body });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("dc_abc123");
    expect(data.data.component_id).toBe("sc_abc123");
    expect(data.data.active).toBe(true);
    expect(data.data.configured_props?.["url"]).toBe("https://rss.m.pipedream.net");
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/sources", { body, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/sources", { body }), 401, anonymous.isApiError);
  });
  it("accepts the common parameters include, exclude and org_id in the body", async () => {
    const { response } = await client.POST("/sources", {
      body: { ...body, include: "id,name", exclude: "configured_props", org_id: "o_abc123" },
    });
    expect(response.status).toBe(200);
  });
  it("is refused by request validation for a misspelled field", async () => {
    // tsc cannot see this one (openapi-fetch infers the init object, so no excess-property check); Prism can.
    await expectRejected(client.POST("/sources", { body: { componet_id: "sc_abc123" } }), { at: ["body"], mentions: "componet_id" });
  });
});

describe("updateSource PUT /sources/{id}", () => {
  it("deactivates a source", async () => {
    const { data, response } = await client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123", active: false } });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined(); // the spec declares no body
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123" }, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123" } }), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a non-boolean active", async () => {
    // tsc accepts this: openapi-typescript renders the body's anyOf as a union, and its
    // `{ component_id: string }` member lets any other field through. Prism checks the schema.
    await expectRejected(client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123", active: "no" } }), {
      at: ["body", "active"],
    });
  });
});

describe("deleteSource DELETE /sources/{id}", () => {
  it("deletes a source", async () => {
    const { data, response } = await client.DELETE("/sources/{id}", source);
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.DELETE("/sources/{id}", { ...source, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/sources/{id}", source), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a source id without the dc_ prefix", async () => {
    await expectRejected(client.DELETE("/sources/{id}", { params: { path: { id: "source-1" } } }), { at: ["path", "id"] });
  });
});

describe("listUserSources GET /users/me/sources", () => {
  it("lists the user's sources", async () => {
    const { data, response } = await client.GET("/users/me/sources", { params: { query: { limit: 3, after: "ZGNfSzB1QWVl" } } });
    expect(response.status).toBe(200);
    expect(data.page_info).toEqual({ total_count: 3, count: 3, start_cursor: "ZGNfSzB1QWVl", end_cursor: "ZGNfclhhdTZv" });
    expect(data.data.map((s) => s.id)).toEqual(["dc_5YGuMo", "dc_5v3unr", "dc_rXau6o"]);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/users/me/sources", preferStatus(401)), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/users/me/sources"), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a page size above 100", async () => {
    await expectRejected(client.GET("/users/me/sources", { params: { query: { limit: 101 } } }), { at: ["query", "limit"] });
  });
});
