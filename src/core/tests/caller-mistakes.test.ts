// The caller's own mistakes are this library's errors, raised before anything is sent and never
// retried: a header that cannot go on the wire, a User-Agent with a line break, a base URL that
// is not one, a body that cannot be serialised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipedriveClient } from "../../pipedrive.js";
import { RequestValidationError, type ClientOptions } from "../index.js";
import { json, startFaultServer, type FaultServer } from "./support/fault-server.js";
import { transport } from "./support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Runs one call with retries on and reports what it ended in and how many attempts were made. */
async function attempt(options: ClientOptions, call: (client: ReturnType<typeof createPipedriveClient>) => Promise<unknown>) {
  server.script(json(200, { success: true }));
  const attempts: string[] = [];
  const client = createPipedriveClient({
    token: "pd-token",
    baseUrl: server.url,
    ...transport,
    retry: { initialDelayMs: 1, maxDelayMs: 2 },
    debug: (line) => {
      if (line.startsWith("→")) attempts.push(line);
    },
    ...options,
  });
  const error = await call(client).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, attempts: attempts.length, received: server.received.length };
}

const deleteChannel =
  (init: Record<string, unknown> = {}) =>
  (client: ReturnType<typeof createPipedriveClient>) =>
    client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } }, ...init });
const postChannel = (body: unknown) => (client: ReturnType<typeof createPipedriveClient>) =>
  client.POST("/v1/channels", { body: body as { name: string; provider_channel_id: string } });

function expectRefused(outcome: Awaited<ReturnType<typeof attempt>>, field: RegExp): void {
  expect(outcome.error).toBeInstanceOf(RequestValidationError);
  expect((outcome.error as RequestValidationError).field).toMatch(field);
  expect((outcome.error as RequestValidationError).message).toContain("nothing was sent");
  expect(outcome.attempts).toBe(0);
  expect(outcome.received).toBe(0);
}

describe("headers", () => {
  it("a header value outside Latin-1 is refused before sending", async () => {
    expectRefused(await attempt({}, deleteChannel({ headers: { "x-note": "snow ☃" } })), /header 'x-note'/);
  });
  it("a header name with a space is refused before sending", async () => {
    expectRefused(await attempt({}, deleteChannel({ headers: { "x trace": "1" } })), /header name/);
  });
  it("a client header with a control character is refused on every call", async () => {
    expectRefused(await attempt({ headers: { "x-team": "a\u0007b" } }, deleteChannel()), /header 'x-team'/);
  });
  it("a User-Agent suffix with CR/LF is refused before sending", async () => {
    expectRefused(await attempt({ userAgent: "my-app/1.0\r\nX-Injected: 1" }, deleteChannel()), /^userAgent$/);
  });
  it("a Latin-1 header value still goes out", async () => {
    const outcome = await attempt({}, deleteChannel({ headers: { "x-note": "café" } }));
    expect(outcome.error).toBeUndefined();
    expect(outcome.received).toBe(1);
  });
});

describe("baseUrl", () => {
  it.each([
    ["empty", () => ""],
    ["without a scheme", () => server.url.replace("http://", "")],
    ["with a query string", () => `${server.url}/p?q=1`],
    ["with a fragment", () => `${server.url}/p#top`],
    ["with a scheme fetch cannot send", () => "file:///etc"],
  ])("%s is refused before sending", async (_name, baseUrl) => {
    expectRefused(await attempt({ baseUrl: baseUrl() }, deleteChannel()), /^baseUrl$/);
  });
  it("a per-call baseUrl with a query string is refused too", async () => {
    expectRefused(await attempt({}, deleteChannel({ baseUrl: `${server.url}?q=1` })), /^baseUrl$/);
  });
  it("a path prefix and a trailing slash are fine", async () => {
    const outcome = await attempt({ baseUrl: `${server.url}/prefix/` }, deleteChannel());
    expect(outcome.error).toBeUndefined();
    expect(server.received[0]?.url).toBe("/prefix/v1/channels/wa-1");
  });
});

describe("bodies", () => {
  it("a circular body is a RequestValidationError, not a bare TypeError", async () => {
    const body: Record<string, unknown> = { name: "Acme", provider_channel_id: "wa-1" };
    body["self"] = body;
    expectRefused(await attempt({}, postChannel(body)), /^body$/);
  });
  it("a BigInt in the body is a RequestValidationError", async () => {
    expectRefused(await attempt({}, postChannel({ name: "Acme", provider_channel_id: 10n })), /^body$/);
  });
});
