// nock 14 (built on @mswjs/interceptors, so it patches fetch as well as node:http), with an
// interceptor defined after the client was created.
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWERED_BY, CLIENTS, startWorld, type ForwardProxy, type Guard } from "./support/world.js";

let guard: Guard;
let proxy: ForwardProxy;
beforeAll(async () => {
  ({ guard, proxy } = await startWorld());
});
afterAll(async () => {
  nock.restore();
  await guard.close();
  await proxy.close();
});

describe.each(CLIENTS)("nock intercepts $api", (client) => {
  it("answers the call from its interceptor", async () => {
    guard.reset();
    const call = client.client(guard.url);
    const scope = nock(guard.url)
      .intercept(client.path, client.method)
      .reply(200, {}, { [ANSWERED_BY]: "nock" });
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("nock");
      expect(scope.isDone()).toBe(true);
    } finally {
      nock.cleanAll();
    }
    expect(guard.escaped).toBe(0);
  });
});
