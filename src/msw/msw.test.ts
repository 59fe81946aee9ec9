// The validating MSW handlers under MSW's own Node interception (setupServer): answers from the
// spec, typed overrides, refusals in the vendor's shape, requests recorded, nothing passed through.
// The browser case runs in the runtime matrix (scripts/runtimes: Chromium, setupWorker).
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "../core/index.js";
import { createPipedreamClient } from "../pipedream.js";
import { createPipedriveClient } from "../pipedrive.js";
import { createMswHandlers, type MswHandlersOptions, type MswKit } from "./index.js";
import { readmeBlockAfter, runReadmeBlock } from "../../scripts/lib/harness/readme-run.js";

// MSW sees the global fetch, not undici's dispatcher: the clients send through fetch here.
const viaFetch = { retry: false, fetch: (request: Request) => globalThis.fetch(request) } as const;
const pipedrive = createPipedriveClient({ token: "test-token", ...viaFetch });
const pipedream = createPipedreamClient({ token: "test-token", ...viaFetch });

let kit: MswKit;
const server = setupServer();
beforeAll(async () => {
  kit = await createMswHandlers({
    apis: ["pipedrive", "pipedream", "botpress"],
    overrides: {
      pipedrive: {
        deleteChannel: { status: 404 },
        "DELETE /v1/channels/{channel-id}/conversations/{conversation-id}": ({ params }) => ({
          status: 200,
          body: { success: params["conversation-id"] === "c-1" },
          delayMs: 5,
        }),
      },
      botpress: { getUser: { status: 200, body: { user: { id: "u_override", createdAt: "t", updatedAt: "t", tags: {} } } } },
    },
  });
  server.use(...kit.handlers);
  server.listen({ onUnhandledRequest: "error" });
});
beforeEach(() => {
  kit.requests.length = 0;
});
afterAll(() => server.close());

async function apiError(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("createMswHandlers", () => {
  it("answers at the vendors' base URLs from the spec's examples", async () => {
    const { data } = await pipedrive.POST("/v1/channels", { body: { name: "Acme", provider_channel_id: "wa-1" } });
    expect(data.data.id).toBe("8f0c7d7e-3c1a-4b8e-9d5f-2a6b7c8d9e0f");
    const me = await pipedream.GET("/users/me");
    expect(me.data.data.username).toBe("dylburger");
    expect(kit.baseUrls.pipedream).toBe("https://api.pipedream.com/v1");
    expect(kit.requests.map((r) => `${r.api} ${r.operationId} ${r.status}`)).toEqual([
      "pipedrive addChannel 200",
      "pipedream getCurrentUser 200",
    ]);
  });

  it("answers overrides by operationId and by path, with the spec's example when no body is given", async () => {
    const missing = await apiError(pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }));
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, error: "Channel not found" });
    const { data } = await pipedrive.DELETE("/v1/channels/{channel-id}/conversations/{conversation-id}", {
      params: { path: { "channel-id": "ch", "conversation-id": "c-1" } },
    });
    expect(data.success).toBe(true);
    const user = await fetch("https://api.botpress.cloud/v1/chat/users/u1", { headers: { authorization: "Bearer t", "x-bot-id": "b" } });
    expect(((await user.json()) as { user: { id: string } }).user.id).toBe("u_override");
  });

  it("honours Prefer: code=… like the Prism mock", async () => {
    const answer = await fetch("https://api.pipedream.com/v1/apps/app_123", { headers: { authorization: "Bearer t", Prefer: "code=404" } });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: "record not found" });
  });

  it("answers a download with the example's bytes under the spec's media type, as the Prism mock does", async () => {
    // It was a JSON string of them under application/json: a client reading bytes got quotes.
    const download = await fetch("https://api.botpress.cloud/v1/storage/files/file_1/download", {
      headers: { authorization: "Bearer t", "x-bot-id": "b" },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(await download.text()).toBe("Hello, world!");
  });

  it("sends an override's body for a download as it is, under the override's content type when it gives one", async () => {
    const own = await createMswHandlers({
      apis: ["botpress"],
      overrides: { botpress: { downloadFile: () => ({ body: "col1,col2\n1,2\n", headers: { "Content-Type": "text/csv" } }) } },
    });
    server.use(...own.handlers);
    try {
      const download = await fetch("https://api.botpress.cloud/v1/storage/files/file_1/download", {
        headers: { authorization: "Bearer t", "x-bot-id": "b" },
      });
      expect(download.headers.get("content-type")).toBe("text/csv");
      expect(await download.text()).toBe("col1,col2\n1,2\n");
    } finally {
      server.resetHandlers(...kit.handlers);
    }
  });

  it("refuses an invalid request with the vendor's error body naming the field, the rule and the value sent", async () => {
    const refused = await apiError(
      pipedrive.POST("/v1/channels", { body: { name: "Acme", provider_channel_id: "wa-1", provider_type: "telegram" as "other" } }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toContain(
      'body.provider_type must be equal to one of the allowed values: facebook, whatsapp, other; sent \\"telegram\\"',
    );
    const query = await apiError(pipedream.GET("/apps", { params: { query: { limit: "many" as unknown as number } } }));
    expect(query.body).toEqual({ error: 'Request refused by the mock: query.limit must be integer; sent "many"' });
    expect(kit.requests.map((r) => r.violations.length)).toEqual([1, 1]);
  });

  it("refuses a request without credentials, naming what the spec expects and never echoing a secret", async () => {
    const answer = await fetch("https://api.pipedream.com/v1/apps?api_key=s3cret", { headers: { authorization: "Basic x" } });
    expect(answer.status).toBe(401);
    const text = await answer.text();
    expect(text).toContain("credentials expected as Authorization: Bearer <token>");
    expect(kit.requests[0]?.url).not.toContain("s3cret");
  });

  it("refuses what the spec does not know, outside the base path, and a wrong method, never passing it through", async () => {
    const unknown = await fetch("https://api.pipedrive.com/v1/nothing", { headers: { authorization: "Bearer t" } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toBe(
      "Request refused by the mock: no operation of the pipedrive spec matches GET /v1/nothing",
    );
    const outside = await fetch("https://api.pipedream.com/users/me", { headers: { authorization: "Bearer t" } });
    expect(outside.status).toBe(404);
    const method = await fetch("https://api.pipedrive.com/v1/channels", { method: "GET", headers: { authorization: "Bearer t" } });
    expect(method.status).toBe(405);
  });

  it("refuses a wrong media type and malformed JSON", async () => {
    const headers = { authorization: "Bearer t" };
    const text = await fetch("https://api.pipedrive.com/v1/channels", {
      method: "POST",
      headers: { ...headers, "content-type": "text/plain" },
      body: "x",
    });
    expect(text.status).toBe(400);
    expect(((await text.json()) as { error: string }).error).toContain("header.content-type must be one of application/json");
    const malformed = await fetch("https://api.pipedrive.com/v1/channels", {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: "{",
    });
    expect(malformed.status).toBe(400);
  });

  it("refuses options naming an unknown API, operation or URL", async () => {
    await expect(createMswHandlers({ apis: ["nope" as "pipedrive"] })).rejects.toThrow(/unknown API nope/);
    await expect(createMswHandlers({ apis: ["pipedrive"], baseUrls: { pipedrive: "not a url" } })).rejects.toThrow(
      /baseUrls\.pipedrive must be an absolute URL/,
    );
    await expect(createMswHandlers({ apis: ["pipedrive"], overrides: { pipedrive: { noSuchOperation: {} } as never } })).rejects.toThrow(
      /overrides\.pipedrive names noSuchOperation/,
    );
  });
});

// tsc checks the @ts-expect-error lines (one fault per options object: tsc reports an unknown key
// only when the rest of the object is right); each must stay an error.
const wrongStatus: MswHandlersOptions<"pipedrive"> = {
  // @ts-expect-error: addChannel documents no 418.
  overrides: { pipedrive: { addChannel: { status: 418 } } },
};
const wrongBody: MswHandlersOptions<"pipedrive"> = {
  // @ts-expect-error: the 200 body of deleteChannel is { success: boolean }.
  overrides: { pipedrive: { deleteChannel: { status: 200, body: { success: "yes" } } } },
};
const unknownPath: MswHandlersOptions<"pipedrive"> = {
  // @ts-expect-error: no such path template.
  overrides: { pipedrive: { "GET /v1/nothing": { status: 200 } } },
};

it("types overrides per operation and status; at run time an unknown operation is refused", async () => {
  await expect(createMswHandlers({ apis: ["pipedrive"], ...unknownPath })).rejects.toThrow(/overrides\.pipedrive names GET \/v1\/nothing/);
  // Statuses and bodies are the types' job: at run time these are taken as given.
  for (const options of [wrongStatus, wrongBody])
    expect((await createMswHandlers({ apis: ["pipedrive"], ...options })).handlers).toHaveLength(1);
});

it("the README's example runs as written: answered under setupServer, the request recorded", async () => {
  server.close(); // the example starts its own server; one interception at a time
  const logged = await runReadmeBlock("msw", readmeBlockAfter("### Validating MSW handlers"));
  expect(logged).toEqual([["8f0c7d7e-3c1a-4b8e-9d5f-2a6b7c8d9e0f", ["addChannel 200"]]]);
});
