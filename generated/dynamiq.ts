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
         *     no body.
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
         *     errors. The conversation schema keeps the fields every Dynamiq resource carries (`id`,
         *     timestamps) plus the app and title, and stays open to more. Errors: 400 for a bad query,
         *     401 without a valid key, 403 when the key may not read the app's conversations.
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
                 * @description Where to redirect the end user.
                 */
                url: string;
            };
        };
        /**
         * @description A conversation with a deployed app. The document shows no conversation object: these
         *     fields are assumed (the ones every Dynamiq resource carries, plus the app and title), and
         *     `id`/`created_at` are required (assumed, because every resource has them). Open: fields
         *     beyond these may be present.
         */
        Conversation: {
            id: string;
            app_id?: string;
            /** @description Null until the conversation has been titled. */
            title?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ConversationList: {
            data: components["schemas"]["Conversation"][];
            pagination: components["schemas"]["PagePagination"];
        };
        /** @description The four keys come from the reference pages (api-docs/README.md); no bounds are documented. */
        PagePagination: {
            page: number;
            page_size: number;
            page_count: number;
            total_count: number;
        };
        /**
         * @description The error envelope every Dynamiq endpoint uses (document examples). `code` values:
         *     `bad_request`, `unauthorized` and `not_found` are the document's; `forbidden` is assumed
         *     for 403 (written in the documented shape). The list is kept closed so a client can switch
         *     over it; a new code shows up as drift in response validation.
         */
        ErrorResponse: {
            error: {
                /** @enum {string} */
                code: "bad_request" | "unauthorized" | "forbidden" | "not_found";
                message: string;
                /** @description Per-field messages, when the error concerns the input. */
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
         * @description Requirement UUID.
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
                 * @description Requirement UUID.
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
                 * @description Requirement UUID.
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
                 * @description Only conversations of this app. An app id; no format is documented (the example is a
                 *     UUID, but the id is not constrained to one).
                 * @example 2f0c6a8e-9d7b-4e0a-8f55-3b1c2d4e5f60
                 */
                app_id?: string;
                /**
                 * @description Page number, 1-based (reference pages, api-docs/README.md). Default 1 is assumed,
                 *     because the first page is 1.
                 */
                page?: number;
                /**
                 * @description Conversations per page. Neither the document nor the reference pages give a default or
                 *     a maximum, so none is declared; at least 1 is assumed, because a page of 0 is no page.
                 */
                page_size?: number;
                /**
                 * @description `-created_at` (most recent first, the default) or `created_at` (both values and the
                 *     default: reference pages, api-docs/README.md).
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
