// undici's global dispatcher, set by the application with setGlobalDispatcher after the client
// was created: a MockAgent answers, a ProxyAgent or EnvHttpProxyAgent carries the call through the
// proxy (CONNECT, undici's default), and removing it brings the client back to its own Agent.
import { EnvHttpProxyAgent, getGlobalDispatcher, MockAgent, ProxyAgent, setGlobalDispatcher, type Dispatcher } from "undici";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ANSWERED_BY, CLIENTS, startWorld, type ForwardProxy, type Guard } from "./support/world.js";

let guard: Guard;
let proxy: ForwardProxy;
let original: Dispatcher;
beforeAll(async () => {
  ({ guard, proxy } = await startWorld());
  original = getGlobalDispatcher();
});
afterEach(() => setGlobalDispatcher(original));
afterAll(async () => {
  await guard.close();
  await proxy.close();
});

describe.each(CLIENTS)("the global dispatcher carries $api", (client) => {
  it("a MockAgent answers", async () => {
    guard.reset();
    const call = client.client(guard.url);
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(guard.url)
      .intercept({ path: client.path, method: client.method })
      .reply(200, {}, { headers: { "content-type": "application/json", [ANSWERED_BY]: "MockAgent" } });
    setGlobalDispatcher(agent);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("MockAgent");
    agent.assertNoPendingInterceptors();
    expect(guard.escaped).toBe(0);
  });

  it("a ProxyAgent sends it through the proxy", async () => {
    guard.reset();
    const call = client.client(guard.url);
    const agent = new ProxyAgent(proxy.url);
    setGlobalDispatcher(agent);
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    } finally {
      await agent.close();
    }
    expect(proxy.forwarded).toBe(1);
    expect(guard.proxied).toBe(1);
    expect(guard.escaped).toBe(0);
  });

  it("an EnvHttpProxyAgent sends it through the proxy", async () => {
    guard.reset();
    const call = client.client(guard.url);
    const agent = new EnvHttpProxyAgent({ httpProxy: proxy.url, noProxy: "" });
    setGlobalDispatcher(agent);
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    } finally {
      await agent.close();
    }
    expect(guard.proxied).toBe(1);
    expect(guard.escaped).toBe(0);
  });
});

describe("the global dispatcher, decided per call", () => {
  it("is used while set and left when it is reset to a plain Agent", async () => {
    guard.reset();
    const call = CLIENTS[0]?.client(guard.url);
    if (!call) throw new Error("no client");
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(guard.url)
      .intercept({ path: () => true })
      .reply(200, {}, { headers: { "content-type": "application/json", [ANSWERED_BY]: "MockAgent" } });
    setGlobalDispatcher(agent);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("MockAgent");
    setGlobalDispatcher(original);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    expect(guard.escaped).toBe(1);
  });
});
