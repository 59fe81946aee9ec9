// Botpress "Integrations" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import {
  INTEGRATION_ID,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingWorkspaceId,
  integration,
  integrationVersion,
} from "../support/botpress.js";

describe("listIntegrations GET /v1/admin/integrations", () => {
  const query = { params: { query: { name: "order-tracker" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations", { ...query, ...extra });
  it("lists a page of the workspace's Integrations", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations", query);
    expect(response.status).toBe(200);
    expect(data.integrations.map((i) => i.id)).toEqual([INTEGRATION_ID]);
    expect(data.integrations[0]?.readmeUrl).toBe("https://media.botpress.cloud/integrations/order-tracker/readme.md");
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a version that is neither semver nor latest", async () => {
    await expectRequestRejected(client.GET("/v1/admin/integrations", { params: { query: { version: "newest" } } }), {
      at: ["query", "version"],
      status: 400,
    });
  });
});

describe("createIntegration POST /v1/admin/integrations", () => {
  const body = {
    name: "order-tracker",
    version: "0.2.0",
    title: "Order Tracker",
    description: "Look up order status from chat.",
    public: true,
  };
  const call: Call = (c, extra) => c.POST("/v1/admin/integrations", { body, ...extra });
  it("creates an Integration", async () => {
    const { data, response } = await client.POST("/v1/admin/integrations", { body });
    expect(response.status).toBe(200);
    expect(data.integration.name).toBe("order-tracker");
    expect(data.integration.version).toBe("0.2.0");
    expect(data.integration.dev).toBe(false);
  });
  itDocumentsErrors([400, 401, 403, 413, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when version is missing", async () => {
    // @ts-expect-error version is required
    await expectRequestRejected(client.POST("/v1/admin/integrations", { body: { name: "order-tracker" } }), {
      at: ["body"],
      mentions: "version",
      status: 400,
    });
  });
});

describe("getIntegration GET /v1/admin/integrations/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations/{id}", { ...integration, ...extra });
  it("gets an Integration", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations/{id}", integration);
    expect(response.status).toBe(200);
    expect(data.integration.id).toBe(INTEGRATION_ID);
    expect(data.integration.description).toBe("Look up order status from chat.");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/integrations/{id}", integration), missingWorkspaceId);
  });
});

describe("updateIntegration PUT /v1/admin/integrations/{id}", () => {
  const body = { title: "Order Tracker", description: "Look up order and shipping status from chat." };
  const call: Call = (c, extra) => c.PUT("/v1/admin/integrations/{id}", { ...integration, body, ...extra });
  it("updates an Integration", async () => {
    const { data, response } = await client.PUT("/v1/admin/integrations/{id}", { ...integration, body });
    expect(response.status).toBe(200);
    expect(data.integration.id).toBe(INTEGRATION_ID);
    expect(data.integration.title).toBe("Order Tracker");
  });
  itDocumentsErrors([400, 401, 403, 404, 413, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a name (it cannot be changed)", async () => {
    // tsc cannot see this one (no excess-property check on the inferred init); Prism can.
    await expectRequestRejected(client.PUT("/v1/admin/integrations/{id}", { ...integration, body: { name: "renamed" } }), {
      at: ["body"],
      mentions: "name",
      status: 400,
    });
  });
});

describe("deleteIntegration DELETE /v1/admin/integrations/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/admin/integrations/{id}", { ...integration, ...extra });
  it("deletes an Integration", async () => {
    const { data, response } = await client.DELETE("/v1/admin/integrations/{id}", integration);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/admin/integrations/{id}", integration), missingWorkspaceId);
  });
});

describe("getIntegrationLogs GET /v1/admin/integrations/{id}/logs", () => {
  const logs = { params: { path: { id: INTEGRATION_ID }, query: { timeStart: "2024-05-14T00:00:00.000Z" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations/{id}/logs", { ...logs, ...extra });
  it("gets an Integration's logs", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations/{id}/logs", logs);
    expect(response.status).toBe(200);
    expect(data.logs[0]?.["level"]).toBe("info");
    expect(data.logs[0]?.["timestamp"]).toBe("2024-05-14T09:23:10.200Z");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/integrations/{id}/logs", logs), missingWorkspaceId);
  });
  it("is refused by request validation without timeStart (the vendor's API definition requires it)", async () => {
    // @ts-expect-error timeStart is required
    await expectRequestRejected(client.GET("/v1/admin/integrations/{id}/logs", integration), {
      at: ["query"],
      mentions: "timestart",
      status: 400,
    });
  });
  it("reads the next page's token at the top level of the answer", async () => {
    const { data } = await client.GET("/v1/admin/integrations/{id}/logs", logs);
    const next: string | undefined = data.nextToken;
    expect(next).toBeUndefined();
  });
});

describe("getIntegrationByName GET /v1/admin/integrations/{name}/{version}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/integrations/{name}/{version}", { ...integrationVersion, ...extra });
  it("gets an Integration by name and version", async () => {
    const { data, response } = await client.GET("/v1/admin/integrations/{name}/{version}", integrationVersion);
    expect(response.status).toBe(200);
    expect(data.integration.name).toBe("order-tracker");
    expect(data.integration.version).toBe("0.2.0");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/integrations/{name}/{version}", integrationVersion), missingWorkspaceId);
  });
});
