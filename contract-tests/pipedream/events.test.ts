// Pipedream "Events" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, unauthorized, notFound, source, expectRejected } from "../support/pipedream.js";

describe("listSourceEvents GET /sources/{id}/event_summaries", () => {
  it("lists a source's events", async () => {
    const { data, response } = await client.GET("/sources/{id}/event_summaries", {
      params: { path: { id: "dc_abc123" }, query: { expand: "event", limit: 1 } },
    });
    expect(response.status).toBe(200);
    expect(data.page_info.end_cursor).toBe("1589486981597-0");
    expect(data.data[0]?.id).toBe("1589486981597-0");
    expect(data.data[0]?.event["title"]).toBe("New item");
    expect(data.data[0]?.metadata?.emitter_id).toBe("dc_abc123");
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.GET("/sources/{id}/event_summaries", { ...source, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/sources/{id}/event_summaries", source), 401, anonymous.isApiError);
  });
  it("is refused by request validation for an expand value outside the enum", async () => {
    await expectRejected(
      // @ts-expect-error `event` is the only expand value
      client.GET("/sources/{id}/event_summaries", { params: { path: { id: "dc_abc123" }, query: { expand: "all" } } }),
      { at: ["query", "expand"] },
    );
  });
});

describe("deleteSourceEvents DELETE /sources/{id}/events", () => {
  it("accepts the deletion of a range of events", async () => {
    const { data, response } = await client.DELETE("/sources/{id}/events", {
      params: { path: { id: "dc_abc123" }, query: { start_id: "1589486981598-0", end_id: "1589486981598-0" } },
    });
    expect(response.status).toBe(202);
    expect(data).toBeUndefined();
  });
  it.each([unauthorized, notFound])("documents HTTP %i", async (status, message) => {
    const error = await expectApiError(
      client.DELETE("/sources/{id}/events", { ...source, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toBe(message);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/sources/{id}/events", source), 401, anonymous.isApiError);
  });
  it("accepts a start_id in any format (the document states no event ID format)", async () => {
    const { response } = await client.DELETE("/sources/{id}/events", {
      params: { path: { id: "dc_abc123" }, query: { start_id: "1589486981598-0-extra" } },
    });
    expect(response.status).toBe(202);
  });
  it("is refused by request validation for a source id without the dc_ prefix", async () => {
    await expectRejected(client.DELETE("/sources/{id}/events", { params: { path: { id: "source-1" } } }), { at: ["path", "id"] });
  });
});
