// Generated from specs/patchworks.yaml by scripts/generate.ts (npm run generate). Do not edit.

export interface paths {
    "/api/v1/flows/{flow}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
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
         *     (document), so the body itself is optional too; more detailed validation may apply
         *     depending on the data sent, reported as 422.
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
                 * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
                /**
                 * @description The callback identifier. The document gives no format (see `flow`).
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
         *     (document), so the body itself is optional too.
         */
        put: operations["updateFlowCallback"];
        post?: never;
        /**
         * Delete Flow Callback
         * @description Permanently deletes a specific callback for a specific flow.
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
         * @description Whether the callback trigger runs its flow (values assumed; see info).
         * @enum {string}
         */
        CallbackStatus: "active" | "inactive";
        /**
         * @description Payload format the callback accepts (values assumed; see info).
         * @enum {string}
         */
        CallbackFormat: "json" | "xml";
        FlowCallbackInput: {
            status?: components["schemas"]["CallbackStatus"];
            format?: components["schemas"]["CallbackFormat"];
        };
        FlowCallback: {
            id: number;
            flow_id: number;
            status: components["schemas"]["CallbackStatus"];
            format: components["schemas"]["CallbackFormat"];
            /**
             * Format: uri
             * @description The address that triggers the flow.
             */
            url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        FlowCallbackResponse: {
            data: components["schemas"]["FlowCallback"];
        };
        FlowCallbackList: {
            data: components["schemas"]["FlowCallback"][];
            links?: {
                first?: string | null;
                last?: string | null;
                prev?: string | null;
                next?: string | null;
            };
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
        DeleteResult: {
            message?: string;
        };
        ErrorMessage: {
            message: string;
        };
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
        /** @description The API key is missing or invalid (Laravel's default body). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No flow or callback with this identifier is visible to the key. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The body failed the server's validation rules (Laravel's validation body). */
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
         * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
         * @example 42
         */
        Flow: string;
        /**
         * @description The callback identifier. The document gives no format (see `flow`).
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
                /** @description Page number, 1-based (Laravel pagination; not in the document; default 1 assumed, because the first page is 1). */
                page?: number;
                /**
                 * @description Callbacks per page (Laravel pagination; not in the document). Default 15 is assumed,
                 *     because it is Laravel's default page size; no maximum is documented, so none is declared.
                 */
                per_page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
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
                 * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
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
                 * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
                /**
                 * @description The callback identifier. The document gives no format (see `flow`).
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
                 * @description The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).
                 * @example 42
                 */
                flow: components["parameters"]["Flow"];
                /**
                 * @description The callback identifier. The document gives no format (see `flow`).
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
