// Botpress "Hub" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { RequestValidationError } from "../../src/core/index.js";
import { expectRequestRejected } from "../support/helpers.js";
import {
  INTEGRATION_ID,
  client,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  integration,
  integrationVersion,
} from "../support/botpress.js";

describe("listPublicIntegrations GET /v1/admin/hub/integrations", () => {
  const query = { params: { query: { name: "order-tracker", version: "latest" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/hub/integrations", { ...query, ...extra });
  it("lists a page of public Integrations", async () => {
    const { data, response } = await client.GET("/v1/admin/hub/integrations", query);
    expect(response.status).toBe(200);
    expect(data.integrations[0]?.name).toBe("order-tracker");
    expect(data.integrations[0]?.version).toBe("0.2.0");
    expect(data.meta.nextToken).toBeUndefined();
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a version that is neither semver nor latest", async () => {
    await expectRequestRejected(client.GET("/v1/admin/hub/integrations", { params: { query: { version: "v1" } } }), {
      at: ["query", "version"],
      status: 400,
    });
  });
});

describe("getPublicIntegrationById GET /v1/admin/hub/integrations/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/hub/integrations/{id}", { ...integration, ...extra });
  it("gets a public Integration", async () => {
    const { data, response } = await client.GET("/v1/admin/hub/integrations/{id}", integration);
    expect(response.status).toBe(200);
    expect(data.integration.id).toBe(INTEGRATION_ID);
    expect(data.integration.title).toBe("Order Tracker");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("refuses, before sending, an id that would change the route", async () => {
    // The spec constrains nothing here (one free-form path id, no query, header or body), so
    // Prism has nothing to refuse; the client's own path check is what stands in the way.
    await expect(client.GET("/v1/admin/hub/integrations/{id}", { params: { path: { id: ".." } } })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
  });
});

describe("getPublicIntegration GET /v1/admin/hub/integrations/{name}/{version}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/hub/integrations/{name}/{version}", { ...integrationVersion, ...extra });
  it("gets a public Integration by name and version", async () => {
    const { data, response } = await client.GET("/v1/admin/hub/integrations/{name}/{version}", integrationVersion);
    expect(response.status).toBe(200);
    expect(data.integration.name).toBe("order-tracker");
    expect(data.integration.iconUrl).toBe("https://media.botpress.cloud/integrations/order-tracker/icon.svg");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a version that is neither semver nor latest", async () => {
    await expectRequestRejected(
      client.GET("/v1/admin/hub/integrations/{name}/{version}", { params: { path: { name: "order-tracker", version: "1.0" } } }),
      {
        at: ["path", "version"],
        status: 400,
      },
    );
  });
});
