// Redirects are followed as fetch follows them, on both transports: same-origin hops keep the
// request, 303 (and 302 after a POST) turn it into a GET, credentials never cross to another
// origin, and a loop ends as a ConnectionError.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipedriveClient } from "../../../../pipedrive.js";
import { ConnectionError } from "../../../index.js";
import { json, startFaultServer, type FaultHandler, type FaultServer } from "../../support/fault-server.js";
import { TRANSPORT, transport } from "../../support/transport.js";

let server: FaultServer;
let elsewhere: FaultServer;
beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startFaultServer(), startFaultServer()]);
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));

const redirect =
  (status: number, location: () => string): FaultHandler =>
  (_request, response) => {
    response.writeHead(status, { location: location() });
    response.end();
  };
const client = () => createPipedriveClient({ token: "redirect-token", baseUrl: server.url, retry: false, ...transport });
const channel = { name: "Acme", provider_channel_id: "wa-1" };

describe(`redirects (${TRANSPORT} transport)`, () => {
  it("follows a same-origin 307, keeping the method, body and credentials", async () => {
    server.script(
      redirect(307, () => "/v1/channels-moved"),
      json(200, { success: true, data: { id: "c1" } }),
    );
    const { data } = await client().POST("/v1/channels", { body: channel });
    expect(data).toEqual({ success: true, data: { id: "c1" } });
    const [, moved] = server.received;
    expect(moved?.method).toBe("POST");
    expect(moved?.url).toBe("/v1/channels-moved");
    expect(JSON.parse(moved?.body ?? "{}")).toEqual(channel);
    expect(moved?.headers.authorization).toBe("Bearer redirect-token");
  });

  it("turns a POST answered with 303 into a GET without a body", async () => {
    server.script(
      redirect(303, () => "/v1/result"),
      json(200, { success: true }),
    );
    await client().POST("/v1/channels", { body: channel });
    const [, followed] = server.received;
    expect(followed?.method).toBe("GET");
    expect(followed?.body).toBe("");
  });

  it("does not send the credentials to another origin", async () => {
    server.script(redirect(302, () => `${elsewhere.url}/landing`));
    elsewhere.script(json(200, { success: true }));
    await client().DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } });
    expect(elsewhere.received).toHaveLength(1);
    expect(elsewhere.received[0]?.headers.authorization).toBeUndefined();
  });

  it("ends a redirect loop as a ConnectionError", async () => {
    server.script(redirect(302, () => "/v1/loop"));
    const error = await client()
      .DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.received.length).toBeGreaterThan(5);
    expect(server.received.length).toBeLessThanOrEqual(21);
  });
});
