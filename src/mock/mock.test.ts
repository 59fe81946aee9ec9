import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import pipedriveDocument from "../../generated/pipedrive.openapi.js";
import { loadApis, repoRoot } from "../../scripts/lib/spec/apis.js";
import { MOCK_APIS, startMock, type Mock, type MockApi, type MockObservation } from "./index.js";
import { readmeBlockAfter, runReadmeBlock } from "../../scripts/lib/harness/readme-run.js";

const open: Pick<Mock, "close">[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const bearer = { authorization: "Bearer test-token" };

describe("startMock", () => {
  it("serves exactly the APIs of redocly.yaml", () => {
    expect([...MOCK_APIS].sort()).toEqual(
      loadApis()
        .map((a) => a.name)
        .sort(),
    );
  });

  it("serves the requested APIs on the requested port, validating requests like `prism mock`", async () => {
    const port = await freePort();
    const observations: MockObservation[] = [];
    const mock = await startMock({
      apis: ["pipedrive", "dynamiq"],
      ports: { pipedrive: port },
      onObservation: (o) => observations.push(o),
    });
    open.push(mock);
    expect(Object.keys(mock.urls).sort()).toEqual(["dynamiq", "pipedrive"]);
    expect(mock.urls.pipedrive).toBe(`http://127.0.0.1:${port}`);
    expect(mock.urls.dynamiq).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const json = { ...bearer, "content-type": "application/json" };
    const created = await fetch(`${mock.urls.pipedrive}/v1/channels`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ name: "Acme", provider_channel_id: "wa-1" }),
    });
    expect(created.status).toBe(200);
    expect(((await created.json()) as { success: boolean }).success).toBe(true);

    const invalid = await fetch(`${mock.urls.pipedrive}/v1/channels`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ name: "Acme" }),
    });
    expect([400, 422]).toContain(invalid.status);
    expect(invalid.headers.get("sl-violations")).toContain("provider_channel_id");

    const anonymous = await fetch(`${mock.urls.pipedrive}/v1/channels/wa-1`, { method: "DELETE" });
    expect(anonymous.status).toBe(401);

    const missing = await fetch(`${mock.urls.pipedrive}/v1/channels/wa%201?x=1`, {
      method: "DELETE",
      headers: { ...bearer, Prefer: "code=404" },
    });
    expect(missing.status).toBe(404);

    expect(observations).toEqual([
      { api: "pipedrive", method: "POST", path: "/v1/channels", status: 200 },
      expect.objectContaining({
        api: "pipedrive",
        method: "POST",
        path: "/v1/channels",
        status: invalid.status,
        violations: expect.stringContaining("provider_channel_id"),
      }),
      expect.objectContaining({ api: "pipedrive", method: "DELETE", path: "/v1/channels/wa-1", status: 401 }),
      { api: "pipedrive", method: "DELETE", path: "/v1/channels/wa 1", status: 404 },
    ]);
  });

  it('listens on an IPv6 host ("::1") and gives a bracketed URL', async () => {
    const observations: MockObservation[] = [];
    const mock = await startMock({ apis: ["pipedrive"], host: "::1", onObservation: (o) => observations.push(o) });
    open.push(mock);
    expect(mock.urls.pipedrive).toMatch(/^http:\/\/\[::1\]:\d+$/);
    const answer = await fetch(`${mock.urls.pipedrive}/v1/channels/wa-1`, { method: "DELETE", headers: bearer });
    expect(answer.status).toBe(200);
    expect(observations).toEqual([{ api: "pipedrive", method: "DELETE", path: "/v1/channels/wa-1", status: 200 }]);
  });

  it("refuses in the vendor's error shape, naming the field, the rule and what was sent", async () => {
    const mock = await startMock({ apis: ["pipedrive", "botpress"] });
    open.push(mock);
    const json = { ...bearer, "content-type": "application/json" };
    const body = JSON.stringify({ name: "Acme", provider_channel_id: "wa-1", provider_type: "telegram" });
    const refused = await fetch(`${mock.urls.pipedrive}/v1/channels`, { method: "POST", headers: json, body });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      success: false,
      error:
        'Request refused by the mock: body.provider_type must be equal to one of the allowed values: facebook, whatsapp, other; sent "telegram"',
      error_info: "Please check developers.pipedrive.com for more information about Pipedrive API.",
    });
    expect(refused.headers.get("sl-violations")).toContain("provider_type");
    // Botpress' shape (what @botpress/client reads): without credentials, what the spec expects.
    const anonymous = await fetch(`${mock.urls.botpress}/v1/chat/users/u1`, { headers: { "x-bot-id": "bot" } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      type: "Unauthorized",
      code: 401,
      message: "Request refused by the mock: credentials expected as Authorization: Bearer <token>; none accepted were sent",
    });
    // An answer asked for with Prefer is the spec's example, untouched.
    const asked = await fetch(`${mock.urls.pipedrive}/v1/channels/wa-1`, { method: "DELETE", headers: { ...bearer, Prefer: "code=404" } });
    expect(((await asked.json()) as { error: string }).error).toBe("Channel not found");
  });

  it("serves Pipedream under the vendor's /v1, so mock.urls replace the vendors' base URLs", async () => {
    const mock = await startMock({ apis: ["pipedream"] });
    open.push(mock);
    expect(mock.urls.pipedream).toBe(`${mock.origins.pipedream}/v1`);
    expect((await fetch(`${mock.urls.pipedream}/users/me`, { headers: bearer })).status).toBe(200);
    const outside = await fetch(`${mock.origins.pipedream}/users/me`, { headers: bearer });
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { error: string }).error).toContain("is outside the API's base path /v1");
  });

  it("leaves the bundled spec the clients read untouched", async () => {
    const before = JSON.stringify(pipedriveDocument);
    open.push(await startMock({ apis: ["pipedrive"] }));
    expect(JSON.stringify(pipedriveDocument)).toBe(before);
  });

  it("serves a document the caller gives instead of the bundled spec, leaving the given object untouched", async () => {
    const given = {
      openapi: "3.1.0",
      info: { title: "given", version: "1" },
      paths: {
        "/given/{id}": {
          parameters: [{ $ref: "#/components/parameters/Id" }],
          get: {
            operationId: "getGiven",
            responses: { "200": { description: "OK", content: { "application/json": { example: { given: true } } } } },
          },
        },
      },
      components: { parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string" } } } },
    };
    const before = JSON.stringify(given);
    const mock = await startMock({ apis: ["pipedrive", "dynamiq"], documents: { pipedrive: given } });
    open.push(mock);
    const answer = await fetch(`${mock.urls.pipedrive}/given/1`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ given: true });
    // The bundled pipedrive spec is not served; the API without a document still is.
    expect((await fetch(`${mock.urls.pipedrive}/v1/channels/wa-1`, { method: "DELETE", headers: bearer })).status).toBe(404);
    expect((await fetch(`${mock.urls.dynamiq}/given/1`)).status).toBe(404);
    expect(JSON.stringify(given)).toBe(before);
  });

  it("refuses documents for unknown APIs and documents that are not objects, naming them", async () => {
    await expect(startMock({ documents: { nope: {} } as Partial<Record<MockApi, object>> })).rejects.toThrow(/unknown API nope/);
    await expect(startMock({ documents: { pipedrive: null } as unknown as Partial<Record<MockApi, object>> })).rejects.toThrow(
      /documents\.pipedrive must be an OpenAPI document object, got null/,
    );
    await expect(
      startMock({ apis: ["pipedrive"], documents: { pipedrive: { openapi: "3.1.0", info: { title: "x", version: "1" }, paths: {} } } }),
    ).rejects.toThrow(/mock pipedrive: the spec has no operations/);
  });

  it("close() ends connections still in the middle of a request and frees the port", async () => {
    const mock = await startMock({ apis: ["patchworks"] });
    const url = new URL(mock.urls.patchworks);
    // A request whose body never finishes keeps its connection busy: a plain server.close() would
    // wait for it forever (and this test would time out).
    const socket = connect(Number(url.port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await mock.close();
    await ended;
    await mock.close(); // twice is fine
    const again = await startMock({ apis: ["patchworks"], ports: { patchworks: Number(url.port) } });
    open.push(again);
    expect(again.urls.patchworks).toBe(url.origin);
  });

  it("refuses unknown APIs, bad ports and port clashes with a message naming them", async () => {
    await expect(startMock({ apis: ["pipedrive", "nope" as MockApi] })).rejects.toThrow(/unknown API nope; known: dynamiq, pipedrive/);
    await expect(startMock({ ports: { pipedrive: 70_000 } })).rejects.toThrow(/ports\.pipedrive must be an integer/);
    await expect(startMock({ ports: { pipedrive: 4999, dynamiq: 4999 } })).rejects.toThrow(/port 4999 given to two APIs/);
  });

  it("stops what it started when a port is taken", async () => {
    const first = await startMock({ apis: ["dynamiq"] });
    open.push(first);
    const taken = Number(new URL(first.urls.dynamiq).port);
    const freeForPipedrive = await freePort();
    await expect(startMock({ apis: ["pipedrive", "dynamiq"], ports: { pipedrive: freeForPipedrive, dynamiq: taken } })).rejects.toThrow(
      `mock dynamiq: cannot listen on 127.0.0.1:${taken}`,
    );
    // pipedrive was started before dynamiq failed: its port must be free again.
    const retry = await startMock({ apis: ["pipedrive"], ports: { pipedrive: freeForPipedrive } });
    open.push(retry);
    expect(retry.urls.pipedrive).toBe(`http://127.0.0.1:${freeForPipedrive}`);
  });
});

describe("the client entry points", () => {
  /** Module specifiers a TypeScript source imports (static, dynamic and re-exports). */
  function importsOf(source: string): string[] {
    return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1] ?? "");
  }
  const importsMock = (specifier: string): boolean =>
    /(^|\/)mock(\/|\/index\.js|\.js)?$/.test(specifier) || specifier.includes("@stoplight/");

  it("the import scan sees a mock import in every form", () => {
    expect(importsOf(`import { startMock } from "./mock/index.js";`).some(importsMock)).toBe(true);
    expect(importsOf(`const m = await import("../mock/index.js");`).some(importsMock)).toBe(true);
    expect(importsOf(`export * from "./mock/index.js";`).some(importsMock)).toBe(true);
    expect(importsOf(`import "@stoplight/prism-http";`).some(importsMock)).toBe(true);
    expect(importsOf(`import { x } from "./core/index.js";`).some(importsMock)).toBe(false);
  });

  it("never import the mock or Prism", () => {
    const src = join(repoRoot, "src");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("mock"))
      .map((f) => join(src, f));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) => importsOf(readFileSync(f, "utf8")).some(importsMock)).map((f) => relative(repoRoot, f));
    expect(offenders).toEqual([]);
  });
});

describe("the README's startMock example", () => {
  it("runs as written: the Prism mock answers the client with the spec's example", async () => {
    const logged = await runReadmeBlock("start-mock", readmeBlockAfter("### Mocks in your own tests"));
    expect(logged).toEqual([["8f0c7d7e-3c1a-4b8e-9d5f-2a6b7c8d9e0f"]]);
  });
});
