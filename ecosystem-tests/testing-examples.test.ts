// The README's "Testing code that uses these clients" examples, run: the same code with the
// vendor's host replaced by the guard server, which must see no request.
import { setupServer } from "msw/node";
import { createOpenApiHttp } from "openapi-msw";
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher } from "undici";
import { describe, expect, it } from "vitest";
import { createPipedriveClient, type PipedrivePaths } from "../src/pipedrive.js";
import { setUpWorld } from "./support/world.js";

const world = setUpWorld();

describe("README: testing code that uses these clients", () => {
  it("MSW with openapi-msw handlers typed from PipedrivePaths", async () => {
    world.guard.reset();
    const http = createOpenApiHttp<PipedrivePaths>({ baseUrl: world.guard.url });
    const server = setupServer(
      http.delete("/v1/channels/{id}", ({ params, response }) => response(200).json({ success: params.id === "wa-5551234" })),
    );
    server.listen({ onUnhandledRequest: "error" });
    try {
      const pipedrive = createPipedriveClient({ token: "test-token", baseUrl: world.guard.url });
      const { data } = await pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-5551234" } } });
      expect(data.success).toBe(true);
    } finally {
      server.close();
    }
    expect(world.guard.escaped).toBe(0);
  });

  it("a MockAgent set as the global dispatcher", async () => {
    world.guard.reset();
    const original = getGlobalDispatcher();
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(world.guard.url)
      .intercept({ path: "/v1/channels/wa-5551234", method: "DELETE" })
      .reply(200, { success: true }, { headers: { "content-type": "application/json" } });
    setGlobalDispatcher(agent);
    try {
      const pipedrive = createPipedriveClient({ token: "test-token", baseUrl: world.guard.url });
      const { data } = await pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-5551234" } } });
      expect(data.success).toBe(true);
      agent.assertNoPendingInterceptors();
    } finally {
      setGlobalDispatcher(original);
    }
    expect(world.guard.escaped).toBe(0);
  });
});
