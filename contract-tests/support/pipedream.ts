// Pipedream REST API v1: clients, data and helpers shared by its contract tests (contract-tests/pipedream/), against the mock of specs/pipedream.yaml.
import { expect } from "vitest";
import { createPipedreamClient } from "../../src/pipedream.js";
import { expectRequestRejected, fetchWithoutCredentials, mockUrl } from "./helpers.js";

export const baseUrl = mockUrl("pipedream");
export const token = "pd-user-api-key";
export const client = createPipedreamClient({ token, baseUrl, retry: false });
export const anonymous = createPipedreamClient({ token, baseUrl, retry: false, fetch: fetchWithoutCredentials });

// Counts what reaches the network, to show that a refused call sent nothing.
export let sentByCounting = 0;
export const counting = createPipedreamClient({
  token,
  baseUrl,
  retry: false,
  fetch: (request) => {
    sentByCounting++;
    return fetch(request);
  },
});

/** The core refuses the call before sending (RequestValidationError), for inputs Prism cannot see. */
export async function expectRefusedBeforeSending(call: Promise<unknown>, field: string): Promise<void> {
  const before = sentByCounting;
  await expect(call).rejects.toMatchObject({ kind: "request_validation", field });
  expect(sentByCounting).toBe(before);
}

// The spec's illustrative Unauthorized and NotFound examples.
export const unauthorized = [401, "Unauthorized"] as const;
export const notFound = [404, "record not found"] as const;

export const account = { params: { path: { account_id: "apn_abc123" } } };
export const source = { params: { path: { id: "dc_abc123" } } };
export const workflow = { params: { path: { workflow_id: "p_abc123" } } };
export const workspace = { params: { path: { org_id: "o_Qa8I1Z" } } };
export const subscription = { params: { query: { emitter_id: "dc_def456", listener_id: "p_abc123", event_name: "$errors" } } };
export const rssUrl = "https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.js";
export const tokenRequest = { grant_type: "client_credentials", client_id: "<client_id>", client_secret: "<client secret>" } as const;
export const revokeRequest = { token: "<access token>", client_id: "<client_id>", client_secret: "<client secret>" };
export const workflowRequest = {
  project_id: "proj_wx9sgy",
  org_id: "o_BYDI5y",
  template_id: "tch_3BXfWO",
  steps: [{ namespace: "code", props: { stringProp: "asdf" } }],
  triggers: [{ props: { string: "jkl" } }],
  settings: { name: "example workflow name", auto_deploy: true },
};

// The spec's illustrative BadRequest and ServerError examples (the document's 4xx and 5xx ranges).
export const badRequest = [400, "Bad Request"] as const;
export const serverError = [500, "Internal Server Error"] as const;

/**
 * Prism's request validation refused the call. The spec declares a 400 (the document's "4xx ...
 * a required parameter was omitted"), so Prism answers a refusal with that status and lists the
 * violations in `sl-violations`.
 */
export function expectRejected(call: Promise<unknown>, expected: { at: string[]; mentions?: string }): Promise<void> {
  return expectRequestRejected(call, { ...expected, status: 400 });
}
