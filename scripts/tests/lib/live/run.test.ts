// The live contract check, against a local upstream that drifts from the spec on purpose.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { listOperations } from "../../../../src/core/internal/openapi-document.js";
import { checkLive } from "../../../lib/gates/live.js";
import { credentialsFor, loadEnvNames, redact } from "../../../lib/live/credentials.js";
import { guardFetch, partitionOperations, planRequest } from "../../../lib/live/plan.js";
import { formatLiveCheck } from "../../../lib/live/report.js";
import { runLiveCheck } from "../../../lib/live/run.js";
import { MissingCredentialError, type Env, type LiveCheckResult } from "../../../lib/live/types.js";
import { parseViolations } from "../../../lib/live/violations.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";
import { readSpec } from "../../../lib/spec/load.js";
import { openProxies, startProxy, type PrismServer } from "../../../lib/harness/prism.js";
import { driftingUpstream, OTHER_SECRET, patchworksSpec, SECRET } from "../../support/drifting-upstream.js";

const listOp = (result: LiveCheckResult) => result.operations.find((o) => o.operationId === "listFlowCallbacks");

describe("runLiveCheck against a drifting upstream", () => {
  const upstream = driftingUpstream();
  const { state } = upstream;
  let baseUrl = "";
  const env: Env = { PATCHWORKS_API_KEY: SECRET, DYNAMIQ_API_KEY: OTHER_SECRET };
  // One proxy for the many Patchworks checks below; the other runs start (and stop) their own.
  let shared: PrismServer | undefined;
  const check = (allowWrites = false): Promise<LiveCheckResult> =>
    runLiveCheck({ api: "patchworks", baseUrl, env, allowWrites, ...(shared ? { proxy: shared } : {}) });

  beforeAll(async () => {
    baseUrl = await upstream.listen();
    shared = await startProxy(patchworksSpec, baseUrl);
  });
  beforeEach(() => {
    state.mode = "asSpecified";
    state.seen.length = 0;
  });
  afterAll(async () => {
    await shared?.stop();
    await upstream.close();
  });

  it("passes every GET operation of an upstream that answers as the spec says", async () => {
    const result = await check();
    expect(result.operations.filter((o) => o.method === "GET").map((o) => [o.operationId, o.outcome, o.status])).toEqual([
      ["listFlowCallbacks", "passed", 200],
    ]);
    expect(result.summary).toEqual({ passed: 1, failed: 0, skipped: 3 });
    expect(listOp(result)?.target).toBe("/api/v1/flows/42/callbacks");
    // The credential went out as Patchworks wants it: the raw key, no Bearer.
    expect(state.seen).toEqual([{ method: "GET", url: "/api/v1/flows/42/callbacks", authorization: SECRET }]);

    const dq = await runLiveCheck({ api: "dynamiq", baseUrl, env, allowWrites: false });
    expect(dq.operations.filter((o) => o.method === "GET").map((o) => [o.operationId, o.outcome])).toEqual([
      ["listConversations", "passed"],
    ]);
    expect(state.seen.at(-1)?.authorization).toBe(`Bearer ${OTHER_SECRET}`);
  });

  it("fails an answer that drops a required field, the pointer naming the field", async () => {
    state.mode = "dropsField";
    const result = await check();
    expect(listOp(result)?.outcome).toBe("failed");
    expect(listOp(result)?.violations).toContainEqual(
      expect.objectContaining({ side: "response", part: "body", pointer: "/data/0/flow_id", code: "required" }),
    );
    expect(formatLiveCheck(result)).toContain(
      "FAIL listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200: /data/0/flow_id must have required property 'flow_id'",
    );
    expect(result.summary.failed).toBe(1);
  });

  it("lists a property the spec does not declare as additive drift, without failing; --strict fails it", async () => {
    state.mode = "addsField";
    const result = await check();
    expect(listOp(result)?.outcome).toBe("passed");
    expect(listOp(result)?.violations).toEqual([
      {
        side: "response",
        part: "body",
        pointer: "/data/0/retry_policy",
        severity: "Additive",
        message: "is not declared in the spec (additive drift)",
      },
    ]);
    expect(result.verdict).toBe("passed");
    expect(formatLiveCheck(result)).toContain(
      "PASS listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200 (additive drift: /data/0/retry_policy)",
    );

    const strict = await runLiveCheck({
      api: "patchworks",
      baseUrl,
      env,
      allowWrites: false,
      strict: true,
      ...(shared ? { proxy: shared } : {}),
    });
    expect(listOp(strict)?.outcome).toBe("failed");
    expect(strict.verdict).toBe("failed");
    expect(formatLiveCheck(strict)).toContain("/data/0/retry_policy is not declared in the spec (additive drift)");
  });

  it("lists a documented property the answer lacks as subtractive drift, apart from additive drift, without failing", async () => {
    state.mode = "dropsOptionalField";
    const result = await check();
    expect(listOp(result)?.outcome).toBe("passed");
    expect(listOp(result)?.violations).toEqual([
      {
        side: "response",
        part: "body",
        pointer: "/data/0/url",
        severity: "Subtractive",
        message: "is documented but absent (subtractive drift)",
      },
    ]);
    expect(result.verdict).toBe("passed");
    expect(formatLiveCheck(result)).toContain(
      "PASS listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200 (subtractive drift: /data/0/url)",
    );
  });

  it("fails a field of the wrong type, naming it", async () => {
    state.mode = "wrongType";
    const result = await check();
    expect(listOp(result)?.outcome).toBe("failed");
    expect(listOp(result)?.violations).toEqual([
      expect.objectContaining({ pointer: "/data/0/id", code: "type", message: "must be integer" }),
    ]);
    expect(formatLiveCheck(result)).toContain("200: /data/0/id must be integer");
  });

  it("fails an undocumented status", async () => {
    state.mode = "teapot";
    const op = listOp(await check());
    expect(op?.outcome).toBe("failed");
    expect(op?.status).toBe(418);
    // Prism reports this one as a Warning; it still fails the operation.
    expect(op?.violations).toContainEqual(
      expect.objectContaining({ side: "response", part: "", severity: "Warning", message: expect.stringContaining("status code") }),
    );
  });

  it("fails a wrong content type", async () => {
    state.mode = "html";
    const op = listOp(await check());
    expect(op?.outcome).toBe("failed");
    expect(op?.violations).toContainEqual(expect.objectContaining({ side: "response", message: expect.stringContaining('"text/html"') }));
  });

  it("fails a 501 that Prism would otherwise replace with a mocked, valid answer", async () => {
    state.mode = "notImplemented";
    const op = listOp(await check());
    expect(op?.outcome).toBe("failed");
    expect(op?.status).toBe(501);
    expect(op?.violations?.[0]?.message).toContain("501");
  });

  it("fails, rather than passes, when the upstream cannot be reached", async () => {
    // A port this test listened on and closed again: nothing answers there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await runLiveCheck({ api: "patchworks", baseUrl: `http://127.0.0.1:${port}`, env, allowWrites: false });
    expect(listOp(result)?.outcome).toBe("failed");
    expect(listOp(result)?.violations?.[0]).toMatchObject({ side: "proxy", message: expect.stringContaining("ECONNREFUSED") });
  });

  it("sends no write request without allowWrites, and includes writes with it", async () => {
    const readOnly = await check(false);
    expect(state.seen.length).toBeGreaterThan(0);
    expect(state.seen.filter((r) => r.method !== "GET")).toEqual([]);
    for (const write of readOnly.operations.filter((o) => o.method !== "GET")) {
      expect(write).toMatchObject({ outcome: "skipped", reason: expect.stringContaining("--allow-writes") });
    }

    state.seen.length = 0;
    const withWrites = await check(true);
    expect(new Set(state.seen.map((r) => r.method))).toEqual(new Set(["GET", "POST", "PUT", "DELETE"]));
    expect(withWrites.summary).toEqual({ passed: 4, failed: 0, skipped: 0 });
  });

  it("never puts the credential in the result", async () => {
    for (const mode of ["asSpecified", "wrongType", "html"] as const) {
      state.mode = mode;
      const text = JSON.stringify(await check(true));
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(OTHER_SECRET);
    }
    expect(state.seen.every((r) => r.authorization === SECRET)).toBe(true);
  });

  it("refuses to run without the credential, naming the variable and no secret", async () => {
    let error: unknown;
    try {
      await runLiveCheck({
        api: "patchworks",
        baseUrl,
        env: { DYNAMIQ_API_KEY: OTHER_SECRET, PIPEDREAM_API_KEY: SECRET },
        allowWrites: false,
      });
    } catch (caught) {
      error = caught;
    }
    if (!(error instanceof MissingCredentialError)) throw new Error(`expected a MissingCredentialError, got ${String(error)}`);
    expect(error.message).toContain("PATCHWORKS_API_KEY");
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain(OTHER_SECRET);
    expect(state.seen).toEqual([]);
  });

  it("does not pass an API with nothing checked (all its operations are writes)", async () => {
    const result = await runLiveCheck({ api: "pipedrive", baseUrl, env: { PIPEDRIVE_OAUTH_TOKEN: SECRET }, allowWrites: false });
    expect(result.summary.passed).toBe(0);
    expect(result.summary.skipped).toBeGreaterThan(0);
    expect(result.verdict).toBe("nothing-checked");
    expect(formatLiveCheck(result)).toContain(
      "live check pipedrive: nothing checked (all operations are writes; use --allow-writes); not passed",
    );
    const gate = await checkLive({ api: "pipedrive", baseUrl, env: { PIPEDRIVE_OAUTH_TOKEN: SECRET }, allowWrites: false });
    expect(gate.passed).toBe(false);
    expect(gate.findings).toEqual(["pipedrive: nothing checked (all operations are writes; use --allow-writes)"]);
    expect(state.seen).toEqual([]);
  });

  it("leaves no Prism proxy behind", async () => {
    expect(openProxies()).toEqual([baseUrl]); // the test's own
    await shared?.stop();
    // every run that started a proxy stopped it
    expect(openProxies()).toEqual([]);
  });
});

describe("the write guard", () => {
  const operations = listOperations(readSpec(patchworksSpec));

  it("withholds every non-GET operation before any request is built", () => {
    const { send, withheld } = partitionOperations(operations, false);
    expect(send.map((o) => o.method)).toEqual(["get"]);
    expect(withheld.map((o) => o.method).sort()).toEqual(["delete", "post", "put"]);
    expect(partitionOperations(operations, true).send).toHaveLength(operations.length);
  });

  it("refuses a write at the fetch level too", async () => {
    const calls: string[] = [];
    const inner = (url: string): Promise<Response> => {
      calls.push(url);
      return Promise.resolve(new Response("{}"));
    };
    await expect(guardFetch(inner, false)("http://x/y", { method: "DELETE" })).rejects.toThrow(/write guard/);
    await guardFetch(inner, false)("http://x/y", { method: "GET" });
    await guardFetch(inner, true)("http://x/y", { method: "POST" });
    expect(calls).toEqual(["http://x/y", "http://x/y"]);
  });
});

describe("planRequest", () => {
  const document = {
    security: [{ key: [] }],
    components: {
      securitySchemes: { key: { type: "http", scheme: "bearer" } },
      examples: { someId: { value: "id-from-examples" } },
      parameters: { Bot: { name: "x-bot-id", in: "header", required: true, schema: { type: "string" } } },
      schemas: { Sort: { type: "string", enum: ["asc", "desc"] } },
    },
    paths: {
      "/things/{id}": {
        get: {
          operationId: "getThing",
          parameters: [
            { name: "id", in: "path", required: true, examples: { a: { $ref: "#/components/examples/someId" } } },
            { name: "sort", in: "query", required: true, schema: { $ref: "#/components/schemas/Sort" } },
            { name: "limit", in: "query", required: true, schema: { type: "integer", default: 20 } },
            { name: "optional", in: "query", schema: { type: "string", example: "not sent" } },
          ],
          responses: { "200": { description: "ok" } },
        },
      },
      "/search": {
        get: {
          operationId: "search",
          parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "ok" } },
        },
      },
      "/bots": {
        get: {
          operationId: "listBots",
          parameters: [{ $ref: "#/components/parameters/Bot" }],
          responses: { "200": { description: "ok" } },
        },
      },
      "/public": { get: { operationId: "pub", security: [], responses: { "200": { description: "ok" } } } },
    },
  };
  const table = {
    schemes: { key: { env: ["KEY"], header: "authorization", format: "bearer" as const } },
    headers: { "x-bot-id": "BOT_ID" },
  };
  const ops = listOperations(document);
  const plan = (operationId: string, env: Env) => {
    const op = ops.find((o) => o.operationId === operationId);
    if (!op) throw new Error(operationId);
    return planRequest(document, op, env, table);
  };

  it("fills required parameters from examples, schema enums and defaults, leaving optional ones out", () => {
    expect(plan("getThing", { KEY: "k" })).toMatchObject({
      request: { method: "GET", target: "/things/id-from-examples?sort=asc&limit=20", schemes: ["key"] },
    });
  });

  it("skips an operation with a required parameter nobody gave an example of", () => {
    expect(plan("search", { KEY: "k" })).toMatchObject({ skip: "no example for required parameter q" });
  });

  it("takes declared headers from the environment, skipping when it lacks them", () => {
    expect(plan("listBots", { KEY: "k", BOT_ID: "bot-1" })).toMatchObject({ request: { headers: { "x-bot-id": "bot-1" } } });
    expect(plan("listBots", { KEY: "k" })).toMatchObject({ skip: expect.stringContaining("BOT_ID") });
  });

  it("asks for the credential only where the operation needs one", () => {
    expect(plan("search", {})).toMatchObject({ missing: ["KEY"] });
    expect(plan("pub", {})).toMatchObject({ request: { schemes: [] } });
  });
});

describe("credentials", () => {
  it("cover every security scheme of every API in redocly.yaml, with the variable names of its <API>_ENV", async () => {
    const expected: Record<string, Record<string, string>> = {
      dynamiq: { connectToken: "DYNAMIQ_CONNECT_TOKEN", accessKey: "DYNAMIQ_API_KEY" },
      pipedrive: { oauth2: "PIPEDRIVE_OAUTH_TOKEN" },
      patchworks: { apiKey: "PATCHWORKS_API_KEY" },
      pipedream: { bearerAuth: "PIPEDREAM_API_KEY" },
      botpress: { bearerAuth: "BP_TOKEN" },
    };
    for (const api of loadApis()) {
      const table = credentialsFor(api.name, readSpec(api.specPath), await loadEnvNames(repoRoot, api.name));
      const names = Object.fromEntries(Object.entries(table.schemes).map(([scheme, source]) => [scheme, source.env.join(",")]));
      expect(names, api.name).toEqual(expected[api.name]);
    }
    const botpress = loadApis().find((a) => a.name === "botpress");
    if (!botpress) throw new Error("no botpress in redocly.yaml");
    expect(credentialsFor("botpress", readSpec(botpress.specPath), await loadEnvNames(repoRoot, "botpress")).headers).toEqual({
      "x-bot-id": "BP_BOT_ID",
      "x-workspace-id": "BP_WORKSPACE_ID",
    });
  });

  it("send an apiKey scheme raw in its header and bearer schemes as Authorization: Bearer", () => {
    const document = {
      components: {
        securitySchemes: {
          key: { type: "apiKey", in: "header", name: "X-Key" },
          bearer: { type: "http", scheme: "Bearer" },
          oauth: { type: "oauth2", flows: {} },
        },
      },
    };
    expect(credentialsFor("x", document, { token: "X_TOKEN" }).schemes).toEqual({
      key: { env: ["X_TOKEN"], header: "x-key", format: "raw" },
      bearer: { env: ["X_TOKEN"], header: "authorization", format: "bearer" },
      oauth: { env: ["X_TOKEN"], header: "authorization", format: "bearer" },
    });
    expect(() => credentialsFor("x", document, { baseUrl: "X_URL" })).toThrow("X_ENV in src/x.ts names no token or apiKey variable");
  });

  it("redacts secrets anywhere in a result", () => {
    expect(redact({ a: [`x ${SECRET} y`], b: { c: SECRET } }, [SECRET])).toEqual({ a: ["x [redacted] y"], b: { c: "[redacted]" } });
  });

  it("reads Prism's violations into pointers", () => {
    expect(
      parseViolations(
        JSON.stringify([
          {
            location: ["response", "body", "data", "0"],
            severity: "Error",
            code: "required",
            message: "Response body property data.0 must have required property 'flow_id'",
          },
          {
            location: ["response", "body", "a/b"],
            severity: "Error",
            code: "additionalProperties",
            message: "Response body property a/b must NOT have additional properties; found 'extra'",
          },
          {
            location: ["request", "query", "page"],
            severity: "Error",
            code: "minimum",
            message: "Request query parameter page must be >= 1",
          },
        ]),
      ).map((v) => [v.side, v.part, v.pointer, v.message]),
    ).toEqual([
      ["response", "body", "/data/0/flow_id", "must have required property 'flow_id'"],
      ["response", "body", "/a~1b/extra", "must NOT have additional properties; found 'extra'"],
      ["request", "query", "/page", "must be >= 1"],
    ]);
  });
});
