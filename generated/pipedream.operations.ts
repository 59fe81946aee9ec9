// Generated from specs/pipedream.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { JsonRequestBody, OperationMethod } from "../src/core/operations.js";
import type { paths } from "./pipedream.js";

/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */
const operations: Readonly<Record<string, readonly [string, string]>> = {
  listAccounts: ["get", "/accounts"],
  getAccount: ["get", "/accounts/{account_id}"],
  listApps: ["get", "/apps"],
  getApp: ["get", "/apps/{app_id}"],
  createComponent: ["post", "/components"],
  getComponent: ["get", "/components/{key_or_id}"],
  getRegistryComponent: ["get", "/components/registry/{key}"],
  searchComponents: ["get", "/components/search"],
  listSourceEvents: ["get", "/sources/{id}/event_summaries"],
  deleteSourceEvents: ["delete", "/sources/{id}/events"],
  createOAuthToken: ["post", "/oauth/token"],
  revokeOAuthToken: ["post", "/oauth/revoke"],
  createSource: ["post", "/sources"],
  updateSource: ["put", "/sources/{id}"],
  deleteSource: ["delete", "/sources/{id}"],
  createSubscription: ["post", "/subscriptions"],
  deleteSubscription: ["delete", "/subscriptions"],
  createAutoSubscription: ["post", "/auto_subscriptions"],
  getCurrentUser: ["get", "/users/me"],
  listUserSources: ["get", "/users/me/sources"],
  listWebhooks: ["get", "/users/me/webhooks"],
  createWebhook: ["post", "/webhooks"],
  deleteWebhook: ["delete", "/webhooks/{id}"],
  createWorkflow: ["post", "/workflows"],
  getWorkflow: ["get", "/workflows/{workflow_id}"],
  updateWorkflow: ["put", "/workflows/{workflow_id}"],
  listWorkflowEmits: ["get", "/workflows/{workflow_id}/event_summaries"],
  listWorkflowErrors: ["get", "/workflows/{workflow_id}/$errors/event_summaries"],
  getWorkspace: ["get", "/workspaces/{org_id}"],
  listWorkspaceAccounts: ["get", "/workspaces/{org_id}/accounts"],
  listWorkspaceSubscriptions: ["get", "/workspaces/{org_id}/subscriptions"],
  listWorkspaceSources: ["get", "/orgs/{org_id}/sources"],
};

export default operations;

type CreateOAuthTokenBodyJson = JsonRequestBody<paths, "/oauth/token", "post">;

/** The JSON body of createOAuthToken (`POST /oauth/token`), named so that type errors name it. */
export interface CreateOAuthTokenBody {
  /**
   * Always `client_credentials` (document: "For Pipedream, this is always client_credentials").
   */
  grant_type: CreateOAuthTokenBodyJson["grant_type"];
  /**
   * The client ID of the OAuth app.
   */
  client_id: CreateOAuthTokenBodyJson["client_id"];
  /**
   * The client secret of the OAuth app.
   */
  client_secret: CreateOAuthTokenBodyJson["client_secret"];
  /**
   * Space-separated scopes for the token (optional). Not in the document; accepted because
   * @pipedream/sdk 3.1.6, type `CreateOAuthTokenOpts`, sends it in this body when its caller
   * gives one (the SDK's default when absent is `*`, all scopes).
   */
  scope?: Exclude<CreateOAuthTokenBodyJson["scope"], undefined>;
  /**
   * Common parameter `include` in a POST body: the fields of the response to include, as one
   * comma-separated string (defaults to all fields). Document: "They can be included as query
   * string params for GET requests, or in the body of the payload of POST requests."
   */
  include?: Exclude<CreateOAuthTokenBodyJson["include"], undefined>;
  /**
   * Common parameter `exclude` in a POST body: the fields of the response to exclude, as one
   * comma-separated string (defaults to none). Document: "They can be included as query string
   * params for GET requests, or in the body of the payload of POST requests."
   */
  exclude?: Exclude<CreateOAuthTokenBodyJson["exclude"], undefined>;
  /**
   * A workspace (org) ID, e.g. `o_abc123` (the document's examples). The document states no
   * format, so none is enforced.
   */
  org_id?: Exclude<CreateOAuthTokenBodyJson["org_id"], undefined>;
}

type RevokeOAuthTokenBodyJson = JsonRequestBody<paths, "/oauth/revoke", "post">;

/** The JSON body of revokeOAuthToken (`POST /oauth/revoke`), named so that type errors name it. */
export interface RevokeOAuthTokenBody {
  /**
   * The access token to revoke.
   */
  token?: Exclude<RevokeOAuthTokenBodyJson["token"], undefined>;
  /**
   * The client ID of the OAuth app.
   */
  client_id?: Exclude<RevokeOAuthTokenBodyJson["client_id"], undefined>;
  /**
   * The client secret of the OAuth app.
   */
  client_secret?: Exclude<RevokeOAuthTokenBodyJson["client_secret"], undefined>;
  /**
   * Common parameter `include` in a POST body: the fields of the response to include, as one
   * comma-separated string (defaults to all fields). Document: "They can be included as query
   * string params for GET requests, or in the body of the payload of POST requests."
   */
  include?: Exclude<RevokeOAuthTokenBodyJson["include"], undefined>;
  /**
   * Common parameter `exclude` in a POST body: the fields of the response to exclude, as one
   * comma-separated string (defaults to none). Document: "They can be included as query string
   * params for GET requests, or in the body of the payload of POST requests."
   */
  exclude?: Exclude<RevokeOAuthTokenBodyJson["exclude"], undefined>;
  /**
   * A workspace (org) ID, e.g. `o_abc123` (the document's examples). The document states no
   * format, so none is enforced.
   */
  org_id?: Exclude<RevokeOAuthTokenBodyJson["org_id"], undefined>;
}

type CreateWorkflowBodyJson = JsonRequestBody<paths, "/workflows", "post">;

/** The JSON body of createWorkflow (`POST /workflows`), named so that type errors name it. */
export interface CreateWorkflowBody {
  /**
   * A workspace (org) ID, e.g. `o_abc123` (the document's examples). The document states no
   * format, so none is enforced.
   */
  org_id: CreateWorkflowBodyJson["org_id"];
  /**
   * Common parameter `include` in a POST body: the fields of the response to include, as one
   * comma-separated string (defaults to all fields). Document: "They can be included as query
   * string params for GET requests, or in the body of the payload of POST requests."
   */
  include?: Exclude<CreateWorkflowBodyJson["include"], undefined>;
  /**
   * Common parameter `exclude` in a POST body: the fields of the response to exclude, as one
   * comma-separated string (defaults to none). Document: "They can be included as query string
   * params for GET requests, or in the body of the payload of POST requests."
   */
  exclude?: Exclude<CreateWorkflowBodyJson["exclude"], undefined>;
  /**
   * The ID of the project to create the workflow in. The prefix is the document's: "the
   * project ID can be found in the URL, starting with proj_"; the characters after it are
   * not constrained (the document states none).
   */
  project_id: CreateWorkflowBodyJson["project_id"];
  /**
   * The ID of the workflow template: the `h` value of a workflow's "Create share link" URL
   * (`https://pipedream.com/new?h=tch_Vdfl0l` gives `tch_Vdfl0l`; the document's prose
   * writes the result as `tch_Vdfl01`, a typo for the URL's value).
   */
  template_id: CreateWorkflowBodyJson["template_id"];
  steps?: Exclude<CreateWorkflowBodyJson["steps"], undefined>;
  triggers?: Exclude<CreateWorkflowBodyJson["triggers"], undefined>;
  /**
   * Additional workflow settings "such as name and auto_deploy" (open).
   */
  settings?: Exclude<CreateWorkflowBodyJson["settings"], undefined>;
}

type UpdateWorkflowBodyJson = JsonRequestBody<paths, "/workflows/{workflow_id}", "put">;

/** The JSON body of updateWorkflow (`PUT /workflows/{workflow_id}`), named so that type errors name it. */
export interface UpdateWorkflowBody {
  /**
   * Set to `true` to activate the workflow, `false` to deactivate it.
   */
  active: UpdateWorkflowBodyJson["active"];
  /**
   * A workspace (org) ID, e.g. `o_abc123` (the document's examples). The document states no
   * format, so none is enforced.
   */
  org_id: UpdateWorkflowBodyJson["org_id"];
}

/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */
export interface PipedreamOperationMethods<Paths> {
  /**
   * List accounts
   *
   * List connected accounts accessible by the authenticated user or workspace.
   *
   * The document writes this path as `GET /accounts/` with a trailing slash; the slash is
   * dropped here (its own example request calls `https://api.pipedream.com/v1/accounts`).
   * The document's example response contains `//` comments, which are not JSON; the example
   * below is the same JSON with the comments removed. That example shows no `page_info`, so
   * `page_info` is optional in `AccountList`.
   *
   * `GET /accounts`
   */
  listAccounts: OperationMethod<Paths, "/accounts", "get">;

  /**
   * Get account
   *
   * By default, returns metadata for a specific connected account. Set
   * `include_credentials=true` to also return the account's credentials.
   *
   * The document's example responses contain `//` comments, which are not JSON; the examples
   * below are the same JSON with the comments removed (the credentials example's `credentials`
   * object, which held only a comment, becomes `{}`).
   *
   * `GET /accounts/{account_id}`
   */
  getAccount: OperationMethod<Paths, "/accounts/{account_id}", "get">;

  /**
   * List apps
   *
   * Retrieve a list of all apps available on Pipedream.
   *
   * `GET /apps`
   */
  listApps: OperationMethod<Paths, "/apps", "get">;

  /**
   * Get an app
   *
   * Retrieve metadata for a specific app.
   *
   * The document's example response is not valid JSON: it is the fragment
   * `"data": [ { ...app... } ]` without the enclosing braces, and it wraps the single
   * requested app in an array, unlike every other "get one resource" endpoint in the document
   * and unlike its own description ("metadata for a specific app"). The example below is
   * minimally repaired: enclosed in `{ }`, and `data` holds the app object itself rather than a
   * one-element array. The response schema follows the repaired shape (`data` is one `App`).
   *
   * `GET /apps/{app_id}`
   */
  getApp: OperationMethod<Paths, "/apps/{app_id}", "get">;

  /**
   * Create a component
   *
   * Create a component (the code for an event source) from its code or from the URL where it
   * is hosted. Returns the component's ID, code, configurable props and other metadata needed
   * to deploy a source from it. Only available with user API keys, not yet with workspace
   * OAuth tokens.
   *
   * One of `component_code` or `component_url` is required. If both are present,
   * `component_code` is used and `component_url` is kept only as metadata. `org_id` is the
   * document's common parameter, which may travel in the body of POST requests and is needed
   * when creating resources with a user API key.
   *
   * `POST /components`
   */
  createComponent: OperationMethod<Paths, "/components", "post">;

  /**
   * Get a component
   *
   * Retrieve a component saved or published in your account using its saved component ID or
   * its key. Returns the component's metadata and configurable props.
   *
   * The document writes this path as `/components/{key|id}` and documents two alternative
   * parameters, `key` and `id`, for the one path segment. This spec uses a single path
   * parameter, `key_or_id`, which accepts either.
   *
   * `GET /components/{key_or_id}`
   */
  getComponent: OperationMethod<Paths, "/components/{key_or_id}", "get">;

  /**
   * Get a component from the global registry
   *
   * Returns the same data as `getComponent`, for any component published in Pipedream's global
   * registry of public components.
   *
   * The document's example requests `github-new-repository` but shows the response of the RSS
   * component (`sc_JDi8EB`, name `rss`); the JSON is valid and is kept as given.
   *
   * `GET /components/registry/{key}`
   */
  getRegistryComponent: OperationMethod<Paths, "/components/registry/{key}", "get">;

  /**
   * Search for registry components
   *
   * Search for components in the global registry with natural language; Pipedream uses AI to
   * match the query to the most relevant components. The response is not wrapped in `data`:
   * it lists the keys of matching sources and actions (with `debug=true`, additional fields may
   * be returned, so the response object is open).
   *
   * The document's example request passes `limit=1` (outside the quoted URL, a shell typo);
   * `limit` is therefore accepted here, with the common pagination definition.
   *
   * `GET /components/search`
   */
  searchComponents: OperationMethod<Paths, "/components/search", "get">;

  /**
   * Get source events
   *
   * Retrieve up to the last 100 events emitted by a source. Event data for events larger than
   * 1KB may be truncated; pass `expand=event` to get the full event data. Pass `limit=N` to
   * retrieve the last N events.
   *
   * The document gives no example response; the example below is illustrative and follows the
   * event-summary shape the document shows for workflow emits.
   *
   * `GET /sources/{id}/event_summaries`
   */
  listSourceEvents: OperationMethod<Paths, "/sources/{id}/event_summaries", "get">;

  /**
   * Delete source events
   *
   * Deletes all events, or a range of events, tied to a source. With neither `start_id` nor
   * `end_id`, all of the source's events are deleted; pass the same event ID as both to delete
   * a single event. Event IDs come from `listSourceEvents` and are ordered by emission time.
   *
   * Deletion happens asynchronously: the API answers `202 Accepted` (document: "Deletion
   * happens asynchronously, so you'll receive a 202 Accepted HTTP status code in response to any
   * deletion requests"). The document shows no response body, so none is declared.
   *
   * `DELETE /sources/{id}/events`
   */
  deleteSourceEvents: OperationMethod<Paths, "/sources/{id}/events", "delete">;

  /**
   * Get a new access token
   *
   * Exchanges an OAuth app's client ID and client secret for a new access token
   * (`grant_type` is always `client_credentials`). The response is not wrapped in `data`.
   *
   * This operation has `security: []`: the document's "the Authorization header is required on
   * all endpoints" cannot apply to the endpoint that issues the token, and the document's
   * example request sends no Authorization header; the client credentials travel in the JSON
   * body instead. The document shows no error responses; `401` (invalid client credentials)
   * is declared as for the other operations.
   *
   * `POST /oauth/token`
   */
  createOAuthToken: OperationMethod<Paths, "/oauth/token", "post", CreateOAuthTokenBody>;

  /**
   * Revoke an access token
   *
   * Revokes an access token, rendering it invalid for future requests. Returns `200 OK` with an
   * empty JSON object.
   *
   * As with `createOAuthToken`, the document's example request sends no Authorization header:
   * the OAuth app's client credentials travel in the JSON body together with the token to
   * revoke, so this operation also has `security: []`. The document calls the success body
   * "empty" and shows it as `{}`; the spec declares an empty JSON object. No error responses
   * are documented; `401` (invalid client credentials) is declared.
   *
   * `POST /oauth/revoke`
   */
  revokeOAuthToken: OperationMethod<Paths, "/oauth/revoke", "post", RevokeOAuthTokenBody>;

  /**
   * Create a source
   *
   * Deploys an event source from a saved component (`component_id`), from component code
   * (`component_code`) or from the URL where the code is hosted (`component_url`); one of the
   * three is required, and `component_id` wins if several are given. Only available with user
   * API keys, not yet with workspace OAuth tokens.
   *
   * The document writes this path as `POST /sources/` with a trailing slash; the slash is
   * dropped here (its own example request calls `https://api.pipedream.com/v1/sources`). The
   * document's parameter list omits `configured_props`, but its example request sends it, so
   * it is accepted here. `org_id` is the document's common parameter, needed when creating
   * resources with a user API key.
   *
   * `POST /sources`
   */
  createSource: OperationMethod<Paths, "/sources", "post">;

  /**
   * Update a source
   *
   * Updates a source's component, name or active state.
   *
   * The document repeats the create-source rule for this endpoint: one of `component_id`,
   * `component_code` or `component_url` is required; the request schema follows it.
   * `configured_props`, accepted when creating a source, is accepted here too. The document
   * shows no response; `200` without a body is declared.
   *
   * `PUT /sources/{id}`
   */
  updateSource: OperationMethod<Paths, "/sources/{id}", "put">;

  /**
   * Delete a source
   *
   * Deletes a source. The document shows no response; `200` without a body is declared.
   *
   * `DELETE /sources/{id}`
   */
  deleteSource: OperationMethod<Paths, "/sources/{id}", "delete">;

  /**
   * Listen for events from another source or workflow
   *
   * Configures a source or workflow (`listener_id`) to receive events from another source or
   * workflow (`emitter_id`). All parameters travel in the query string; there is no request
   * body. The Subscriptions API is incompatible with projects that have GitHub Sync enabled.
   *
   * The document shows no response; `200` without a body is declared.
   *
   * `POST /subscriptions`
   */
  createSubscription: OperationMethod<Paths, "/subscriptions", "post">;

  /**
   * Delete a subscription
   *
   * Deletes an existing subscription. Takes the same query-string parameters as
   * `createSubscription`. If the subscription was created without an `event_name`, pass
   * `event_name=` (empty). The document's endpoint line lists `event_name` but its example
   * omits it, so it is optional here.
   *
   * The document shows no response; `200` without a body is declared.
   *
   * `DELETE /subscriptions`
   */
  deleteSubscription: OperationMethod<Paths, "/subscriptions", "delete">;

  /**
   * Automatically subscribe a listener to events from new workflows / sources
   *
   * Once set up, every workflow or event source created afterwards automatically delivers the
   * named event stream (`$errors` or `$logs`) to the listener. Existing workflows and sources
   * are not affected (use `createSubscription` for them). Both parameters travel in the query
   * string; there is no request body.
   *
   * The document shows no response; `200` without a body is declared.
   *
   * `POST /auto_subscriptions`
   */
  createAutoSubscription: OperationMethod<Paths, "/auto_subscriptions", "post">;

  /**
   * Get current user info
   *
   * Retrieve information on the authenticated user. Only works with user API keys, not with
   * workspace OAuth tokens.
   *
   * Both of the document's example responses are invalid JSON and are minimally repaired:
   * in the free-user example, the comma missing after `"daily_invocations_used": 24903` is
   * added and the trailing comma after the `orgs` array is removed; in the paid-user example,
   * the comma missing after the `username` value is added.
   *
   * `GET /users/me`
   */
  getCurrentUser: OperationMethod<Paths, "/users/me", "get">;

  /**
   * List the authenticated user's sources
   *
   * Lists the event sources of the authenticated user. The document uses this endpoint only as
   * its pagination example; the example below is that example's response, whose items show
   * only `id` (which is why `Source` requires only `id`).
   *
   * The document's prose says the example fetches "a page of 5 sources" while its request
   * passes `limit=3` and its response holds 3; the request and response agree and are kept.
   *
   * `GET /users/me/sources`
   */
  listUserSources: OperationMethod<Paths, "/users/me/sources", "get">;

  /**
   * List webhooks
   *
   * Lists the webhooks you've created in your account. The document only names this endpoint;
   * the response is assumed to be the common paginated list (`page_info` + `data`) of the
   * webhook objects `createWebhook` returns, and the example below is illustrative.
   *
   * `GET /users/me/webhooks`
   */
  listWebhooks: OperationMethod<Paths, "/users/me/webhooks", "get">;

  /**
   * Create a webhook
   *
   * Creates a webhook pointing to a URL. Configure a subscription to deliver events to it,
   * using the returned `data.id` (`wh_...`) as the listener. All parameters travel in the query
   * string; there is no request body.
   *
   * `url`, `name` and `description` are all required: the document lists the three without
   * "(optional)" and its example request sends all three, and the vendor's reference page
   * (https://pipedream.com/docs/rest-api/api-reference/webhooks/create-a-webhook) marks all three
   * required. (The example response shows `null` for `name` and `description` although the
   * request passed both; the JSON is valid and is kept as given, so the answer's fields stay
   * nullable.)
   *
   * `POST /webhooks`
   */
  createWebhook: OperationMethod<Paths, "/webhooks", "post">;

  /**
   * Delete a webhook
   *
   * Deletes a webhook in your account. The document shows no response; `200` without a body is declared.
   *
   * `DELETE /webhooks/{id}`
   */
  deleteWebhook: OperationMethod<Paths, "/webhooks/{id}", "delete">;

  /**
   * Create a workflow
   *
   * Creates a new workflow in a workspace's project from a workflow template, with the given
   * steps, triggers and settings. Only available with user API keys, not yet with workspace
   * OAuth tokens.
   *
   * The document says each trigger definition has "its type and props" but its example
   * trigger has only `props`; `type` is accepted and optional here.
   *
   * `POST /workflows`
   */
  createWorkflow: OperationMethod<Paths, "/workflows", "post", CreateWorkflowBody>;

  /**
   * Get a workflow's details
   *
   * Retrieves the details (triggers and steps) of a specific workflow. The response is not
   * wrapped in `data`, as the document shows it.
   *
   * The document names this path's parameter `workflow_id` here and `id` for
   * `PUT /workflows/{id}`; this spec uses `workflow_id` for both (it is also the name the
   * emits and errors endpoints use).
   *
   * `GET /workflows/{workflow_id}`
   */
  getWorkflow: OperationMethod<Paths, "/workflows/{workflow_id}", "get">;

  /**
   * Update a workflow
   *
   * Updates a workflow's activation status (to change steps, triggers or connected accounts,
   * create a new workflow). Only available with user API keys, not yet with workspace OAuth
   * tokens.
   *
   * The document writes this path as `PUT /workflows/{id}`, while `GET /workflows/{workflow_id}`
   * names the same segment `workflow_id`; this spec uses `workflow_id`. The document shows no
   * response; `200` without a body is declared.
   *
   * `PUT /workflows/{workflow_id}`
   */
  updateWorkflow: OperationMethod<Paths, "/workflows/{workflow_id}", "put", UpdateWorkflowBody>;

  /**
   * Get workflow emits
   *
   * Retrieve up to the last 100 events emitted from a workflow using `$send.emit()`. Event data
   * larger than 1KB may be truncated; pass `expand=event` for the full data, and `limit=N` for
   * the last N events. (The document writes one of its examples as
   * `/workflows/{workflow_id}/event_summaries&expand=event`, with `&` for `?`; `expand` is a
   * query parameter.)
   *
   * `GET /workflows/{workflow_id}/event_summaries`
   */
  listWorkflowEmits: OperationMethod<Paths, "/workflows/{workflow_id}/event_summaries", "get">;

  /**
   * Get workflow errors
   *
   * Retrieve up to the last 100 events for a workflow that threw an error, with the error's
   * details and the original event. Event data larger than 1KB may be truncated; pass
   * `expand=event` for the full data, and `limit=N` for the last N events.
   *
   * `$errors` is a literal path segment (the name of Pipedream's error event stream), not a
   * template: it is the real path, kept as documented. Clients must send it as is (or
   * percent-encoded as `%24errors`).
   *
   * `GET /workflows/{workflow_id}/$errors/event_summaries`
   */
  listWorkflowErrors: OperationMethod<Paths, "/workflows/{workflow_id}/$errors/event_summaries", "get">;

  /**
   * Get a workspace
   *
   * View a workspace, including its current credit usage for the billing period.
   *
   * The document writes this path as `GET /v1/workspaces/<org_id>` (with the `/v1` prefix that
   * is already in the server URL) and names its path parameter `workspaces_id`; this spec uses
   * `/workspaces/{org_id}`, matching the path as written and the workspace accounts and sources
   * endpoints.
   *
   * `GET /workspaces/{org_id}`
   */
  getWorkspace: OperationMethod<Paths, "/workspaces/{org_id}", "get">;

  /**
   * Get a workspace's connected accounts
   *
   * Retrieve all the connected accounts for a specific workspace.
   *
   * `GET /workspaces/{org_id}/accounts`
   */
  listWorkspaceAccounts: OperationMethod<Paths, "/workspaces/{org_id}/accounts", "get">;

  /**
   * Get a workspace's subscriptions
   *
   * Retrieve all the subscriptions configured for a specific workspace.
   *
   * The document names this endpoint's path parameter `workspaces_id` while writing the path as
   * `/workspaces/<org_id>/subscriptions`; this spec uses `org_id`. Its example response shows
   * no `page_info`, so `page_info` is optional in `SubscriptionList`.
   *
   * `GET /workspaces/{org_id}/subscriptions`
   */
  listWorkspaceSubscriptions: OperationMethod<Paths, "/workspaces/{org_id}/subscriptions", "get">;

  /**
   * Get a workspace's sources
   *
   * Retrieve all the event sources configured for a specific workspace. The document uses the
   * `/orgs/` prefix for this one workspace endpoint; it is kept as documented.
   *
   * `GET /orgs/{org_id}/sources`
   */
  listWorkspaceSources: OperationMethod<Paths, "/orgs/{org_id}/sources", "get">;
}
