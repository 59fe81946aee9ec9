// Botpress "Events" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import {
  EVENT_ID,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingBotId,
  event,
} from "../support/botpress.js";

describe("listEvents GET /v1/chat/events", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/events", { params: { query: { type: "reminder" } }, ...extra });
  it("lists a page of Events", async () => {
    const { data, response } = await client.GET("/v1/chat/events", { params: { query: { type: "reminder" } } });
    expect(response.status).toBe(200);
    expect(data.events.map((e) => e.id)).toEqual([EVENT_ID]);
    expect(data.events[0]?.payload).toEqual({ orderId: "A-1001" });
    expect(data.meta).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/events"), missingBotId);
  });
});

describe("createEvent POST /v1/chat/events", () => {
  const body = { type: "reminder", payload: { orderId: "A-1001" }, schedule: { delay: 60000 } };
  const call: Call = (c, extra) => c.POST("/v1/chat/events", { body, ...extra });
  it("creates an Event", async () => {
    const { data, response } = await client.POST("/v1/chat/events", { body });
    expect(response.status).toBe(201); // vendor reference: a creation answers 201
    expect(data.event.id).toBe(EVENT_ID);
    expect(data.event.type).toBe("reminder");
    expect(data.event.payload["orderId"]).toBe("A-1001");
  });
  itDocumentsErrors([400, 401, 403, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for a negative schedule delay", async () => {
    await expectRequestRejected(client.POST("/v1/chat/events", { body: { ...body, schedule: { delay: -1 } } }), {
      at: ["body", "schedule", "delay"],
      status: 400,
    });
  });
});

describe("getEvent GET /v1/chat/events/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/chat/events/{id}", { ...event, ...extra });
  it("gets an Event", async () => {
    const { data, response } = await client.GET("/v1/chat/events/{id}", event);
    expect(response.status).toBe(200);
    expect(data.event.id).toBe(EVENT_ID);
    expect(data.event.createdAt).toBe("2024-05-14T09:30:00.000Z");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/chat/events/{id}", event), missingBotId);
  });
});
