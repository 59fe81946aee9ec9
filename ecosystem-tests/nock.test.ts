// nock 14 (built on @mswjs/interceptors, so it patches fetch as well as node:http), with an
// interceptor defined after the client was created.
import nock from "nock";
import { afterAll, describe, expect, it } from "vitest";
import { ANSWERED_BY, CLIENTS, setUpWorld } from "./support/world.js";

const world = setUpWorld();
afterAll(async () => {
  nock.restore();
});

describe.each(CLIENTS)("nock intercepts $api", (client) => {
  it("answers the call from its interceptor", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const scope = nock(world.guard.url)
      .intercept(client.path, client.method)
      .reply(200, {}, { [ANSWERED_BY]: "nock" });
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("nock");
      expect(scope.isDone()).toBe(true);
    } finally {
      nock.cleanAll();
    }
    expect(world.guard.escaped).toBe(0);
  });
});
