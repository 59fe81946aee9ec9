// Pipedream: the document's error ranges on every operation of specs/pipedream.yaml. The document
// ("Errors") says 4xx codes mean bad input ("e.g., a required parameter was omitted") and 5xx codes a
// server error; the spec declares 400 and 500 on every operation, each asked for with `Prefer: code=N`.
// It also declares 429 everywhere, from the vendor's SDK (@pipedream/sdk 3.1.6 raises a distinct
// TooManyRequestsError on 429, body `{ error?: string }`).
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import {
  account,
  badRequest,
  client,
  revokeRequest,
  rssUrl,
  serverError,
  source,
  subscription,
  tokenRequest,
  workflow,
  workflowRequest,
  workspace,
} from "../support/pipedream.js";

type Prefer = ReturnType<typeof preferStatus>;

// The spec's illustrative TooManyRequests example.
const tooManyRequests = [429, "Too Many Requests"] as const;

// One valid call per operation (request validation must pass, so Prism answers the preferred status).
const operations: [string, (prefer: Prefer) => Promise<unknown>][] = [
  ["listAccounts", (p) => client.GET("/accounts", p)],
  ["getAccount", (p) => client.GET("/accounts/{account_id}", { ...account, ...p })],
  ["listApps", (p) => client.GET("/apps", p)],
  ["getApp", (p) => client.GET("/apps/{app_id}", { params: { path: { app_id: "app_OkrhR1" } }, ...p })],
  ["createComponent", (p) => client.POST("/components", { body: { component_url: rssUrl }, ...p })],
  ["getComponent", (p) => client.GET("/components/{key_or_id}", { params: { path: { key_or_id: "sc_JDi8EB" } }, ...p })],
  ["getRegistryComponent", (p) => client.GET("/components/registry/{key}", { params: { path: { key: "github-new-repository" } }, ...p })],
  ["searchComponents", (p) => client.GET("/components/search", { params: { query: { query: "slack" } }, ...p })],
  ["listSourceEvents", (p) => client.GET("/sources/{id}/event_summaries", { ...source, ...p })],
  ["deleteSourceEvents", (p) => client.DELETE("/sources/{id}/events", { ...source, ...p })],
  ["createOAuthToken", (p) => client.POST("/oauth/token", { body: tokenRequest, ...p })],
  ["revokeOAuthToken", (p) => client.POST("/oauth/revoke", { body: revokeRequest, ...p })],
  ["createSource", (p) => client.POST("/sources", { body: { component_url: rssUrl }, ...p })],
  ["updateSource", (p) => client.PUT("/sources/{id}", { ...source, body: { component_id: "sc_abc123", active: false }, ...p })],
  ["deleteSource", (p) => client.DELETE("/sources/{id}", { ...source, ...p })],
  ["createSubscription", (p) => client.POST("/subscriptions", { ...subscription, ...p })],
  ["deleteSubscription", (p) => client.DELETE("/subscriptions", { ...subscription, ...p })],
  [
    "createAutoSubscription",
    (p) => client.POST("/auto_subscriptions", { params: { query: { event_name: "$errors", listener_id: "p_abc123" } }, ...p }),
  ],
  ["getCurrentUser", (p) => client.GET("/users/me", p)],
  ["listUserSources", (p) => client.GET("/users/me/sources", p)],
  ["listWebhooks", (p) => client.GET("/users/me/webhooks", p)],
  [
    "createWebhook",
    (p) =>
      client.POST("/webhooks", {
        params: { query: { url: "https://endpoint.m.pipedream.net", name: "name", description: "description" } },
        ...p,
      }),
  ],
  ["deleteWebhook", (p) => client.DELETE("/webhooks/{id}", { params: { path: { id: "wh_abc123" } }, ...p })],
  ["createWorkflow", (p) => client.POST("/workflows", { body: workflowRequest, ...p })],
  ["getWorkflow", (p) => client.GET("/workflows/{workflow_id}", { ...workflow, ...p })],
  ["updateWorkflow", (p) => client.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: false, org_id: "o_BYDI5y" }, ...p })],
  ["listWorkflowEmits", (p) => client.GET("/workflows/{workflow_id}/event_summaries", { ...workflow, ...p })],
  ["listWorkflowErrors", (p) => client.GET("/workflows/{workflow_id}/$errors/event_summaries", { ...workflow, ...p })],
  ["getWorkspace", (p) => client.GET("/workspaces/{org_id}", { ...workspace, ...p })],
  ["listWorkspaceAccounts", (p) => client.GET("/workspaces/{org_id}/accounts", { ...workspace, ...p })],
  ["listWorkspaceSubscriptions", (p) => client.GET("/workspaces/{org_id}/subscriptions", { ...workspace, ...p })],
  ["listWorkspaceSources", (p) => client.GET("/orgs/{org_id}/sources", { ...workspace, ...p })],
];

describe("the document's 4xx (bad input) and 5xx (server error) ranges, and the SDK's 429, on every operation", () => {
  it("covers every operation of the spec", () => {
    expect(new Set(operations.map(([name]) => name)).size).toBe(32);
  });
  describe.each(operations)("%s", (_name, call) => {
    it.each([badRequest, tooManyRequests, serverError])("documents HTTP %i", async (status, message) => {
      const error = await expectApiError(call(preferStatus(status)), status, client.isApiError);
      expect(error.body.error).toBe(message);
    });
  });
});
