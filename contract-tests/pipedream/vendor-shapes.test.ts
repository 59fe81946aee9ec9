// Pipedream response schemas against bodies shaped like the vendor's own SDK reads them
// (@pipedream/sdk 3.1.6), with validateResponses on: what the spec checks with a source (an SDK
// type, a document statement) is still checked, and what it checks without one is not.
// The bodies come from a local server this file starts on 127.0.0.1 (a free port) and stops.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/core/index.js";
import { createPipedreamClient } from "../../src/pipedream.js";

let server: Server;
let next: { status: number; body: unknown } = { status: 200, body: {} };
let url = "";

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(next.status, { "content-type": "application/json" });
    response.end(JSON.stringify(next.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

// Strict: a field the spec does not declare fails too, so passing means every field is declared.
const validating = () =>
  createPipedreamClient({ token: "pd-user-api-key", baseUrl: url, retry: false, validateResponses: { strict: true } });
// Lenient (additive drift allowed): a failure here is a declared field's type or format, not an undeclared field.
const lenient = () => createPipedreamClient({ token: "pd-user-api-key", baseUrl: url, retry: false, validateResponses: true });

function answer(status: number, body: unknown): void {
  next = { status, body };
}

async function issues(call: Promise<unknown>): Promise<string[]> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseValidationError);
  return (error as ResponseValidationError).issues.map((issue) => issue.pointer);
}

const app = {
  id: "app_mWnheL",
  name_slug: "slack_bot",
  name: "Slack Bot",
  auth_type: "keys",
  description: "Interact with Slack with your own bot user",
  img_src: "https://assets.pipedream.net/s.v0/app_mWnheL/logo/orig",
  custom_fields_json: "[]",
  categories: ["Communication"],
};
const appPath = { params: { path: { app_id: "slack_bot" } } };
const account = { id: "apn_abc123", created_at: "2022-07-27T20:37:52.000Z", updated_at: "2024-02-11T04:18:46.000Z" };
const accountPath = { params: { path: { account_id: "apn_abc123" } } };
const user = { id: "u_abc123", username: "dylburger", email: "dylan@pipedream.com" };

describe("App (@pipedream/sdk 3.1.6, type App)", () => {
  it("reads the SDK's fields (featured_weight, scope_profiles, auth_type none) with strict validation", async () => {
    answer(200, {
      data: { ...app, auth_type: "none", featured_weight: 5000, scope_profiles: [{ name: "read", scopes: ["channels:read"] }] },
    });
    const { data } = await validating().GET("/apps/{app_id}", appPath);
    expect(data.data.featured_weight).toBe(5000);
    expect(data.data.scope_profiles?.[0]?.scopes).toEqual(["channels:read"]);
  });
  it("refuses an SDK-declared field of the wrong type", async () => {
    answer(200, { data: { ...app, featured_weight: "high" } });
    expect(await issues(lenient().GET("/apps/{app_id}", appPath))).toEqual(["/data/featured_weight"]);
  });
  it("enforces no format on img_src (neither the document nor the SDK states one)", async () => {
    answer(200, { data: { ...app, img_src: "//assets.pipedream.net/logo orig.png" } });
    const { data } = await validating().GET("/apps/{app_id}", appPath);
    expect(data.data.img_src).toBe("//assets.pipedream.net/logo orig.png");
  });
  it("enforces no enum on auth_type (the SDK reads values outside its own list)", async () => {
    answer(200, { data: { ...app, auth_type: "basic" } });
    const { data } = await validating().GET("/apps/{app_id}", appPath);
    expect(data.data.auth_type).toBe("basic");
  });
});

describe("Account (@pipedream/sdk 3.1.6, type Account)", () => {
  it("reads the SDK's fields, with a null error on a healthy account", async () => {
    answer(200, {
      data: {
        ...account,
        external_id: "user-1",
        dead: false,
        error: null,
        authorized_scopes: ["openid"],
        last_refreshed_at: "2024-02-11T04:18:46.000Z",
        next_refresh_at: "2024-02-11T05:18:46.000Z",
        credentials: { oauth_access_token: "t", oauth_signer_uri: "https://signer.example/sign" },
      },
    });
    const { data } = await validating().GET("/accounts/{account_id}", accountPath);
    expect(data.data.error).toBeNull();
    expect(data.data.credentials?.oauth_signer_uri).toBe("https://signer.example/sign");
  });
  it("keeps date-time on created_at (ISO 8601 in the document's examples and in the SDK's parser)", async () => {
    answer(200, { data: { ...account, created_at: "yesterday" } });
    expect(await issues(lenient().GET("/accounts/{account_id}", accountPath))).toEqual(["/data/created_at"]);
  });
});

describe("formats without a source are gone", () => {
  it("accepts a user email that format: email would refuse (the document states no format)", async () => {
    answer(200, { data: { ...user, email: "admin@localhost" } });
    const { data } = await validating().GET("/users/me");
    expect(data.data.email).toBe("admin@localhost");
  });
  it("accepts a workspace email that format: email would refuse", async () => {
    answer(200, { data: { id: "o_abc123", name: "MyWorkspace", orgname: "myworkspace", email: "ops@intranet" } });
    const { data } = await validating().GET("/workspaces/{org_id}", { params: { path: { org_id: "o_abc123" } } });
    expect(data.data.email).toBe("ops@intranet");
  });
});

describe("Error (@pipedream/sdk 3.1.6, type ErrorResponse)", () => {
  it("reads code and details on an error body", async () => {
    answer(404, { error: "record not found", code: "not_found", details: { id: "apn_abc123" } });
    const error = await validating()
      .GET("/accounts/{account_id}", accountPath)
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ status: 404 });
  });
  it("refuses a code of the wrong type", async () => {
    answer(404, { error: "record not found", code: 404 });
    expect(await issues(lenient().GET("/accounts/{account_id}", accountPath))).toEqual(["/code"]);
  });
});
