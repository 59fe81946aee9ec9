// Pipedream "Apps" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { createPipedreamClient } from "../../src/pipedream.js";
import {
  client,
  anonymous,
  baseUrl,
  token,
  counting,
  expectRefusedBeforeSending,
  unauthorized,
  notFound,
  expectRejected,
} from "../support/pipedream.js";

describe("listApps GET /apps", () => {
  it("lists apps", async () => {
    const { data, response } = await client.GET("/apps", { params: { query: { q: "Slack" } } });
    expect(response.status).toBe(200);
    expect(data.page_info.total_count).toBe(2);
    expect(data.data.map((app) => app.name_slug)).toEqual(["slack", "slack_bot"]);
    expect(data.data[1]?.auth_type).toBe("keys");
    expect(data.data[0]?.categories).toEqual(["Communication"]);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/apps", preferStatus(401)), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/apps"), 401, anonymous.isApiError);
  });
  it("takes the filters has_components, has_actions and has_triggers of the vendor's reference page", async () => {
    // The typed client accepts them only because the spec declares them (tsc guards this call).
    const sent: string[] = [];
    const recording = createPipedreamClient({
      token,
      baseUrl,
      retry: false,
      fetch: (request) => {
        sent.push(request.url);
        return fetch(request);
      },
    });
    const query = { has_components: "1", has_actions: "1", has_triggers: "1" };
    const { data, response } = await recording.GET("/apps", { params: { query } });
    expect(response.status).toBe(200);
    expect(sent.map((url) => new URL(url).search)).toEqual(["?has_components=1&has_actions=1&has_triggers=1"]);
    expect(data.data.length).toBeGreaterThan(0);
  });
  it("is refused by request validation for a page size below 1", async () => {
    await expectRejected(client.GET("/apps", { params: { query: { limit: 0 } } }), { at: ["query", "limit"] });
  });
});

describe("getApp GET /apps/{app_id}", () => {
  it("returns one app", async () => {
    const { data, response } = await client.GET("/apps/{app_id}", { params: { path: { app_id: "app_OkrhR1" } } });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("app_OkrhR1");
    expect(data.data.name).toBe("Slack");
    expect(data.data.img_src).toMatch(/^https:/);
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/apps/{app_id}", { params: { path: { app_id: "slack" } }, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/apps/{app_id}", { params: { path: { app_id: "slack" } } }), 401, anonymous.isApiError);
  });
  // app_id takes an ID or a name slug (no pattern) and there is no other input: nothing Prism
  // could refuse, so the check is the client's own refusal of a route-changing path value.
  it("is refused before sending for an app id of '..'", async () => {
    await expectRefusedBeforeSending(counting.GET("/apps/{app_id}", { params: { path: { app_id: ".." } } }), "path parameter 'app_id'");
  });
});
