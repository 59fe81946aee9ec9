// Generated from specs/dynamiq.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { OperationMethod } from "../src/core/operations.js";

/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */
const operations: Readonly<Record<string, readonly [string, string]>> = {
  authorizePipedreamRequirement: ["post", "/v1/connect/requirements/{requirement_id}/pipedream/authorize"],
  authorizeOAuth2Requirement: ["post", "/v1/connect/requirements/{requirement_id}/oauth2/authorize"],
  listConversations: ["get", "/v1/conversations"],
};

export default operations;

/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */
export interface DynamiqOperationMethods<Paths> {
  /**
   * Start linking an action connector account
   *
   * Starts the hosted flow that links an action connector account for a `pipedream_account`
   * requirement. Returns a connect URL, pre-targeted at the connector app declared in the
   * requirement's spec (for example `gmail`); redirect the end user there to authorize their
   * account. Once the account is linked, the requirement becomes `completed`. The request has
   * no body. Path, auth and the four answers (200, 400, 401, 404) are the document's; the vendor
   * reference
   * https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementActionConnector
   * shows the same.
   *
   * `POST /v1/connect/requirements/{requirement_id}/pipedream/authorize`
   * @see {@link https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementActionConnector}
   */
  authorizePipedreamRequirement: OperationMethod<Paths, "/v1/connect/requirements/{requirement_id}/pipedream/authorize", "post">;

  /**
   * Start an OAuth2 authorization
   *
   * Starts an OAuth2 authorization flow for a `connection` requirement whose connection type
   * is OAuth2-based with a configured provider (Google, GitHub, Dropbox, Box, Notion, or
   * Microsoft). Creates a pending end-user connection and returns the provider's authorization
   * URL; redirect the end user there to grant consent. The request has no body.
   *
   * The document shows no examples for this operation; its success and error shapes are the
   * same as the first operation's (api-docs/README.md), so the examples are written in kind.
   * The vendor reference
   * https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementOAuth2
   * confirms the path, the connect-token bearer auth, the string `requirement_id` ("Requirement
   * UUID"), and the four answers (200 `{"data":{"url":...}}`, 400, 401, 404 in the error shape).
   *
   * `POST /v1/connect/requirements/{requirement_id}/oauth2/authorize`
   * @see {@link https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementOAuth2}
   */
  authorizeOAuth2Requirement: OperationMethod<Paths, "/v1/connect/requirements/{requirement_id}/oauth2/authorize", "post">;

  /**
   * List conversations
   *
   * Lists the caller's conversations, most recently created first by default. Page-numbered:
   * `page` is 1-based and `pagination.page_count` tells how many pages there are.
   *
   * The document names this operation but shows neither a conversation object nor its
   * errors. The conversation fields follow the vendor reference
   * https://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations
   * (its example object), and the schema stays open to more. Errors: that page lists 200 and
   * 401 only. 400 (a bad query) and 403 (the key may not read these conversations) are kept,
   * assumed, because api-docs/README.md names `bad_request` and `forbidden` among the error
   * codes of every endpoint.
   *
   * `GET /v1/conversations`
   * @see {@link https://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations}
   */
  listConversations: OperationMethod<Paths, "/v1/conversations", "get">;
}
