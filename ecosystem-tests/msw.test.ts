// MSW's setupServer, as an application's test suite runs it: started before the client is
// created, and started after it. Either way the call is answered by MSW and nothing reaches the
// guard standing in for the vendor.
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { ANSWERED_BY, CLIENTS, setUpWorld } from "./support/world.js";

const world = setUpWorld();

const handlers = () => [http.all(`${world.guard.url}/*`, () => HttpResponse.json({}, { headers: { [ANSWERED_BY]: "msw" } }))];

describe.each(CLIENTS)("MSW intercepts $api", (client) => {
  it("with setupServer started before the client", async () => {
    world.guard.reset();
    const server = setupServer(...handlers());
    server.listen({ onUnhandledRequest: "error" });
    try {
      const call = client.client(world.guard.url);
      expect((await call()).headers.get(ANSWERED_BY)).toBe("msw");
    } finally {
      server.close();
    }
    expect(world.guard.escaped).toBe(0);
  });

  it("with setupServer started after the client", async () => {
    world.guard.reset();
    const call = client.client(world.guard.url);
    const server = setupServer(...handlers());
    server.listen({ onUnhandledRequest: "error" });
    try {
      expect((await call()).headers.get(ANSWERED_BY)).toBe("msw");
    } finally {
      server.close();
    }
    expect(world.guard.escaped).toBe(0);
  });
});
