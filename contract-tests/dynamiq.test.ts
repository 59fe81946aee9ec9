// Dynamiq connect requirements and conversations: every operation against the Prism mock of specs/dynamiq.yaml.
import { describe, expect, it } from "vitest";
import { createDynamiqClient } from "../src/dynamiq.js";
import { expectApiError, expectRequestRejected, fetchWithoutCredentials, mockUrl, preferStatus } from "./support/helpers.js";

const baseUrl = mockUrl("dynamiq");
const client = createDynamiqClient({ token: "ctok_9f3a7c1e", baseUrl, retry: false });
const anonymous = createDynamiqClient({ token: "ctok_9f3a7c1e", baseUrl, retry: false, fetch: fetchWithoutCredentials });
const requirement = { params: { path: { requirement_id: "497f6eca-6276-4993-bfeb-53cbbbba6f08" } } };

const authorizePaths = [
  "/v1/connect/requirements/{requirement_id}/pipedream/authorize",
  "/v1/connect/requirements/{requirement_id}/oauth2/authorize",
] as const;

describe.each(authorizePaths)("POST %s", (path) => {
  it("returns the URL to redirect the end user to", async () => {
    const { data, response } = await client.POST(path, requirement);
    expect(response.status).toBe(200);
    expect(new URL(data.data.url).protocol).toBe("https:");
  });
  it("documents HTTP 400 with per-field details", async () => {
    const error = await expectApiError(client.POST(path, { ...requirement, ...preferStatus(400) }), 400, client.isApiError);
    expect(error.body.error.code).toBe("bad_request");
    expect(error.body.error.details).toEqual({ input: "cannot be blank" });
  });
  it.each([
    [401, "unauthorized"],
    [404, "not_found"],
  ] as const)("documents HTTP %i (%s)", async (status, code) => {
    const error = await expectApiError(client.POST(path, { ...requirement, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.error.code).toBe(code);
  });
  it("is refused without credentials", async () => {
    const error = await expectApiError(anonymous.POST(path, requirement), 401, anonymous.isApiError);
    expect(error.body.error.code).toBe("unauthorized");
  });
  it("is refused by request validation for a requirement id that is not a UUID", async () => {
    await expectRequestRejected(client.POST(path, { params: { path: { requirement_id: "req-1" } } }), { at: ["path", "requirement_id"], status: 400 });
  });
});

describe("listConversations GET /v1/conversations", () => {
  it("lists one page with pagination", async () => {
    const { data, response } = await client.GET("/v1/conversations", { params: { query: { page: 1, page_size: 2, sort: "-created_at" } } });
    expect(response.status).toBe(200);
    expect(data.data).toHaveLength(2);
    expect(data.data[1]?.title).toBeNull();
    expect(data.pagination).toEqual({ page: 1, page_size: 2, page_count: 2, total_count: 3 });
  });
  it("iterates pages until page_count", async () => {
    const pages = [];
    for await (const page of client.pages("/v1/conversations", { params: { query: { page_size: 2 } } })) pages.push(page);
    expect(pages).toHaveLength(2);
    const items = [];
    for await (const conversation of client.items("/v1/conversations", { params: { query: { page_size: 2 } } })) items.push(conversation.id);
    expect(items).toHaveLength(4); // the mock answers every page with the same example page
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
    await expectRequestRejected(client.GET("/v1/conversations", { params: { query: { sort: "title" } } }), { at: ["query", "sort"], status: 400 });
  });
});
