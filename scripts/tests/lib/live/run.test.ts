// The live contract check, against a local upstream that drifts from the spec on purpose.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadApis, repoRoot } from "./lib/apis.js";
import {
  CREDENTIALS,
  MissingCredentialError,
  formatLiveCheck,
  guardFetch,
  parseViolations,
  partitionOperations,
  planRequest,
  redact,
  runLiveCheck,
  type Env,
  type LiveCheckResult,
} from "./lib/live-check.js";
import { operationsOf, readSpecOperations } from "./lib/operations.js";

const SECRET = "pw-live-SECRET-7f3a9c1e5b";
const OTHER_SECRET = "dq-live-SECRET-0b2d4f6a8c";
const patchworksSpec = join(repoRoot, "specs/patchworks.yaml");
const dynamiqSpec = join(repoRoot, "specs/dynamiq.yaml");

type Json = Record<string, unknown>;
const at = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Json)[k] : undefined), value);
const clone = <T>(value: T): T => structuredClone(value);

// The answers the specs document, taken from their own examples.
const patchworks: unknown = parse(readFileSync(patchworksSpec, "utf8"));
const dynamiq: unknown = parse(readFileSync(dynamiqSpec, "utf8"));
const callbackList = at(patchworks, "paths", "/api/v1/flows/{flow}/callbacks", "get", "responses", "200", "content", "application/json", "examples", "onePage", "value") as Json;
const oneCallback = at(patchworks, "components", "responses", "FlowCallback", "content", "application/json", "examples", "callback", "value") as Json;
const deleted = at(patchworks, "paths", "/api/v1/flows/{flow}/callbacks/{callback}", "delete", "responses", "200", "content", "application/json", "examples", "deleted", "value") as Json;
const conversations = at(dynamiq, "paths", "/v1/conversations", "get", "responses", "200", "content", "application/json", "examples", "firstPage", "value") as Json;

type Mode = "asSpecified" | "dropsField" | "wrongType" | "teapot" | "html" | "notImplemented";

/** A server that answers the spec's paths, drifting as `mode` says, and records what reached it. */
function driftingUpstream() {
  const state = { mode: "asSpecified" as Mode, seen: [] as { method: string; url: string; authorization?: string }[] };
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    state.seen.push({ method, url: req.url ?? "/", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (method === "GET" && path === "/v1/conversations") return json(res, 200, conversations);
    if (method === "GET" && /^\/api\/v1\/flows\/\d+\/callbacks$/.test(path)) {
      const body = clone(callbackList) as { data: Json[] };
      switch (state.mode) {
        case "dropsField":
          delete body.data[0]?.["flow_id"];
          return json(res, 200, body);
        case "wrongType":
          if (body.data[0]) body.data[0]["id"] = "101";
          return json(res, 200, body);
        case "teapot":
          return json(res, 418, { message: "I'm a teapot" });
        case "html":
          res.writeHead(200, { "content-type": "text/html" });
          return res.end("<html><body>callbacks</body></html>");
        case "notImplemented":
          return json(res, 501, { message: "Not implemented" });
        default:
          return json(res, 200, body);
      }
    }
    if ((method === "POST" && /^\/api\/v1\/flows\/\d+\/callbacks$/.test(path)) || (method === "PUT" && /^\/api\/v1\/flows\/\d+\/callbacks\/\d+$/.test(path))) {
      return json(res, 200, oneCallback);
    }
    if (method === "DELETE" && /^\/api\/v1\/flows\/\d+\/callbacks\/\d+$/.test(path)) return json(res, 200, deleted);
    return json(res, 404, { message: "Not found" });
  });
  return { state, server };
}

/** process.env without any credential variable, plus `extra`. */
function envWith(extra: Record<string, string>): Record<string, string> {
  const credentialNames = new Set(
    Object.values(CREDENTIALS).flatMap((c) => [...Object.values(c.schemes).flatMap((s) => s.env), ...Object.values(c.headers ?? {})]),
  );
  const clean = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !credentialNames.has(e[0])));
  return { ...clean, ...extra };
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/contract-live.ts", ...args], {
      cwd: repoRoot,
      env: { ...env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Prism proxies some run of this file started towards `upstream` and that are still alive. */
function prismProcessesFor(upstream: string): string[] {
  const ps = spawnSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return ps.stdout.split("\n").filter((line) => line.includes("prism-child.cjs proxy") && line.includes(upstream));
}

const listOp = (result: LiveCheckResult) => result.operations.find((o) => o.operationId === "listFlowCallbacks");

describe("runLiveCheck against a drifting upstream", () => {
  const { state, server } = driftingUpstream();
  let baseUrl = "";
  const env: Env = { PATCHWORKS_API_KEY: SECRET, DYNAMIQ_API_KEY: OTHER_SECRET };
  const check = (allowWrites = false): Promise<LiveCheckResult> => runLiveCheck({ api: "patchworks", baseUrl, env, allowWrites });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    state.mode = "asSpecified";
    state.seen.length = 0;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("passes every GET operation of an upstream that answers as the spec says", async () => {
    const result = await check();
    expect(result.operations.filter((o) => o.method === "GET").map((o) => [o.operationId, o.outcome, o.status])).toEqual([["listFlowCallbacks", "passed", 200]]);
    expect(result.summary).toEqual({ passed: 1, failed: 0, skipped: 3 });
    expect(listOp(result)?.target).toBe("/api/v1/flows/42/callbacks");
    // The credential went out as Patchworks wants it: the raw key, no Bearer.
    expect(state.seen).toEqual([{ method: "GET", url: "/api/v1/flows/42/callbacks", authorization: SECRET }]);

    const dq = await runLiveCheck({ api: "dynamiq", baseUrl, env, allowWrites: false });
    expect(dq.operations.filter((o) => o.method === "GET").map((o) => [o.operationId, o.outcome])).toEqual([["listConversations", "passed"]]);
    expect(state.seen.at(-1)?.authorization).toBe(`Bearer ${OTHER_SECRET}`);
  });

  it("fails an answer that drops a required field, the pointer naming the field", async () => {
    state.mode = "dropsField";
    const result = await check();
    expect(listOp(result)?.outcome).toBe("failed");
    expect(listOp(result)?.violations).toContainEqual(expect.objectContaining({ side: "response", part: "body", pointer: "/data/0/flow_id", code: "required" }));
    expect(formatLiveCheck(result)).toContain("FAIL listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200: /data/0/flow_id must have required property 'flow_id'");
    expect(result.summary.failed).toBe(1);
  });

  it("fails a field of the wrong type, naming it", async () => {
    state.mode = "wrongType";
    const result = await check();
    expect(listOp(result)?.outcome).toBe("failed");
    expect(listOp(result)?.violations).toEqual([expect.objectContaining({ pointer: "/data/0/id", code: "type", message: "must be integer" })]);
    expect(formatLiveCheck(result)).toContain("200: /data/0/id must be integer");
  });

  it("fails an undocumented status", async () => {
    state.mode = "teapot";
    const op = listOp(await check());
    expect(op?.outcome).toBe("failed");
    expect(op?.status).toBe(418);
    // Prism reports this one as a Warning; it still fails the operation.
    expect(op?.violations).toContainEqual(expect.objectContaining({ side: "response", part: "", severity: "Warning", message: expect.stringContaining("status code") }));
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
    const result = await runLiveCheck({ api: "patchworks", baseUrl: "http://127.0.0.1:9", env, allowWrites: false });
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
      await runLiveCheck({ api: "patchworks", baseUrl, env: { DYNAMIQ_API_KEY: OTHER_SECRET, PIPEDREAM_API_KEY: SECRET }, allowWrites: false });
    } catch (caught) {
      error = caught;
    }
    if (!(error instanceof MissingCredentialError)) throw new Error(`expected a MissingCredentialError, got ${String(error)}`);
    expect(error.message).toContain("PATCHWORKS_API_KEY");
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain(OTHER_SECRET);
    expect(state.seen).toEqual([]);
  });

  describe("the CLI", () => {
    it("prints a line per operation and the summary, exiting 0 when all passed", async () => {
      const run = await runCli(["--api", "patchworks", "--base-url", baseUrl], envWith({ PATCHWORKS_API_KEY: SECRET }));
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split("\n")).toEqual([
        "PASS listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200",
        "SKIP createFlowCallback POST /api/v1/flows/{flow}/callbacks: write operation (pass --allow-writes to include it)",
        "SKIP updateFlowCallback PUT /api/v1/flows/{flow}/callbacks/{callback}: write operation (pass --allow-writes to include it)",
        "SKIP deleteFlowCallback DELETE /api/v1/flows/{flow}/callbacks/{callback}: write operation (pass --allow-writes to include it)",
        "live check patchworks: 1 passed, 0 failed, 3 skipped",
      ]);
      expect(state.seen.map((r) => r.method)).toEqual(["GET"]);
    });

    it("exits 1 on a violation, printing it", async () => {
      state.mode = "wrongType";
      const run = await runCli(["--api", "patchworks", "--base-url", baseUrl], envWith({ PATCHWORKS_API_KEY: SECRET }));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("FAIL listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200: /data/0/id must be integer");
      expect(run.stdout).toContain("live check patchworks: 0 passed, 1 failed, 3 skipped");
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    });

    it("prints the structured result with --json", async () => {
      state.mode = "dropsField";
      const run = await runCli(["--api", "patchworks", "--base-url", baseUrl, "--json", "--allow-writes"], envWith({ PATCHWORKS_API_KEY: SECRET }));
      expect(run.code).toBe(1);
      const result = JSON.parse(run.stdout) as LiveCheckResult;
      expect(result.summary).toEqual({ passed: 3, failed: 1, skipped: 0 });
      expect(listOp(result)?.violations?.[0]?.pointer).toBe("/data/0/flow_id");
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    });

    it("exits 2 naming the missing variable, printing no secret", async () => {
      const run = await runCli(["--api", "patchworks", "--base-url", baseUrl], envWith({ DYNAMIQ_API_KEY: OTHER_SECRET }));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("PATCHWORKS_API_KEY");
      expect(run.stdout + run.stderr).not.toContain(OTHER_SECRET);
      expect(state.seen).toEqual([]);
    });

    it("exits 2 on a bad invocation", async () => {
      expect((await runCli(["--api", "nosuch", "--base-url", baseUrl], envWith({}))).code).toBe(2);
      expect((await runCli(["--api", "patchworks"], envWith({}))).code).toBe(2);
    });
  });

  it("leaves no Prism proxy behind", async () => {
    const deadline = Date.now() + 10_000;
    while (prismProcessesFor(baseUrl).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(prismProcessesFor(baseUrl)).toEqual([]);
  });
});

describe("the write guard", () => {
  const operations = readSpecOperations(patchworksSpec);

  it("withholds every non-GET operation before any request is built", () => {
    const { send, withheld } = partitionOperations(operations, false);
    expect(send.map((o) => o.method)).toEqual(["GET"]);
    expect(withheld.map((o) => o.method).sort()).toEqual(["DELETE", "POST", "PUT"]);
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
        get: { operationId: "getThing", parameters: [{ name: "id", in: "path", required: true, examples: { a: { $ref: "#/components/examples/someId" } } }, { name: "sort", in: "query", required: true, schema: { $ref: "#/components/schemas/Sort" } }, { name: "limit", in: "query", required: true, schema: { type: "integer", default: 20 } }, { name: "optional", in: "query", schema: { type: "string", example: "not sent" } }], responses: { "200": { description: "ok" } } },
      },
      "/search": { get: { operationId: "search", parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }], responses: { "200": { description: "ok" } } } },
      "/bots": { get: { operationId: "listBots", parameters: [{ $ref: "#/components/parameters/Bot" }], responses: { "200": { description: "ok" } } } },
      "/public": { get: { operationId: "pub", security: [], responses: { "200": { description: "ok" } } } },
    },
  };
  const table = { schemes: { key: { env: ["KEY"], header: "authorization", format: "bearer" as const } }, headers: { "x-bot-id": "BOT_ID" } };
  const ops = operationsOf(document);
  const plan = (operationId: string, env: Env) => {
    const op = ops.find((o) => o.operationId === operationId);
    if (!op) throw new Error(operationId);
    return planRequest(document, op, env, table);
  };

  it("fills required parameters from examples, schema enums and defaults, leaving optional ones out", () => {
    expect(plan("getThing", { KEY: "k" })).toMatchObject({ request: { method: "GET", target: "/things/id-from-examples?sort=asc&limit=20", schemes: ["key"] } });
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

describe("the credential table", () => {
  it("covers every API in redocly.yaml and every security scheme of its spec", () => {
    for (const api of loadApis()) {
      const schemes = Object.keys((at(parse(readFileSync(api.specPath, "utf8")), "components", "securitySchemes") as Json | undefined) ?? {});
      expect(CREDENTIALS[api.name], api.name).toBeDefined();
      for (const scheme of schemes) expect(CREDENTIALS[api.name]?.schemes[scheme], `${api.name} ${scheme}`).toBeDefined();
    }
  });

  it("redacts secrets anywhere in a result", () => {
    expect(redact({ a: [`x ${SECRET} y`], b: { c: SECRET } }, [SECRET])).toEqual({ a: ["x [redacted] y"], b: { c: "[redacted]" } });
  });

  it("reads Prism's violations into pointers", () => {
    expect(
      parseViolations(
        JSON.stringify([
          { location: ["response", "body", "data", "0"], severity: "Error", code: "required", message: "Response body property data.0 must have required property 'flow_id'" },
          { location: ["response", "body", "a/b"], severity: "Error", code: "additionalProperties", message: "Response body property a/b must NOT have additional properties; found 'extra'" },
          { location: ["request", "query", "page"], severity: "Error", code: "minimum", message: "Request query parameter page must be >= 1" },
        ]),
      ).map((v) => [v.side, v.part, v.pointer, v.message]),
    ).toEqual([
      ["response", "body", "/data/0/flow_id", "must have required property 'flow_id'"],
      ["response", "body", "/a~1b/extra", "must NOT have additional properties; found 'extra'"],
      ["request", "query", "/page", "must be >= 1"],
    ]);
  });
});
