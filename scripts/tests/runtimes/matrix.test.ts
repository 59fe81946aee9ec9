// Fast checks of the runtime-matrix harness itself (the matrix runs via npm run test:runtimes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE, SCENARIOS } from "../../runtimes/fixture.js";
import { formatMatrix } from "../../runtimes/run-matrix.js";
import { assertNoSecrets, runScenarios } from "../../runtimes/scenarios.js";
import { startScriptedServer, type ScriptedServer } from "../../runtimes/server.js";

describe("runtime matrix harness", () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("runs every scenario on this node against the scripted server", async () => {
    const results = await runScenarios(server.origin);
    expect(results.map((result) => result.id)).toEqual(SCENARIOS.map(({ id }) => id));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(server.requests).toContain("POST /pipedream/oauth/token");
    expect(server.requests.filter((request) => request === "GET /dynamiq/v1/conversations")).toHaveLength(3);
  });

  it("the server refuses a wrong bearer and wrong client credentials, so scenario (e) proves the exchange", async () => {
    const me = await fetch(`${server.origin}/pipedream/users/me`, { headers: { authorization: "Bearer not-issued" } });
    expect(me.status).toBe(401);
    const token = await fetch(`${server.origin}/pipedream/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_id: FIXTURE.pipedreamClientId, client_secret: "wrong" }),
    });
    expect(token.status).toBe(401);
    const preflight = await fetch(`${server.origin}/pipedrive/v1/channels`, {
      method: "OPTIONS",
      headers: { "access-control-request-headers": "authorization" },
    });
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization");
  });

  it("the credential check fails on an error that carries a credential in its message or JSON", () => {
    expect(() => assertNoSecrets(new Error(`bad ${FIXTURE.pipedreamClientSecret}`), "x")).toThrow(/credential/);
    const withField = Object.assign(new Error("plain"), { body: { token: FIXTURE.pipedreamAccessToken } });
    expect(() => assertNoSecrets(withField, "x")).toThrow(/credential/);
    expect(() => assertNoSecrets(new Error("nothing secret"), "x")).not.toThrow();
  });

  it("a missing runtime and a failing cell both show in the matrix and its failure list", () => {
    const { table, failures } = formatMatrix([
      { runtime: "bun", version: "-", problem: "missing: runtimes/node_modules/@oven/bun-linux-x64/bin/bun", results: [], seconds: 0 },
      {
        runtime: "workerd",
        version: "1",
        results: SCENARIOS.map(({ id }) => ({ id, ok: id !== "c", error: id === "c" ? "ReferenceError: process is not defined" : "" })),
        seconds: 1,
      },
    ]);
    expect(table).toMatch(/bun\s+-\s+MISSING\s+MISSING/);
    expect(table).toMatch(/workerd\s+1\s+pass\s+pass\s+FAIL\s+pass\s+pass/);
    expect(failures).toEqual([
      "bun: missing: runtimes/node_modules/@oven/bun-linux-x64/bin/bun",
      "workerd (c): ReferenceError: process is not defined",
    ]);
  });
});
