// Pipedream "Subscriptions" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, subscription, expectRejected } from "../support/pipedream.js";

describe("createSubscription POST /subscriptions", () => {
  it("subscribes a listener to an emitter", async () => {
    const { data, response } = await client.POST("/subscriptions", subscription);
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/subscriptions", { ...subscription, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/subscriptions", subscription), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an empty emitter id", async () => {
    // The client sends `emitter_id=`; Prism reads an empty value as absent, so it reports the
    // required parameter missing (the spec sets no length bound: the document states none).
    await expectRejected(client.POST("/subscriptions", { params: { query: { emitter_id: "", listener_id: "p_abc123" } } }), {
      at: ["query"],
      mentions: "emitter_id",
    });
  });
});

describe("deleteSubscription DELETE /subscriptions", () => {
  it("deletes a subscription", async () => {
    const { data, response } = await client.DELETE("/subscriptions", {
      params: { query: { emitter_id: "dc_abc123", listener_id: "wh_abc123", event_name: "" } },
    });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.DELETE("/subscriptions", { ...subscription, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/subscriptions", subscription), 401, anonymous.isApiError);
  });
  it("is refused by request validation without the listener id", async () => {
    // @ts-expect-error listener_id is required
    await expectRejected(client.DELETE("/subscriptions", { params: { query: { emitter_id: "dc_abc123" } } }), {
      at: ["query"],
      mentions: "listener_id",
    });
  });
});

describe("createAutoSubscription POST /auto_subscriptions", () => {
  const auto = { params: { query: { event_name: "$errors", listener_id: "p_abc123" } } } as const;
  it("auto-subscribes a listener to new emitters' errors", async () => {
    const { data, response } = await client.POST("/auto_subscriptions", auto);
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.POST("/auto_subscriptions", { ...auto, ...preferStatus(401) }), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/auto_subscriptions", auto), 401, anonymous.isApiError);
  });
  it("accepts a request without event_name or listener_id, which the vendor's reference page marks optional", async () => {
    const withoutEventName = await client.POST("/auto_subscriptions", { params: { query: { listener_id: "p_abc123" } } });
    expect(withoutEventName.response.status).toBe(200);
    const withoutListener = await client.POST("/auto_subscriptions", { params: { query: { event_name: "$logs" } } });
    expect(withoutListener.response.status).toBe(200);
  });
  it("is refused by request validation for an event stream outside the enum", async () => {
    await expectRejected(
      // @ts-expect-error only $errors and $logs can be auto-subscribed
      client.POST("/auto_subscriptions", { params: { query: { event_name: "$all", listener_id: "p_abc123" } } }),
      { at: ["query", "event_name"] },
    );
  });
});
