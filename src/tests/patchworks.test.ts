// The Patchworks client asks for JSON on every request, as the vendor's Core API collection says
// to: Laravel answers a 401 or 422 as JSON only to a request that accepts JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, startFaultServer, type FaultServer } from "../core/tests/support/fault-server.js";
import { createPatchworksClient } from "../patchworks.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const listCallbacks = { params: { path: { flow: "7" } } };

describe("createPatchworksClient", () => {
  it("sends Accept: application/json", async () => {
    server.script(json(200, { data: [], meta: { current_page: 1, last_page: 1 } }));
    const client = createPatchworksClient({ apiKey: "pwk_test", baseUrl: server.url, retry: false });
    await client.raw.GET("/api/v1/flows/{flow}/callbacks", listCallbacks);
    expect(server.received.at(-1)?.headers.accept).toBe("application/json");
  });

  it("lets the caller's headers override it", async () => {
    server.script(json(200, { data: [], meta: { current_page: 1, last_page: 1 } }));
    const client = createPatchworksClient({
      apiKey: "pwk_test",
      baseUrl: server.url,
      retry: false,
      headers: { Accept: "application/vnd.api+json" },
    });
    await client.raw.GET("/api/v1/flows/{flow}/callbacks", listCallbacks);
    expect(server.received.at(-1)?.headers.accept).toBe("application/vnd.api+json");
  });
});
