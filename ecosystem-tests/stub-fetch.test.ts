// vitest's own doubles on the global fetch: vi.stubGlobal and vi.spyOn, applied after the client
// was created, as a test does in its body.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ANSWERED_BY, CLIENTS, setUpWorld } from "./support/world.js";

const world = setUpWorld();
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const answered =
  (by: string) =>
  async (_input: string | URL | Request, _init?: RequestInit): Promise<Response> =>
    Response.json({}, { headers: { [ANSWERED_BY]: by } });

describe.each(CLIENTS)("a stubbed fetch answers $api", (client) => {
  it("vi.stubGlobal('fetch', …)", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const stub = vi.fn(answered("stubGlobal"));
    vi.stubGlobal("fetch", stub);
    expect((await call()).headers.get(ANSWERED_BY)).toBe("stubGlobal");
    expect(String(stub.mock.calls[0]?.[0])).toBe(`${world.guard.url}${client.path}`);
    expect(world.guard.escaped).toBe(0);
  });

  it("vi.spyOn(globalThis, 'fetch')", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const spy = vi.spyOn(globalThis, "fetch").mockImplementation(answered("spyOn"));
    expect((await call()).headers.get(ANSWERED_BY)).toBe("spyOn");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(world.guard.escaped).toBe(0);
  });

  it("goes back to undici once the stub is removed", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    vi.stubGlobal("fetch", vi.fn(answered("stubGlobal")));
    await call();
    vi.unstubAllGlobals();
    expect((await call()).headers.get(ANSWERED_BY)).toBe("guard");
    expect(world.guard.escaped).toBe(1);
  });
});
