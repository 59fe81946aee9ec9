// Generated from specs/patchworks.yaml by scripts/generate.ts (npm run generate). Do not edit.

export interface paths {
    "/api/v1/flows/{flow}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
            };
            cookie?: never;
        };
        /**
         * List Flow Callbacks
         * @description Retrieves a paginated list of callbacks for a specific flow.
         */
        get: operations["listFlowCallbacks"];
        put?: never;
        /**
         * Create Flow Callback
         * @description Creates a new callback trigger for a specific flow. Both body fields are optional
         *     (document; the Flow Callbacks page agrees), so the body itself is optional too; more
         *     detailed validation may apply depending on the data sent, reported as 422 (assumed status,
         *     Laravel's). Success is 200 (document and Flow Callbacks page), not 201.
         */
        post: operations["createFlowCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/flows/{flow}/callbacks/{callback}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
                /**
                 * @description The callback identifier. A string with no format, as in the document and the Flow Callbacks page (see `flow`).
                 * @example 101
                 */
                callback: components["parameters"]["Callback"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update Flow Callback
         * @description Updates an existing callback for a specific flow. Both body fields are optional
         *     (document; the Flow Callbacks page agrees), so the body itself is optional too. Success is
         *     200 (document and Flow Callbacks page).
         */
        put: operations["updateFlowCallback"];
        post?: never;
        /**
         * Delete Flow Callback
         * @description Permanently deletes a specific callback for a specific flow. Success is 200 with a JSON
         *     body whose only property, `message`, is an optional string (document and Flow Callbacks
         *     page); no 204.
         */
        delete: operations["deleteFlowCallback"];
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
         * @description Whether the callback trigger runs its flow. The document and the Flow Callbacks page declare
         *     an enum but list no values; `active`/`inactive` are assumed, because a callback trigger is
         *     either on or off (to revisit against a live response). A value outside them is refused by
         *     the mock.
         * @enum {string}
         */
        CallbackStatus: "active" | "inactive";
        /**
         * @description Payload format the callback accepts and answers with (it sets the `content-type` of
         *     callback responses; payloads are not validated against it). Values from the vendor reference
         *     https://doc.wearepatchworks.com/product-documentation/process-flows/building-process-flows/process-flow-shapes/standard-shapes/trigger-shape/trigger-shape-callback:
         *     "Available formats are: JSON, XML, TXT", JSON by default. The lowercase spelling is assumed,
         *     because the vendor's own OpenAPI spells its flow formats in lowercase (`json`, `txt`, `xml`).
         * @enum {string}
         */
        CallbackFormat: "json" | "xml" | "txt";
        FlowCallbackInput: {
            status?: components["schemas"]["CallbackStatus"];
            format?: components["schemas"]["CallbackFormat"];
        };
        /**
         * @description A callback trigger. Neither the document nor the Flow Callbacks page shows the object, so
         *     its fields are assumed; it stays open to more. `id`, `flow_id`, `status` and `format` are
         *     required (assumed, because every stored callback has an id, belongs to the flow in its
         *     path, and carries the two settings the create/update body sets). The vendor's own schemas
         *     in the same reference mark no property required; a callback without one of these four
         *     would show up as response-validation drift.
         */
        FlowCallback: {
            /** @description Integer, as the vendor's own OpenAPI types the `id` of its flows (Flow Callbacks page). */
            id: number;
            flow_id: number;
            status: components["schemas"]["CallbackStatus"];
            format: components["schemas"]["CallbackFormat"];
            /**
             * Format: uri
             * @description The address that triggers the flow: an absolute URL of the form
             *     `https://callbacks.wearepatchworks.com/api/v1/{company}/{callback_id}?patchworks_signature=...`
             *     (vendor reference: the trigger shape (callback) page, see `CallbackFormat`). The property
             *     name is assumed.
             */
            url?: string;
            /**
             * Format: date-time
             * @description Date-time, as the vendor's own OpenAPI declares `created_at` on its flows (Flow Callbacks page).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description Date-time, as the vendor's own OpenAPI declares `updated_at` on its flows (Flow Callbacks page).
             */
            updated_at?: string;
        };
        /** @description The stored callback in a `data` envelope (assumed, like the vendor's list responses' `data`; required because the envelope is the whole answer). */
        FlowCallbackResponse: {
            data: components["schemas"]["FlowCallback"];
        };
        /**
         * @description One page of callbacks. `data`, `meta` and `links` are the keys the vendor's own OpenAPI uses
         *     for its list responses (Flow Callbacks page: `data`, `meta: PaginationMeta`,
         *     `links: PaginationLinks`); the keys inside `meta` and `links` are Laravel's paginator's,
         *     assumed. `data` and `meta` are required (assumed, because the paginator always sends them
         *     and the client's pagination reads `meta.last_page`).
         */
        FlowCallbackList: {
            data: components["schemas"]["FlowCallback"][];
            links?: {
                first?: string | null;
                last?: string | null;
                prev?: string | null;
                next?: string | null;
            };
            /**
             * @description Laravel's paginator keys (assumed); the four required ones are those it always sends. The
             *     bounds are Laravel's too (assumed): pages count from 1, the last page is at least 1 even
             *     for an empty list, a page holds at least one item, and the total is never negative.
             */
            meta: {
                current_page: number;
                from?: number | null;
                last_page: number;
                path?: string;
                per_page: number;
                to?: number | null;
                total: number;
            };
        };
        /** @description An optional `message` string (document and Flow Callbacks page). */
        DeleteResult: {
            message?: string;
        };
        /** @description Laravel's error body (assumed); `message` is required because Laravel always sends it. */
        ErrorMessage: {
            message: string;
        };
        /** @description Laravel's validation body (assumed); `message` and per-field `errors` are required because Laravel always sends both. */
        ValidationError: {
            message: string;
            errors: {
                [key: string]: string[];
            };
        };
    };
    responses: {
        /** @description Successful response */
        FlowCallback: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FlowCallbackResponse"];
            };
        };
        /**
         * @description The API key or token is missing or invalid. Assumed status and body (Laravel's default):
         *     neither the document nor the Flow Callbacks page declares it; the vendor's other operations
         *     list 401 "Unauthenticated" (Packages page).
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No flow or callback with this identifier is visible to the key. Assumed status and body (Laravel's); no vendor page declares it. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The body failed the server's validation rules. Assumed status and body (Laravel's validation response); the document only says to "see the response for any extra requirements". */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
    };
    parameters: {
        /**
         * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
         * @example 42
         */
        Flow: string;
        /**
         * @description The callback identifier. A string with no format, as in the document and the Flow Callbacks page (see `flow`).
         * @example 101
         */
        Callback: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFlowCallbacks: {
        parameters: {
            query?: {
                /**
                 * @description Page number, 1-based. Neither the document nor the Flow Callbacks page declares query
                 *     parameters for this operation (the page calls the list "paginated"). The name, minimum 1
                 *     and default 1 follow the vendor's own paginated operations (vendor reference
                 *     https://doc.wearepatchworks.com/product-documentation/api-reference/virtual-environments-and-packages/packages:
                 *     `page`, integer, minimum 1, default 1).
                 */
                page?: number;
                /**
                 * @description Callbacks per page. Not declared for this operation by the document or the Flow Callbacks
                 *     page; the name and minimum 1 follow the vendor's own paginated operations (vendor reference
                 *     https://doc.wearepatchworks.com/product-documentation/api-reference/virtual-environments-and-packages/packages:
                 *     `per_page`, integer, minimum 1, maximum 100, no default). Default 15 is assumed, because it
                 *     is Laravel's default page size (Patchworks Core is a Laravel application) and no vendor page
                 *     states one. No maximum is declared here, because none is stated for this operation: the
                 *     mock accepts more, but a client should not count on more than 100 (the cap the vendor
                 *     declares on its other paginated operations).
                 */
                per_page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response (status 200 and JSON body from the document and the Flow Callbacks page). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowCallbackList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    createFlowCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowCallbackInput"];
            };
        };
        responses: {
            200: components["responses"]["FlowCallback"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    updateFlowCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
                /**
                 * @description The callback identifier. A string with no format, as in the document and the Flow Callbacks page (see `flow`).
                 * @example 101
                 */
                callback: components["parameters"]["Callback"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FlowCallbackInput"];
            };
        };
        responses: {
            200: components["responses"]["FlowCallback"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    deleteFlowCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
                /**
                 * @description The callback identifier. A string with no format, as in the document and the Flow Callbacks page (see `flow`).
                 * @example 101
                 */
                callback: components["parameters"]["Callback"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
}
