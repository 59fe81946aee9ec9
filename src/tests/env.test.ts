// Each factory reads what the code leaves out from the environment, under the names its API
// module exports (the vendors' own where their SDKs read one: BP_*, PIPEDREAM_CLIENT_*).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { BOTPRESS_ENV, createBotpressClient } from "../botpress.js";
import { createDynamiqClient, DYNAMIQ_ENV } from "../dynamiq.js";
import { createPatchworksClient, PATCHWORKS_ENV } from "../patchworks.js";
import { createPipedreamClient, PIPEDREAM_ENV } from "../pipedream.js";
import { createPipedriveClient, PIPEDRIVE_ENV } from "../pipedrive.js";
import { ConfigurationError } from "../core/index.js";
import { json, startFaultServer, type FaultServer } from "../core/tests/support/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Clears every variable the factories read, so the machine's own environment cannot leak in. */
function clearEnvironment(): void {
  for (const names of [DYNAMIQ_ENV, PIPEDRIVE_ENV, PATCHWORKS_ENV, PIPEDREAM_ENV, BOTPRESS_ENV]) {
    for (const name of Object.values(names)) vi.stubEnv(name, "");
  }
}

describe("credentials and base URL from the environment", () => {
  it("Pipedrive: PIPEDRIVE_OAUTH_TOKEN and PIPEDRIVE_BASE_URL", async () => {
    clearEnvironment();
    vi.stubEnv("PIPEDRIVE_OAUTH_TOKEN", "env-pd-token");
    vi.stubEnv("PIPEDRIVE_BASE_URL", server.url);
    server.script(json(200, { success: true }));
    await createPipedriveClient().DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } });
    expect(server.received[0]?.headers.authorization).toBe("Bearer env-pd-token");
  });

  it("Dynamiq and Patchworks: DYNAMIQ_API_KEY, PATCHWORKS_API_KEY (raw, no Bearer)", async () => {
    clearEnvironment();
    vi.stubEnv("DYNAMIQ_API_KEY", "env-dq-key");
    vi.stubEnv("PATCHWORKS_API_KEY", "env-pw-key");
    server.script(json(200, { data: { url: "https://example.com" } }));
    await createDynamiqClient({ baseUrl: server.url }).POST("/v1/connect/requirements/{requirement_id}/oauth2/authorize", {
      params: { path: { requirement_id: "req_1" } },
    });
    server.script(json(204, {}));
    await createPatchworksClient({ baseUrl: server.url }).DELETE("/api/v1/flows/{flow}/callbacks/{callback}", {
      params: { path: { flow: "1", callback: "2" } },
    });
    expect(server.received[0]?.headers.authorization).toBe("env-pw-key");
  });

  it("Botpress: BP_TOKEN, BP_BOT_ID, BP_WORKSPACE_ID, BP_API_URL (the names @botpress/client reads)", async () => {
    clearEnvironment();
    vi.stubEnv("BP_TOKEN", "env-bp-token");
    vi.stubEnv("BP_BOT_ID", "bot_env");
    vi.stubEnv("BP_API_URL", server.url);
    server.script(
      json(200, {
        conversation: {
          id: "c1",
          createdAt: "2026-11-20T09:15:00Z",
          updatedAt: "2026-11-20T09:15:00Z",
          channel: "x",
          integration: "y",
          tags: {},
        },
      }),
    );
    const client = createBotpressClient();
    await client.GET("/v1/chat/conversations/{id}", { params: { path: { id: "c1" }, header: { "x-bot-id": "bot_env" } } });
    expect(server.received[0]?.headers.authorization).toBe("Bearer env-bp-token");
    expect(server.received[0]?.headers["x-bot-id"]).toBe("bot_env");
  });

  it("Pipedream: PIPEDREAM_CLIENT_ID/SECRET exchanged at /oauth/token when no key is set; PIPEDREAM_ORG_ID fills org_id", async () => {
    clearEnvironment();
    vi.stubEnv("PIPEDREAM_CLIENT_ID", "env-client-id");
    vi.stubEnv("PIPEDREAM_CLIENT_SECRET", "env-client-secret");
    vi.stubEnv("PIPEDREAM_ORG_ID", "o_env");
    vi.stubEnv("PIPEDREAM_BASE_URL", server.url);
    server.script(
      json(200, { access_token: "exchanged", token_type: "Bearer", expires_in: 3600 }),
      json(200, { data: [], page_info: { total_count: 0, count: 0, start_cursor: null, end_cursor: null } }),
    );
    await createPipedreamClient().GET("/users/me/sources");
    expect(server.received.map((request) => request.url)).toEqual(["/oauth/token", "/users/me/sources?org_id=o_env"]);
    expect(JSON.parse(server.received[0]?.body ?? "{}")).toMatchObject({ client_id: "env-client-id", client_secret: "env-client-secret" });
    expect(server.received[1]?.headers.authorization).toBe("Bearer exchanged");
  });

  it("an option given in code wins over the environment", async () => {
    clearEnvironment();
    vi.stubEnv("PIPEDRIVE_OAUTH_TOKEN", "env-pd-token");
    server.script(json(200, { success: true }));
    await createPipedriveClient({ token: "code-token", baseUrl: server.url }).DELETE("/v1/channels/{id}", {
      params: { path: { id: "wa-1" } },
    });
    expect(server.received[0]?.headers.authorization).toBe("Bearer code-token");
  });

  it("neither in code nor in the environment: a ConfigurationError naming the option and the variable", () => {
    clearEnvironment();
    for (const factory of [
      createDynamiqClient,
      createPipedriveClient,
      createPatchworksClient,
      createBotpressClient,
      createPipedreamClient,
    ]) {
      expect(factory).toThrow(ConfigurationError);
    }
    expect(() => createDynamiqClient()).toThrow("token is required: pass { token } or set DYNAMIQ_API_KEY");
    expect(() => createPatchworksClient({ apiKey: "" })).toThrow("apiKey is required: pass { apiKey } or set PATCHWORKS_API_KEY");
    expect(() => createPipedriveClient()).toThrow("token is required: pass { token } or set PIPEDRIVE_OAUTH_TOKEN");
    expect(() => createPatchworksClient()).toThrow("apiKey is required: pass { apiKey } or set PATCHWORKS_API_KEY");
    expect(() => createBotpressClient()).toThrow("token is required: pass { token } or set BP_TOKEN");
    expect(() => createPipedreamClient()).toThrow("clientId is required: pass { clientId } or set PIPEDREAM_CLIENT_ID");
  });
});
