// Botpress "States" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import { BOT_ID, CONVERSATION_ID, client, type Call, itDocumentsErrors, itRefusesWithoutCredentials, state } from "../support/botpress.js";

describe("getState GET /v1/chat/states/{type}/{id}/{name}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/states/{type}/{id}/{name}", { ...state, ...extra });
  it("gets a State", async () => {
    const { data, response } = await client.GET("/v1/chat/states/{type}/{id}/{name}", state);
    expect(response.status).toBe(200);
    expect(data.state.name).toBe("session");
    expect(data.state.type).toBe("conversation");
    expect(data.state.payload).toEqual({ step: "checkout", cartItems: 2 });
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a state type outside the enum", async () => {
    const path = { ...state.params.path, type: "workspace" };
    // @ts-expect-error "workspace" is not a state type
    await expectRequestRejected(client.GET("/v1/chat/states/{type}/{id}/{name}", { params: { path } }), {
      at: ["path", "type"],
      status: 400,
    });
  });
});

describe("setState POST /v1/chat/states/{type}/{id}/{name}", () => {
  const body = { payload: { step: "checkout", cartItems: 2 }, expiry: 1800000 };
  const call: Call = (c, extra) => c.POST("/v1/chat/states/{type}/{id}/{name}", { ...state, body, ...extra });
  it("sets a State", async () => {
    const { data, response } = await client.POST("/v1/chat/states/{type}/{id}/{name}", { ...state, body });
    expect(response.status).toBe(200);
    expect(data.state.id).toBe("state_01J0A3X4Y6Z8A0B2C4D6E8F0G2");
    expect(data.state.conversationId).toBe(CONVERSATION_ID);
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when payload is missing", async () => {
    // @ts-expect-error payload is required
    await expectRequestRejected(client.POST("/v1/chat/states/{type}/{id}/{name}", { ...state, body: { expiry: 1000 } }), {
      at: ["body"],
      mentions: "payload",
      status: 400,
    });
  });
});

describe("patchState PATCH /v1/chat/states/{type}/{id}/{name}", () => {
  const body = { payload: { step: "checkout" } };
  const call: Call = (c, extra) => c.PATCH("/v1/chat/states/{type}/{id}/{name}", { ...state, body, ...extra });
  it("patches a State", async () => {
    const { data, response } = await client.PATCH("/v1/chat/states/{type}/{id}/{name}", { ...state, body });
    expect(response.status).toBe(200);
    expect(data.state.botId).toBe(BOT_ID);
    expect(data.state.payload["step"]).toBe("checkout");
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for an expiry (only Set State takes one)", async () => {
    // tsc cannot see this one (no excess-property check on the inferred init); Prism can.
    await expectRequestRejected(client.PATCH("/v1/chat/states/{type}/{id}/{name}", { ...state, body: { ...body, expiry: 1000 } }), {
      at: ["body"],
      mentions: "expiry",
      status: 400,
    });
  });
});
