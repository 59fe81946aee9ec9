// Opt-in response validation: a server that drifted from the spec raises a typed error naming
// the operation, the status and the JSON pointer; a conforming one passes untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamiqClient } from "../../../dynamiq.js";
import { createPipedriveClient } from "../../../pipedrive.js";
import { type AdditiveDrift, ApiError, ResponseValidationError } from "../../index.js";
import type { SubtractiveDrift } from "../../types.js";
import { json, raw, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { transport } from "../support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const validating = () => createDynamiqClient({ token: "dq", baseUrl: server.url, ...transport, retry: false, validateResponses: true });
const page = (data: unknown[]) => ({ data, pagination: { page: 1, page_size: 20, page_count: 1, total_count: data.length } });
const conversation = { id: "7d7b3c1e-5a8f-4c2b-9e61-0f4a2b3c4d5e", created_at: "2026-11-20T09:15:00Z", title: null };

async function validationError(call: Promise<unknown>): Promise<ResponseValidationError> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseValidationError);
  return error as ResponseValidationError;
}

describe("validateResponses: true", () => {
  it("passes a body that matches the spec", async () => {
    server.script(json(200, page([conversation])));
    const { data } = await validating().GET("/v1/conversations");
    expect(data.data[0]?.id).toBe(conversation.id);
  });

  it("names a missing required field by JSON pointer", async () => {
    server.script(json(200, page([{ ...conversation, id: undefined }])));
    const error = await validationError(validating().GET("/v1/conversations"));
    expect(error.kind).toBe("response_validation");
    expect(error.operation).toEqual({ method: "GET", path: "/v1/conversations" });
    expect(error.status).toBe(200);
    expect(error.issues).toContainEqual({ pointer: "/data/0", message: "is missing required property 'id'" });
    expect(error.message).toContain(
      "GET /v1/conversations HTTP 200 response does not match the spec: /data/0 is missing required property 'id'",
    );
  });

  it("names a wrong type and a broken format", async () => {
    server.script(
      json(200, {
        data: [{ ...conversation, created_at: "yesterday" }],
        pagination: { page: "1", page_size: 20, page_count: 1, total_count: 1 },
      }),
    );
    const error = await validationError(validating().GET("/v1/conversations"));
    const pointers = error.issues.map((i) => i.pointer);
    expect(pointers).toContain("/data/0/created_at");
    expect(pointers).toContain("/pagination/page");
  });

  it("checks error bodies too, keeping the ApiError as the cause", async () => {
    server.script(json(404, { error: { code: "gone", message: "Not Found" } }));
    const error = await validationError(
      validating().POST("/v1/connect/requirements/{requirement_id}/oauth2/authorize", {
        params: { path: { requirement_id: "497f6eca-6276-4993-bfeb-53cbbbba6f08" } },
      }),
    );
    expect(error.status).toBe(404);
    expect(error.issues[0]?.pointer).toBe("/error/code");
    expect(error.cause).toBeInstanceOf(ApiError);
  });

  it("flags a status the operation does not document", async () => {
    server.script(json(418, { error: { code: "bad_request", message: "teapot" } }));
    const error = await validationError(validating().GET("/v1/conversations"));
    expect(error.issues).toEqual([{ pointer: "", message: "status 418 is not documented for this operation" }]);
  });

  it("is off by default: the same drifted body goes through", async () => {
    server.script(json(200, page([{ ...conversation, id: 42 }])));
    const client = createDynamiqClient({ token: "dq", baseUrl: server.url, ...transport, retry: false });
    const { data } = await client.GET("/v1/conversations");
    expect(data.data[0]?.id).toBe(42);
  });

  it("validates through a response-level $ref (Pipedrive's shared responses)", async () => {
    server.script(json(200, { success: "yes" }));
    const client = createPipedriveClient({ token: "pd", baseUrl: server.url, ...transport, retry: false, validateResponses: true });
    const error = await validationError(client.DELETE("/v1/channels/{id}", { params: { path: { id: "x" } } }));
    expect(error.issues).toContainEqual({ pointer: "/success", message: "must be boolean" });
  });

  it("leaves a body with no documented schema alone (a 204)", async () => {
    server.script(raw(204, "", {}));
    const client = createPipedriveClient({ token: "pd", baseUrl: server.url, ...transport, retry: false, validateResponses: true });
    const error = await client.DELETE("/v1/channels/{id}", { params: { path: { id: "x" } } }).catch((e: unknown) => e);
    // 204 is not documented for deleteChannel: the drift is reported, not swallowed.
    expect(error).toBeInstanceOf(ResponseValidationError);
  });
});

describe("additive drift: properties the spec does not declare", () => {
  const drifted = page([{ ...conversation, color: "teal", meta: { source: "api" } }]);
  const withExtraEnvelope = { ...drifted, next_cursor: "c2" };

  it("is reported with JSON pointers and does not fail the call", async () => {
    server.script(json(200, withExtraEnvelope));
    const reports: AdditiveDrift[] = [];
    const log: string[] = [];
    const client = createDynamiqClient({
      token: "dq",
      baseUrl: server.url,
      ...transport,
      retry: false,
      debug: (line) => void log.push(line),
      validateResponses: { onAdditiveDrift: (drift) => void reports.push(drift) },
    });
    const { data } = await client.GET("/v1/conversations");
    expect(data.data[0]?.id).toBe(conversation.id);
    expect(reports).toEqual([
      {
        operation: { method: "GET", path: "/v1/conversations" },
        status: 200,
        pointers: expect.arrayContaining(["/next_cursor", "/data/0/color", "/data/0/meta"]),
      },
    ]);
    expect(reports[0]?.pointers).toHaveLength(3);
    expect(log.some((line) => line.startsWith("~ additive drift GET /v1/conversations 200: "))).toBe(true);
  });

  it("fails the call under strict, naming each pointer", async () => {
    server.script(json(200, drifted));
    const client = createDynamiqClient({
      token: "dq",
      baseUrl: server.url,
      ...transport,
      retry: false,
      validateResponses: { strict: true },
    });
    const error = await validationError(client.GET("/v1/conversations"));
    expect(error.issues.map((issue) => issue.pointer).sort()).toEqual(["/data/0/color", "/data/0/meta"]);
    expect(error.message).toContain("/data/0/color is not declared in the spec (additive drift; strict)");
  });

  it("reports nothing for a body that declares everything it carries", async () => {
    server.script(json(200, page([conversation])));
    const reports: AdditiveDrift[] = [];
    const client = createDynamiqClient({
      token: "dq",
      baseUrl: server.url,
      ...transport,
      retry: false,
      validateResponses: { onAdditiveDrift: (d) => void reports.push(d) },
    });
    await client.GET("/v1/conversations");
    expect(reports).toEqual([]);
  });
});

describe("subtractive drift: documented properties the answer lacks", () => {
  const complete = {
    ...conversation,
    ...{ app_id: null, model_id: null, user_id: "u1", org_id: "o1", updated_at: "2026-11-20T09:16:00Z" },
    ...{ sandbox_id: null, app: null, model: null },
  };
  const subtractive = (reports: SubtractiveDrift[], log: string[] = []) =>
    createDynamiqClient({
      token: "dq",
      baseUrl: server.url,
      ...transport,
      retry: false,
      debug: (line) => void log.push(line),
      validateResponses: { onSubtractiveDrift: (drift) => void reports.push(drift) },
    });

  it("is reported apart from additive drift, with JSON pointers, without failing the call", async () => {
    const { user_id: _user, org_id: _org, ...lacking } = complete;
    server.script(json(200, page([complete, lacking])));
    const reports: SubtractiveDrift[] = [];
    const log: string[] = [];
    const { data } = await subtractive(reports, log).GET("/v1/conversations");
    expect(data.data).toHaveLength(2);
    expect(reports).toEqual([
      { operation: { method: "GET", path: "/v1/conversations" }, status: 200, pointers: ["/data/1/user_id", "/data/1/org_id"] },
    ]);
    expect(log).toContain("~ subtractive drift GET /v1/conversations 200: /data/1/user_id, /data/1/org_id");
    expect(log.some((line) => line.startsWith("~ additive drift"))).toBe(false);
  });

  it("reports nothing for an answer carrying every documented property, nor without onSubtractiveDrift", async () => {
    server.script(json(200, page([complete])));
    const reports: SubtractiveDrift[] = [];
    await subtractive(reports).GET("/v1/conversations");
    expect(reports).toEqual([]);
    const log: string[] = [];
    server.script(json(200, page([conversation])));
    await createDynamiqClient({
      token: "dq",
      baseUrl: server.url,
      ...transport,
      retry: false,
      debug: (l) => void log.push(l),
      validateResponses: true,
    }).GET("/v1/conversations");
    expect(log.some((line) => line.includes("subtractive drift"))).toBe(false);
  });
});
