// Proxies as Node applications configure them: HTTP_PROXY / NO_PROXY in the environment (as the
// official axios SDKs honour them) and the client's `proxy` option, with the precedence the README
// states, and proxy credentials kept out of errors and the debug log.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher } from "undici";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError, ConnectionError } from "../src/core/index.js";
import { ANSWERED_BY, CLIENTS, setUpWorld } from "./support/world.js";

const world = setUpWorld();
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The proxy variables as a CI machine might have them, with nothing exempt. */
function proxyEnvironment(url: string, noProxy = ""): void {
  for (const name of ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"]) vi.stubEnv(name, "");
  vi.stubEnv("HTTP_PROXY", url);
  vi.stubEnv("no_proxy", noProxy);
  vi.stubEnv("NO_PROXY", noProxy);
}

describe.each(CLIENTS)("a proxy carries $api", (client) => {
  it("HTTP_PROXY in the environment, set after the client was created", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    proxyEnvironment(world.proxy.url);
    expect((await call()).headers.get("x-through-proxy")).toBe("yes");
    expect(world.guard.proxied).toBe(1);
    expect(world.guard.escaped).toBe(0);
  });

  it("the proxy option", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url, { proxy: world.proxy.url });
    expect((await call()).headers.get("x-through-proxy")).toBe("yes");
    expect(world.guard.proxied).toBe(1);
    expect(world.guard.escaped).toBe(0);
  });
});

describe("proxy precedence", () => {
  const first = CLIENTS[0];
  if (!first) throw new Error("no client");

  it("NO_PROXY exempts a host from HTTP_PROXY", async () => {
    world.guard.reset();
    proxyEnvironment(world.proxy.url, "127.0.0.1");
    expect((await first.client(world.guard.url)()).headers.get("x-through-proxy")).toBeNull();
    expect(world.proxy.forwarded).toBe(0);
  });

  it("the application's global dispatcher wins over HTTP_PROXY; the proxy option over both", async () => {
    world.guard.reset();
    proxyEnvironment(world.proxy.url);
    const original = getGlobalDispatcher();
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(world.guard.url)
      .intercept({ path: () => true })
      .reply(200, {}, { headers: { "content-type": "application/json", [ANSWERED_BY]: "MockAgent" } });
    setGlobalDispatcher(agent);
    try {
      expect((await first.client(world.guard.url)()).headers.get(ANSWERED_BY)).toBe("MockAgent");
      expect(world.proxy.forwarded).toBe(0);
      expect((await first.client(world.guard.url, { proxy: world.proxy.url })()).headers.get("x-through-proxy")).toBe("yes");
      expect(world.proxy.forwarded).toBe(1);
    } finally {
      setGlobalDispatcher(original);
    }
    expect(world.guard.escaped).toBe(0);
  });

  it("the dispatcher option wins over the proxy option", async () => {
    world.guard.reset();
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(world.guard.url)
      .intercept({ path: () => true })
      .reply(200, {}, { headers: { "content-type": "application/json", [ANSWERED_BY]: "MockAgent" } });
    const call = first.client(world.guard.url, { dispatcher: agent, proxy: world.proxy.url });
    expect((await call()).headers.get(ANSWERED_BY)).toBe("MockAgent");
    expect(world.proxy.forwarded).toBe(0);
  });
});

describe("proxy credentials", () => {
  const first = CLIENTS[0];
  if (!first) throw new Error("no client");
  const PASSWORD = "s3cret-proxy-pass";

  it("reach the proxy as Proxy-Authorization", async () => {
    world.guard.reset();
    const withCredentials = world.proxy.url.replace("http://", `http://alice:${PASSWORD}@`);
    await first.client(world.guard.url, { proxy: withCredentials })();
    expect(world.proxy.lastAuthorization).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString("base64")}`);
  });

  it("appear neither in the error nor in the debug log when the proxy fails", async () => {
    // A proxy that hangs up on every connection.
    const broken = createServer((request) => request.socket.destroy());
    await new Promise<void>((resolve) => broken.listen(0, "127.0.0.1", resolve));
    const lines: string[] = [];
    const url = `http://alice:${PASSWORD}@127.0.0.1:${(broken.address() as AddressInfo).port}`;
    try {
      const error = await first
        .client(world.guard.url, { proxy: url, debug: (line) => lines.push(line) })()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      const seen = `${String(error)} ${JSON.stringify(error)} ${String((error as Error).cause)} ${lines.join("\n")}`;
      expect(lines.length).toBeGreaterThan(0);
      expect(seen).not.toContain(PASSWORD);
    } finally {
      broken.closeAllConnections();
      broken.close();
    }
  });

  it("appear nowhere in the error for a malformed proxy URL", () => {
    const error = (() => {
      try {
        first.client(world.guard.url, { proxy: `http://alice:${PASSWORD}@bad host:80` });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toContain("proxy");
    expect(String(error)).not.toContain(PASSWORD);
  });
});
