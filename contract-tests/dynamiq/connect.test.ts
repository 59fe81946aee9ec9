// Dynamiq "Connect" operations (the spec's tag) against the mock of specs/dynamiq.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, expectRequestRejected, preferStatus } from "../support/helpers.js";
import { client, anonymous, requirement, authorizePaths } from "../support/dynamiq.js";

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
    await expectRequestRejected(client.POST(path, { params: { path: { requirement_id: "req-1" } } }), {
      at: ["path", "requirement_id"],
      status: 400,
    });
  });
});
