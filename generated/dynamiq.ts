// Generated from specs/dynamiq.yaml by scripts/generate.ts (npm run generate). Do not edit.

export interface paths {
    "/v1/connect/requirements/{requirement_id}/pipedream/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start linking an action connector account
         * @description Starts the hosted flow that links an action connector account for a `pipedream_account`
         *     requirement. Returns a connect URL, pre-targeted at the connector app declared in the
         *     requirement's spec (for example `gmail`); redirect the end user there to authorize their
         *     account. Once the account is linked, the requirement becomes `completed`. The request has
         *     no body. Path, auth and the four answers (200, 400, 401, 404) are the document's; the vendor
         *     reference
         *     https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementActionConnector
         *     shows the same.
         */
        post: operations["authorizePipedreamRequirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connect/requirements/{requirement_id}/oauth2/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an OAuth2 authorization
         * @description Starts an OAuth2 authorization flow for a `connection` requirement whose connection type
         *     is OAuth2-based with a configured provider (Google, GitHub, Dropbox, Box, Notion, or
         *     Microsoft). Creates a pending end-user connection and returns the provider's authorization
         *     URL; redirect the end user there to grant consent. The request has no body.
         *
         *     The document shows no examples for this operation; its success and error shapes are the
         *     same as the first operation's (api-docs/README.md), so the examples are written in kind.
         *     The vendor reference
         *     https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementOAuth2
         *     confirms the path, the connect-token bearer auth, the string `requirement_id` ("Requirement
         *     UUID"), and the four answers (200 `{"data":{"url":...}}`, 400, 401, 404 in the error shape).
         */
        post: operations["authorizeOAuth2Requirement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Lists the caller's conversations, most recently created first by default. Page-numbered:
         *     `page` is 1-based and `pagination.page_count` tells how many pages there are.
         *
         *     The document names this operation but shows neither a conversation object nor its
         *     errors. The conversation fields follow the vendor reference
         *     https://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations
         *     (its example object), and the schema stays open to more. Errors: that page lists 200 and
         *     401 only. 400 (a bad query) and 403 (the key may not read these conversations) are kept,
         *     assumed, because api-docs/README.md names `bad_request` and `forbidden` among the error
         *     codes of every endpoint.
         */
        get: operations["listConversations"];
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
        AuthorizeUrlResponse: {
            data: {
                /**
                 * Format: uri
                 * @description Where to redirect the end user: a URL (document: "Returns a connect URL"; the
                 *     OAuth2 operation "returns the provider's authorization URL", vendor reference), hence
                 *     the `uri` format. `data` and `url` are required: every example on the document and
                 *     the reference pages has them.
                 */
                url: string;
            };
        };
        /**
         * @description A conversation with a deployed app or a hosted conversation model. The document shows no
         *     conversation object; the fields are those of the example object on the vendor reference
         *     https://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations
         *     (ids there are UUIDs, but no format is declared, so any string is accepted). Which fields are
         *     always present is not shown: `id`/`created_at` are required (assumed, because every
         *     resource has them), the rest optional. Open: fields beyond these may be present.
         */
        Conversation: {
            id: string;
            /** @description The page's example is a string; null is also accepted (assumed, because a new conversation may have no title yet). */
            title?: string | null;
            /**
             * @description The deployed app. A conversation is bound to an app or to a model, exactly one of the two
             *     (vendor reference, the Create a conversation operation in the same Conversations section); null is accepted for the other one
             *     (assumed).
             */
            app_id?: string | null;
            /** @description The hosted conversation model (see `app_id`). */
            model_id?: string | null;
            user_id?: string;
            org_id?: string;
            /**
             * Format: date-time
             * @description Date-time (the page's example is `2019-08-24T14:15:22Z`).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Date-time (as `created_at`).
             */
            updated_at?: string;
            /** @description A string on the page; null is also accepted (assumed). */
            sandbox_id?: string | null;
            /** @description Summary of the app (`id`, `name`, `description` on the page); null when bound to a model (assumed). */
            app?: {
                id?: string;
                name?: string;
                description?: string | null;
            } | null;
            /** @description Summary of the model (`id`, `name`, `slug`, `provider` on the page); null when bound to an app (assumed). */
            model?: {
                id?: string;
                name?: string;
                slug?: string;
                provider?: string;
            } | null;
        };
        /** @description `data` and `pagination`, both required: api-docs/README.md gives the response as `{"data":[...], "pagination":{...}}`, and the List conversations page shows the same. */
        ConversationList: {
            data: components["schemas"]["Conversation"][];
            pagination: components["schemas"]["PagePagination"];
        };
        /**
         * @description The four keys come from api-docs/README.md and the List conversations page (all integers
         *     there; all four in every example, hence required); no bounds are documented, so none are
         *     declared.
         */
        PagePagination: {
            page: number;
            page_size: number;
            page_count: number;
            total_count: number;
        };
        /**
         * @description The error envelope every Dynamiq endpoint uses (document examples; the vendor reference
         *     pages show the same). `code` values: the four api-docs/README.md names (`bad_request`,
         *     `unauthorized`, `forbidden`, `not_found`); the document's and the pages' examples show all
         *     but `forbidden`, whose status (403) is assumed. The list is kept closed so a client can
         *     switch over it; a new code shows up as drift in response validation. `error`, `code` and
         *     `message` are required: every example on the document and the pages has them.
         */
        ErrorResponse: {
            error: {
                /**
                 * @description `bad_request`, `unauthorized` and `not_found` as the document's examples show; `forbidden` from
                 *     api-docs/README ("code one of bad_request, unauthorized, forbidden, not_found"). Closed, so a
                 *     client can switch over it; a new code shows up as response-validation drift.
                 * @enum {string}
                 */
                code: "bad_request" | "unauthorized" | "forbidden" | "not_found";
                message: string;
                /** @description Per-field messages, when the error concerns the input (string values, as in the document's example `{"input":"cannot be blank"}`). */
                details?: {
                    [key: string]: string;
                };
            };
        };
    };
    responses: {
        /** @description The connect URL to redirect the end user to. */
        AuthorizeUrl: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthorizeUrlResponse"];
            };
        };
        /** @description The request is malformed or the requirement is not in a state that allows this. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing, expired or wrong-kind credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The credentials are valid but may not access this resource. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No requirement with this id is visible to the caller. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Requirement UUID. The `uuid` format comes from the document ("Requirement UUID"); the
         *     vendor reference pages say the same in words and declare a string.
         * @example 497f6eca-6276-4993-bfeb-53cbbbba6f08
         */
        RequirementId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authorizePipedreamRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Requirement UUID. The `uuid` format comes from the document ("Requirement UUID"); the
                 *     vendor reference pages say the same in words and declare a string.
                 * @example 497f6eca-6276-4993-bfeb-53cbbbba6f08
                 */
                requirement_id: components["parameters"]["RequirementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AuthorizeUrl"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    authorizeOAuth2Requirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Requirement UUID. The `uuid` format comes from the document ("Requirement UUID"); the
                 *     vendor reference pages say the same in words and declare a string.
                 * @example 497f6eca-6276-4993-bfeb-53cbbbba6f08
                 */
                requirement_id: components["parameters"]["RequirementId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider's authorization URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizeUrlResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /**
                 * @description Only conversations of this app. The vendor reference (List conversations page) calls it
                 *     an "app UUID" but declares a plain string, so no format is declared and the mock accepts
                 *     any string.
                 * @example 2f0c6a8e-9d7b-4e0a-8f55-3b1c2d4e5f60
                 */
                app_id?: string;
                /**
                 * @description Only conversations of this hosted conversation model. Not in the document; declared by
                 *     the vendor reference (List conversations page: "Filter by conversation model UUID", a
                 *     plain string, so no format is declared).
                 * @example f8ff2fb8-4acc-4e48-bd83-cbdac23e1224
                 */
                model_id?: string;
                /**
                 * @description Only conversations of this organization. Not in the document; declared by the vendor
                 *     reference (List conversations page: "Filter by organization UUID", a plain string, so no
                 *     format is declared).
                 * @example a40f5d1f-d889-42e9-94ea-b9b33585fc6b
                 */
                org_id?: string;
                /**
                 * @description Page number, 1-based (api-docs/README.md; the List conversations page agrees: "Page
                 *     number (1-based)"), hence minimum 1. Default 1 is assumed, because the first page is 1;
                 *     no page states a default.
                 */
                page?: number;
                /**
                 * @description Conversations per page. Neither the document nor the List conversations page (an
                 *     integer, "Number of items per page") gives a default or a maximum, so none is declared;
                 *     at least 1 is assumed, because a page of 0 is no page.
                 */
                page_size?: number;
                /**
                 * @description `-created_at` (most recent first, the default) or `created_at` (both values and the
                 *     default: api-docs/README.md, the first source, so the list stays closed). The vendor
                 *     reference (List conversations page) describes `sort` more broadly, as comma-separated
                 *     fields, each optionally prefixed with `-` for descending (its example is
                 *     `-started_at`); the mock refuses those other values.
                 */
                sort?: "created_at" | "-created_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
}
