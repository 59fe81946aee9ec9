// Dynamiq "Conversations" operations (the spec's tag) against the mock of specs/dynamiq.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, expectRequestRejected, preferStatus } from "../support/helpers.js";
import { client, anonymous } from "../support/dynamiq.js";

describe("listConversations GET /v1/conversations", () => {
  it("lists one page with pagination", async () => {
    const { data, response } = await client.GET("/v1/conversations", { params: { query: { page: 1, page_size: 2, sort: "-created_at" } } });
    expect(response.status).toBe(200);
    expect(data.data).toHaveLength(2);
    expect(data.data[1]?.title).toBeNull();
    // The second conversation is bound to a hosted model, not an app (reference page: exactly one of the two).
    expect(data.data[1]?.app_id).toBeNull();
    expect(data.data[1]?.model?.slug).toBe("support-assistant");
    expect(data.pagination).toEqual({ page: 1, page_size: 2, page_count: 2, total_count: 3 });
  });
  it("iterates pages until page_count", async () => {
    const pages = [];
    for await (const page of client.pages("/v1/conversations", { params: { query: { page_size: 2 } } })) pages.push(page);
    expect(pages).toHaveLength(2);
    const items = [];
    for await (const conversation of client.items("/v1/conversations", { params: { query: { page_size: 2 } } }))
      items.push(conversation.id);
    expect(items).toHaveLength(4); // the mock answers every page with the same example page
  });
  it("accepts any app id and a large page size (no UUID format or maximum is documented)", async () => {
    const { response } = await client.GET("/v1/conversations", { params: { query: { app_id: "app-42", page_size: 500 } } });
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
  });
  it("filters by model and organization (query parameters from the vendor's reference page)", async () => {
    const { response } = await client.GET("/v1/conversations", {
      params: { query: { model_id: "f8ff2fb8-4acc-4e48-bd83-cbdac23e1224", org_id: "org-7" } },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("sl-violations")).toBeNull();
  });
  it.each([
    [400, "bad_request"],
    [401, "unauthorized"],
    [403, "forbidden"],
  ] as const)("documents HTTP %i (%s)", async (status, code) => {
    const error = await expectApiError(client.GET("/v1/conversations", preferStatus(status)), status, client.isApiError);
    expect(error.body.error.code).toBe(code);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/v1/conversations"), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a sort outside the enum", async () => {
    // @ts-expect-error "title" is not a documented sort key
    await expectRequestRejected(client.GET("/v1/conversations", { params: { query: { sort: "title" } } }), {
      at: ["query", "sort"],
      status: 400,
    });
  });
});
