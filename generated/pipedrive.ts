// Generated from specs/pipedrive.yaml by scripts/generate.ts (npm run generate). Do not edit.

export interface paths {
    "/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a channel
         * @deprecated
         * @description Adds a new messaging channel; only admins are able to register new channels. Pipedrive
         *     then uses the integration's getConversations endpoint to fetch conversations,
         *     participants and messages.
         *
         *     Method: the document gives none; POST is what the vendor SDK's `ChannelsApi.addChannel`
         *     sends. Success body: the document says only "OK"; the vendor SDK reads the channel as
         *     stored in a `success`/`data` envelope (`AddChannelResponse`). 403 is returned to a
         *     non-admin caller (document: "only admins are able to register new channels"; the vendor
         *     SDK has an `AddChannelForbiddenErrorResponse`).
         */
        post: operations["addChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/messages/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receives an incoming message
         * @deprecated
         * @description Adds a message to a conversation.
         *
         *     Method: the document gives none; POST is what the vendor SDK's
         *     `ChannelsApi.receiveMessage` sends. Success body: the document says only "OK"; the vendor
         *     SDK reads the stored message in a `success`/`data` envelope
         *     (`GetReceiveMessageSuccessResponse`, both keys optional). `created_at` and `reply_by` are documented both as
         *     `date-time` and as "YYYY-MM-DD HH:MM" in UTC; the schema accepts both spellings
         *     (a space or `T`, optional seconds and zone) rather than reject either documented form.
         */
        post: operations["receiveMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/{id}": {
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
         * Delete a channel
         * @deprecated
         * @description Deletes an existing messenger's channel and all related entities (conversations and
         *     messages). Method: the document gives none; DELETE is what the vendor SDK's
         *     `ChannelsApi.deleteChannel` sends. Success body: the document says only "OK"; the vendor
         *     SDK reads `{"success": true}` (`DeleteChannel200Response`, `success` optional). Error statuses:
         *     401 as on every operation (OAuth scope); 403 and 404 are assumed, because the vendor SDK has
         *     forbidden and not-found error models for deleting a conversation and neither the document nor the
         *     reference page shown here lists the errors of this deletion; 429 from the rate limiting page.
         */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/{channel-id}/conversations/{conversation-id}": {
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
         * Delete a conversation
         * @deprecated
         * @description Deletes an existing conversation. Method: the document gives none; DELETE is what the
         *     vendor SDK's `ChannelsApi.deleteConversation` sends. Success body: the document says only
         *     "OK"; the vendor SDK reads `{"success": true}` (`DeleteChannel200Response`). The path
         *     parameters keep the document's hyphenated names (as the vendor SDK's path does). 403 and 404:
         *     the vendor SDK's `DeleteConversationForbiddenErrorResponse` and
         *     `DeleteConversationNotFoundErrorResponse`; 429 from the rate limiting page.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description UTC date and time, documented as "YYYY-MM-DD HH:MM"; ISO 8601 with `T` is accepted too. */
        ProviderDateTime: string;
        /**
         * @description It controls the icons (like the icon next to the conversation). Default `other` (document).
         *     The document lists only `other`; the vendor reference page
         *     (https://developers.pipedrive.com/docs/api/v1/Channels) lists `facebook`, `whatsapp` and `other`,
         *     as does the vendor SDK (`AddChannelRequestProviderTypeConst`), so all three are accepted.
         * @default other
         * @enum {string}
         */
        ProviderType: "facebook" | "whatsapp" | "other";
        AddChannelRequest: {
            /** @description The name of the channel. */
            name: string;
            /** @description The channel ID. */
            provider_channel_id: string;
            /**
             * Format: uri
             * @description The URL for an icon that represents your channel (uri format from the document's "Format url").
             */
            avatar_url?: string;
            /**
             * @description If true, enables templates logic on UI. Requires the getTemplates endpoint implemented.
             *     No default is documented (neither the document nor the vendor SDK states one).
             */
            template_support?: boolean;
            provider_type?: components["schemas"]["ProviderType"];
        };
        /**
         * @description A registered channel as Pipedrive stores it. Fields from the vendor SDK
         *     (`AddChannelResponseData`), where every field is optional, so none is required here.
         */
        Channel: {
            /** @description The unique channel ID used internally by Pipedrive. */
            id?: string;
            name?: string;
            /**
             * @description No format is declared on the answer: the document's "Format url" is given for the request
             *     field only, and the vendor SDK types the echoed value as a plain string. `null` is assumed
             *     (a channel registered without an icon).
             */
            avatar_url?: string | null;
            /** @description The channel ID given when the channel was created. */
            provider_channel_id?: string;
            /** @description The client_id of the app in the Pipedrive marketplace. */
            marketplace_client_id?: string;
            pd_company_id?: number;
            pd_user_id?: number;
            /**
             * @description When the channel was created. No format is declared: the npm SDK (`pipedrive` 33.7) types it
             *     as a plain string and the document does not describe the answer, so a value in another
             *     spelling still passes response validation.
             */
            created_at?: string;
            provider_type?: components["schemas"]["ProviderType"];
            template_support?: boolean;
        };
        /**
         * @description Envelope of the add-channel answer. `success` and `data` are required: the vendor SDK
         *     (`pipedrive` 33.7, `AddChannelResponse`) requires both and the reference page
         *     (https://developers.pipedrive.com/docs/api/v1/Channels) shows the answer as `success: true` with a
         *     `data` object. Every field inside `data` stays optional: neither the SDK's
         *     `AddChannelResponseData` nor the reference page marks any of them required, so the spec does not
         *     promise one (a client reads `data.id` as possibly undefined).
         */
        ChannelResponse: {
            success: boolean;
            data: components["schemas"]["Channel"];
        };
        /**
         * @description A file attached to a message. The document lists `attachments` as an array without
         *     describing its items; the fields and the required ones (`id`, `type`, `url`) are the
         *     vendor SDK's (`ReceiveMessageRequestAttachmentsInner`).
         */
        Attachment: {
            id: string;
            /** @description MIME type of the file. */
            type: string;
            name?: string;
            size?: number;
            /** @description No format is declared (neither the document nor the vendor SDK gives one). */
            url: string;
            /** @description No format is declared (neither the document nor the vendor SDK gives one). */
            preview_url?: string;
            link_expires?: boolean;
        };
        /**
         * @description A message as the integration submits it (fields and required ones: document, and the
         *     vendor SDK's `ReceiveMessageRequest`). Closed (`additionalProperties: false`) so a
         *     misspelled field is refused, not dropped.
         */
        MessageInput: {
            /** @description The ID of the message. */
            id: string;
            /** @description The channel ID as in the provider. */
            channel_id: string;
            /** @description The ID of the provider's user that sent the message. */
            sender_id: string;
            /** @description The ID of the conversation. */
            conversation_id: string;
            /** @description The body of the message. */
            message: string;
            /**
             * @description The status of the message.
             * @enum {string}
             */
            status: "sent" | "delivered" | "read" | "failed";
            created_at: components["schemas"]["ProviderDateTime"];
            reply_by?: components["schemas"]["ProviderDateTime"];
            /**
             * Format: uri
             * @description A URL that can open the conversation in the provider's side (uri format from the document's "Format url").
             */
            conversation_link?: string;
            /** @description The list of attachments available in the message. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /**
         * @description The stored message as Pipedrive echoes it back (vendor SDK:
         *     `GetReceiveMessageSuccessResponse.data` is a `ReceiveMessageRequest`). Open, unlike the
         *     request body: Pipedrive may add fields, and an addition is not a breakage.
         */
        Message: {
            /** @description The ID of the message. */
            id: string;
            /** @description The channel ID as in the provider. */
            channel_id: string;
            /** @description The ID of the provider's user that sent the message. */
            sender_id: string;
            /** @description The ID of the conversation. */
            conversation_id: string;
            /** @description The body of the message. */
            message: string;
            /**
             * @description The status of the message.
             * @enum {string}
             */
            status: "sent" | "delivered" | "read" | "failed";
            created_at: components["schemas"]["ProviderDateTime"];
            reply_by?: components["schemas"]["ProviderDateTime"];
            /**
             * Format: uri
             * @description A URL that can open the conversation in the provider's side (uri format from the document's "Format url").
             */
            conversation_link?: string;
            /** @description The list of attachments available in the message. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /**
         * @description Envelope read by the vendor SDK (`GetReceiveMessageSuccessResponse`), where both keys are optional;
         *     the reference page says only "OK", so nothing is promised beyond the SDK.
         */
        MessageResponse: {
            success?: boolean;
            data?: components["schemas"]["Message"];
        };
        /**
         * @description Vendor SDK `DeleteChannel200Response` (`success` optional); the reference page says only "OK",
         *     so `success` stays optional.
         */
        DeleteResponse: {
            success?: boolean;
        };
        /**
         * @description Pipedrive's error body. The document shows none; the fields are the vendor SDK's error
         *     models (`AddChannelBadRequestResponse`, `AddChannelForbiddenErrorResponse`,
         *     `ReceiveMessageBadRequestErrorResponse`), where every field is optional. `success` and
         *     `error` are required here (assumed, because every Pipedrive error body carries the flag
         *     and a message; the client's typed errors read `error`). `success` is `false` in every error
         *     body Pipedrive shows (vendor changelog
         *     https://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints),
         *     hence `const: false`.
         */
        ErrorResponse: {
            /** @constant */
            success: false;
            /** @description What went wrong. */
            error: string;
            error_info?: string;
            additional_data?: {
                code?: string;
            } | null;
        };
    };
    responses: {
        /** @description Deleted. */
        Deleted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeleteResponse"];
            };
        };
        /**
         * @description The body failed validation. The document shows no error body; the vendor SDK reads
         *     `success`, `error`, `error_info` and `additional_data.code`
         *     (`AddChannelBadRequestResponse`, `ReceiveMessageBadRequestErrorResponse`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No valid OAuth token, or the token lacks the Messengers integration scope. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The user may not manage channels (only admins may register them). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Too many requests. The document is silent; the vendor reference
         *     https://pipedrive.readme.io/docs/core-api-concepts-rate-limiting says a request over the rate limit
         *     is refused with HTTP 429 "Too Many Requests" and a JSON body that starts with `success`; the rest
         *     of the body is assumed to be Pipedrive's usual error body (`ErrorResponse`). The same page names
         *     the `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` headers on every answer.
         */
        RateLimited: {
            headers: {
                /** @description Requests the token may make per window (vendor reference, rate limiting page). */
                "x-ratelimit-limit"?: number;
                /** @description Requests left in the window (vendor reference, rate limiting page). */
                "x-ratelimit-remaining"?: number;
                /** @description Time left before the window resets (vendor reference, rate limiting page). */
                "x-ratelimit-reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No channel or conversation with this ID belongs to the integration. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    addChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddChannelRequest"];
            };
        };
        responses: {
            /** @description The channel was registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    receiveMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description The message was added to the conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the channel provided by the integration.
                 * @example wa-5551234
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the channel provided by the integration.
                 * @example wa-5551234
                 */
                "channel-id": string;
                /**
                 * @description The ID of the conversation provided by the integration.
                 * @example conv-77
                 */
                "conversation-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Deleted"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
}
