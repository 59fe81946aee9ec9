// The vendor-SDK conformance gate: passes on the honest specs for a few operations, and fails on the
// faults it exists for (a body field the SDK sends that the spec no longer declares, a required
// header the SDK never sends), for each of the three SDKs.
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../../../src/core/internal/openapi-document.js";
import { listOperations } from "../../../../src/core/internal/openapi-document.js";
import { loadSpec } from "../../../../src/mock/apis.js";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { v1 as pipedriveV1 } from "pipedrive";
import { checkConformance, matchOperation, SDK_BODY_FIELDS, sdkBody, sharedBotpressOperations } from "../../../lib/gates/conformance.js";

type Json = Record<string, unknown>;
const schemas = (doc: Json): Json => (doc["components"] as Json)["schemas"] as Json;
const schema = (doc: Json, name: string): Json => schemas(doc)[name] as Json;

async function docs(): Promise<{ botpress: Json; pipedrive: Json; pipedream: Json }> {
  return { botpress: await loadSpec("botpress"), pipedrive: await loadSpec("pipedrive"), pipedream: await loadSpec("pipedream") };
}

describe("conformance gate", () => {
  it("passes when every SDK call of a small honest subset is accepted", async () => {
    const documents = await docs();
    const result = await checkConformance({
      documents,
      operations: ["createUser", "updateUser", "getUser", "addChannel", "receiveMessage", "createOAuthToken"],
    });
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    const requests = result.calls.filter((c) => c.expected === undefined);
    expect(requests.map((c) => `${c.sdk} ${c.operation}`).sort()).toEqual([
      "@botpress/client createUser",
      "@botpress/client getUser",
      "@botpress/client updateUser",
      "@pipedream/sdk createOAuthToken",
      "pipedrive v1.ChannelsApi addChannel",
      "pipedrive v1.ChannelsApi receiveMessage",
    ]);
    // createUser answers 201 (the vendor's reference pages; specs/botpress.yaml), the others 200.
    expect(requests.every((c) => c.accepted && c.status === (c.operation === "createUser" ? 201 : 200))).toBe(true);
    // Every documented error status of each, read as the SDK's typed error for it.
    const errors = result.calls.filter((c) => c.expected !== undefined);
    expect(errors.filter((c) => c.operation === "getUser").map((c) => c.expected)).toEqual([400, 401, 403, 404, 429, 500]);
    expect(errors.every((c) => c.accepted && c.status === c.expected)).toBe(true);
    expect(errors.find((c) => c.operation === "getUser" && c.expected === 404)?.detail).toBe("ResourceNotFoundError (404)");
    expect(errors.find((c) => c.operation === "createOAuthToken" && c.expected === 429)?.detail).toMatch(/TooManyRequestsError \(429\)/);
  });

  it("fails on an error example the SDK cannot read: the document's { type, description, status } without id, code, message", async () => {
    const documents = await docs();
    const examples = ((documents.botpress["components"] as Json)["responses"] as Json)["NotFound"] as Json;
    const media = (examples["content"] as Json)["application/json"] as Json;
    const value = ((media["examples"] as Json)["ResourceNotFound"] as Json)["value"] as Json;
    for (const field of ["id", "code", "message"]) delete value[field];
    const result = await checkConformance({ documents, apis: ["botpress"], operations: ["getUser"] });
    expect(result.passed).toBe(false);
    const unreadable = result.calls.filter((c) => !c.accepted);
    expect(unreadable.map((c) => c.expected)).toEqual([404]);
    expect(unreadable[0]?.detail).toMatch(/unreadable: .*An invalid error occurred/);
    expect(result.findings).toEqual([expect.stringMatching(/getUser → getUser: the 404 answer is unreadable/)]);
  });

  it("fails when a Pipedrive error answer is not the body the SDK's models declare", async () => {
    const documents = await docs();
    const forbidden = ((documents.pipedrive["components"] as Json)["responses"] as Json)["Forbidden"] as Json;
    const media = (forbidden["content"] as Json)["application/json"] as Json;
    ((media["examples"] as Json)["notAdmin"] as Json)["value"] = { message: "Only admins are able to register new channels" };
    const result = await checkConformance({ documents, apis: ["pipedrive"], operations: ["addChannel"] });
    expect(result.passed).toBe(false);
    expect(new Set(result.calls.filter((c) => !c.accepted).map((c) => c.expected))).toEqual(new Set([403]));
  });

  it("fails when the mock refuses a body field the Botpress SDK sends (closed body lost the field)", async () => {
    const documents = await docs();
    delete (schema(documents.botpress, "CreateUserBody")["properties"] as Json)["integrationName"];
    const result = await checkConformance({ documents, apis: ["botpress"], operations: ["createUser", "getUser"] });
    expect(result.passed).toBe(false);
    const refused = result.calls.filter((c) => !c.accepted);
    expect(refused.map((c) => c.operation)).toEqual(["createUser"]);
    expect(refused[0]?.status).toBeGreaterThanOrEqual(400);
    expect(refused[0]?.detail).toMatch(/additional properties|integrationName/i);
    expect(result.findings[0]).toMatch(/@botpress\/client createUser → createUser: refused/);
  });

  it("still sends a field the SDK knows after the spec renamed it in the schema and its examples", async () => {
    const documents = await docs();
    const body = schema(documents.botpress, "CreateUserBody");
    const properties = body["properties"] as Json;
    properties["integrationName_renamed"] = properties["integrationName"];
    delete properties["integrationName"];
    const example = (documents.botpress["components"] as Json)["examples"] as Json;
    const value = (example["CreateUserRequest"] as Json)["value"] as Json;
    value["integrationName_renamed"] = value["integrationName"];
    delete value["integrationName"];
    const result = await checkConformance({ documents, apis: ["botpress"], operations: ["createUser"] });
    expect(result.passed).toBe(false);
    expect(result.calls[0]?.detail).toMatch(/additional properties|integrationName/i);
  });

  it("fails when an operation requires a header the SDK never sends", async () => {
    const documents = await docs();
    const op = listOperations(documents.botpress).find((o) => o.operationId === "getUser");
    if (!op) throw new Error("no getUser");
    op.operation["parameters"] = [
      ...((op.operation["parameters"] as unknown[]) ?? []),
      { name: "x-drift-required", in: "header", required: true, schema: { type: "string" } },
    ];
    const result = await checkConformance({ documents, apis: ["botpress"], operations: ["getUser"] });
    expect(result.passed).toBe(false);
    expect(result.calls[0]?.detail).toMatch(/x-drift-required/i);
  });

  it("fails when the Pipedrive or Pipedream SDK's body is refused, once per Pipedrive auth scheme", async () => {
    const documents = await docs();
    const pipedriveSchemes = (documents.pipedrive["components"] as Json)["securitySchemes"] as Json;
    const schemeCount = Object.keys(pipedriveSchemes).length;
    delete (schema(documents.pipedrive, "AddChannelRequest")["properties"] as Json)["provider_type"];
    delete (schema(documents.pipedream, "OAuthTokenRequest")["properties"] as Json)["grant_type"];
    (schema(documents.pipedream, "OAuthTokenRequest")["required"] as string[]).splice(0);
    const result = await checkConformance({ documents, apis: ["pipedrive", "pipedream"], operations: ["addChannel", "createOAuthToken"] });
    expect(result.passed).toBe(false);
    expect(result.calls.filter((c) => c.operation === "addChannel")).toHaveLength(schemeCount);
    expect(result.calls.every((c) => !c.accepted)).toBe(true);
  });

  it("fails when the token body stops accepting the scope @pipedream/sdk sends", async () => {
    const documents = await docs();
    delete (schema(documents.pipedream, "OAuthTokenRequest")["properties"] as Json)["scope"];
    const result = await checkConformance({ documents, apis: ["pipedream"] });
    expect(result.calls).toHaveLength(1);
    expect(result.calls[0]?.accepted).toBe(false);
    expect(result.calls[0]?.detail).toMatch(/additional properties.*scope/i);
  });

  it("fails rather than passing when no call was made", async () => {
    const result = await checkConformance({ documents: await docs(), apis: ["pipedrive"], operations: ["noSuchOperation"] });
    expect(result.passed).toBe(false);
    expect(result.findings).toEqual(["no SDK call was made: nothing was checked"]);
  });
});

describe("which Botpress client methods share an operation with the spec", () => {
  it("finds, for every spec operation named like a client method, that method", async () => {
    const doc = (await loadSpec("botpress")) as OpenApiDocument;
    const { shared, routes } = await sharedBotpressOperations(doc);
    const byOperation = new Map(shared.map((s) => [s.op.operationId, s.method]));
    // A client method of the same name as an operationId is matched to it, unless the SDK sends that
    // method to another route (then the gate notes both routes).
    const { Client } = await import("@botpress/client");
    const client = new Client({ apiUrl: "http://127.0.0.1:9", token: "t" }) as unknown as Record<string, unknown>;
    const named = listOperations(doc).filter((op) => op.operationId && typeof client[op.operationId] === "function");
    expect(named.length).toBeGreaterThan(30);
    for (const op of named) {
      const id = op.operationId ?? "";
      if (byOperation.has(id)) expect(byOperation.get(id)).toBe(id);
      else expect(routes.get(id)?.path.replace(/discovery-id/g, "{id}")).not.toBe(op.path);
    }
    expect(shared.length).toBeGreaterThan(named.length - 10);
    // No method is matched to two operations.
    expect(new Set(shared.map((s) => s.method)).size).toBe(shared.length);
  });

  it("prefers literal path segments and, with placeholders, never takes a literal for a parameter", () => {
    const doc: OpenApiDocument = {
      paths: {
        "/v1/bots/{id}": { get: { operationId: "getBot" } },
        "/v1/bots/mine": { get: { operationId: "myBots" } },
      },
    };
    expect(matchOperation(doc, "GET", "/v1/bots/mine")?.operationId).toBe("myBots");
    expect(matchOperation(doc, "GET", "/v1/bots/b1")?.operationId).toBe("getBot");
    expect(matchOperation(doc, "GET", "/v1/bots/baks", new Set(["x"]))).toBeUndefined();
    expect(matchOperation(doc, "GET", "/v1/bots/x", new Set(["x"]))?.operationId).toBe("getBot");
    expect(matchOperation(doc, "POST", "/v1/bots/x")).toBeUndefined();
  });
});

describe("SDK_BODY_FIELDS", () => {
  it("lists only fields the SDKs really put in the body", async () => {
    let body: Json = {};
    const server = createServer((request, response) => {
      let text = "";
      request.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      request.on("end", () => {
        body = text ? (JSON.parse(text) as Json) : {};
        response.writeHead(200, { "content-type": "application/json" });
        response.end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const documents = await docs();
      const { Client } = await import("@botpress/client");
      const botpress = new Client({ apiUrl: url, token: "t", botId: "b", workspaceId: "w", retry: { retries: 0 } });
      const { shared } = await sharedBotpressOperations(documents.botpress);
      const channels = new pipedriveV1.ChannelsApi(new pipedriveV1.Configuration({ accessToken: "t", basePath: `${url}/v1` }));
      const checked: string[] = [];
      for (const [key, fields] of Object.entries(SDK_BODY_FIELDS)) {
        const [api, operationId] = key.split(".") as [string, string];
        if (api === "pipedream") continue; // its one call is checked by the gate tests above
        const doc = documents[api as "botpress" | "pipedrive"];
        const op = listOperations(doc).find((o) => o.operationId === operationId);
        if (!op) throw new Error(`${key}: no such operation in the spec`);
        const input = sdkBody(api as "botpress", doc, op) ?? {};
        body = {};
        if (api === "botpress") {
          const method = shared.find((s) => s.op.operationId === operationId)?.method;
          if (!method) throw new Error(`${key}: no @botpress/client method sends it`);
          await (botpress as unknown as Record<string, (i: unknown) => Promise<unknown>>)[method]?.({ id: "x", ...input });
        } else if (operationId === "addChannel") await channels.addChannel({ AddChannelRequest: input as never });
        else await channels.receiveMessage({ ReceiveMessageRequest: input as never });
        for (const field of fields) expect(Object.keys(body), `${key} sends ${field}`).toContain(field);
        checked.push(key);
      }
      expect(checked.length).toBe(Object.keys(SDK_BODY_FIELDS).length - 1);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
