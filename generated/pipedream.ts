// Generated from specs/pipedream.yaml by scripts/generate.ts (npm run generate). Do not edit.

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description List connected accounts accessible by the authenticated user or workspace.
         *
         *     The document writes this path as `GET /accounts/` with a trailing slash; the slash is
         *     dropped here (its own example request calls `https://api.pipedream.com/v1/accounts`).
         *     The document's example response contains `//` comments, which are not JSON; the example
         *     below is the same JSON with the comments removed. That example shows no `page_info`, so
         *     `page_info` is optional in `AccountList`.
         */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account
         * @description By default, returns metadata for a specific connected account. Set
         *     `include_credentials=true` to also return the account's credentials.
         *
         *     The document's example responses contain `//` comments, which are not JSON; the examples
         *     below are the same JSON with the comments removed (the credentials example's `credentials`
         *     object, which held only a comment, becomes `{}`).
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List apps
         * @description Retrieve a list of all apps available on Pipedream.
         */
        get: operations["listApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apps/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an app
         * @description Retrieve metadata for a specific app.
         *
         *     The document's example response is not valid JSON: it is the fragment
         *     `"data": [ { ...app... } ]` without the enclosing braces, and it wraps the single
         *     requested app in an array, unlike every other "get one resource" endpoint in the document
         *     and unlike its own description ("metadata for a specific app"). The example below is
         *     minimally repaired: enclosed in `{ }`, and `data` holds the app object itself rather than a
         *     one-element array. The response schema follows the repaired shape (`data` is one `App`).
         */
        get: operations["getApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a component
         * @description Create a component (the code for an event source) from its code or from the URL where it
         *     is hosted. Returns the component's ID, code, configurable props and other metadata needed
         *     to deploy a source from it. Only available with user API keys, not yet with workspace
         *     OAuth tokens.
         *
         *     One of `component_code` or `component_url` is required. If both are present,
         *     `component_code` is used and `component_url` is kept only as metadata. `org_id` is the
         *     document's common parameter, which may travel in the body of POST requests and is needed
         *     when creating resources with a user API key.
         */
        post: operations["createComponent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/{key_or_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a component
         * @description Retrieve a component saved or published in your account using its saved component ID or
         *     its key. Returns the component's metadata and configurable props.
         *
         *     The document writes this path as `/components/{key|id}` and documents two alternative
         *     parameters, `key` and `id`, for the one path segment. This spec uses a single path
         *     parameter, `key_or_id`, which accepts either.
         */
        get: operations["getComponent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/registry/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a component from the global registry
         * @description Returns the same data as `getComponent`, for any component published in Pipedream's global
         *     registry of public components.
         *
         *     The document's example requests `github-new-repository` but shows the response of the RSS
         *     component (`sc_JDi8EB`, name `rss`); the JSON is valid and is kept as given.
         */
        get: operations["getRegistryComponent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search for registry components
         * @description Search for components in the global registry with natural language; Pipedream uses AI to
         *     match the query to the most relevant components. The response is not wrapped in `data`:
         *     it lists the keys of matching sources and actions (with `debug=true`, additional fields may
         *     be returned, so the response object is open).
         *
         *     The document's example request passes `limit=1` (outside the quoted URL, a shell typo);
         *     `limit` is therefore accepted here, with the common pagination definition.
         */
        get: operations["searchComponents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}/event_summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get source events
         * @description Retrieve up to the last 100 events emitted by a source. Event data for events larger than
         *     1KB may be truncated; pass `expand=event` to get the full event data. Pass `limit=N` to
         *     retrieve the last N events.
         *
         *     The document gives no example response; the example below is illustrative and follows the
         *     event-summary shape the document shows for workflow emits.
         */
        get: operations["listSourceEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete source events
         * @description Deletes all events, or a range of events, tied to a source. With neither `start_id` nor
         *     `end_id`, all of the source's events are deleted; pass the same event ID as both to delete
         *     a single event. Event IDs come from `listSourceEvents` and are ordered by emission time.
         *
         *     Deletion happens asynchronously: the API answers `202 Accepted` (document: "Deletion
         *     happens asynchronously, so you'll receive a 202 Accepted HTTP status code in response to any
         *     deletion requests"). The document shows no response body, so none is declared.
         */
        delete: operations["deleteSourceEvents"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a new access token
         * @description Exchanges an OAuth app's client ID and client secret for a new access token
         *     (`grant_type` is always `client_credentials`). The response is not wrapped in `data`.
         *
         *     This operation has `security: []`: the document's "the Authorization header is required on
         *     all endpoints" cannot apply to the endpoint that issues the token, and the document's
         *     example request sends no Authorization header; the client credentials travel in the JSON
         *     body instead. The document shows no error responses; `401` (invalid client credentials)
         *     is declared as for the other operations.
         */
        post: operations["createOAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an access token
         * @description Revokes an access token, rendering it invalid for future requests. Returns `200 OK` with an
         *     empty JSON object.
         *
         *     As with `createOAuthToken`, the document's example request sends no Authorization header:
         *     the OAuth app's client credentials travel in the JSON body together with the token to
         *     revoke, so this operation also has `security: []`. The document calls the success body
         *     "empty" and shows it as `{}`; the spec declares an empty JSON object. No error responses
         *     are documented; `401` (invalid client credentials) is declared.
         */
        post: operations["revokeOAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a source
         * @description Deploys an event source from a saved component (`component_id`), from component code
         *     (`component_code`) or from the URL where the code is hosted (`component_url`); one of the
         *     three is required, and `component_id` wins if several are given. Only available with user
         *     API keys, not yet with workspace OAuth tokens.
         *
         *     The document writes this path as `POST /sources/` with a trailing slash; the slash is
         *     dropped here (its own example request calls `https://api.pipedream.com/v1/sources`). The
         *     document's parameter list omits `configured_props`, but its example request sends it, so
         *     it is accepted here. `org_id` is the document's common parameter, needed when creating
         *     resources with a user API key.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a source
         * @description Updates a source's component, name or active state.
         *
         *     The document repeats the create-source rule for this endpoint: one of `component_id`,
         *     `component_code` or `component_url` is required; the request schema follows it.
         *     `configured_props`, accepted when creating a source, is accepted here too. The document
         *     shows no response; `200` without a body is declared.
         */
        put: operations["updateSource"];
        post?: never;
        /**
         * Delete a source
         * @description Deletes a source. The document shows no response; `200` without a body is declared.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Listen for events from another source or workflow
         * @description Configures a source or workflow (`listener_id`) to receive events from another source or
         *     workflow (`emitter_id`). All parameters travel in the query string; there is no request
         *     body. The Subscriptions API is incompatible with projects that have GitHub Sync enabled.
         *
         *     The document shows no response; `200` without a body is declared.
         */
        post: operations["createSubscription"];
        /**
         * Delete a subscription
         * @description Deletes an existing subscription. Takes the same query-string parameters as
         *     `createSubscription`. If the subscription was created without an `event_name`, pass
         *     `event_name=` (empty). The document's endpoint line lists `event_name` but its example
         *     omits it, so it is optional here.
         *
         *     The document shows no response; `200` without a body is declared.
         */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auto_subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Automatically subscribe a listener to events from new workflows / sources
         * @description Once set up, every workflow or event source created afterwards automatically delivers the
         *     named event stream (`$errors` or `$logs`) to the listener. Existing workflows and sources
         *     are not affected (use `createSubscription` for them). Both parameters travel in the query
         *     string; there is no request body.
         *
         *     The document shows no response; `200` without a body is declared.
         */
        post: operations["createAutoSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current user info
         * @description Retrieve information on the authenticated user. Only works with user API keys, not with
         *     workspace OAuth tokens.
         *
         *     Both of the document's example responses are invalid JSON and are minimally repaired:
         *     in the free-user example, the comma missing after `"daily_invocations_used": 24903` is
         *     added and the trailing comma after the `orgs` array is removed; in the paid-user example,
         *     the comma missing after the `username` value is added.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the authenticated user's sources
         * @description Lists the event sources of the authenticated user. The document uses this endpoint only as
         *     its pagination example; the example below is that example's response, whose items show
         *     only `id` (which is why `Source` requires only `id`).
         *
         *     The document's prose says the example fetches "a page of 5 sources" while its request
         *     passes `limit=3` and its response holds 3; the request and response agree and are kept.
         */
        get: operations["listUserSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Lists the webhooks you've created in your account. The document only names this endpoint;
         *     the response is assumed to be the common paginated list (`page_info` + `data`) of the
         *     webhook objects `createWebhook` returns, and the example below is illustrative.
         */
        get: operations["listWebhooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a webhook
         * @description Creates a webhook pointing to a URL. Configure a subscription to deliver events to it,
         *     using the returned `data.id` (`wh_...`) as the listener. All parameters travel in the query
         *     string; there is no request body.
         *
         *     `url`, `name` and `description` are all required: the document lists the three without
         *     "(optional)" and its example request sends all three, and the vendor's reference page
         *     (https://pipedream.com/docs/rest-api/api-reference/webhooks/create-a-webhook) marks all three
         *     required. (The example response shows `null` for `name` and `description` although the
         *     request passed both; the JSON is valid and is kept as given, so the answer's fields stay
         *     nullable.)
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes a webhook in your account. The document shows no response; `200` without a body is declared.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workflow
         * @description Creates a new workflow in a workspace's project from a workflow template, with the given
         *     steps, triggers and settings. Only available with user API keys, not yet with workspace
         *     OAuth tokens.
         *
         *     The document says each trigger definition has "its type and props" but its example
         *     trigger has only `props`; `type` is accepted and optional here.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workflow's details
         * @description Retrieves the details (triggers and steps) of a specific workflow. The response is not
         *     wrapped in `data`, as the document shows it.
         *
         *     The document names this path's parameter `workflow_id` here and `id` for
         *     `PUT /workflows/{id}`; this spec uses `workflow_id` for both (it is also the name the
         *     emits and errors endpoints use).
         */
        get: operations["getWorkflow"];
        /**
         * Update a workflow
         * @description Updates a workflow's activation status (to change steps, triggers or connected accounts,
         *     create a new workflow). Only available with user API keys, not yet with workspace OAuth
         *     tokens.
         *
         *     The document writes this path as `PUT /workflows/{id}`, while `GET /workflows/{workflow_id}`
         *     names the same segment `workflow_id`; this spec uses `workflow_id`. The document shows no
         *     response; `200` without a body is declared.
         */
        put: operations["updateWorkflow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/event_summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get workflow emits
         * @description Retrieve up to the last 100 events emitted from a workflow using `$send.emit()`. Event data
         *     larger than 1KB may be truncated; pass `expand=event` for the full data, and `limit=N` for
         *     the last N events. (The document writes one of its examples as
         *     `/workflows/{workflow_id}/event_summaries&expand=event`, with `&` for `?`; `expand` is a
         *     query parameter.)
         */
        get: operations["listWorkflowEmits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/$errors/event_summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get workflow errors
         * @description Retrieve up to the last 100 events for a workflow that threw an error, with the error's
         *     details and the original event. Event data larger than 1KB may be truncated; pass
         *     `expand=event` for the full data, and `limit=N` for the last N events.
         *
         *     `$errors` is a literal path segment (the name of Pipedream's error event stream), not a
         *     template: it is the real path, kept as documented. Clients must send it as is (or
         *     percent-encoded as `%24errors`).
         */
        get: operations["listWorkflowErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace
         * @description View a workspace, including its current credit usage for the billing period.
         *
         *     The document writes this path as `GET /v1/workspaces/<org_id>` (with the `/v1` prefix that
         *     is already in the server URL) and names its path parameter `workspaces_id`; this spec uses
         *     `/workspaces/{org_id}`, matching the path as written and the workspace accounts and sources
         *     endpoints.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{org_id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace's connected accounts
         * @description Retrieve all the connected accounts for a specific workspace.
         */
        get: operations["listWorkspaceAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{org_id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace's subscriptions
         * @description Retrieve all the subscriptions configured for a specific workspace.
         *
         *     The document names this endpoint's path parameter `workspaces_id` while writing the path as
         *     `/workspaces/<org_id>/subscriptions`; this spec uses `org_id`. Its example response shows
         *     no `page_info`, so `page_info` is optional in `SubscriptionList`.
         */
        get: operations["listWorkspaceSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orgs/{org_id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a workspace's sources
         * @description Retrieve all the event sources configured for a specific workspace. The document uses the
         *     `/orgs/` prefix for this one workspace endpoint; it is kept as documented.
         */
        get: operations["listWorkspaceSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Error body. The document shows no error body at all; the shape follows @pipedream/sdk
         *     3.1.6, type `ErrorResponse`: `error` (string, required), `code` (string, optional) and
         *     `details` (object, optional). The object is open, so other fields (e.g. the OAuth
         *     `error_description`) are allowed.
         */
        Error: {
            /** @description A human-readable error message (or an OAuth error code on the OAuth endpoints). */
            error: string;
            /** @description An error code (source: @pipedream/sdk 3.1.6, type `ErrorResponse`; not in the document). */
            code?: string;
            /** @description Further details of the error (source: @pipedream/sdk 3.1.6, type `ErrorResponse`; not in the document). */
            details?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The body of a `429`. Source: @pipedream/sdk 3.1.6, type `TooManyRequestsErrorBody`: an
         *     object whose `error` string is optional. Open, like every response object here.
         */
        RateLimitError: {
            /** @description A human-readable error message. */
            error?: string;
        };
        /**
         * @description A workspace (org) ID, e.g. `o_abc123` (the document's examples). The document states no
         *     format, so none is enforced.
         */
        OrgId: string;
        /**
         * @description Common parameter `include` in a POST body: the fields of the response to include, as one
         *     comma-separated string (defaults to all fields). Document: "They can be included as query
         *     string params for GET requests, or in the body of the payload of POST requests."
         */
        IncludeFields: string;
        /**
         * @description Common parameter `exclude` in a POST body: the fields of the response to exclude, as one
         *     comma-separated string (defaults to none). Document: "They can be included as query string
         *     params for GET requests, or in the body of the payload of POST requests."
         */
        ExcludeFields: string;
        /**
         * @description An event ID, e.g. `1589486981597-0` (the document's examples: the emission timestamp in
         *     milliseconds, a dash and a sequence number). The document states no format, so none is
         *     enforced.
         */
        EventId: string;
        /**
         * @description Cursor pagination metadata returned with paginated lists. All four fields are required:
         *     the document says "Cursor strings are returned with all paginated responses", and every
         *     example `page_info` shows all four. @pipedream/sdk 3.1.6, type `PageInfo`, has the same
         *     four names and types (integers and strings) but marks all four optional; the document
         *     wins.
         */
        PageInfo: {
            /** @description The total number of items across all pages. */
            total_count: number;
            /** @description The number of items in this page. */
            count: number;
            /** @description Cursor of the first item of this page; pass it as `before` to get the previous page. */
            start_cursor: string;
            /** @description Cursor of the last item of this page; pass it as `after` to get the next page. */
            end_cursor: string;
        };
        /**
         * @description The app a connected account belongs to, as embedded in the account object. The document's
         *     examples show only `id` and `name`; @pipedream/sdk 3.1.6, type `Account`, embeds a full
         *     `App` here (with `name_slug`, `img_src`, ...), which this open object accepts.
         */
        AccountApp: {
            /** @description The app's ID, e.g. `app_OkrhR1`. */
            id: string;
            /** @description The app's display name. */
            name: string;
        };
        /**
         * @description The account's credentials (only with `include_credentials=true`). Properties are specific
         *     to the app: OAuth apps expose the four `oauth_*` properties below; apps with static
         *     credentials expose API-specific fields (e.g. `api_key`), so the object is open.
         */
        AccountCredentials: {
            /** @description A fresh OAuth access token. */
            oauth_access_token?: string;
            /** @description The client ID of the OAuth app. */
            oauth_client_id?: string;
            /** @description The latest OAuth refresh token for the grant. */
            oauth_refresh_token?: string;
            /** @description A unique identifier in the third-party API's system, typically a user ID or email address. */
            oauth_uid?: string;
            /**
             * @description The OAuth signer URI of an app with a custom OAuth signer. Source: @pipedream/sdk 3.1.6,
             *     type `AccountCredentials` (not in the document).
             */
            oauth_signer_uri?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A connected account. Only `id` is required: the workspace accounts example shows just `id`
         *     and `name`, and the credentials example has no `healthy` (@pipedream/sdk 3.1.6, type
         *     `Account`, also requires only `id`). The fields after `credentials` are not in the document;
         *     they are @pipedream/sdk 3.1.6's (type `Account`), optional here.
         */
        Account: {
            /** @description The account ID, e.g. `apn_abc123`. */
            id: string;
            /**
             * @description The account nickname, if set (document: "account nickname, if set"). `null` is
             *     accepted, assumed because an unset nickname may be sent as `null` (@pipedream/sdk 3.1.6,
             *     type `Account`, reads a `null` name as absent).
             */
            name?: string | null;
            /**
             * Format: date-time
             * @description When the account was created. `date-time`: the document's examples are ISO 8601
             *     (`2022-07-27T20:37:52.000Z`) and @pipedream/sdk 3.1.6, type `Account`, parses this field
             *     as an ISO 8601 date.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the account was last updated. `date-time`: ISO 8601 in the document's examples and
             *     parsed as an ISO 8601 date by @pipedream/sdk 3.1.6, type `Account`.
             */
            updated_at?: string;
            /**
             * Format: date-time
             * @description When the current credentials expire (shown with `include_credentials=true`).
             *     `date-time`: ISO 8601 in the document's example and parsed as an ISO 8601 date by
             *     @pipedream/sdk 3.1.6, type `Account`.
             */
            expires_at?: string;
            app?: components["schemas"]["AccountApp"];
            /** @description True if Pipedream can make a successful test request with the account. */
            healthy?: boolean;
            credentials?: components["schemas"]["AccountCredentials"];
            /** @description The external user ID the account belongs to (source: @pipedream/sdk 3.1.6, type `Account`). */
            external_id?: string;
            /** @description True if the account is no longer active (source: @pipedream/sdk 3.1.6, type `Account`). */
            dead?: boolean;
            /**
             * @description The error message of an unhealthy or dead account. Source: @pipedream/sdk 3.1.6, type
             *     `Account`, whose field documentation says it is null otherwise, so `null` is accepted.
             */
            error?: string | null;
            /** @description The OAuth scopes granted to the account (source: @pipedream/sdk 3.1.6, type `Account`). */
            authorized_scopes?: string[];
            /**
             * Format: date-time
             * @description When the account was last refreshed (source and `date-time`: @pipedream/sdk 3.1.6, type `Account`, an ISO 8601 date).
             */
            last_refreshed_at?: string;
            /**
             * Format: date-time
             * @description When the account will next be refreshed (source and `date-time`: @pipedream/sdk 3.1.6, type `Account`, an ISO 8601 date).
             */
            next_refresh_at?: string;
        };
        /**
         * @description A list of connected accounts. `page_info` is optional because the document's list-accounts
         *     example omits it (its workspace-accounts example includes it).
         */
        AccountList: {
            page_info?: components["schemas"]["PageInfo"];
            data: components["schemas"]["Account"][];
        };
        AccountResponse: {
            data: components["schemas"]["Account"];
        };
        /**
         * @description An app (integrated API) available on Pipedream. Required: `id`, `name_slug` and `name`,
         *     which every document example shows and which identify the app. The examples also show
         *     `auth_type`, `description`, `img_src`, `custom_fields_json` and `categories` on every app,
         *     but they stay optional, because the document lets a caller drop any field with `exclude`.
         *     @pipedream/sdk 3.1.6, type `App`, differs: it requires `name_slug`, `name`, `img_src`,
         *     `categories`, `featured_weight` and `scope_profiles`, and marks `id` optional (for OAuth apps
         *     only), while the document's key-based example (`slack_bot`) has an `id`; the document wins
         *     on `id`, and the other fields are accepted but not required.
         */
        App: {
            /** @description The app ID, e.g. `app_OkrhR1`. */
            id: string;
            /** @description The app's name slug, e.g. `slack`. */
            name_slug: string;
            /** @description The app's display name. */
            name: string;
            /**
             * @description How the app authenticates. The document's examples show `oauth` and `keys`;
             *     @pipedream/sdk 3.1.6, type `AppAuthType`, names `keys`, `oauth` and `none`. No enum is
             *     enforced: the document gives no full list, and the SDK itself reads values outside its
             *     list (it parses responses with unrecognized enum values allowed), so a new value is not
             *     a breakage. `null` is accepted, assumed because the SDK reads a `null` `auth_type` as
             *     absent.
             */
            auth_type?: string | null;
            /**
             * @description A short description of the app. `null` is accepted, assumed because the SDK
             *     (@pipedream/sdk 3.1.6, type `App`, an optional string) reads `null` as absent.
             */
            description?: string | null;
            /**
             * @description URL of the app's logo (an `https://` URL in the document's examples). No `format` is
             *     enforced: the document states none, and @pipedream/sdk 3.1.6, type `App`, types it as a
             *     plain string.
             */
            img_src?: string;
            /**
             * @description A JSON-encoded array (as a string) of the custom credential fields of key-based apps,
             *     each with `name`, `label`, `description`, `default`, `optional` and `type`.
             */
            custom_fields_json?: string;
            categories?: string[];
            /** @description A rough popularity order of apps (source: @pipedream/sdk 3.1.6, type `App`; not in the document). */
            featured_weight?: number;
            /**
             * @description Named subsets of the app's OAuth scopes, each with a `name` and its `scopes`. Source:
             *     @pipedream/sdk 3.1.6, types `App` and `AppScopeProfilesItem` (not in the document).
             */
            scope_profiles?: {
                name?: string;
                scopes?: string[];
            }[];
        };
        AppList: {
            page_info: components["schemas"]["PageInfo"];
            data: components["schemas"]["App"][];
        };
        AppResponse: {
            data: components["schemas"]["App"];
        };
        /**
         * @description A prop of a component that is configured when deploying it (e.g. a feed URL or a timer).
         *     `name` and `type` are required: every document example has both, and @pipedream/sdk 3.1.6,
         *     type `ConfigurablePropBase`, requires the same two. The boolean flags after `optional` are
         *     not in the document; they are the SDK's (same type), optional here.
         */
        ConfigurableProp: {
            name: string;
            /**
             * @description The prop type, e.g. `string`, `integer`, `app` or `$.interface.timer` (values seen in the
             *     document's examples). @pipedream/sdk 3.1.6, type `ConfigurablePropBaseType`, lists more
             *     (e.g. `boolean`, `object`, `string[]`, `$.interface.http`, `$.service.db`, `alert`,
             *     `dir`, `sql`). No enum is enforced: the document gives no full list, and the SDK reads
             *     values outside its own list.
             */
            type: string;
            label?: string;
            description?: string;
            optional?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            disabled?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            hidden?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            readOnly?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            remoteOptions?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            useQuery?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            reloadProps?: boolean;
            /** @description Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`. */
            withLabel?: boolean;
            /** @description For `app` props, the app's name slug. */
            app?: string;
            /** @description Default value of the prop, of any JSON type (e.g. `{"intervalSeconds": 900}` for a timer). */
            default?: unknown;
        };
        /**
         * @description A component (the code for an event source), as returned by the component endpoints.
         *     Required: the fields every document example shows that identify it. @pipedream/sdk 3.1.6,
         *     type `Component`, requires `key`, `name`, `version` and `configurable_props` (same names and
         *     types) and has no `id`; the document's examples have an `id` and no `key`, so the document
         *     wins: `id` is required and `key` optional. `key`, `description` and `component_type` are
         *     the SDK's (same type), optional here.
         */
        Component: {
            /** @description The saved component ID, e.g. `sc_JDi8EB`. */
            id: string;
            /** @description The component's source code. */
            code?: string;
            /** @description Hash (hex SHA-256) of the code. */
            code_hash?: string;
            name: string;
            version: string;
            configurable_props: components["schemas"]["ConfigurableProp"][];
            /** @description Unix timestamp (seconds). */
            created_at?: number;
            /** @description Unix timestamp (seconds). */
            updated_at?: number;
            /** @description The component key (source: @pipedream/sdk 3.1.6, type `Component`; not in the document examples). */
            key?: string;
            /** @description Source: @pipedream/sdk 3.1.6, type `Component`. */
            description?: string;
            /**
             * @description `trigger` or `action` (source: @pipedream/sdk 3.1.6, types `Component` and
             *     `ComponentType`). The SDK types the field itself as a plain string, so no enum is
             *     enforced.
             */
            component_type?: string;
        };
        ComponentResponse: {
            data: components["schemas"]["Component"];
        };
        /**
         * @description Result of a registry search, not wrapped in `data`: the keys of matching sources and
         *     actions. Open, because `debug=true` adds more data.
         */
        ComponentSearchResult: {
            /** @description Keys of matching source components, e.g. `hubspot-new-contact`. */
            sources: string[];
            /** @description Keys of matching action components, e.g. `twilio-send-sms`. */
            actions: string[];
        };
        /**
         * @description An event source. Only `id` is required: the document's pagination example lists sources
         *     with `id` alone (responses honour `include`/`exclude`). Sources owned by a user show
         *     `user_id`; those owned by a workspace (e.g. workflow triggers) show `owner_id`.
         *     @pipedream/sdk 3.1.6's counterpart (type `DeployedComponent`, a deployed trigger of the
         *     Connect API) uses the same names and types for the fields declared here (timestamps as
         *     numbers of seconds) and requires most of them; the document's `id`-only example wins. Its
         *     further fields (`component_key`, `configurable_props`, `emit_on_deploy`, ...) are not
         *     declared here; the open object accepts them.
         */
        Source: {
            /** @description The source ID, e.g. `dc_abc123`. */
            id: string;
            /** @description The owning user's ID, e.g. `u_abc123`. */
            user_id?: string;
            /** @description The owner's ID (a workspace, e.g. `o_BYDI5y`). */
            owner_id?: string;
            /** @description The ID of the component the source runs, e.g. `sc_abc123`. */
            component_id?: string;
            /** @description The values of the component's configurable props, keyed by prop name. */
            configured_props?: {
                [key: string]: unknown;
            };
            active?: boolean;
            /** @description Unix timestamp (seconds). */
            created_at?: number;
            /** @description Unix timestamp (seconds). */
            updated_at?: number;
            name?: string;
            name_slug?: string;
        };
        SourceList: {
            page_info: components["schemas"]["PageInfo"];
            data: components["schemas"]["Source"][];
        };
        SourceResponse: {
            data: components["schemas"]["Source"];
        };
        /** @description Metadata of an emitted event. */
        EventMetadata: {
            emit_id?: string;
            /** @description The channel the event was emitted on (empty for the default channel, `$errors` for errors). */
            name?: string;
            /** @description The ID of the source or workflow that emitted the event. */
            emitter_id?: string;
        };
        /**
         * @description An emitted event, as listed by the event-summary endpoints. @pipedream/sdk 3.1.6 has no
         *     type for this shape (its `EmittedEvent`, a Connect trigger's event, has other fields:
         *     `e`, `k`, `ts`, `id`, `sum`), so the document's examples are the only source.
         */
        EventSummary: {
            id: components["schemas"]["EventId"];
            /** @description When the event was indexed, in milliseconds since the epoch. */
            indexed_at_ms: number;
            /** @description The event data (may be truncated above 1KB unless `expand=event`). */
            event: {
                [key: string]: unknown;
            };
            metadata?: components["schemas"]["EventMetadata"];
        };
        EventSummaryList: {
            page_info: components["schemas"]["PageInfo"];
            data: components["schemas"]["EventSummary"][];
        };
        /** @description The execution context of the event that caused the error. */
        WorkflowErrorContext: {
            id?: string;
            /**
             * @description When the event arrived: an ISO 8601 timestamp in the document's example
             *     (`2020-11-26T06:06:44.652Z`). No `format` is enforced: the document states none and
             *     @pipedream/sdk 3.1.6 has no type for this object.
             */
            ts?: string;
            workflow_id?: string;
            deployment_id?: string;
            source_type?: string;
            verified?: boolean;
            owner_id?: string;
            platform_version?: string;
        };
        /** @description The error thrown by the workflow. */
        WorkflowErrorDetail: {
            code?: string;
            /** @description The ID of the step that threw. */
            cellId?: string;
            /**
             * @description When the error was thrown: an ISO 8601 timestamp in the document's example. No
             *     `format` is enforced: the document states none and @pipedream/sdk 3.1.6 has no type
             *     for this object.
             */
            ts?: string;
            stack?: string;
        };
        /**
         * @description The data of a `$errors` event. In the document's example, the event `metadata` sits inside
         *     `event` (unlike the emits example, where it is a sibling of `event`); the schema follows it.
         */
        WorkflowErrorEvent: {
            /** @description The event that triggered the failed execution. */
            original_event?: {
                [key: string]: unknown;
            };
            original_context?: components["schemas"]["WorkflowErrorContext"];
            error?: components["schemas"]["WorkflowErrorDetail"];
            metadata?: components["schemas"]["EventMetadata"];
        };
        /** @description A workflow error event, as listed by the workflow errors endpoint. */
        ErrorEventSummary: {
            id: components["schemas"]["EventId"];
            /** @description When the event was indexed, in milliseconds since the epoch. */
            indexed_at_ms: number;
            event: components["schemas"]["WorkflowErrorEvent"];
        };
        ErrorEventSummaryList: {
            page_info: components["schemas"]["PageInfo"];
            data: components["schemas"]["ErrorEventSummary"][];
        };
        /** @description A subscription delivering events from an emitter to a listener. */
        Subscription: {
            /** @description The subscription ID, e.g. `sub_abc123`. */
            id: string;
            emitter_id: string;
            listener_id: string;
            /** @description The custom channel, or empty for the default channel. */
            event_name: string;
        };
        /** @description A list of subscriptions. `page_info` is optional because the document's example omits it. */
        SubscriptionList: {
            page_info?: components["schemas"]["PageInfo"];
            data: components["schemas"]["Subscription"][];
        };
        /** @description A workspace (org), with its daily quotas and usage where shown. */
        Workspace: {
            /** @description The workspace (org) ID, e.g. `o_abc123`. */
            id: string;
            name: string;
            orgname: string;
            /**
             * @description The workspace's email address. No `format` is enforced: the document states none (its
             *     examples are plain addresses) and @pipedream/sdk 3.1.6 has no workspace type.
             */
            email?: string;
            daily_credits_quota?: number;
            daily_credits_used?: number;
            /** @description Milliseconds. */
            daily_compute_time_quota?: number;
            /** @description Milliseconds. */
            daily_compute_time_used?: number;
            daily_invocations_quota?: number;
            daily_invocations_used?: number;
        };
        WorkspaceResponse: {
            data: components["schemas"]["Workspace"];
        };
        /**
         * @description The authenticated user. Free users show daily quotas and their workspaces (`orgs`); paid
         *     users show billing-period fields.
         */
        User: {
            /** @description The user ID, e.g. `u_abc123`. */
            id: string;
            username: string;
            /**
             * @description The user's email address. No `format` is enforced: the document states none and
             *     @pipedream/sdk 3.1.6 has no type for this user (its `ExternalUser` is a Connect end
             *     user, another object).
             */
            email: string;
            /** @description Milliseconds. */
            daily_compute_time_quota?: number;
            /** @description Milliseconds. */
            daily_compute_time_used?: number;
            daily_invocations_quota?: number;
            daily_invocations_used?: number;
            orgs?: components["schemas"]["Workspace"][];
            /** @description Unix timestamp (seconds). */
            billing_period_start_ts?: number;
            /** @description Unix timestamp (seconds). */
            billing_period_end_ts?: number;
            billing_period_credits?: number;
        };
        UserResponse: {
            data: components["schemas"]["User"];
        };
        /** @description A webhook that delivers events to an endpoint URL. */
        Webhook: {
            /** @description The webhook ID, e.g. `wh_abc123`. */
            id: string;
            user_id?: string;
            name?: string | null;
            description?: string | null;
            /**
             * Format: uri
             * @description The endpoint URL events are delivered to: the URL given to `createWebhook`, which the
             *     document says "must contain, at a minimum, a protocol — one of http or https — and
             *     hostname", so it is an absolute URI. (@pipedream/sdk 3.1.6's `Webhook`, a Connect
             *     webhook, types its `url` as a plain string and its timestamps as numbers of seconds.)
             */
            url: string;
            active?: boolean;
            /** @description Unix timestamp (seconds). */
            created_at?: number;
            /** @description Unix timestamp (seconds). */
            updated_at?: number;
        };
        WebhookList: {
            page_info: components["schemas"]["PageInfo"];
            data: components["schemas"]["Webhook"][];
        };
        WebhookResponse: {
            data: components["schemas"]["Webhook"];
        };
        /** @description An app used by a workflow step's saved component. */
        SavedComponentApp: {
            appId?: string;
            nameSlug?: string;
            authType?: string;
        };
        /** @description The saved component behind a workflow step (camelCase fields, as the document shows). */
        SavedComponent: {
            /** @description The saved component ID, e.g. `sc_PRYiAZ`. */
            id: string;
            code?: string;
            codeHash?: string;
            configurableProps?: components["schemas"]["ConfigurableProp"][];
            key?: string | null;
            description?: string | null;
            entryPath?: string | null;
            version?: string;
            apps?: components["schemas"]["SavedComponentApp"][];
        };
        /** @description A workflow step (mixing snake_case and camelCase fields, as the document shows). */
        WorkflowStep: {
            /** @description The step (cell) ID, e.g. `c_bDf10L`. */
            id: string;
            /** @description The step type, e.g. `CodeCell`. */
            type?: string;
            /** @description The step name, e.g. `code`. */
            namespace: string;
            disabled?: boolean;
            code_raw?: string | null;
            codeRaw?: string | null;
            codeConfigJson?: string | null;
            /** @description The runtime, e.g. `nodejs20.x` or `python3.12`. */
            lang?: string;
            text_raw?: string | null;
            appConnections?: unknown[];
            flat_params_visibility_json?: string | null;
            /** @description JSON-encoded params (a string). */
            params_json?: string;
            component?: boolean;
            savedComponent?: components["schemas"]["SavedComponent"];
            component_key?: string | null;
            component_owner_id?: string | null;
            /** @description JSON-encoded configured props (a string), or null. */
            configured_props_json?: string | null;
            authProvisionIdMap?: {
                [key: string]: unknown;
            };
            authProvisionIds?: string[];
        };
        /** @description An HTTP trigger of a workflow (IDs start with `hi_` in the document's examples). */
        HttpTrigger: {
            id: string;
            key?: string;
            /**
             * @description The trigger's endpoint (an `http://` URL in the document's example). No `format` is
             *     enforced: the document states none, and @pipedream/sdk 3.1.6, type `HttpInterface`, types
             *     it as a plain string.
             */
            endpoint_url: string;
            custom_response?: boolean;
            /** @description Unix timestamp (seconds). */
            created_at?: number;
            /** @description Unix timestamp (seconds). */
            updated_at?: number;
        };
        /** @description A timer (schedule) trigger of a workflow (IDs start with `ti_` in the document's examples). */
        TimerTrigger: {
            id: string;
            /**
             * @description The interval of an interval timer. `null` is accepted, assumed because the document's
             *     example shows `cron: null` for the kind of timer it is not (@pipedream/sdk 3.1.6, type
             *     `TimerInterface`, marks both optional).
             */
            interval_seconds?: number | null;
            /** @description The cron expression of a cron timer; `null` for an interval timer (document's example). */
            cron?: string | null;
            /** @description An IANA time zone name, e.g. `America/New_York`. */
            timezone: string;
            /** @description Unix timestamp (seconds). */
            schedule_changed_at?: number;
            /** @description Unix timestamp (seconds). */
            created_at?: number;
            /** @description Unix timestamp (seconds). */
            updated_at?: number;
        };
        /** @description An email trigger of a workflow (IDs start with `ei_` in the document's examples). */
        EmailTrigger: {
            id: string;
            /**
             * @description The address that triggers the workflow. No `format` is enforced: the document states
             *     none and @pipedream/sdk 3.1.6 has no type for email triggers.
             */
            email_address: string;
            /** @description Unix timestamp (seconds). */
            created_at?: number;
            /** @description Unix timestamp (seconds). */
            updated_at?: number;
        };
        /**
         * @description A workflow trigger: an HTTP trigger, an event source (`Source`), a timer or an email
         *     trigger. The document shows the kinds only by example, with no discriminator field, so this
         *     is an `anyOf`.
         */
        WorkflowTrigger: components["schemas"]["HttpTrigger"] | components["schemas"]["Source"] | components["schemas"]["TimerTrigger"] | components["schemas"]["EmailTrigger"];
        /**
         * @description A workflow. `getWorkflow` returns it bare, with only `triggers` and `steps`;
         *     `createWorkflow` returns it in `data` with `id`, `name` and `active` as well. So only
         *     `triggers` and `steps` are required.
         */
        Workflow: {
            /** @description The workflow ID, e.g. `p_48rCxZ`. */
            id?: string;
            name?: string;
            active?: boolean;
            steps: components["schemas"]["WorkflowStep"][];
            triggers: components["schemas"]["WorkflowTrigger"][];
        };
        WorkflowResponse: {
            data: components["schemas"]["Workflow"];
        };
        /**
         * @description An OAuth access token (not wrapped in `data`). Required: the three fields @pipedream/sdk
         *     3.1.6, type `CreateOAuthTokenResponse`, requires (same names; `expires_in` a number), all
         *     shown by the document's example; `created_at` is in the document's example only.
         */
        OAuthToken: {
            /** @description The access token (a JWT). */
            access_token: string;
            /** @description The token type, `Bearer`. */
            token_type: string;
            /** @description Lifetime of the token in seconds. */
            expires_in: number;
            /** @description Unix timestamp (seconds) of issuance. */
            created_at?: number;
        };
        /** @description An empty JSON object (the document calls the body empty and shows `{}`). */
        RevokeTokenResponse: Record<string, never>;
        /**
         * @description Client credentials to exchange for an access token. The document lists the three fields
         *     without saying which are required, and the vendor's reference page
         *     (https://pipedream.com/docs/rest-api/api-reference/oauth/get-a-new-access-token) marks none
         *     of them required. All three stay required because the vendor's SDK requires them:
         *     @pipedream/sdk 3.1.6, type `CreateOAuthTokenOpts`, declares `clientId` and `clientSecret`
         *     non-optional, and its `oauthTokens.create` adds `grant_type: "client_credentials"` to every
         *     body it sends. `scope` is the SDK's (see there). The document lets the common parameters `include`, `exclude` and `org_id` travel "in
         *     the body of the payload of POST requests", so the body accepts them; it is otherwise closed.
         */
        OAuthTokenRequest: {
            /**
             * @description Always `client_credentials` (document: "For Pipedream, this is always client_credentials").
             * @enum {string}
             */
            grant_type: "client_credentials";
            /** @description The client ID of the OAuth app. */
            client_id: string;
            /** @description The client secret of the OAuth app. */
            client_secret: string;
            /**
             * @description Space-separated scopes for the token (optional). Not in the document; accepted because
             *     @pipedream/sdk 3.1.6, type `CreateOAuthTokenOpts`, sends it in this body when its caller
             *     gives one (the SDK's default when absent is `*`, all scopes).
             */
            scope?: string;
            include?: components["schemas"]["IncludeFields"];
            exclude?: components["schemas"]["ExcludeFields"];
            org_id?: components["schemas"]["OrgId"];
        };
        /**
         * @description The token to revoke and the OAuth app's client credentials. No field is required: the
         *     document lists the three without saying they are required (its example request sends all
         *     three), the vendor's reference page
         *     (https://pipedream.com/docs/rest-api/api-reference/oauth/revoke-an-access-token) marks none
         *     of them required, and @pipedream/sdk 3.1.6 has no revoke call. Before, the spec read the
         *     unmarked list as "all required", stricter than the vendor. The document lets the common parameters `include`, `exclude` and `org_id` travel "in
         *     the body of the payload of POST requests", so the body accepts them; it is otherwise closed.
         */
        RevokeTokenRequest: {
            /** @description The access token to revoke. */
            token?: string;
            /** @description The client ID of the OAuth app. */
            client_id?: string;
            /** @description The client secret of the OAuth app. */
            client_secret?: string;
            include?: components["schemas"]["IncludeFields"];
            exclude?: components["schemas"]["ExcludeFields"];
            org_id?: components["schemas"]["OrgId"];
        };
        /**
         * @description One of `component_code` or `component_url` is required. The document lets the common parameters `include`, `exclude` and `org_id` travel "in
         *     the body of the payload of POST requests", so the body accepts them; it is otherwise closed.
         */
        CreateComponentRequest: {
            /** @description The full code of a Pipedream component. Preferred when both fields are given. */
            component_code?: string;
            /**
             * Format: uri
             * @description `format: uri` because the document calls it "A reference to the URL where the
             *     component is hosted" and shows an absolute `https://` URL. The URL where the component
             *     is hosted, e.g.
             *     `https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.js`.
             *     Kept only as metadata when `component_code` is also given.
             */
            component_url?: string;
            include?: components["schemas"]["IncludeFields"];
            exclude?: components["schemas"]["ExcludeFields"];
            org_id?: components["schemas"]["OrgId"];
        } & ({
            component_code: string;
        } | {
            component_url: string;
        });
        /**
         * @description One of `component_id`, `component_code` or `component_url` is required. The document lets the common parameters `include`, `exclude` and `org_id` travel "in
         *     the body of the payload of POST requests", so the body accepts them; it is otherwise closed.
         */
        CreateSourceRequest: {
            /** @description The ID of a component previously created in your account (preferred when several are given). */
            component_id?: string;
            /** @description The full code of a Pipedream component. */
            component_code?: string;
            /**
             * Format: uri
             * @description The URL where the component is hosted. `format: uri` because the document calls it "A
             *     reference to the URL where the component is hosted".
             */
            component_url?: string;
            /** @description The name of the source. Defaults to the name slug of the component. */
            name?: string;
            /**
             * @description Values of the component's configurable props, keyed by prop name (not in the document's
             *     parameter list, but sent by its example request).
             */
            configured_props?: {
                [key: string]: unknown;
            };
            include?: components["schemas"]["IncludeFields"];
            exclude?: components["schemas"]["ExcludeFields"];
            org_id?: components["schemas"]["OrgId"];
        } | {
            component_id: string;
        } | {
            component_code: string;
        } | {
            component_url: string;
        };
        /**
         * @description One of `component_id`, `component_code` or `component_url` is required (as the document
         *     states for this endpoint).
         */
        UpdateSourceRequest: {
            /** @description The ID of a component previously created in your account (preferred when several are given). */
            component_id?: string;
            /** @description The full code of a Pipedream component. */
            component_code?: string;
            /**
             * Format: uri
             * @description The URL where the component is hosted. `format: uri` because the document calls it "A
             *     reference to the URL where the component is hosted".
             */
            component_url?: string;
            /** @description The name of the source. */
            name?: string;
            /**
             * @description Set to `false` to disable the source, `true` to enable it. Default from the document:
             *     "Default: true."
             * @default true
             */
            active?: boolean;
            /** @description Values of the component's configurable props, keyed by prop name (as when creating a source). */
            configured_props?: {
                [key: string]: unknown;
            };
        } | {
            component_id: string;
        } | {
            component_code: string;
        } | {
            component_url: string;
        };
        /**
         * @description A step to include in a new workflow. `namespace` is required, assumed because the document
         *     says each step comes "with its namespace and props" and the namespace is what names the
         *     template's step (every example step has one); `props` may be left out. Open, because the
         *     document does not list a step's fields exhaustively.
         */
        WorkflowStepDefinition: {
            /** @description The step's namespace (name), matching a step of the template. */
            namespace: string;
            /** @description Prop values of the step, keyed by prop name (app props take `{"authProvisionId": "apn_..."}`). */
            props?: {
                [key: string]: unknown;
            };
        };
        /** @description A trigger of a new workflow. */
        WorkflowTriggerDefinition: {
            /** @description The trigger type (named by the document's prose, absent from its example). */
            type?: string;
            /** @description The trigger's prop values, keyed by prop name. */
            props?: {
                [key: string]: unknown;
            };
        };
        /** @description Additional workflow settings "such as name and auto_deploy" (open). */
        WorkflowSettings: {
            name?: string;
            auto_deploy?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `org_id`, `project_id` and `template_id` are required; `steps`, `triggers` and `settings` are
         *     optional. The document lists all six without "(optional)" (it marks optional fields so
         *     elsewhere) and its example request sends all six, but it does not say they are required;
         *     the vendor's reference page
         *     https://pipedream.com/docs/rest-api/api-reference/workflows/create-a-workflow marks exactly
         *     `org_id`, `project_id` and `template_id` required, and a workflow created from a template
         *     takes its steps, triggers and settings from that template. So the spec requires what the
         *     vendor requires, no more. `org_id` is also the document's "When creating new resources,
         *     you'll need to specify the org_id". The document lets the common parameters `include`,
         *     `exclude` and `org_id` travel "in the body of the payload of POST requests", so the body
         *     accepts them; it is otherwise closed.
         */
        CreateWorkflowRequest: {
            org_id: components["schemas"]["OrgId"];
            include?: components["schemas"]["IncludeFields"];
            exclude?: components["schemas"]["ExcludeFields"];
            /**
             * @description The ID of the project to create the workflow in. The prefix is the document's: "the
             *     project ID can be found in the URL, starting with proj_"; the characters after it are
             *     not constrained (the document states none).
             */
            project_id: string;
            /**
             * @description The ID of the workflow template: the `h` value of a workflow's "Create share link" URL
             *     (`https://pipedream.com/new?h=tch_Vdfl0l` gives `tch_Vdfl0l`; the document's prose
             *     writes the result as `tch_Vdfl01`, a typo for the URL's value).
             */
            template_id: string;
            steps?: components["schemas"]["WorkflowStepDefinition"][];
            triggers?: components["schemas"]["WorkflowTriggerDefinition"][];
            settings?: components["schemas"]["WorkflowSettings"];
        };
        /**
         * @description Both fields are required: the document lists `active` and `org_id` for this body without
         *     "(optional)" (it marks optional fields so elsewhere), its example request sends both, and
         *     the endpoint "is only available when using user API keys", where "org_id ... is only
         *     required when using User API keys". PUT bodies are not among those the document says may
         *     carry `include`/`exclude` (it names POST only), so they are not accepted here.
         */
        UpdateWorkflowRequest: {
            /** @description Set to `true` to activate the workflow, `false` to deactivate it. */
            active: boolean;
            org_id: components["schemas"]["OrgId"];
        };
    };
    responses: {
        /**
         * @description Authentication failed: the bearer token (or, for the OAuth endpoints, the client
         *     credentials) is missing, invalid or expired, or not allowed for this endpoint (e.g. a
         *     workspace OAuth token on a user-API-key-only endpoint). The document declares no specific
         *     error statuses; this one is assumed.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The resource addressed by the path does not exist or is not accessible to the caller. The
         *     document declares no specific error statuses; this one is assumed.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Bad input, e.g. a required parameter omitted. Source: document, "Errors": "Codes in the
         *     4xxrange indicate an error that failed (e.g., a required parameter was omitted)". The
         *     document names no number; 400 is assumed, because it is the conventional status for an
         *     omitted or malformed parameter. The mock also answers its request-validation refusals with
         *     this status.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description An error on Pipedream's side. Source: document, "Errors": "Codes in the 5xxrange indicate an
         *     error with Pipedream's server". The document names no number; 500 is declared as the
         *     representative of the range (assumed).
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Rate limited. The document names no rate limit; the status and body follow @pipedream/sdk
         *     3.1.6, which raises its own `TooManyRequestsError` on `429` for the token call and most of
         *     its other calls (accounts, components, users, ...), reading a body of type
         *     `TooManyRequestsErrorBody` (an optional `error` string). Pipedream's rate-limit page for
         *     its Connect API (https://pipedream.com/docs/connect/api-reference/rate-limits) lists
         *     per-endpoint limits there (e.g. on `/accounts/*` and `/components/*`); none is published
         *     for this API, so no limit or header is modelled.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
    };
    parameters: {
        /**
         * @description Common parameter: the fields of the response to include, as one comma-separated string
         *     (defaults to all fields). Document: "The following parameters can be passed to any
         *     endpoint. They can be included as query string params for GET requests, or in the body of
         *     the payload of POST requests."
         * @example id,name
         */
        Include: string;
        /**
         * @description Common parameter: the fields of the response to exclude, as one comma-separated string
         *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
         * @example configured_props
         */
        Exclude: string;
        /**
         * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
         *     creating resources; with a workspace OAuth token, the token's workspace is used.
         * @example o_abc123
         */
        OrgId: components["schemas"]["OrgId"];
        /**
         * @description The workspace (org) ID, e.g. `o_abc123`.
         * @example o_abc123
         */
        OrgIdPath: components["schemas"]["OrgId"];
        /**
         * @description Pagination: the number of items to return in the requested page. Bounds and default from
         *     the document: "Default: 10", "Min: 1", "Max: 100".
         */
        Limit: number;
        /**
         * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
         * @example ZGNfSzB1QWVl
         */
        After: string;
        /**
         * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
         * @example ZGNfSzB1QWVl
         */
        Before: string;
        /**
         * @description Pass `expand=event` to return the full event data; otherwise the data of events larger than
         *     1KB may be truncated. The enum is assumed, because `event` is the only value the document
         *     names ("pass ?expand=event").
         */
        Expand: "event";
        /**
         * @description Pass `include_credentials=true` to include the account credentials in the response. Default
         *     from the document: "By default, this route returns metadata for a specific connected
         *     account. Set include_credentials=true to return credentials".
         */
        IncludeCredentials: boolean;
        /**
         * @description The ID of the event source, e.g. `dc_abc123`. The prefix is the document's: "dc_*: Listen
         *     to events from all event sources" (subscriptions); the characters after it are not
         *     constrained (the document states none).
         * @example dc_abc123
         */
        SourceId: string;
        /**
         * @description The ID of the workflow, which starts with `p_` (the end of the workflow's URL, e.g.
         *     `p_13CDnxK` in `https://pipedream.com/@michael-testing/api-p_13CDnxK/inspect`).
         *     The prefix is the document's ("your workflow_id begins with p_"); the characters after
         *     it are not constrained (the document states none).
         * @example p_abc123
         */
        WorkflowId: string;
        /**
         * @description The ID of the workflow or component emitting the events. Also accepts the glob patterns
         *     `p_*` (all workflows) and `dc_*` (all event sources). Required: the document lists it
         *     without saying, and the vendor's reference pages for both operations that use this
         *     parameter mark it required
         *     (https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,
         *     https://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).
         *     No length bound is stated.
         * @example dc_def456
         */
        EmitterId: string;
        /**
         * @description The ID of the component, workflow or webhook that receives the events. Required: the
         *     document lists it without saying, and the vendor's reference pages for both operations
         *     that use this parameter mark it required
         *     (https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,
         *     https://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).
         *     No length bound is stated.
         * @example p_abc123
         */
        ListenerId: string;
        /**
         * @description Only for events on a custom channel: the name of that channel. Pipedream also exposes the
         *     `$errors` and `$logs` channels. When deleting a subscription created without a channel,
         *     pass it empty (`event_name=`).
         * @example $errors
         */
        EventName: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                /**
                 * @description The ID or name slug of the app whose accounts you'd like to retrieve. For example,
                 *     Slack's app ID is `app_OkrhR1` and its name slug is `slack`.
                 * @example slack
                 */
                app?: string;
                /** @description The ID of the custom OAuth app you'd like to retrieve accounts for. */
                oauth_app_id?: string;
                /** @description The external user ID in your system that you want to retrieve accounts for. */
                external_user_id?: string;
                /**
                 * @description Pass `include_credentials=true` to include the account credentials in the response. Default
                 *     from the document: "By default, this route returns metadata for a specific connected
                 *     account. Set include_credentials=true to return credentials".
                 */
                include_credentials?: components["parameters"]["IncludeCredentials"];
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connected accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getAccount: {
        parameters: {
            query?: {
                /**
                 * @description Pass `include_credentials=true` to include the account credentials in the response. Default
                 *     from the document: "By default, this route returns metadata for a specific connected
                 *     account. Set include_credentials=true to return credentials".
                 */
                include_credentials?: components["parameters"]["IncludeCredentials"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the connected account (shown under "Copy Account ID" on
                 *     https://pipedream.com/accounts), e.g. `apn_abc123` (the document's examples). The
                 *     document states no format, so none is enforced.
                 * @example apn_abc123
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connected account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listApps: {
        parameters: {
            query?: {
                /**
                 * @description A query string to filter the list of apps. For example, to search for apps that contain
                 *     the string "Slack", pass `q=Slack`.
                 * @example Slack
                 */
                q?: string;
                /**
                 * @description Pass `1` to list only apps with public triggers or actions. Not in the document; the vendor's
                 *     reference page (https://pipedream.com/docs/rest-api/api-reference/apps/list-apps)
                 *     lists it as an optional string parameter, so the spec accepts it. No value other than
                 *     `1` is named, but none is refused (the page gives no list).
                 * @example 1
                 */
                has_components?: string;
                /**
                 * @description Pass `1` to list only apps with public actions. Not in the document; the vendor's
                 *     reference page (https://pipedream.com/docs/rest-api/api-reference/apps/list-apps)
                 *     lists it as an optional string parameter, so the spec accepts it. No value other than
                 *     `1` is named, but none is refused (the page gives no list).
                 * @example 1
                 */
                has_actions?: string;
                /**
                 * @description Pass `1` to list only apps with public triggers. Not in the document; the vendor's
                 *     reference page (https://pipedream.com/docs/rest-api/api-reference/apps/list-apps)
                 *     lists it as an optional string parameter, so the spec accepts it. No value other than
                 *     `1` is named, but none is refused (the page gives no list).
                 * @example 1
                 */
                has_triggers?: string;
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of apps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getApp: {
        parameters: {
            query?: {
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID or name slug of the app to retrieve. For example, Slack's app ID is `app_OkrhR1`
                 *     and its name slug is `slack`; either is accepted, so no ID pattern is enforced.
                 * @example app_OkrhR1
                 */
                app_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createComponent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComponentRequest"];
            };
        };
        responses: {
            /** @description The created component. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getComponent: {
        parameters: {
            query?: {
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description Either the component key (the `key` property in the component's source code, e.g.
                 *     `my-component`) or the saved component ID (e.g. `sc_JDi8EB`).
                 */
                key_or_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The component. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getRegistryComponent: {
        parameters: {
            query?: {
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The component key (the `key` property in the component's source code).
                 * @example github-new-repository
                 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The registry component. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    searchComponents: {
        parameters: {
            query: {
                /**
                 * @description The natural-language query, e.g. "Send a message to Slack on new Hubspot contacts".
                 *     Required: the document lists it without "(optional)", unlike the other parameters of
                 *     this endpoint. No length bound is stated, so none is enforced.
                 * @example When a new Hubspot contact is added, send me an SMS
                 */
                query: string;
                /**
                 * @description The name slug of an app (e.g. `slack`). Returned sources and actions are filtered to
                 *     those tied to that app.
                 * @example slack
                 */
                app?: string;
                /**
                 * @description The minimum similarity score (cosine similarity between the query's and the component
                 *     metadata's embeddings, from 0 to 1, 1 being a perfect match) for a component to be
                 *     returned. Bounds from the document: "The similarity score is a number between 0 and 1,
                 *     where 1 is a perfect match."
                 */
                similarity_threshold?: number;
                /**
                 * @description Pass `debug=true` to return additional data in the response, useful for inspecting the
                 *     results. The document states no default.
                 */
                debug?: boolean;
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys of the matching registry sources and actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSourceEvents: {
        parameters: {
            query?: {
                /**
                 * @description Pass `expand=event` to return the full event data; otherwise the data of events larger than
                 *     1KB may be truncated. The enum is assumed, because `event` is the only value the document
                 *     names ("pass ?expand=event").
                 */
                expand?: components["parameters"]["Expand"];
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the event source, e.g. `dc_abc123`. The prefix is the document's: "dc_*: Listen
                 *     to events from all event sources" (subscriptions); the characters after it are not
                 *     constrained (the document states none).
                 * @example dc_abc123
                 */
                id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the source's most recent events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSourceEvents: {
        parameters: {
            query?: {
                /**
                 * @description The event ID from which to start deleting (inclusive). Without `end_id`, deletes this
                 *     event and every later one.
                 * @example 1589486981598-0
                 */
                start_id?: components["schemas"]["EventId"];
                /**
                 * @description The event ID at which to end the range of deletion (inclusive). Without `start_id`,
                 *     deletes every event up to and including this one.
                 * @example 1589486981598-0
                 */
                end_id?: components["schemas"]["EventId"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the event source, e.g. `dc_abc123`. The prefix is the document's: "dc_*: Listen
                 *     to events from all event sources" (subscriptions); the characters after it are not
                 *     constrained (the document states none).
                 * @example dc_abc123
                 */
                id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the events are deleted asynchronously. No body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createOAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthTokenRequest"];
            };
        };
        responses: {
            /** @description The new access token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    revokeOAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeTokenRequest"];
            };
        };
        responses: {
            /** @description The token was revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokeTokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceRequest"];
            };
        };
        responses: {
            /** @description The created source. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the event source, e.g. `dc_abc123`. The prefix is the document's: "dc_*: Listen
                 *     to events from all event sources" (subscriptions); the characters after it are not
                 *     constrained (the document states none).
                 * @example dc_abc123
                 */
                id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSourceRequest"];
            };
        };
        responses: {
            /** @description The source was updated. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the event source, e.g. `dc_abc123`. The prefix is the document's: "dc_*: Listen
                 *     to events from all event sources" (subscriptions); the characters after it are not
                 *     constrained (the document states none).
                 * @example dc_abc123
                 */
                id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source was deleted. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createSubscription: {
        parameters: {
            query: {
                /**
                 * @description The ID of the workflow or component emitting the events. Also accepts the glob patterns
                 *     `p_*` (all workflows) and `dc_*` (all event sources). Required: the document lists it
                 *     without saying, and the vendor's reference pages for both operations that use this
                 *     parameter mark it required
                 *     (https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,
                 *     https://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).
                 *     No length bound is stated.
                 * @example dc_def456
                 */
                emitter_id: components["parameters"]["EmitterId"];
                /**
                 * @description The ID of the component, workflow or webhook that receives the events. Required: the
                 *     document lists it without saying, and the vendor's reference pages for both operations
                 *     that use this parameter mark it required
                 *     (https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,
                 *     https://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).
                 *     No length bound is stated.
                 * @example p_abc123
                 */
                listener_id: components["parameters"]["ListenerId"];
                /**
                 * @description Only for events on a custom channel: the name of that channel. Pipedream also exposes the
                 *     `$errors` and `$logs` channels. When deleting a subscription created without a channel,
                 *     pass it empty (`event_name=`).
                 * @example $errors
                 */
                event_name?: components["parameters"]["EventName"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was created. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSubscription: {
        parameters: {
            query: {
                /**
                 * @description The ID of the workflow or component emitting the events. Also accepts the glob patterns
                 *     `p_*` (all workflows) and `dc_*` (all event sources). Required: the document lists it
                 *     without saying, and the vendor's reference pages for both operations that use this
                 *     parameter mark it required
                 *     (https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,
                 *     https://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).
                 *     No length bound is stated.
                 * @example dc_def456
                 */
                emitter_id: components["parameters"]["EmitterId"];
                /**
                 * @description The ID of the component, workflow or webhook that receives the events. Required: the
                 *     document lists it without saying, and the vendor's reference pages for both operations
                 *     that use this parameter mark it required
                 *     (https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,
                 *     https://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).
                 *     No length bound is stated.
                 * @example p_abc123
                 */
                listener_id: components["parameters"]["ListenerId"];
                /**
                 * @description Only for events on a custom channel: the name of that channel. Pipedream also exposes the
                 *     `$errors` and `$logs` channels. When deleting a subscription created without a channel,
                 *     pass it empty (`event_name=`).
                 * @example $errors
                 */
                event_name?: components["parameters"]["EventName"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was deleted. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createAutoSubscription: {
        parameters: {
            query?: {
                /**
                 * @description The event stream to receive: `$errors` (errors thrown by workflows or sources) or
                 *     `$logs` (logs produced by event sources). Optional: the document lists it without saying
                 *     it is required, and the vendor's reference page
                 *     (https://pipedream.com/docs/rest-api/api-reference/subscription/automatically-subscribe-a-listener-to-events-from-new-workflows-sources)
                 *     does not mark it required. Before, the spec read the endpoint line as "required",
                 *     stricter than the vendor. The enum is the document's list: "The name of
                 *     the event stream whose events you'd like to receive: $errors ... $logs".
                 * @example $errors
                 */
                event_name?: "$errors" | "$logs";
                /**
                 * @description The ID of the component or workflow that receives the events. Optional: the document
                 *     lists it without saying it is required, and the vendor's reference page
                 *     (https://pipedream.com/docs/rest-api/api-reference/subscription/automatically-subscribe-a-listener-to-events-from-new-workflows-sources)
                 *     does not mark it required (unlike `createSubscription` and `deleteSubscription`, whose
                 *     pages do). No length bound is stated.
                 * @example p_abc123
                 */
                listener_id?: string;
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The auto-subscription was created. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: {
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authenticated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listUserSources: {
        parameters: {
            query?: {
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createWebhook: {
        parameters: {
            query: {
                /**
                 * @description The endpoint URL to deliver events to. Must include an `http` or `https` protocol and a
                 *     hostname, and may include a port and path (e.g. `https://example.com:12345/endpoint`).
                 *     The pattern and `format: uri` (an absolute URI) follow the document: "This URL must
                 *     contain, at a minimum, a protocol — one of http or https — and hostname".
                 * @example https://endpoint.m.pipedream.net
                 */
                url: string;
                /**
                 * @description The name of the webhook, shown when listing your webhooks.
                 * @example name
                 */
                name: string;
                /**
                 * @description The description of the webhook, shown when listing your webhooks.
                 * @example description
                 */
                description: string;
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The created webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of a webhook in your account. The prefix is the document's: the webhook ID is
                 *     "the string that starts with wh_"; the characters after it are not constrained (the
                 *     document states none).
                 * @example wh_abc123
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowRequest"];
            };
        };
        responses: {
            /** @description The created workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: {
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the workflow, which starts with `p_` (the end of the workflow's URL, e.g.
                 *     `p_13CDnxK` in `https://pipedream.com/@michael-testing/api-p_13CDnxK/inspect`).
                 *     The prefix is the document's ("your workflow_id begins with p_"); the characters after
                 *     it are not constrained (the document states none).
                 * @example p_abc123
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow's triggers and steps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the workflow, which starts with `p_` (the end of the workflow's URL, e.g.
                 *     `p_13CDnxK` in `https://pipedream.com/@michael-testing/api-p_13CDnxK/inspect`).
                 *     The prefix is the document's ("your workflow_id begins with p_"); the characters after
                 *     it are not constrained (the document states none).
                 * @example p_abc123
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowRequest"];
            };
        };
        responses: {
            /** @description The workflow was updated. The document shows no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWorkflowEmits: {
        parameters: {
            query?: {
                /**
                 * @description Pass `expand=event` to return the full event data; otherwise the data of events larger than
                 *     1KB may be truncated. The enum is assumed, because `event` is the only value the document
                 *     names ("pass ?expand=event").
                 */
                expand?: components["parameters"]["Expand"];
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the workflow, which starts with `p_` (the end of the workflow's URL, e.g.
                 *     `p_13CDnxK` in `https://pipedream.com/@michael-testing/api-p_13CDnxK/inspect`).
                 *     The prefix is the document's ("your workflow_id begins with p_"); the characters after
                 *     it are not constrained (the document states none).
                 * @example p_abc123
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the workflow's most recent emitted events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWorkflowErrors: {
        parameters: {
            query?: {
                /**
                 * @description Pass `expand=event` to return the full event data; otherwise the data of events larger than
                 *     1KB may be truncated. The enum is assumed, because `event` is the only value the document
                 *     names ("pass ?expand=event").
                 */
                expand?: components["parameters"]["Expand"];
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
                /**
                 * @description Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when
                 *     creating resources; with a workspace OAuth token, the token's workspace is used.
                 * @example o_abc123
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the workflow, which starts with `p_` (the end of the workflow's URL, e.g.
                 *     `p_13CDnxK` in `https://pipedream.com/@michael-testing/api-p_13CDnxK/inspect`).
                 *     The prefix is the document's ("your workflow_id begins with p_"); the characters after
                 *     it are not constrained (the document states none).
                 * @example p_abc123
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the workflow's most recent error events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEventSummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: {
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The workspace (org) ID, e.g. `o_abc123`.
                 * @example o_abc123
                 */
                org_id: components["parameters"]["OrgIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWorkspaceAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Filter the results to the connected accounts of one app, identified by the app's name
                 *     slug as used in its prop definition (e.g. `google_sheets`).
                 * @example google_sheets
                 */
                query?: string;
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The workspace (org) ID, e.g. `o_abc123`.
                 * @example o_abc123
                 */
                org_id: components["parameters"]["OrgIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the workspace's connected accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWorkspaceSubscriptions: {
        parameters: {
            query?: {
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The workspace (org) ID, e.g. `o_abc123`.
                 * @example o_abc123
                 */
                org_id: components["parameters"]["OrgIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWorkspaceSources: {
        parameters: {
            query?: {
                /**
                 * @description Pagination: the number of items to return in the requested page. Bounds and default from
                 *     the document: "Default: 10", "Min: 1", "Max: 100".
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination cursor (an `end_cursor` from `page_info`): return the items after it.
                 * @example ZGNfSzB1QWVl
                 */
                after?: components["parameters"]["After"];
                /**
                 * @description Pagination cursor (a `start_cursor` from `page_info`): return the items before it.
                 * @example ZGNfSzB1QWVl
                 */
                before?: components["parameters"]["Before"];
                /**
                 * @description Common parameter: the fields of the response to include, as one comma-separated string
                 *     (defaults to all fields). Document: "The following parameters can be passed to any
                 *     endpoint. They can be included as query string params for GET requests, or in the body of
                 *     the payload of POST requests."
                 * @example id,name
                 */
                include?: components["parameters"]["Include"];
                /**
                 * @description Common parameter: the fields of the response to exclude, as one comma-separated string
                 *     (defaults to none). Document: "The following parameters can be passed to any endpoint."
                 * @example configured_props
                 */
                exclude?: components["parameters"]["Exclude"];
            };
            header?: never;
            path: {
                /**
                 * @description The workspace (org) ID, e.g. `o_abc123`.
                 * @example o_abc123
                 */
                org_id: components["parameters"]["OrgIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the workspace's sources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
