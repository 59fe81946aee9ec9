// openapi-fetch's ecosystem on this client, against the mock of specs/botpress.yaml:
// openapi-react-query (a query run through QueryClient.fetchQuery, as its hooks run it) and
// swr-openapi (type level: its hooks need a React renderer) accept `client.throwing` and `client.raw`.
import { QueryClient } from "@tanstack/react-query";
import createQueryClient from "openapi-react-query";
import { createQueryHook } from "swr-openapi";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { ApiError } from "../../src/core/index.js";
import { CONVERSATION_ID, client } from "../support/botpress.js";
import { preferStatus } from "../support/helpers.js";

const queries = new QueryClient();
afterEach(() => queries.clear());
const conversation = { params: { path: { id: CONVERSATION_ID } } };

describe("openapi-react-query", () => {
  const $api = createQueryClient(client.throwing);
  it("runs a query through the client", async () => {
    const data = await queries.fetchQuery($api.queryOptions("get", "/v1/chat/conversations/{id}", conversation));
    expectTypeOf(data.conversation.id).toEqualTypeOf<string>();
    expect(data.conversation.id).toBe(CONVERSATION_ID);
  });
  it("puts an ApiError, not the body, in the query's error with client.throwing", async () => {
    const failing = $api.queryOptions("get", "/v1/chat/conversations/{id}", { ...conversation, ...preferStatus(404) });
    const error: unknown = await queries.fetchQuery(failing).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(client.isApiError(error) && error.status === 404 && error.body.type).toBe("ResourceNotFound");
  });
  it("puts the body there with client.raw (openapi-fetch's own style)", async () => {
    const failing = createQueryClient(client.raw).queryOptions("get", "/v1/chat/conversations/{id}", {
      ...conversation,
      ...preferStatus(404),
    });
    const error: unknown = await queries.fetchQuery(failing).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(Error);
    expect(error).toMatchObject({ type: "ResourceNotFound", status: 404 });
  });
});

describe("swr-openapi", () => {
  it("accepts both faces", () => {
    expectTypeOf(createQueryHook(client.throwing, "botpress")).toBeFunction();
    expectTypeOf(createQueryHook(client.raw, "botpress")).toBeFunction();
  });
});
