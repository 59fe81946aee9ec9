// client.raw keeps openapi-fetch's { data, error, response } shape but stays inside this
// library's error model: no bare SyntaxError, and no credential echoed back in `error`.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPatchworksClient } from "../../../patchworks.js";
import { createPipedriveClient } from "../../../pipedrive.js";
import { InvalidResponseError, REDACTED } from "../../index.js";
import { json, raw, startFaultServer, type FaultHandler, type FaultServer } from "../support/fault-server.js";
import { TRANSPORT, transport } from "../support/transport.js";

const TOKEN = "tok_RAW_SECRET_5c2e8a";
const API_KEY = "pwk_RAW_SECRET_91bd";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const pipedrive = () => createPipedriveClient({ token: TOKEN, baseUrl: server.url, retry: false, ...transport });
const deleteChannel = { params: { path: { id: "wa-1" } } };

/** Answers with the Authorization header the request carried, inside the error body. */
const echoAuthorization =
  (status: number): FaultHandler =>
  (request, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        success: false,
        error: `invalid credentials: ${String(request.headers.authorization)}`,
        echoed: { Authorization: request.headers.authorization },
      }),
    );
  };

describe(`client.raw (${TRANSPORT} transport)`, () => {
  it("turns a 2xx with malformed JSON into InvalidResponseError, not a SyntaxError", async () => {
    server.script(raw(200, '{"success": tru', { "content-type": "application/json" }));
    const error = await pipedrive()
      .raw.DELETE("/v1/channels/{id}", deleteChannel)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect((error as InvalidResponseError).operation).toEqual({ method: "DELETE", path: "/v1/channels/{id}" });
  });

  it("scrubs the client's own credential from an error body that echoes it", async () => {
    server.script(echoAuthorization(401));
    const { data, error, response } = await pipedrive().raw.DELETE("/v1/channels/{id}", deleteChannel);
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    for (const text of [JSON.stringify(error), inspect(error, { depth: 8 })]) expect(text).not.toContain(TOKEN);
    expect(JSON.stringify(error)).toContain(REDACTED);
  });

  it("scrubs a raw key echoed in a plain-text error body", async () => {
    server.script((request, response) => {
      response.writeHead(403, { "content-type": "text/plain" });
      response.end(`key ${String(request.headers.authorization)} is not allowed`);
    });
    const client = createPatchworksClient({ apiKey: API_KEY, baseUrl: server.url, retry: false, ...transport });
    const { error } = await client.raw.GET("/api/v1/flows/{flow}/callbacks", { params: { path: { flow: "1" } } });
    expect(error).toBe(`key ${REDACTED} is not allowed`);
  });

  it("returns the data of a 2xx as openapi-fetch does", async () => {
    server.script(json(200, { success: true }));
    const { data, error, response } = await pipedrive().raw.DELETE("/v1/channels/{id}", deleteChannel);
    expect(error).toBeUndefined();
    expect(data).toEqual({ success: true });
    expect(response.ok).toBe(true);
    expect(await response.json()).toEqual({ success: true });
  });
});
