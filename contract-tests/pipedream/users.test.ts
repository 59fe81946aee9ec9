// Pipedream "Users" operations (the spec's tag) against the mock of specs/pipedream.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, preferStatus } from "../support/helpers.js";
import { client, anonymous, counting, expectRefusedBeforeSending } from "../support/pipedream.js";

describe("getCurrentUser GET /users/me", () => {
  it("returns the authenticated user", async () => {
    const { data, response } = await client.GET("/users/me");
    expect(response.status).toBe(200);
    expect(data.data.id).toBe("u_abc123");
    expect(data.data.username).toBe("dylburger");
    expect(data.data.daily_invocations_used).toBe(24903);
    expect(data.data.orgs?.map((org) => org.id)).toEqual(["o_abc123", "o_edf456"]);
  });
  it("documents HTTP 401", async () => {
    const error = await expectApiError(client.GET("/users/me", preferStatus(401)), 401, client.isApiError);
    expect(error.body.error).toBe("Unauthorized");
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.GET("/users/me"), 401, anonymous.isApiError);
  });
  // No parameters and no body: nothing Prism could refuse, and no path parameter to misuse. The
  // one input left is a header; the client refuses a header value that would inject another.
  it("is refused before sending for a header value with CR/LF", async () => {
    await expectRefusedBeforeSending(counting.GET("/users/me", { headers: { "X-Trace": "a\r\nX-Injected: 1" } }), "call header 'X-Trace'");
  });
});
