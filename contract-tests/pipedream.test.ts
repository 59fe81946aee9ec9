// Pipedream REST API v1: every operation against the Prism mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { createPipedreamClient } from "../src/pipedream.js";
import { expectApiError, expectRequestRejected, fetchWithoutCredentials, mockUrl, preferStatus } from "./support/helpers.js";

const baseUrl = mockUrl("pipedream");
const token = "pd-user-api-key";
const client = createPipedreamClient({ token, baseUrl, retry: false });
const anonymous = createPipedreamClient({ token, baseUrl, retry: false, fetch: fetchWithoutCredentials });

// Counts what reaches the network, to show that a refused call sent nothing.
let sentByCounting = 0;
const counting = createPipedreamClient({
  token,
  baseUrl,
  retry: false,
  fetch: (request) => {
    sentByCounting++;
    return fetch(request);
  },
});

/** The core refuses the call before sending (RequestValidationError), for inputs Prism cannot see. */
async function expectRefusedBeforeSending(call: Promise<unknown>, field: string): Promise<void> {
  const before = sentByCounting;
  await expect(call).rejects.toMatchObject({ kind: "request_validation", field });
  expect(sentByCounting).toBe(before);
}

// The spec's illustrative Unauthorized and NotFound examples.
const unauthorized = [401, "Unauthorized"] as const;
const notFound = [404, "record not found"] as const;

const account = { params: { path: { account_id: "apn_abc123" } } };
const source = { params: { path: { id: "dc_abc123" } } };
const workflow = { params: { path: { workflow_id: "p_abc123" } } };
const workspace = { params: { path: { org_id: "o_Qa8I1Z" } } };
const subscription = { params: { query: { emitter_id: "dc_def456", listener_id: "p_abc123", event_name: "$errors" } } };
const rssUrl = "https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.js";
const tokenRequest = { grant_type: "client_credentials", client_id: "<client_id>", client_secret: "<client secret>" } as const;
const revokeRequest = { token: "<access token>", client_id: "<client_id>", client_secret: "<client secret>" };
const workflowRequest = {
  project_id: "proj_wx9sgy",
  org_id: "o_BYDI5y",
  template_id: "tch_3BXfWO",
  steps: [{ namespace: "code", props: { stringProp: "asdf" } }],
  triggers: [{ props: { string: "jkl" } }],
  settings: { name: "example workflow name", auto_deploy: true },
};

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
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused by request validation for a page size above 100", async () => {
    await expectRequestRejected(client.GET("/accounts", { params: { query: { limit: 101 } } }), { at: ["query", "limit"], mentions: "100" });
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
    const error = await expectApiError(client.GET("/accounts/{account_id}", { ...account, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/accounts/{account_id}", account), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an account id without the apn_ prefix", async () => {
    await expectRequestRejected(client.GET("/accounts/{account_id}", { params: { path: { account_id: "acct-1" } } }), { at: ["path", "account_id"] });
  });
});

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
  it("is refused by request validation for a page size below 1", async () => {
    await expectRequestRejected(client.GET("/apps", { params: { query: { limit: 0 } } }), { at: ["query", "limit"] });
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
    const error = await expectApiError(client.GET("/apps/{app_id}", { params: { path: { app_id: "slack" } }, ...preferStatus(status) }), status, client.isApiError);
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
    const error = await expectApiError(client.POST("/components", { body: { component_code: "code" }, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/components", { body: { component_url: rssUrl } }), 401, anonymous.isApiError);
  });
  it("is refused by request validation without component_code or component_url", async () => {
    // @ts-expect-error one of component_code and component_url is required
    await expectRequestRejected(client.POST("/components", { body: { org_id: "o_abc123" } }), { at: ["body"] });
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
    await expectApiError(anonymous.GET("/components/{key_or_id}", { params: { path: { key_or_id: "sc_JDi8EB" } } }), 401, anonymous.isApiError);
  });
  // key_or_id is free-form and there is no other input: nothing Prism could refuse.
  it("is refused before sending for an empty key", async () => {
    await expectRefusedBeforeSending(counting.GET("/components/{key_or_id}", { params: { path: { key_or_id: "" } } }), "path parameter 'key_or_id'");
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
    await expectApiError(anonymous.GET("/components/registry/{key}", { params: { path: { key: "rss-new-item" } } }), 401, anonymous.isApiError);
  });
  // The key is free-form and there is no other input: nothing Prism could refuse.
  it("is refused before sending for a key of '..'", async () => {
    await expectRefusedBeforeSending(counting.GET("/components/registry/{key}", { params: { path: { key: ".." } } }), "path parameter 'key'");
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
    await expectRequestRejected(client.GET("/components/search", { params: { query: { app: "slack" } } }), { at: ["query"], mentions: "query" });
  });
  it("is refused by request validation for a similarity threshold above 1", async () => {
    await expectRequestRejected(client.GET("/components/search", { params: { query: { query: "slack", similarity_threshold: 1.5 } } }), {
      at: ["query", "similarity_threshold"],
    });
  });
});

describe("listSourceEvents GET /sources/{id}/event_summaries", () => {
  it("lists a source's events", async () => {
    const { data, response } = await client.GET("/sources/{id}/event_summaries", { params: { path: { id: "dc_abc123" }, query: { expand: "event", limit: 1 } } });
    expect(response.status).toBe(200);
    expect(data.page_info.end_cursor).toBe("1589486981597-0");
    expect(data.data[0]?.id).toBe("1589486981597-0");
    expect(data.data[0]?.event["title"]).toBe("New item");
    expect(data.data[0]?.metadata?.emitter_id).toBe("dc_abc123");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/sources/{id}/event_summaries", { ...source, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/sources/{id}/event_summaries", source), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an expand value outside the enum", async () => {
    await expectRequestRejected(
      // @ts-expect-error `event` is the only expand value
      client.GET("/sources/{id}/event_summaries", { params: { path: { id: "dc_abc123" }, query: { expand: "all" } } }),
      { at: ["query", "expand"] },
    );
  });
});

describe("deleteSourceEvents DELETE /sources/{id}/events", () => {
  it("accepts the deletion of a range of events", async () => {
    const { data, response } = await client.DELETE("/sources/{id}/events", {
      params: { path: { id: "dc_abc123" }, query: { start_id: "1589486981598-0", end_id: "1589486981598-0" } },
    });
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.DELETE("/sources/{id}/events", { ...source, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/sources/{id}/events", source), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a start_id that is not an event id", async () => {
    await expectRequestRejected(client.DELETE("/sources/{id}/events", { params: { path: { id: "dc_abc123" }, query: { start_id: "yesterday" } } }), {
      at: ["query", "start_id"],
    });
  });
});

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
  it("is refused by request validation for a grant type other than client_credentials", async () => {
    // @ts-expect-error only client_credentials is supported
    await expectRequestRejected(client.POST("/oauth/token", { body: { ...tokenRequest, grant_type: "password" } }), { at: ["body", "grant_type"] });
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
  it("is refused by request validation without the token to revoke", async () => {
    const { token: _token, ...credentials } = revokeRequest;
    // @ts-expect-error `token` is required
    await expectRequestRejected(client.POST("/oauth/revoke", { body: credentials }), { at: ["body"], mentions: "token" });
  });
});

describe("createSource POST /sources", () => {
  const body = { component_url: rssUrl, name: "your-name-here", configured_props: { url: "https://rss.m.pipedream.net", timer: { intervalSeconds: 60 } } };
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
  it("is refused by request validation for a misspelled field", async () => {
    // tsc cannot see this one (openapi-fetch infers the init object, so no excess-property check); Prism can.
    await expectRequestRejected(client.POST("/sources", { body: { componet_id: "sc_abc123" } }), { at: ["body"], mentions: "componet_id" });
  });
});

describe("updateSource PUT /sources/{id}", () => {
  it("deactivates a source", async () => {
    const { data, response } = await client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123", active: false } });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined(); // the spec declares no body
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123" }, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123" } }), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a non-boolean active", async () => {
    // tsc accepts this: openapi-typescript renders the body's anyOf as a union, and its
    // `{ component_id: string }` member lets any other field through. Prism checks the schema.
    await expectRequestRejected(client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123", active: "no" } }), { at: ["body", "active"] });
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
    await expectRequestRejected(client.DELETE("/sources/{id}", { params: { path: { id: "source-1" } } }), { at: ["path", "id"] });
  });
});

describe("createSubscription POST /subscriptions", () => {
  it("subscribes a listener to an emitter", async () => {
    const { data, response } = await client.POST("/subscriptions", subscription);
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/subscriptions", { ...subscription, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/subscriptions", subscription), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an empty emitter id", async () => {
    // The client sends `emitter_id=`; Prism reads an empty value as absent, so it reports the
    // required parameter missing (the minLength of 1 says the same).
    await expectRequestRejected(client.POST("/subscriptions", { params: { query: { emitter_id: "", listener_id: "p_abc123" } } }), {
      at: ["query"],
      mentions: "emitter_id",
    });
  });
});

describe("deleteSubscription DELETE /subscriptions", () => {
  it("deletes a subscription", async () => {
    const { data, response } = await client.DELETE("/subscriptions", { params: { query: { emitter_id: "dc_abc123", listener_id: "wh_abc123", event_name: "" } } });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.DELETE("/subscriptions", { ...subscription, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/subscriptions", subscription), 401, anonymous.isApiError);
  });
  it("is refused by request validation without the listener id", async () => {
    // @ts-expect-error listener_id is required
    await expectRequestRejected(client.DELETE("/subscriptions", { params: { query: { emitter_id: "dc_abc123" } } }), { at: ["query"], mentions: "listener_id" });
  });
});

describe("createAutoSubscription POST /auto_subscriptions", () => {
  const auto = { params: { query: { event_name: "$errors", listener_id: "p_abc123" } } } as const;
  it("auto-subscribes a listener to new emitters' errors", async () => {
    const { data, response } = await client.POST("/auto_subscriptions", auto);
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/auto_subscriptions", { ...auto, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/auto_subscriptions", auto), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an event stream outside the enum", async () => {
    // @ts-expect-error only $errors and $logs can be auto-subscribed
    await expectRequestRejected(client.POST("/auto_subscriptions", { params: { query: { event_name: "$all", listener_id: "p_abc123" } } }), { at: ["query", "event_name"] });
  });
});

describe("getCurrentUser GET /users/me", () => {
  it("returns the authenticated user", async () => {
    const { data, response } = await client.GET("/users/me");
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("u_abc123");
    expect(data.data.username).toBe("dylburger");
    expect(data.data.daily_invocations_used).toBe(24903);
    expect(data.data.orgs?.map((org) => org.id)).toEqual(["o_abc123", "o_edf456"]);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/users/me", preferStatus(401)), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/users/me"), 401, anonymous.isApiError);
  });
  // No parameters and no body: nothing Prism could refuse, and no path parameter to misuse. The
  // one input left is a header; the client refuses a header value that would inject another.
  it("is refused before sending for a header value with CR/LF", async () => {
    await expectRefusedBeforeSending(counting.GET("/users/me", { headers: { "X-Trace": "a\r\nX-Injected: 1" } }), "call header 'X-Trace'");
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
    await expectRequestRejected(client.GET("/users/me/sources", { params: { query: { limit: 101 } } }), { at: ["query", "limit"] });
  });
});

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
    await expectRequestRejected(client.GET("/users/me/webhooks", { params: { query: { limit: 2.5 } } }), { at: ["query", "limit"] });
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
    await expectRequestRejected(client.POST("/webhooks", { params: { query: { url: "ftp://files.example.com/drop" } } }), { at: ["query", "url"] });
  });
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
    await expectRequestRejected(client.DELETE("/webhooks/{id}", { params: { path: { id: "hook-1" } } }), { at: ["path", "id"] });
  });
});

describe("createWorkflow POST /workflows", () => {
  it("creates a workflow from a template", async () => {
    const { data, response } = await client.POST("/workflows", { body: workflowRequest });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("p_48rCxZ");
    expect(data.data.name).toBe("example workflow name");
    expect(data.data.steps.map((step) => step.namespace)).toEqual(["code", "python", "keyauth_hello_world"]);
    expect(data.data.steps[2]?.savedComponent?.apps?.[0]?.nameSlug).toBe("keyauth");
    expect(data.data.triggers.map((trigger) => trigger.id)).toEqual(["hi_0R3HKG", "dc_rmXuv3", "ti_aPxTPY", "dc_5nvuPv", "ei_QbGT3D"]);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/workflows", { body: workflowRequest, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/workflows", { body: workflowRequest }), 401, anonymous.isApiError);
  });
  it("is refused by request validation without a template id", async () => {
    const { template_id: _template, ...rest } = workflowRequest;
    // @ts-expect-error template_id is required
    await expectRequestRejected(client.POST("/workflows", { body: rest }), { at: ["body"], mentions: "template_id" });
  });
  it("is refused by request validation for a project id without the proj_ prefix", async () => {
    await expectRequestRejected(client.POST("/workflows", { body: { ...workflowRequest, project_id: "wx9sgy" } }), { at: ["body", "project_id"] });
  });
});

describe("getWorkflow GET /workflows/{workflow_id}", () => {
  it("returns a workflow's triggers and steps", async () => {
    const { data, response } = await client.GET("/workflows/{workflow_id}", workflow);
    expect(response.status).toBe(200);
    expect(data.triggers[0]?.id).toBe("hi_ABpHKz");
    expect(data.steps[0]?.namespace).toBe("code");
    expect(data.steps[0]?.component_owner_id).toBe("o_abc123");
    expect(data.steps[0]?.savedComponent?.configurableProps?.map((p) => p.name)).toEqual(["channelId", "message", "slack"]);
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/workflows/{workflow_id}", { ...workflow, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workflows/{workflow_id}", workflow), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a workflow id without the p_ prefix", async () => {
    await expectRequestRejected(client.GET("/workflows/{workflow_id}", { params: { path: { workflow_id: "wf-1" } } }), { at: ["path", "workflow_id"] });
  });
  it("is refused by request validation for an org id without the o_ prefix", async () => {
    await expectRequestRejected(client.GET("/workflows/{workflow_id}", { params: { path: { workflow_id: "p_abc123" }, query: { org_id: "acme" } } }), {
      at: ["query", "org_id"],
    });
  });
});

describe("updateWorkflow PUT /workflows/{workflow_id}", () => {
  it("deactivates a workflow", async () => {
    const { data, response } = await client.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: false, org_id: "o_BYDI5y" } });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: true }, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: true } }), 401, anonymous.isApiError);
  });
  it("is refused by request validation without active", async () => {
    // @ts-expect-error `active` is required
    await expectRequestRejected(client.PUT("/workflows/{workflow_id}", { ...workflow, body: { org_id: "o_BYDI5y" } }), { at: ["body"], mentions: "active" });
  });
});

describe("listWorkflowEmits GET /workflows/{workflow_id}/event_summaries", () => {
  it("lists a workflow's emitted events", async () => {
    const { data, response } = await client.GET("/workflows/{workflow_id}/event_summaries", {
      params: { path: { workflow_id: "p_abc123" }, query: { expand: "event", limit: 1 } },
    });
    expect(response.status).toBe(200);
    expect(data.page_info.total_count).toBe(1);
    expect(data.data[0]?.indexed_at_ms).toBe(1606511826306);
    expect(data.data[0]?.event["raw_event"]).toEqual({ name: "Luke", title: "Jedi" });
    expect(data.data[0]?.metadata?.emitter_id).toBe("p_abc123");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/workflows/{workflow_id}/event_summaries", { ...workflow, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workflows/{workflow_id}/event_summaries", workflow), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an expand value outside the enum", async () => {
    await expectRequestRejected(
      // @ts-expect-error `event` is the only expand value
      client.GET("/workflows/{workflow_id}/event_summaries", { params: { path: { workflow_id: "p_abc123" }, query: { expand: "full" } } }),
      { at: ["query", "expand"] },
    );
  });
});

describe("listWorkflowErrors GET /workflows/{workflow_id}/$errors/event_summaries", () => {
  it("lists a workflow's error events", async () => {
    const { data, response } = await client.GET("/workflows/{workflow_id}/$errors/event_summaries", {
      params: { path: { workflow_id: "p_abc123" }, query: { expand: "event", limit: 1 } },
    });
    expect(response.status).toBe(200);
    expect(data.page_info.total_count).toBe(100);
    expect(data.data[0]?.event.error?.code).toBe("InternalFailure");
    expect(data.data[0]?.event.original_context?.workflow_id).toBe("p_abc123");
    expect(data.data[0]?.event.metadata?.name).toBe("$errors");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/workflows/{workflow_id}/$errors/event_summaries", { ...workflow, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workflows/{workflow_id}/$errors/event_summaries", workflow), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a workflow id without the p_ prefix", async () => {
    await expectRequestRejected(client.GET("/workflows/{workflow_id}/$errors/event_summaries", { params: { path: { workflow_id: "abc123" } } }), {
      at: ["path", "workflow_id"],
    });
  });
});

describe("getWorkspace GET /workspaces/{org_id}", () => {
  it("returns a workspace", async () => {
    const { data, response } = await client.GET("/workspaces/{org_id}", workspace);
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("o_Qa8I1Z");
    expect(data.data.orgname).toBe("asdf");
    expect(data.data.email).toBe("dev@pipedream.com");
    expect(data.data.daily_credits_quota).toBe(100);
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/workspaces/{org_id}", { ...workspace, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workspaces/{org_id}", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an org id without the o_ prefix", async () => {
    await expectRequestRejected(client.GET("/workspaces/{org_id}", { params: { path: { org_id: "myworkspace" } } }), { at: ["path", "org_id"] });
  });
});

describe("listWorkspaceAccounts GET /workspaces/{org_id}/accounts", () => {
  it("lists a workspace's connected accounts", async () => {
    const { data, response } = await client.GET("/workspaces/{org_id}/accounts", { params: { path: { org_id: "o_Qa8I1Z" }, query: { query: "google_sheets" } } });
    expect(response.status).toBe(200);
    expect(data.page_info?.end_cursor).toBe("YXBuXzJrVmhMUg");
    expect(data.data).toEqual([{ id: "apn_2kVhLR", name: "Google Sheets #1" }]);
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/workspaces/{org_id}/accounts", { ...workspace, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workspaces/{org_id}/accounts", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a page size above 100", async () => {
    await expectRequestRejected(client.GET("/workspaces/{org_id}/accounts", { params: { path: { org_id: "o_Qa8I1Z" }, query: { limit: 101 } } }), {
      at: ["query", "limit"],
    });
  });
});

describe("listWorkspaceSubscriptions GET /workspaces/{org_id}/subscriptions", () => {
  it("lists a workspace's subscriptions", async () => {
    const { data, response } = await client.GET("/workspaces/{org_id}/subscriptions", workspace);
    expect(response.status).toBe(200);
    expect(data.page_info).toBeUndefined(); // the document's example has none
    expect(data.data.map((s) => s.id)).toEqual(["sub_abc123", "sub_def456"]);
    expect(data.data[1]?.listener_id).toBe("p_def456");
    expect(data.data[0]?.event_name).toBe("");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/workspaces/{org_id}/subscriptions", { ...workspace, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workspaces/{org_id}/subscriptions", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an org id without the o_ prefix", async () => {
    await expectRequestRejected(client.GET("/workspaces/{org_id}/subscriptions", { params: { path: { org_id: "Qa8I1Z" } } }), { at: ["path", "org_id"] });
  });
});

describe("listWorkspaceSources GET /orgs/{org_id}/sources", () => {
  it("lists a workspace's sources", async () => {
    const { data, response } = await client.GET("/orgs/{org_id}/sources", workspace);
    expect(response.status).toBe(200);
    expect(data.page_info.total_count).toBe(19);
    expect(data.page_info.end_cursor).toBe("ZGNfeUx1alJx");
    expect(data.data[0]?.id).toBe("dc_abc123");
    expect(data.data[0]?.configured_props?.["http"]).toEqual({ endpoint_url: "https://myendpoint.m.pipedream.net" });
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(client.GET("/orgs/{org_id}/sources", { ...workspace, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/orgs/{org_id}/sources", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a page size of 0", async () => {
    await expectRequestRejected(client.GET("/orgs/{org_id}/sources", { params: { path: { org_id: "o_Qa8I1Z" }, query: { limit: 0 } } }), { at: ["query", "limit"] });
  });
});

/** A client whose fetch records each request's `after` and `before` cursors before sending it. */
function cursorRecorder() {
  const requested: { after: string | null; before: string | null }[] = [];
  const recording = createPipedreamClient({
    token,
    baseUrl,
    retry: false,
    fetch: (request) => {
      const query = new URL(request.url).searchParams;
      requested.push({ after: query.get("after"), before: query.get("before") });
      return fetch(request);
    },
  });
  return { recording, requested, afters: () => requested.map((r) => r.after) };
}

describe("cursor pagination", () => {
  // Prism answers every page with the same example, so these tests check what the strategy does
  // with that page: follow page_info.end_cursor, stop on total_count or a repeated cursor.
  it("stops after one page of /users/me/sources: the example's 3 items reach its total_count of 3", async () => {
    const { recording, afters } = cursorRecorder();
    const pages = [];
    for await (const page of recording.pages("/users/me/sources", { params: { query: { limit: 3 } } })) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.page_info.end_cursor).toBe("ZGNfclhhdTZv");
    expect(afters()).toEqual([null]);
    const ids = [];
    for await (const item of recording.items("/users/me/sources", { params: { query: { limit: 3, after: "ZGNfSzB1QWVl" } } })) ids.push(item.id);
    expect(ids).toEqual(["dc_5YGuMo", "dc_5v3unr", "dc_rXau6o"]);
    expect(afters()).toEqual([null, "ZGNfSzB1QWVl"]);
  });
  it("follows end_cursor on /orgs/{org_id}/sources and stops when the cursor repeats", async () => {
    const { recording, requested, afters } = cursorRecorder();
    const pages = [];
    // The example says 19 sources in total but holds one, with end_cursor ZGNfeUx1alJx: the
    // second request asks after it, gets the same cursor back, and the walk ends there.
    for await (const page of recording.pages("/orgs/{org_id}/sources", { params: { path: { org_id: "o_Qa8I1Z" }, query: { limit: 10, before: "ZGNfSzB1QWVl" } } })) {
      pages.push(page);
    }
    expect(pages).toHaveLength(2);
    expect(afters()).toEqual([null, "ZGNfeUx1alJx"]);
    // `before` belongs to the first request only: the next page is asked for with `after`.
    expect(requested.map((r) => r.before)).toEqual(["ZGNfSzB1QWVl", null]);
  });
  it("yields every item of every page, and sends nothing more once the loop breaks", async () => {
    const { recording, afters } = cursorRecorder();
    const ids = [];
    for await (const item of recording.items("/orgs/{org_id}/sources", workspace)) ids.push(item.id);
    expect(ids).toEqual(["dc_abc123", "dc_abc123"]); // the same example page, twice
    expect(afters()).toEqual([null, "ZGNfeUx1alJx"]);
    for await (const page of recording.pages("/orgs/{org_id}/sources", workspace)) {
      expect(page.data).toHaveLength(1);
      break;
    }
    expect(afters()).toEqual([null, "ZGNfeUx1alJx", null]);
  });
});

describe("orgId default", () => {
  function urlRecorder() {
    const urls: URL[] = [];
    const scoped = createPipedreamClient({
      token,
      baseUrl,
      orgId: "o_abc123",
      retry: false,
      fetch: (request) => {
        urls.push(new URL(request.url));
        return fetch(request);
      },
    });
    return { scoped, last: (): URL => urls[urls.length - 1] ?? new URL("about:blank") };
  }
  it("adds org_id to operations that declare it", async () => {
    const { scoped, last } = urlRecorder();
    await scoped.GET("/users/me/sources");
    expect(last().searchParams.getAll("org_id")).toEqual(["o_abc123"]);
    await scoped.POST("/subscriptions", subscription);
    expect(last().searchParams.getAll("org_id")).toEqual(["o_abc123"]);
    expect(last().searchParams.get("listener_id")).toBe("p_abc123");
  });
  it("leaves out operations that do not declare it", async () => {
    const { scoped, last } = urlRecorder();
    await scoped.GET("/users/me");
    expect(last().searchParams.has("org_id")).toBe(false);
    await scoped.DELETE("/subscriptions", subscription);
    expect(last().searchParams.has("org_id")).toBe(false);
    // org_id is a path parameter here, not a query parameter: the default does not apply.
    await scoped.GET("/workspaces/{org_id}/accounts", workspace);
    expect(last().pathname).toMatch(/\/workspaces\/o_Qa8I1Z\/accounts$/);
    expect(last().searchParams.has("org_id")).toBe(false);
  });
  it("lets an explicit org_id win", async () => {
    const { scoped, last } = urlRecorder();
    const { response } = await scoped.GET("/accounts", { params: { query: { org_id: "o_edf456" } } });
    expect(response.status).toBe(200);
    expect(last().searchParams.getAll("org_id")).toEqual(["o_edf456"]);
  });
});

describe("client credentials", () => {
  interface Sent {
    call: string;
    authorization: string | null;
    body?: unknown;
  }
  function recorder(prefer?: string) {
    const sent: Sent[] = [];
    const fetchAndRecord = async (request: Request): Promise<Response> => {
      const call = `${request.method} ${new URL(request.url).pathname}`;
      const isTokenCall = call === "POST /oauth/token";
      sent.push({ call, authorization: request.headers.get("authorization"), ...(isTokenCall ? { body: await request.clone().json() } : {}) });
      if (!isTokenCall || !prefer) return fetch(request);
      const headers = new Headers(request.headers);
      headers.set("Prefer", prefer);
      return fetch(new Request(request, { headers }));
    };
    return { sent, fetchAndRecord };
  }
  it("exchanges the client credentials once and sends the token on every call", async () => {
    const { sent, fetchAndRecord } = recorder();
    const oauth = createPipedreamClient({ clientId: "pd_client_id", clientSecret: "pd_client_secret", baseUrl, retry: false, fetch: fetchAndRecord });
    const me = await oauth.GET("/users/me");
    expect(me.data.data.username).toBe("dylburger");
    const apps = await oauth.GET("/apps");
    expect(apps.data.data).toHaveLength(2);
    expect(sent.map((s) => s.call)).toEqual(["POST /oauth/token", "GET /users/me", "GET /apps"]);
    expect(sent[0]).toEqual({
      call: "POST /oauth/token",
      authorization: null,
      body: { grant_type: "client_credentials", client_id: "pd_client_id", client_secret: "pd_client_secret" },
    });
    // The mock's token example is the placeholder "<access token (a JWT)>".
    expect(sent.slice(1).map((s) => s.authorization)).toEqual(["Bearer <access token (a JWT)>", "Bearer <access token (a JWT)>"]);
  });
  it("fails the call with the token endpoint's 401 when the exchange is refused", async () => {
    const { sent, fetchAndRecord } = recorder("code=401");
    const oauth = createPipedreamClient({ clientId: "pd_client_id", clientSecret: "pd_client_secret", baseUrl, retry: false, fetch: fetchAndRecord });
    const error = await expectApiError(oauth.GET("/users/me"), 401, oauth.isApiError);
    expect(error.operation).toMatchObject({ method: "POST", path: "/oauth/token" });
    expect(error.body.error).toBe("Unauthorized");
    expect(sent.map((s) => s.call)).toEqual(["POST /oauth/token"]);
  });
});
