// Patchworks "Flow Callbacks" operations (the spec's tag) against the mock of specs/patchworks.yaml.
import { describe, expect, it } from "vitest";
import { createPatchworksClient } from "../../src/patchworks.js";
import { expectApiError, expectRequestRejected, preferStatus } from "../support/helpers.js";
import { baseUrl, client, anonymous, flow, callback } from "../support/patchworks.js";

describe("listFlowCallbacks GET /api/v1/flows/{flow}/callbacks", () => {
  it("lists a flow's callbacks with pagination meta", async () => {
    const { data, response } = await client.GET("/api/v1/flows/{flow}/callbacks", {
      params: { path: { flow: "42" }, query: { page: 1, per_page: 15 } },
    });
    expect(response.status).toBe(200);
    expect(data.data.map((c) => c.status)).toEqual(["active", "inactive"]);
    expect(data.meta.total).toBe(2);
  });
  it("sends the raw key in Authorization, with no Bearer prefix", async () => {
    let sent: string | null = null;
    const spy = createPatchworksClient({
      apiKey: "pw-api-key-123",
      baseUrl,
      fetch: (request) => {
        sent = request.headers.get("authorization");
        return fetch(request);
      },
    });
    await spy.GET("/api/v1/flows/{flow}/callbacks", flow);
    expect(sent).toBe("pw-api-key-123");
  });
  it.each([401, 404])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.GET("/api/v1/flows/{flow}/callbacks", { ...flow, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.message).toEqual(expect.any(String));
  });
  it("is refused without credentials", async () => {
    const error = await expectApiError(anonymous.GET("/api/v1/flows/{flow}/callbacks", flow), 401, anonymous.isApiError);
    // The refusal names what is missing, in Laravel's `{ message }` shape.
    expect(error.body.message).toMatch(/credentials expected as Authorization in the header \(an API key\)/);
  });
  it("is refused by request validation for a page size below 1", async () => {
    await expectRequestRejected(
      client.GET("/api/v1/flows/{flow}/callbacks", { params: { path: { flow: "42" }, query: { per_page: 0 } } }),
      {
        at: ["query", "per_page"],
      },
    );
  });
  it("accepts a large page size (no maximum is stated for this operation)", async () => {
    const { response } = await client.GET("/api/v1/flows/{flow}/callbacks", {
      params: { path: { flow: "42" }, query: { per_page: 1000 } },
    });
    expect(response.status).toBe(200);
  });
});

describe("createFlowCallback POST /api/v1/flows/{flow}/callbacks", () => {
  it("creates a callback", async () => {
    const { data, response } = await client.POST("/api/v1/flows/{flow}/callbacks", { ...flow, body: { status: "active", format: "json" } });
    expect(response.status).toBe(200);
    expect(data.data.id).toBe(101);
    expect(data.data.format).toBe("json");
  });
  it("accepts each callback format the vendor's trigger shape page lists (JSON, XML, TXT)", async () => {
    for (const format of ["json", "xml", "txt"] as const) {
      const { response } = await client.POST("/api/v1/flows/{flow}/callbacks", { ...flow, body: { format } });
      expect(response.status).toBe(200);
      expect(response.headers.get("sl-violations")).toBeNull();
    }
  });
  it("accepts a request without a body (both fields are optional, so the body is too)", async () => {
    const { data, response } = await client.POST("/api/v1/flows/{flow}/callbacks", flow);
    expect(response.status).toBe(200);
    expect(data.data.id).toBe(101);
  });
  it.each([401, 404])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.POST("/api/v1/flows/{flow}/callbacks", { ...flow, body: {}, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.message).toEqual(expect.any(String));
  });
  it("documents HTTP 422 with per-field errors", async () => {
    const error = await expectApiError(
      client.POST("/api/v1/flows/{flow}/callbacks", { ...flow, body: {}, ...preferStatus(422) }),
      422,
      client.isApiError,
    );
    expect("errors" in error.body && error.body.errors["status"]).toEqual(["The selected status is invalid."]);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/api/v1/flows/{flow}/callbacks", { ...flow, body: {} }), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a value outside the enum", async () => {
    // @ts-expect-error "paused" is not a callback status
    await expectRequestRejected(client.POST("/api/v1/flows/{flow}/callbacks", { ...flow, body: { status: "paused" } }), {
      at: ["body", "status"],
    });
  });
});

describe("updateFlowCallback PUT /api/v1/flows/{flow}/callbacks/{callback}", () => {
  it("updates a callback", async () => {
    const { data, response } = await client.PUT("/api/v1/flows/{flow}/callbacks/{callback}", { ...callback, body: { status: "inactive" } });
    expect(response.status).toBe(200);
    expect(data.data.flow_id).toBe(42);
  });
  it.each([401, 404, 422])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.PUT("/api/v1/flows/{flow}/callbacks/{callback}", { ...callback, body: {}, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.message).toEqual(expect.any(String));
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.PUT("/api/v1/flows/{flow}/callbacks/{callback}", { ...callback, body: {} }), 401, anonymous.isApiError);
  });
  it("accepts a non-numeric callback id (the document gives the identifiers no format)", async () => {
    const { response } = await client.PUT("/api/v1/flows/{flow}/callbacks/{callback}", {
      params: { path: { flow: "42", callback: "abc" } },
      body: {},
    });
    expect(response.status).toBe(200);
  });
  it("accepts a request without a body (both fields are optional, so the body is too)", async () => {
    const { data, response } = await client.PUT("/api/v1/flows/{flow}/callbacks/{callback}", callback);
    expect(response.status).toBe(200);
    expect(data?.data.id).toBe(101);
  });
  it("is refused by request validation for an unknown body field", async () => {
    // tsc cannot see this one (openapi-fetch infers the init object, so no excess-property check); Prism can.
    await expectRequestRejected(client.PUT("/api/v1/flows/{flow}/callbacks/{callback}", { ...callback, body: { enabled: true } }), {
      at: ["body"],
      mentions: "enabled",
    });
  });
});

describe("deleteFlowCallback DELETE /api/v1/flows/{flow}/callbacks/{callback}", () => {
  it("deletes a callback", async () => {
    const { data, response } = await client.DELETE("/api/v1/flows/{flow}/callbacks/{callback}", callback);
    expect(response.status).toBe(200);
    expect(data.message).toBe("Callback deleted successfully.");
  });
  it.each([401, 404])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.DELETE("/api/v1/flows/{flow}/callbacks/{callback}", { ...callback, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.message).toEqual(expect.any(String));
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/api/v1/flows/{flow}/callbacks/{callback}", callback), 401, anonymous.isApiError);
  });
  it("accepts a non-numeric flow id (the document gives the identifiers no format)", async () => {
    const { response } = await client.DELETE("/api/v1/flows/{flow}/callbacks/{callback}", {
      params: { path: { flow: "my-flow", callback: "101" } },
    });
    expect(response.status).toBe(200);
  });
});
