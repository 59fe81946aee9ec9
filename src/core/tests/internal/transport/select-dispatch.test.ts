// The rules select-dispatch.ts decides by: what counts as Node's own fetch, what counts as
// undici's default global dispatcher, and how proxy credentials are kept out of errors.
import { Agent, MockAgent, ProxyAgent } from "undici";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../../errors.js";
import { REDACTED } from "../../../internal/redact.js";
import { parseProxyUrl } from "../../../internal/transport/proxy-url.js";
import { isDefaultAgent, isNodeOwnFetch, withoutCredentials } from "../../../internal/transport/select-dispatch.js";

describe("Node's own fetch", () => {
  it("is recognised by its source, and nothing that wraps it is", () => {
    const own = globalThis.fetch;
    expect(isNodeOwnFetch(own)).toBe(true);
    expect(isNodeOwnFetch((input: string) => own(input))).toBe(false);
    expect(isNodeOwnFetch(own.bind(globalThis))).toBe(false);
    expect(isNodeOwnFetch(new Proxy(own, {}))).toBe(false);
    expect(isNodeOwnFetch(undefined)).toBe(false);
  });
});

describe("undici's default global dispatcher", () => {
  it("is a plain Agent, from this package's undici or the one inside Node's fetch", () => {
    new Headers(); // loads Node's bundled undici, which installs its default Agent if none is set
    const installed = (globalThis as Record<symbol, unknown>)[Symbol.for("undici.globalDispatcher.1")];
    expect(installed).toBeTypeOf("object");
    expect(isDefaultAgent(installed as object)).toBe(true);
    expect(isDefaultAgent(new Agent())).toBe(true);
  });

  it("is not an Agent with options of its own, a MockAgent or a ProxyAgent", async () => {
    const agents = [
      new Agent({ connections: 4 }),
      new Agent({ connect: { timeout: 1 } }),
      new MockAgent(),
      new ProxyAgent("http://127.0.0.1:9"),
    ];
    expect(agents.map((agent) => isDefaultAgent(agent))).toEqual([false, false, false, false]);
    await Promise.all(agents.map((agent) => agent.close()));
  });
});

describe("proxy credentials", () => {
  it("are taken from the URL, encoded and decoded", () => {
    expect(parseProxyUrl("http://al%40ice:p%3Ass@127.0.0.1:8080", "proxy").credentials).toEqual(["al%40ice", "p%3Ass", "al@ice", "p:ss"]);
    expect(() => parseProxyUrl("http://alice:pass@bad host", "botpress: proxy")).toThrow(
      /^botpress: proxy: not a URL: http:\/\/\[REDACTED\]@bad host$/,
    );
    expect(() => parseProxyUrl("socks5://127.0.0.1:1080", "proxy")).toThrow(/only http: and https:/);
    expect(() => parseProxyUrl("socks5://127.0.0.1:1080", "proxy")).toThrow(ConfigurationError);
  });

  it("are replaced in an error that carries them, which loses its cause but keeps its code", () => {
    const planted = Object.assign(new Error("connect to http://alice:pa55@127.0.0.1:1 failed", { cause: "http://alice:pa55@x" }), {
      code: "ECONNREFUSED",
    });
    const clean = withoutCredentials(planted, ["alice", "pa55"]) as Error & { code?: string };
    expect(clean.message).toBe(`connect to http://${REDACTED}:${REDACTED}@127.0.0.1:1 failed`);
    expect(clean.code).toBe("ECONNREFUSED");
    expect(clean.cause).toBeUndefined();
    const unrelated = new Error("socket hang up");
    expect(withoutCredentials(unrelated, ["pa55"])).toBe(unrelated);
  });
});
