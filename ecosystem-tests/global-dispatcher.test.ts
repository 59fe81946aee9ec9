// undici's global dispatcher, set by the application with setGlobalDispatcher after the client
// was created: a MockAgent answers, a ProxyAgent or EnvHttpProxyAgent carries the call through the
// proxy (CONNECT, undici's default), and removing it brings the client back to its own Agent.
import { EnvHttpProxyAgent, getGlobalDispatcher, MockAgent, ProxyAgent, setGlobalDispatcher, type Dispatcher } from "undici";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ANSWERED_BY, CLIENTS, setUpWorld } from "./support/world.js";

const world = setUpWorld();
let original: Dispatcher;
beforeAll(async () => {
  original = getGlobalDispatcher();
});
afterEach(() => setGlobalDispatcher(original));

describe.each(CLIENTS)("the global dispatcher carries $api", (client) => {
  it("a MockAgent answers", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(world.guard.url)
      .intercept({ path: client.path, method: client.method })
      .reply(200, {}, { headers: { "content-type": "application/json", [ANSWERED_BY]: "MockAgent" } });
    setGlobalDispatcher(agent);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("MockAgent");
    agent.assertNoPendingInterceptors();
    expect(world.guard.escaped).toBe(0);
  });

  it("a ProxyAgent sends it through the proxy", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const agent = new ProxyAgent(world.proxy.url);
    setGlobalDispatcher(agent);
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    } finally {
      await agent.close();
    }
    expect(world.proxy.forwarded).toBe(1);
    expect(world.guard.proxied).toBe(1);
    expect(world.guard.escaped).toBe(0);
  });

  it("an EnvHttpProxyAgent sends it through the proxy", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const agent = new EnvHttpProxyAgent({ httpProxy: world.proxy.url, noProxy: "" });
    setGlobalDispatcher(agent);
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    } finally {
      await agent.close();
    }
    expect(world.guard.proxied).toBe(1);
    expect(world.guard.escaped).toBe(0);
  });
});

describe("the global dispatcher, decided per call", () => {
  it("is used while set and left when it is reset to a plain Agent", async () => {
    world.guard.reset();
    const call = CLIENTS[0]?.client(world.guard.url);
    if (!call) throw new Error("no client");
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(world.guard.url)
      .intercept({ path: () => true })
      .reply(200, {}, { headers: { "content-type": "application/json", [ANSWERED_BY]: "MockAgent" } });
    setGlobalDispatcher(agent);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("MockAgent");
    setGlobalDispatcher(original);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    expect(world.guard.escaped).toBe(1);
  });
});
