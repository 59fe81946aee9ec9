// Plants a token, an API key and secrets in requests that fail in every way the core knows, and
// scans every error message, serialization and debug log line for them.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPatchworksClient } from "../../../patchworks.js";
import { createPipedreamClient } from "../../../pipedream.js";
import { createPipedriveClient } from "../../../pipedrive.js";
import { REDACTED, redactBodyText, redactHeaders, redactUrl } from "../../internal/redact.js";
import {
  hang,
  json,
  raw,
  reset,
  startFaultServer,
  type FaultHandler,
  type FaultServer,
  type ReceivedRequest,
} from "../support/fault-server.js";
import { transport } from "../support/transport.js";

const TOKEN = "tok_SECRET_pd_8f2a91c4";
const API_KEY = "pwk_SECRET_7d1e0b55";
const SECRETS = [TOKEN, API_KEY];

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** Every way the error could be turned into text by a caller, a logger or a snapshot. */
function renderings(error: unknown): string[] {
  const asError = error as Error & { toJSON?: () => unknown };
  return [
    String(error),
    asError.message,
    asError.stack ?? "",
    JSON.stringify(error),
    inspect(error, { depth: 8 }),
    JSON.stringify(asError.toJSON?.()),
  ];
}

function expectNoSecret(texts: string[]): void {
  for (const text of texts) for (const secret of [...SECRETS, "hunter2-p4ss"]) expect(text, `leaked ${secret}`).not.toContain(secret);
}

/** The credential the request carried, as a server that echoes it back would see it. */
const sent = (request: ReceivedRequest): string => String(request.headers.authorization ?? "").replace(/^Bearer /, "");
const echo =
  (make: (credential: string) => FaultHandler): FaultHandler =>
  (request, response, attempt) =>
    make(sent(request))(request, response, attempt);

const echoingFaults: Record<string, FaultHandler> = {
  "connection reset": reset,
  "401 echoing the credential": echo((c) => json(401, { success: false, error: `invalid credential ${c}` })),
  "429 with Retry-After": echo((c) => json(429, { success: false, error: "rate limited", access_token: c }, { "retry-after": "3600" })),
  "500 with secret-named fields": echo((c) =>
    json(500, { success: false, error: "boom", detail: { password: "hunter2-p4ss", api_key: c } }),
  ),
  "HTML 502 page with the credential": echo((c) =>
    raw(502, `<html><pre>Authorization: ${c}</pre></html>`, { "content-type": "text/html" }),
  ),
  "malformed JSON": echo((c) => raw(200, `{"token": "${c}"`, { "content-type": "application/json" })),
  "wrong content type": echo((c) => raw(200, `token=${c}`, { "content-type": "text/plain" })),
};

describe.each(Object.entries(echoingFaults))("%s", (_name, fault) => {
  it("leaks no credential into the error or the debug log", async () => {
    server.script(fault);
    const log: string[] = [];
    const debug = (line: string): void => void log.push(line);
    const pipedrive = createPipedriveClient({ token: TOKEN, baseUrl: server.url, ...transport, retry: false, debug });
    const patchworks = createPatchworksClient({ apiKey: API_KEY, baseUrl: server.url, ...transport, retry: false, debug });

    const errors = await Promise.all([
      pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }).catch((e: unknown) => e),
      pipedrive.POST("/v1/channels", { body: { name: "Acme", provider_channel_id: "wa-1" } }).catch((e: unknown) => e),
      patchworks
        .DELETE("/api/v1/flows/{flow}/callbacks/{callback}", { params: { path: { flow: "1", callback: "2" } } })
        .catch((e: unknown) => e),
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expectNoSecret(renderings(error));
    }
    expect(log.length).toBeGreaterThan(0);
    expectNoSecret(log);
    // The log still shows everything else: method, URL, status.
    expect(log.join("\n")).toContain(`DELETE ${server.url}/v1/channels/wa-1`);
    expect(log.join("\n")).toContain(`authorization":"${REDACTED}"`);
  });
});

it("a timeout leaks nothing either", async () => {
  server.script(hang);
  const log: string[] = [];
  const client = createPipedriveClient({
    token: TOKEN,
    baseUrl: server.url,
    ...transport,
    retry: false,
    timeoutMs: 100,
    debug: (l) => void log.push(l),
  });
  const error = await client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }).catch((e: unknown) => e);
  expectNoSecret([...renderings(error), ...log]);
});

describe("the redaction helpers", () => {
  it("hide secret headers, query parameters and body fields, and keep the rest", () => {
    expect(redactHeaders({ Authorization: `Bearer ${TOKEN}`, "X-Api-Key": API_KEY, Accept: "application/json" })).toEqual({
      Authorization: REDACTED,
      "X-Api-Key": REDACTED,
      Accept: "application/json",
    });
    const url = redactUrl(`https://api.example.com/v1/x?access_token=${TOKEN}&page=2&client_secret=${API_KEY}&password=p4ss`);
    expectNoSecret([url]);
    expect(url).not.toContain("p4ss");
    expect(url).toContain("page=2");
    const body = redactBodyText(
      JSON.stringify({
        grant_type: "client_credentials",
        client_id: "abc",
        client_secret: API_KEY,
        nested: { clientSecret: TOKEN, password: "p4ss" },
      }),
    );
    expectNoSecret([body]);
    expect(body).not.toContain("p4ss");
    expect(body).toContain('"client_id":"abc"');
    expect(redactBodyText(`grant_type=client_credentials&client_secret=${API_KEY}`)).toBe(
      `grant_type=client_credentials&client_secret=${REDACTED}`,
    );
  });
});

describe("token exchange (Pipedream client credentials)", () => {
  const CLIENT_SECRET = "pd_client_SECRET_3c9b7e";
  it("never shows the client secret or the exchanged token, even when the token endpoint echoes them", async () => {
    const log: string[] = [];
    const client = createPipedreamClient({
      clientId: "oa_abc",
      clientSecret: CLIENT_SECRET,
      baseUrl: server.url,
      ...transport,
      retry: false,
      debug: (l) => void log.push(l),
    });
    server.script((request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: `invalid client: ${request.body}` }));
    });
    const error = await client.GET("/users/me").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const texts = [...renderings(error), ...log];
    for (const text of texts) expect(text).not.toContain(CLIENT_SECRET);
    expect(log.join("\n")).toContain(`"client_secret":"${REDACTED}"`);

    server.script(
      json(200, { access_token: "eyJ_ACCESS_TOKEN_SECRET", token_type: "Bearer", expires_in: 3600 }),
      json(500, { error: "boom eyJ_ACCESS_TOKEN_SECRET" }),
    );
    const failed = await client.GET("/users/me").catch((e: unknown) => e);
    for (const text of [...renderings(failed), ...log]) {
      expect(text).not.toContain(CLIENT_SECRET);
      expect(text).not.toContain("eyJ_ACCESS_TOKEN_SECRET");
    }
  });
});
