// Pipedream "Workflows" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, unauthorized, notFound, workflow, workflowRequest, expectRejected } from "../support/pipedream.js";

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
    await expectRejected(client.POST("/workflows", { body: rest }), { at: ["body"], mentions: "template_id" });
  });
  it.each(["steps", "triggers", "settings"] as const)(
    "accepts a body without %s (the vendor's reference page requires only org_id, project_id and template_id)",
    async (field) => {
      const { [field]: _dropped, ...rest } = workflowRequest;
      const { response } = await client.POST("/workflows", { body: rest });
      expect(response.status).toBe(200);
    },
  );
  it("accepts a body with only the three fields the vendor requires", async () => {
    const { org_id, project_id, template_id } = workflowRequest;
    const { response } = await client.POST("/workflows", { body: { org_id, project_id, template_id } });
    expect(response.status).toBe(200);
  });
  it("accepts the common parameters include, exclude and org_id in the body", async () => {
    const { response } = await client.POST("/workflows", { body: { ...workflowRequest, include: "id,name", exclude: "steps" } });
    expect(response.status).toBe(200);
  });
  it("is refused by request validation for a misspelled field", async () => {
    await expectRejected(client.POST("/workflows", { body: { ...workflowRequest, setings: {} } }), { at: ["body"], mentions: "setings" });
  });
  it("is refused by request validation for a project id without the proj_ prefix", async () => {
    await expectRejected(client.POST("/workflows", { body: { ...workflowRequest, project_id: "wx9sgy" } }), {
      at: ["body", "project_id"],
    });
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
    const error = await expectApiError(
      client.GET("/workflows/{workflow_id}", { ...workflow, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workflows/{workflow_id}", workflow), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a workflow id without the p_ prefix", async () => {
    await expectRejected(client.GET("/workflows/{workflow_id}", { params: { path: { workflow_id: "wf-1" } } }), {
      at: ["path", "workflow_id"],
    });
  });
  it("accepts an org id without the o_ prefix (the document states no ID format)", async () => {
    const { response } = await client.GET("/workflows/{workflow_id}", {
      params: { path: { workflow_id: "p_abc123" }, query: { org_id: "acme" } },
    });
    expect(response.status).toBe(200);
  });
});

describe("updateWorkflow PUT /workflows/{workflow_id}", () => {
  it("deactivates a workflow", async () => {
    const { data, response } = await client.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: false, org_id: "o_BYDI5y" } });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: true, org_id: "o_BYDI5y" }, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(
      anonymous.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: true, org_id: "o_BYDI5y" } }),
      401,
      anonymous.isApiError,
    );
  });
  it("is refused by request validation without active", async () => {
    // @ts-expect-error `active` is required
    await expectRejected(client.PUT("/workflows/{workflow_id}", { ...workflow, body: { org_id: "o_BYDI5y" } }), {
      at: ["body"],
      mentions: "active",
    });
  });
  it("is refused by request validation without org_id (the document marks it required)", async () => {
    // @ts-expect-error `org_id` is required
    await expectRejected(client.PUT("/workflows/{workflow_id}", { ...workflow, body: { active: true } }), {
      at: ["body"],
      mentions: "org_id",
    });
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
    const error = await expectApiError(
      client.GET("/workflows/{workflow_id}/event_summaries", { ...workflow, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/workflows/{workflow_id}/event_summaries", workflow), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an expand value outside the enum", async () => {
    await expectRejected(
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
    await expectRejected(client.GET("/workflows/{workflow_id}/$errors/event_summaries", { params: { path: { workflow_id: "abc123" } } }), {
      at: ["path", "workflow_id"],
    });
  });
});
