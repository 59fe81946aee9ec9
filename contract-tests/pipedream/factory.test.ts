// Pipedream client behaviour through the factory (credentials, defaults, pagination) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { createPipedreamClient } from "../../src/pipedream.js";
import { expectApiError } from "../support/helpers.js";
import { baseUrl, token, workspace, subscription } from "../support/pipedream.js";

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
    for await (const item of recording.items("/users/me/sources", { params: { query: { limit: 3, after: "ZGNfSzB1QWVl" } } }))
      ids.push(item.id);
    expect(ids).toEqual(["dc_5YGuMo", "dc_5v3unr", "dc_rXau6o"]);
    expect(afters()).toEqual([null, "ZGNfSzB1QWVl"]);
  });
  it("follows end_cursor on /orgs/{org_id}/sources and stops when the cursor repeats", async () => {
    const { recording, requested, afters } = cursorRecorder();
    const pages = [];
    // The example says 19 sources in total but holds one, with end_cursor ZGNfeUx1alJx: the
    // second request asks after it, gets the same cursor back, and the walk ends there.
    for await (const page of recording.pages("/orgs/{org_id}/sources", {
      params: { path: { org_id: "o_Qa8I1Z" }, query: { limit: 10, before: "ZGNfSzB1QWVl" } },
    })) {
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
      // The wire path: the mock serves Pipedream under /v1, as the vendor does.
      const isTokenCall = call === "POST /v1/oauth/token";
      sent.push({
        call,
        authorization: request.headers.get("authorization"),
        ...(isTokenCall ? { body: await request.clone().json() } : {}),
      });
      if (!isTokenCall || !prefer) return fetch(request);
      const headers = new Headers(request.headers);
      headers.set("Prefer", prefer);
      return fetch(new Request(request, { headers }));
    };
    return { sent, fetchAndRecord };
  }
  it("exchanges the client credentials once and sends the token on every call", async () => {
    const { sent, fetchAndRecord } = recorder();
    const oauth = createPipedreamClient({
      clientId: "pd_client_id",
      clientSecret: "pd_client_secret",
      baseUrl,
      retry: false,
      fetch: fetchAndRecord,
    });
    const me = await oauth.GET("/users/me");
    expect(me.data.data.username).toBe("dylburger");
    const apps = await oauth.GET("/apps");
    expect(apps.data.data).toHaveLength(2);
    expect(sent.map((s) => s.call)).toEqual(["POST /v1/oauth/token", "GET /v1/users/me", "GET /v1/apps"]);
    expect(sent[0]).toEqual({
      call: "POST /v1/oauth/token",
      authorization: null,
      body: { grant_type: "client_credentials", client_id: "pd_client_id", client_secret: "pd_client_secret" },
    });
    // The mock's token example is the placeholder "<access token (a JWT)>".
    expect(sent.slice(1).map((s) => s.authorization)).toEqual(["Bearer <access token (a JWT)>", "Bearer <access token (a JWT)>"]);
  });
  it("fails the call with the token endpoint's 401 when the exchange is refused", async () => {
    const { sent, fetchAndRecord } = recorder("code=401");
    const oauth = createPipedreamClient({
      clientId: "pd_client_id",
      clientSecret: "pd_client_secret",
      baseUrl,
      retry: false,
      fetch: fetchAndRecord,
    });
    const error = await expectApiError(oauth.GET("/users/me"), 401, oauth.isApiError);
    expect(error.operation).toMatchObject({ method: "POST", path: "/oauth/token" });
    expect(error.body.error).toBe("Unauthorized");
    expect(sent.map((s) => s.call)).toEqual(["POST /v1/oauth/token"]);
  });
});
