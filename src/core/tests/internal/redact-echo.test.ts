// A server that echoes the credential a call carried, in any encoding and at any position, must
// not get it into any form of the error (message, JSON, util.inspect, the raw error body) or the
// debug log. The credential travels as the client's token, as a per-call `x-user-key` header or as
// a per-call `api_key` query parameter. Property-based: fast-check makes up secrets with awkward
// characters and where the echo goes.
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import botpress from "../../../../generated/botpress.openapi.js";
import dynamiq from "../../../../generated/dynamiq.openapi.js";
import patchworks from "../../../../generated/patchworks.openapi.js";
import pipedream from "../../../../generated/pipedream.openapi.js";
import pipedrive from "../../../../generated/pipedrive.openapi.js";
import { createPipedreamClient } from "../../../pipedream.js";
import { createPipedriveClient } from "../../../pipedrive.js";
import { basicCredentials, isCredentialName, secretForms } from "../../internal/redact.js";
import { startFaultServer, type FaultServer, type ReceivedRequest } from "../support/fault-server.js";
import { transport } from "../support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

type Carrier = "token" | "header" | "query";
type Encoding = "raw" | "json" | "ascii-json" | "url" | "form" | "html";
type Position = "json-field" | "json-key" | "json-nested" | "text" | "response-header";

interface Echo {
  carrier: Carrier;
  encoding: Encoding;
  position: Position;
  status: number;
  before: string;
  after: string;
}

const encode: Record<Encoding, (secret: string) => string> = {
  raw: (s) => s,
  json: (s) => JSON.stringify(s).slice(1, -1),
  "ascii-json": (s) =>
    JSON.stringify(s)
      .slice(1, -1)
      .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  url: encodeURIComponent,
  form: (s) => new URLSearchParams({ s }).toString().slice(2),
  html: (s) => s.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`),
};

/** The credential exactly as it reached the server. */
function carried(request: ReceivedRequest, carrier: Carrier): string {
  if (carrier === "token") return String(request.headers.authorization ?? "").replace(/^Bearer /, "");
  if (carrier === "header") return String(request.headers["x-user-key"] ?? "");
  return new URL(request.url, "http://echo.invalid").searchParams.get("api_key") ?? "";
}

let plan: Echo | undefined;
function echoServer(): void {
  server.script((request, response) => {
    if (!plan) throw new Error("no echo plan");
    const { encoding, position, status, before, after } = plan;
    const echoed = `${before}${encode[encoding](carried(request, plan.carrier))}${after}`;
    const headers: Record<string, string> = { "content-type": position === "text" ? "text/plain" : "application/json" };
    let body: string;
    if (position === "text") body = echoed;
    else if (position === "json-key") body = JSON.stringify({ [echoed]: "unknown key" });
    else if (position === "json-nested") body = JSON.stringify({ errors: [{ detail: { message: echoed } }] });
    else body = JSON.stringify({ success: false, error: echoed });
    if (position === "response-header") {
      // Header values must stay Latin-1 without control characters; percent-encode anything else.
      const safe = /^[\x20-\x7e\xa0-\xff]*$/.test(echoed) ? echoed : encodeURIComponent(echoed);
      headers["set-cookie"] = `session=${safe}; HttpOnly`;
      headers["www-authenticate"] = `Bearer error="invalid_token", token="${safe}"`;
      headers["x-echo"] = safe;
    }
    response.writeHead(status, headers);
    response.end(body);
  });
}

/** Every form the caller, a logger or a snapshot could turn the outcome into. */
interface Renderings {
  message: string;
  json: string;
  inspect: string;
  raw: string;
  debug: string;
}

async function renderEcho(secret: string, echo: Echo): Promise<Renderings> {
  plan = echo;
  echoServer();
  const debug: string[] = [];
  const client = createPipedriveClient({
    token: echo.carrier === "token" ? secret : "pd-token-plain",
    baseUrl: server.url,
    ...transport,
    retry: false,
    debug: (line) => void debug.push(line),
  });
  const init = {
    params: { path: { id: "wa-1" }, ...(echo.carrier === "query" ? { query: { api_key: secret } } : {}) },
    ...(echo.carrier === "header" ? { headers: { "x-user-key": secret } } : {}),
  };
  // The query parameter is not in the spec; the untyped call is what a caller's typo would send.
  const call = client.DELETE as (path: string, init: object) => Promise<unknown>;
  const rawCall = client.raw.DELETE as (path: string, init: object) => Promise<{ error?: unknown }>;
  const error = await call("/v1/channels/{id}", init).then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e as Error,
  );
  const raw = await rawCall("/v1/channels/{id}", init).then(
    (result) => result.error,
    (e: unknown) => e,
  );
  return {
    message: `${String(error)}\n${error.stack ?? ""}`,
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 10 }),
    raw: JSON.stringify(raw) ?? "",
    debug: debug.join("\n"),
  };
}

function leaksIn(renderings: Renderings, secret: string): (keyof Renderings)[] {
  const forms = secretForms(secret);
  return (Object.keys(renderings) as (keyof Renderings)[]).filter((form) => forms.some((text) => renderings[form].includes(text)));
}

const plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split("");
const awkward = ['"', "\\", "%", "+", " ", "&", "=", "/", "?", "#", "'", "<", ">", ":", ",", "{", "}", "é", "ß", "~", "*", ";", "$"];
const beyondLatin1 = ["☃", "😀", "ü", "€"];
const chars = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { minLength: 3, maxLength: 12 }).map((a) => a.join(""));
// "Zq9" in the middle keeps a secret from occurring by chance in the library's own words; no
// leading or trailing space (fetch's Headers trims them, so the server would see another value).
const secretFor = (carrier: Carrier) => {
  const alphabet = carrier === "query" ? [...plain, ...awkward, ...beyondLatin1] : [...plain, ...awkward];
  return fc.tuple(chars(alphabet), chars(alphabet)).map(([a, b]) => `k${a}Zq9${b}k`);
};
const echoFor = (carrier: Carrier): fc.Arbitrary<Echo> =>
  fc.record({
    carrier: fc.constant(carrier),
    encoding: fc.constantFrom<Encoding>("raw", "json", "ascii-json", "url", "form", "html"),
    position: fc.constantFrom<Position>("json-field", "json-key", "json-nested", "text", "response-header"),
    status: fc.constantFrom(400, 401, 403, 422, 500),
    before: fc.string({ maxLength: 8 }),
    after: fc.string({ maxLength: 8 }),
  });

describe("a server echoing the call's credential", () => {
  it.each<Carrier>(["token", "header", "query"])(
    "carried as %s: no secret in any form of the error, for any echo (property)",
    async (carrier) => {
      await fc.assert(
        fc.asyncProperty(secretFor(carrier), echoFor(carrier), async (secret, echo) => {
          expect(leaksIn(await renderEcho(secret, echo), secret)).toEqual([]);
        }),
        { numRuns: 25 },
      );
    },
  );

  it("hits per form over a fixed table of secrets and echoes: none", async () => {
    const secrets = ["pd\"q\\uote Zq9 <&'", "url%2F+&=/Zq9 é"];
    const hits: Record<keyof Renderings, number> = { message: 0, json: 0, inspect: 0, raw: 0, debug: 0 };
    for (const carrier of ["token", "header", "query"] as const)
      for (const secret of secrets)
        for (const encoding of Object.keys(encode) as Encoding[])
          for (const position of ["json-field", "text", "response-header"] as const) {
            const echo: Echo = { carrier, encoding, position, status: 401, before: "seen: ", after: " end" };
            for (const form of leaksIn(await renderEcho(secret, echo), secret)) hits[form]++;
          }
    expect(hits).toEqual({ message: 0, json: 0, inspect: 0, raw: 0, debug: 0 });
  });
});

describe("parse errors and Basic credentials", () => {
  it("an InvalidResponseError carries no excerpt of the body", async () => {
    const secret = "tok_Zq9_inline";
    server.script((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(`{"token": ${secret}}`);
    });
    const client = createPipedriveClient({ token: "pd-token-plain", baseUrl: server.url, ...transport, retry: false });
    const error = await client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }).then(
      () => new Error("expected the call to fail"),
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain("malformed JSON");
    expect(error.message).not.toContain("Zq9");
  });

  it("the base64 of clientId:clientSecret echoed by the token endpoint is scrubbed", async () => {
    const clientSecret = 'cs_"Zq9\\ü';
    const basic = basicCredentials("oa_1", clientSecret);
    server.script((_request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: `bad credentials: Basic ${basic}` }));
    });
    const client = createPipedreamClient({ clientId: "oa_1", clientSecret, baseUrl: server.url, ...transport, retry: false });
    const error = await client.GET("/users/me").then(
      () => new Error("expected the call to fail"),
      (e: unknown) => e as Error,
    );
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(basic);
      expect(text).toContain("bad credentials");
    }
  });
});

describe("security schemes the specs declare", () => {
  it("every apiKey scheme's header, query or cookie name is one the redaction treats as a credential", () => {
    const documents = Object.entries({ botpress, dynamiq, patchworks, pipedream, pipedrive }).map(([api, document]) => ({
      api,
      document: document as { components?: { securitySchemes?: Record<string, { type: string; name?: string }> } },
    }));
    const names = documents.flatMap(({ api, document }) =>
      Object.values(document.components?.securitySchemes ?? {})
        .filter((scheme) => scheme.type === "apiKey")
        .map((scheme) => ({ api, name: scheme.name ?? "" })),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter(({ name }) => !isCredentialName(name))).toEqual([]);
  });
});
