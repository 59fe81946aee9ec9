// Property-based: any string used as a path parameter reaches the server as exactly that one
// segment of the intended route; header values with CR or LF never leave the client.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPatchworksClient } from "../../../patchworks.js";
import { createPipedriveClient } from "../../../pipedrive.js";
import { RequestValidationError } from "../../index.js";
import { json, startFaultServer, type FaultServer } from "../support/fault-server.js";
import { transport } from "../support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const interesting = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("/", "..", "../admin", "a/../b", "?x=1", "#frag", "%", "%2F", "%2e%2e", "a b", "ü/ñ", "😀", "\\", ";", "&", "=", "+"),
  fc
    .array(fc.constantFrom("/", ".", "?", "#", "%", " ", "ü", "a", "é", "\u0000", "\t"), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("")),
);
const sendable = interesting.filter((value) => value !== "" && value !== "." && value !== "..");

describe("path parameters", () => {
  it("are percent-encoded into one segment and never change the route", async () => {
    const client = createPipedriveClient({ token: "pd-token", baseUrl: server.url, ...transport, retry: false });
    await fc.assert(
      fc.asyncProperty(sendable, sendable, async (channelId, conversationId) => {
        server.script(json(200, { success: true }));
        await client.DELETE("/v1/channels/{channel-id}/conversations/{conversation-id}", {
          params: { path: { "channel-id": channelId, "conversation-id": conversationId } },
        });
        expect(server.received).toHaveLength(1);
        const url = server.received[0]?.url ?? "";
        expect(url).not.toContain("?");
        expect(url).not.toContain("#");
        const segments = url.split("/");
        expect(segments).toHaveLength(6); // "", v1, channels, <id>, conversations, <id>
        expect(segments.slice(0, 3)).toEqual(["", "v1", "channels"]);
        expect(segments[4]).toBe("conversations");
        expect(decodeURIComponent(segments[3] ?? "")).toBe(channelId);
        expect(decodeURIComponent(segments[5] ?? "")).toBe(conversationId);
      }),
      { numRuns: 300 },
    );
  });

  it.each(["", ".", ".."])("%j is refused before anything is sent (a URL parser would resolve it away)", async (value) => {
    server.script(json(200, {}));
    const client = createPipedriveClient({ token: "pd-token", baseUrl: server.url, ...transport, retry: false });
    const error = await client.DELETE("/v1/channels/{id}", { params: { path: { id: value } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).message).toContain("path parameter 'id'");
    expect(server.received).toHaveLength(0);
  });
});

describe("header values", () => {
  const withLineBreak = fc
    .tuple(fc.string(), fc.constantFrom("\r", "\n", "\r\n", "\u0000"), fc.string())
    .map(([before, breaker, after]) => `${before}${breaker}${after}`);

  it("containing CR, LF or NUL are refused with a clear error before any request is sent", async () => {
    const client = createPatchworksClient({ apiKey: "pw-key", baseUrl: server.url, ...transport, retry: false });
    await fc.assert(
      fc.asyncProperty(withLineBreak, async (value) => {
        server.script(json(200, {}));
        const error = await client
          .GET("/api/v1/flows/{flow}/callbacks", { params: { path: { flow: "1" } }, headers: { "X-Trace-Id": value } })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RequestValidationError);
        expect((error as RequestValidationError).message).toMatch(/header 'X-Trace-Id' contains CR, LF or NUL/);
        expect((error as RequestValidationError).message).not.toContain(value);
        expect(server.received).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });

  it("in client-wide headers and credentials are refused too", async () => {
    server.script(json(200, {}));
    const client = createPipedriveClient({ token: "pd-token", baseUrl: server.url, ...transport, headers: { "X-Team": "a\r\nX-Evil: 1" } });
    await expect(client.DELETE("/v1/channels/{id}", { params: { path: { id: "1" } } })).rejects.toThrow(RequestValidationError);
    expect(() => createPipedriveClient({ token: "tok\r\nX-Evil: 1" })).toThrow(/token contains CR, LF or NUL/);
    expect(server.received).toHaveLength(0);
  });
});
