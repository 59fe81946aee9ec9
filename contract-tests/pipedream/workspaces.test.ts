// Pipedream "Workspaces" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, unauthorized, notFound, workspace, expectRejected } from "../support/pipedream.js";

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
    const error = await expectApiError(
      client.GET("/workspaces/{org_id}", { ...workspace, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workspaces/{org_id}", workspace), 401, anonymous.isApiError);
  });
  it("accepts an org id without the o_ prefix (the document states no ID format)", async () => {
    const { data, response } = await client.GET("/workspaces/{org_id}", { params: { path: { org_id: "myworkspace" } } });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("o_Qa8I1Z");
  });
});

describe("listWorkspaceAccounts GET /workspaces/{org_id}/accounts", () => {
  it("lists a workspace's connected accounts", async () => {
    const { data, response } = await client.GET("/workspaces/{org_id}/accounts", {
      params: { path: { org_id: "o_Qa8I1Z" }, query: { query: "google_sheets" } },
    });
    expect(response.status).toBe(200);
    expect(data.page_info?.end_cursor).toBe("YXBuXzJrVmhMUg");
    expect(data.data).toEqual([{ id: "apn_2kVhLR", name: "Google Sheets #1" }]);
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/workspaces/{org_id}/accounts", { ...workspace, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workspaces/{org_id}/accounts", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a page size above 100", async () => {
    await expectRejected(client.GET("/workspaces/{org_id}/accounts", { params: { path: { org_id: "o_Qa8I1Z" }, query: { limit: 101 } } }), {
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
    const error = await expectApiError(
      client.GET("/workspaces/{org_id}/subscriptions", { ...workspace, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workspaces/{org_id}/subscriptions", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a page size above 100", async () => {
    await expectRejected(
      client.GET("/workspaces/{org_id}/subscriptions", { ...workspace, params: { ...workspace.params, query: { limit: 101 } } }),
      {
        at: ["query", "limit"],
      },
    );
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
    const error = await expectApiError(
      client.GET("/orgs/{org_id}/sources", { ...workspace, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/orgs/{org_id}/sources", workspace), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a page size of 0", async () => {
    await expectRejected(client.GET("/orgs/{org_id}/sources", { params: { path: { org_id: "o_Qa8I1Z" }, query: { limit: 0 } } }), {
      at: ["query", "limit"],
    });
  });
});
