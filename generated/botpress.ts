// Generated from specs/botpress.yaml by scripts/generate.ts (npm run generate). Do not edit.

export interface paths {
    "/v1/authenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an OAuth2 access token
         * @description Exchanges the API key (`clientKey`) and secret (`clientSecret`) of a bot, an integration or a user for an
         *     access token, to be passed as `Authorization: Bearer <token>` to the other endpoints. The access granted is
         *     scoped to the bot, integration or user authenticated as. This endpoint takes no bearer token.
         */
        post: operations["authenticate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description Retrieves a list of Users previously created. The users are returned in sorted order, with the most recent
         *     appearing first. The list can be filtered using Tags.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create User
         * @description Creates a new User. When creating a new User, the required tags must be provided. See the specific
         *     integration for more details.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/users/get-or-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Or Create User
         * @description Retrieves the User object for a valid identifier. If the user does not exist, it will be created. The body
         *     is the same as for Create User.
         */
        post: operations["getOrCreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description User ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get User
         * @description Retrieves the User object for a valid identifier.
         */
        get: operations["getUser"];
        /**
         * Update User
         * @description Updates a User object by setting the values of the parameters passed. Any parameters not provided will be
         *     left unchanged.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete User
         * @description Permanently deletes a User. It cannot be undone. The reference says the deleted User object is returned but
         *     lists no response attributes, so the body's `user` attribute is optional.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Conversations
         * @description Retrieves a list of Conversations previously created. The conversations are returned in sorted order, with
         *     the most recent appearing first. The list can be filtered using Tags and participant ids.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create Conversation
         * @description Creates a new Conversation. When creating a new Conversation, the required tags must be provided. See the
         *     specific integration for more details.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/conversations/get-or-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Or Create Conversation
         * @description Retrieves the Conversation object for a valid identifier. If the conversation does not exist, it will be
         *     created. The body is the same as for Create Conversation.
         */
        post: operations["getOrCreateConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Conversation id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Conversation
         * @description Retrieves the Conversation object for a valid identifier.
         */
        get: operations["getConversation"];
        /**
         * Update Conversation
         * @description Updates a Conversation object by setting the values of the parameters passed. Any parameters not provided
         *     will be left unchanged. Answers `409 RelationConflict` when a participant is not related to the
         *     conversation's bot.
         */
        put: operations["updateConversation"];
        post?: never;
        /**
         * Delete Conversation
         * @description Permanently deletes a Conversation. It cannot be undone. Also immediately deletes the corresponding
         *     Messages. The reference says the deleted Conversation object is returned but lists no response
         *     attributes, so the body's `conversation` attribute is optional. The vendor reference
         *     (https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation) agrees: `200` with a
         *     JSON object whose example is `{}`.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Events
         * @description Retrieves a list of Events previously created. The events are returned in sorted order, with the most
         *     recent appearing first.
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Create Event
         * @description Creates a new Event, optionally scheduled to be sent later. The reference also says "the required tags must
         *     be provided" but lists no `tags` body field, so none is accepted here.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Event id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Event
         * @description Retrieves the Event object for a valid identifier.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Messages
         * @description Retrieves a list of Messages previously created. The messages are returned in sorted order, with the most
         *     recent appearing first. The list can be filtered by conversation and using Tags.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Create Message
         * @description Creates a new Message, optionally scheduled to be sent later. When creating a new Message, the required
         *     tags must be provided. See the specific integration for more details. Answers `409 RelationConflict` when
         *     the User and the Conversation are not linked together.
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/messages/get-or-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Or Create Message
         * @description Retrieves the Message object for a valid identifier. If the message does not exist, it will be created.
         *     The body is the same as for Create Message. Answers `409 RelationConflict` when the User and the
         *     Conversation are not linked together.
         */
        post: operations["getOrCreateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Message
         * @description Retrieves the Message object for a valid identifier.
         */
        get: operations["getMessage"];
        /**
         * Update Message
         * @description Updates the tags of a Message.
         */
        put: operations["updateMessage"];
        post?: never;
        /**
         * Delete Message
         * @description Permanently deletes a Message. It cannot be undone. The reference says the deleted Message object is
         *     returned but lists no response attributes, so the body's `message` attribute is optional.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/storage/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Files
         * @description Lists the Files of a bot. The reference does not mark `botId` optional, so it is required here (in
         *     addition to the `x-bot-id` header).
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Create File
         * @description Creates a File from base64-encoded contents.
         */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/storage/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get File
         * @description Retrieves the File object (metadata; use Download File for the contents).
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /**
         * Delete File
         * @description Deletes a File. The reference lists no response attributes ("Success").
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/storage/files/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description File ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Download File
         * @description Downloads the raw contents of a File; the way to read a private file. The reference gives no media type
         *     for the contents, so they are described as `application/octet-stream`. Errors are JSON.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/states/{type}/{id}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description State type */
                type: components["schemas"]["StateType"];
                /** @description State id (the id of the conversation, user, bot or integration the state belongs to) */
                id: string;
                /** @description State name, as declared inside the bot definition */
                name: string;
            };
            cookie?: never;
        };
        /**
         * Get State
         * @description Retrieves the State object for valid identifiers.
         */
        get: operations["getState"];
        put?: never;
        /**
         * Set State
         * @description Overrides the State object by setting the values of the parameters passed.
         */
        post: operations["setState"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch State
         * @description Updates the State object by setting the values of the parameters passed.
         */
        patch: operations["patchState"];
        trace?: never;
    };
    "/v1/admin/hub/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Public Integrations
         * @description Lists the public integrations of the Hub, optionally filtered by name and version.
         */
        get: operations["listPublicIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/hub/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Public Integration By Id
         * @description Gets a public integration by its id.
         */
        get: operations["getPublicIntegrationById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/hub/integrations/{name}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Name */
                name: components["parameters"]["IntegrationNamePath"];
                /** @description Integration version. Either a semver version or tag "latest". */
                version: components["parameters"]["IntegrationVersionPath"];
            };
            cookie?: never;
        };
        /**
         * Get Public Integration
         * @description Gets a public integration by name and version.
         */
        get: operations["getPublicIntegration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call Action
         * @description Calls an action (of an integration installed on the bot) and returns its output. Answers
         *     `405 MethodNotFound` when the requested action does not exist (the error table's "requested method does
         *     not exist"; the reference does not tie that error to an endpoint).
         */
        post: operations["callAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Bots
         * @description Lists the bots of the workspace.
         */
        get: operations["listBots"];
        put?: never;
        /**
         * Create Bot
         * @description Creates a bot in the workspace. Every body field is optional; the name is auto-generated when omitted.
         */
        post: operations["createBot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Bot
         * @description Gets the details of a bot.
         */
        get: operations["getBot"];
        /**
         * Update Bot
         * @description Updates a bot. Every body field is optional.
         */
        put: operations["updateBot"];
        post?: never;
        /**
         * Delete Bot
         * @description Deletes a bot. The reference lists no response attributes ("Success").
         */
        delete: operations["deleteBot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bots/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer Bot
         * @description Transfers a bot to another workspace. The caller must be a Manager member of the workspace the bot
         *     currently belongs to and have permission to create bots in the target workspace (otherwise
         *     `403 Forbidden`). The reference lists no response attributes ("Success").
         */
        post: operations["transferBot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bots/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Bot Logs
         * @description Gets the logs of a bot. The document lists no query parameters, no pagination and no log-entry
         *     attributes for this endpoint; they follow the vendor's API definition (`@botpress/api` 1.70.2 on npm, operation `getBotLogs`): `timeStart` is required there, the
         *     other filters are optional, and the answer carries a `nextToken` for the next page, passed back as the
         *     `nextToken` query parameter. Without `timeStart` the vendor refuses the call, so the spec requires it.
         */
        get: operations["getBotLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bots/{id}/webchat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Bot Webchat
         * @description Gets the webchat code or URL for a bot. The reference does not mark `type` optional (so it is required
         *     here) and does not list its accepted values.
         */
        get: operations["getBotWebchat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/bots/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Bot Analytics
         * @description Gets the analytics records of a bot between two date/times. The reference does not mark `startDate` or
         *     `endDate` optional, so both are required (the vendor reference
         *     https://botpress.com/docs/api-reference/admin-api/openapi/getBotAnalytics marks both required too). Their
         *     format is not declared: the document calls them "date/time" without a format, and the vendor reference
         *     and `@botpress/client` 1.45 type them as plain strings, so the mock accepts any string, as the vendor may.
         */
        get: operations["getBotAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Integrations
         * @description Lists the integrations of the workspace, optionally filtered by name and version.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Create Integration
         * @description Creates an integration (a version of it) in the workspace. `name` and `version` are required.
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Integration
         * @description Gets an integration by id.
         */
        get: operations["getIntegration"];
        /**
         * Update Integration
         * @description Updates an integration. Every body field is optional; `name`, `version` and `dev` cannot be changed.
         */
        put: operations["updateIntegration"];
        post?: never;
        /**
         * Delete Integration
         * @description Deletes an integration. The reference lists no response attributes ("Success").
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/integrations/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Get Integration Logs
         * @description Gets the logs of an integration. The document lists no query parameters, no pagination and no log-entry
         *     attributes for this endpoint; they follow the vendor's API definition (`@botpress/api` 1.70.2 on npm, operation `getIntegrationLogs`): `timeStart` is required there, the
         *     other filters are optional, and the answer carries a `nextToken` for the next page, passed back as the
         *     `nextToken` query parameter. Without `timeStart` the vendor refuses the call, so the spec requires it.
         */
        get: operations["getIntegrationLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/integrations/{name}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Name */
                name: components["parameters"]["IntegrationNamePath"];
                /** @description Integration version. Either a semver version or tag "latest". */
                version: components["parameters"]["IntegrationVersionPath"];
            };
            cookie?: never;
        };
        /**
         * Get Integration By Name
         * @description Gets an integration of the workspace by name and version. `GET /v1/admin/integrations/{id}/logs` has the
         *     same shape; since `version` must be a semver version or `latest`, a second segment `logs` always means
         *     the logs endpoint.
         */
        get: operations["getIntegrationByName"];
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
         * @description Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of
         *     Tags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.
         */
        Tags: {
            [key: string]: string;
        };
        /** @description Pagination metadata of a "List" response. */
        ListMeta: {
            /** @description Present while more results exist; pass it as the `nextToken` query parameter to get the next page. */
            nextToken?: string;
        };
        /**
         * @description Schedules the Event or Message to be sent at a specific time. Either `dateTime` or `delay` must be
         *     provided. The reference does not list these child attributes by name; `dateTime` and `delay` are the two
         *     it mentions. `@botpress/client` 1.45 (`schedule` of the create-event and create-message bodies) names
         *     the same two, gives `dateTime` "in the ISO 8601 format" and `delay` in milliseconds; the spec follows it.
         */
        Schedule: {
            /**
             * Format: date-time
             * @description When to send, in ISO 8601 format (format from `@botpress/client` 1.45's `schedule.dateTime`).
             */
            dateTime?: string;
            /** @description How long to wait before sending, in milliseconds (unit from `@botpress/client` 1.45's `schedule.delay`; the document gives none). At least 0 is assumed, because a delay cannot be negative. */
            delay?: number;
        };
        /**
         * @description A semver version (e.g. `1.2.0`) or the tag `latest` (document: "Integration version. Either a semver
         *     version or tag "latest"). The pattern is a simplified semver 2.0.0 version grammar, or `latest`.
         * @example latest
         * @example 0.2.0
         */
        IntegrationVersionSelector: string;
        /**
         * @description Body of an operation whose reference lists no response attributes ("Success"). The reference says every
         *     response has a JSON body; its attributes are not documented.
         */
        EmptyResponse: Record<string, never>;
        AuthenticateBody: {
            /** @description API key of the bot, integration or user to authenticate as. */
            clientKey: string;
            /** @description API secret of the bot, integration or user to authenticate as. */
            clientSecret: string;
        };
        AuthenticateResponse: {
            /** @description The access token, to pass as `Authorization: Bearer <token>`. */
            token: string;
            /**
             * @description Expiry of the token as a timestamp in milliseconds since January 1, 1970 (what the reference says,
             *     despite the name).
             */
            expiresIn: number;
        };
        /**
         * @description Someone interacting with the bot within a specific integration. The same person interacting with a bot in
         *     Slack and Messenger is represented by two different users.
         */
        User: {
            /** @description Id of the User */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the User in the ISO 8601 format (document).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updating date of the User in the ISO 8601 format (document).
             */
            updatedAt: string;
            tags: components["schemas"]["Tags"];
        };
        /** @description Body of Create User and Get Or Create User. */
        CreateUserBody: {
            tags: components["schemas"]["Tags"];
            /** @description Name of the integration to which the user creation will be delegated */
            integrationName?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            name?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            pictureUrl?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            discriminateByTags?: string[];
        };
        /**
         * @description Body of Update User. The reference does not mark `tags` optional but also says "any parameters not
         *     provided will be left unchanged"; `tags` is optional here.
         */
        UpdateUserBody: {
            tags?: components["schemas"]["Tags"];
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            name?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            pictureUrl?: string;
        };
        UserResponse: {
            user: components["schemas"]["User"];
        };
        UserListResponse: {
            users: components["schemas"]["User"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description The reference says the deleted User is returned but lists no attributes, so `user` is optional. */
        DeleteUserResponse: {
            user?: components["schemas"]["User"];
        };
        /**
         * @description An exchange of messages between one or more users. A Conversation is always linked to an integration's
         *     channels. For example, a Slack channel represents a conversation.
         */
        Conversation: {
            /** @description Id of the Conversation */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the Conversation in the ISO 8601 format (document).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updating date of the Conversation in the ISO 8601 format (document).
             */
            updatedAt: string;
            /** @description Name of the channel where the Conversation is happening */
            channel: string;
            /** @description Name of the integration that created the Conversation */
            integration: string;
            tags: components["schemas"]["Tags"];
        };
        /** @description Body of Create Conversation and Get Or Create Conversation. */
        CreateConversationBody: {
            /** @description Channel name */
            channel: string;
            tags: components["schemas"]["Tags"];
            /** @description Name of the integration to which the conversation creation will be delegated */
            integrationName?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            discriminateByTags?: string[];
        };
        /**
         * @description Body of Update Conversation. The reference does not mark `tags` or `participantIds` optional but also says
         *     "any parameters not provided will be left unchanged"; both are optional here.
         */
        UpdateConversationBody: {
            tags?: components["schemas"]["Tags"];
            /** @description Ids of the Users participating in the conversation */
            participantIds?: string[];
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            currentTaskId?: string;
        };
        ConversationResponse: {
            conversation: components["schemas"]["Conversation"];
        };
        ConversationListResponse: {
            conversations: components["schemas"]["Conversation"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description The reference says the deleted Conversation is returned but lists no attributes, so `conversation` is optional. */
        DeleteConversationResponse: {
            conversation?: components["schemas"]["Conversation"];
        };
        /** @description An action or an occurrence. */
        Event: {
            /** @description Id of the Event */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the Event in the ISO 8601 format (document).
             */
            createdAt: string;
            /** @description Type of the Event. */
            type: string;
            /**
             * @description Content of the event, defined by the integration installed on the bot or one of the default events
             *     created by the API.
             */
            payload: {
                [key: string]: unknown;
            };
        };
        CreateEventBody: {
            /** @description Type of the Event. */
            type: string;
            /**
             * @description Content of the event, defined by the integration installed on the bot or one of the default events
             *     created by the API.
             */
            payload: {
                [key: string]: unknown;
            };
            schedule?: components["schemas"]["Schedule"];
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            conversationId?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            userId?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            workflowId?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            messageId?: string;
        };
        EventResponse: {
            event: components["schemas"]["Event"];
        };
        EventListResponse: {
            events: components["schemas"]["Event"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description Direction of the message (values from the document, "incoming or outgoing").
         * @enum {string}
         */
        MessageDirection: "incoming" | "outgoing";
        /**
         * @description Content of the message. Accepted payload options: Text, Image, Choice, Dropdown, Card, Carousel, File,
         *     Audio, Video, Location (their attributes are not documented).
         */
        MessagePayload: {
            [key: string]: unknown;
        };
        /** @description A message in a Conversation for a specific User. */
        Message: {
            /** @description Id of the Message */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the Message in the ISO 8601 format (document).
             */
            createdAt: string;
            /** @description Type of the Message, the kind of payload it carries (the reference lists no accepted values). */
            type: string;
            payload: components["schemas"]["MessagePayload"];
            direction: components["schemas"]["MessageDirection"];
            /** @description ID of the User */
            userId: string;
            /** @description ID of the Conversation */
            conversationId: string;
            tags: components["schemas"]["Tags"];
        };
        /** @description Body of Create Message and Get Or Create Message. */
        CreateMessageBody: {
            payload: components["schemas"]["MessagePayload"];
            /** @description ID of the User */
            userId: string;
            /** @description ID of the Conversation */
            conversationId: string;
            /** @description Type of the Message, the kind of payload it carries. */
            type: string;
            tags: components["schemas"]["Tags"];
            schedule?: components["schemas"]["Schedule"];
            /**
             * @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createMessage, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
             * @enum {string}
             */
            origin?: "synthetic";
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            discriminateByTags?: string[];
        };
        UpdateMessageBody: {
            tags: components["schemas"]["Tags"];
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            payload?: {
                [key: string]: unknown;
            };
        };
        MessageResponse: {
            message: components["schemas"]["Message"];
        };
        MessageListResponse: {
            messages: components["schemas"]["Message"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description The reference says the deleted Message is returned but lists no attributes, so `message` is optional. */
        DeleteMessageResponse: {
            message?: components["schemas"]["Message"];
        };
        /**
         * @description Who can read the file contents. Public files also get a `publicUrl`. Values from the document ("Accepted values", private and public).
         * @enum {string}
         */
        FileAccessType: "private" | "public";
        /**
         * @description A stored file. The reference does not mark `name` optional but describes it as an "optional arbitrary file
         *     name"; it is optional here.
         */
        File: {
            /** @description ID of the File */
            id: string;
            /** @description ID of the bot the file will be used for */
            botId: string;
            /** @description Optional arbitrary file name (e.g. my-image.jpg), used for display purposes only. */
            name?: string;
            accessType: components["schemas"]["FileAccessType"];
            /**
             * Format: date-time
             * @description Creation date of the File in ISO 8601 format (document).
             */
            createdAt: string;
            /** @description Size of the file in bytes */
            size: number;
            /**
             * Format: uri
             * @description Public URL to the file contents, available only if the access type is public. If the file is private,
             *     use the Download File endpoint to retrieve the file contents. (`format: uri`: the document calls it a
             *     URL.)
             */
            publicUrl?: string;
        };
        /**
         * @description Body of Create File. The reference does not mark `name` optional but describes it as an "optional
         *     arbitrary file name"; it is optional here.
         */
        CreateFileBody: {
            /** @description ID of the bot the file will be used for */
            botId: string;
            /** @description Base64-encoded file contents */
            contents: string;
            /** @description Optional arbitrary file name (e.g. my-image.jpg), used for display purposes only. */
            name?: string;
            accessType: components["schemas"]["FileAccessType"];
        };
        FileResponse: {
            file: components["schemas"]["File"];
        };
        FileListResponse: {
            files: components["schemas"]["File"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description The resource type the state is related to (values from the document, "conversation, user, bot or
         *     integration"). The vendor reference (https://botpress.com/docs/api-reference/runtime-api/openapi/setState)
         *     also lists `task` and `workflow`; the document is the first source, so they are not accepted here, and a
         *     state of one of those types fails response validation.
         * @enum {string}
         */
        StateType: "conversation" | "user" | "bot" | "integration";
        /** @description The current payload of a state, always linked to a bot, a conversation, a user (or an integration). */
        State: {
            /** @description Id of the State */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the State in the ISO 8601 format (document).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updating date of the State in the ISO 8601 format (document).
             */
            updatedAt: string;
            /** @description Id of the Bot */
            botId: string;
            /** @description Id of the Conversation */
            conversationId?: string;
            /** @description Id of the User */
            userId?: string;
            /** @description Name of the State which is declared inside the bot definition */
            name: string;
            type: components["schemas"]["StateType"];
            /** @description Content of the state, defined by the bot. */
            payload: {
                [key: string]: unknown;
            };
        };
        SetStateBody: {
            /** @description Content of the state, defined by the bot. */
            payload: {
                [key: string]: unknown;
            };
            /**
             * @description Expiry of the State in milliseconds. The state expires if it is idle for the configured value. By
             *     default, a state doesn't expire.
             */
            expiry?: number;
        };
        PatchStateBody: {
            /** @description Values of the state payload to set. */
            payload: {
                [key: string]: unknown;
            };
        };
        StateResponse: {
            state: components["schemas"]["State"];
        };
        /**
         * @description Body of Get State. The document shows only `state`. The vendor's API definition (`@botpress/api`
         *     1.70.2, operation getState) also answers `meta` with a boolean `cached` and marks it required; it is
         *     declared here but not required, because an answer the document describes (without `meta`) must
         *     still validate.
         */
        GetStateResponse: {
            state: components["schemas"]["State"];
            meta?: {
                /** @description Whether the state came from a cache (vendor's API definition). */
                cached?: boolean;
            };
        };
        CallActionBody: {
            /** @description Type of the action */
            type: string;
            /** @description Input of the action */
            input: {
                [key: string]: unknown;
            };
        };
        CallActionResponse: {
            /** @description Output of the action (the reference's description, "Input of the action", is a copy of the input's). */
            output: {
                [key: string]: unknown;
            };
            /**
             * @description Not in the document. The vendor reference (https://botpress.com/docs/api-reference/runtime-api/openapi/callAction)
             *     shows a `meta` object with a boolean `cached` and marks it required; it is declared here but not required,
             *     because the document's answer lists only `output` and a required key the document never shows could
             *     fail validation of an answer the document describes.
             */
            meta?: {
                /** @description Whether the action's output came from a cache (vendor reference). */
                cached?: boolean;
            };
        };
        /** @description Tags of the bot. The reference does not list this object's child attributes. */
        BotTags: {
            [key: string]: unknown;
        };
        /** @description Configuration of the bot. The reference does not list this object's child attributes. */
        BotConfiguration: {
            [key: string]: unknown;
        };
        /** @description A media file associated with the bot. The reference does not list this object's child attributes. */
        BotMedia: {
            [key: string]: unknown;
        };
        Bot: {
            /** @description Id of the Bot */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the Bot in the ISO 8601 format (document).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updating date of the Bot in the ISO 8601 format (document).
             */
            updatedAt: string;
            /** @description Signing secret of the Bot */
            signingSecret: string;
            /** @description A mapping of integrations to their configuration */
            integrations: {
                [key: string]: unknown;
            };
            /** @description A mapping of states to their definition */
            states: {
                [key: string]: unknown;
            };
            tags: components["schemas"]["BotTags"];
            configuration: components["schemas"]["BotConfiguration"];
            /** @description Events definition */
            events: {
                [key: string]: unknown;
            };
            /** @description Recurring events */
            recurringEvents: {
                [key: string]: unknown;
            };
            /** @description Name of the Bot */
            name: string;
            /**
             * Format: date-time
             * @description Last deployment date of the Bot in the ISO 8601 format (document).
             */
            deployedAt?: string;
            /** @description Indicates if the Bot is a development bot; development bots run locally and can install dev integrations */
            dev: boolean;
            /** @description Id of the user that created the bot */
            createdBy?: string;
            /** @description Media files associated with the Bot */
            medias: components["schemas"]["BotMedia"][];
        };
        CreateBotBody: {
            /** @description A mapping of states to their definition */
            states?: {
                [key: string]: unknown;
            };
            tags?: components["schemas"]["BotTags"];
            /** @description Events definition */
            events?: {
                [key: string]: unknown;
            };
            /** @description Recurring events */
            recurringEvents?: {
                [key: string]: unknown;
            };
            configuration?: components["schemas"]["BotConfiguration"];
            /** @description JavaScript code of the bot */
            code?: string;
            /** @description Optional name for the bot, if not provided will be auto-generated */
            name?: string;
            /** @description Media files associated with the Bot */
            medias?: components["schemas"]["BotMedia"][];
            /** @description URL of the Bot; only available for dev bots */
            url?: string;
            /** @description Indicates if the Bot is a development bot; development bots run locally and can install dev integrations */
            dev?: boolean;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            subscriptions?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            actions?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            user?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            conversation?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            message?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            description?: string;
        };
        UpdateBotBody: {
            /** @description URL of the Bot; only available for dev bots */
            url?: string;
            /**
             * @description Type of the Bot authentication (the reference names `iam` as the only value)
             * @enum {string}
             */
            authentication?: "iam";
            /** @description A mapping of states to their definition */
            states?: {
                [key: string]: unknown;
            };
            tags?: components["schemas"]["BotTags"];
            /** @description Events definition */
            events?: {
                [key: string]: unknown;
            };
            /** @description Recurring events */
            recurringEvents?: {
                [key: string]: unknown;
            };
            configuration?: components["schemas"]["BotConfiguration"];
            /** @description Whether the bot is blocked (not described in the reference). */
            blocked?: boolean;
            /** @description A mapping of integrations to their configuration (not described in the reference; named like the Bot attribute). */
            integrations?: {
                [key: string]: unknown;
            };
            /** @description JavaScript code of the bot */
            code?: string;
            /** @description Name of the bot */
            name?: string;
            /** @description Media files associated with the Bot */
            medias?: components["schemas"]["BotMedia"][];
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            maxExecutionTime?: number;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            alwaysAlive?: boolean;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            user?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            message?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            conversation?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            actions?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            plugins?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            subscriptions?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            description?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            layers?: string[];
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            shouldMergePlugins?: boolean;
        };
        TransferBotBody: {
            /** @description The ID of the workspace you want to transfer the bot to: the `id` of a Workspace object. */
            targetWorkspaceId: string;
        };
        BotResponse: {
            bot: components["schemas"]["Bot"];
        };
        BotListResponse: {
            bots: components["schemas"]["Bot"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description A log entry of a bot or an integration. The document does not list its attributes; they follow the
         *     vendor's API definition (`@botpress/api` 1.70.2, getBotLogs and getIntegrationLogs), which requires
         *     `timestamp`, `level` and `message`. Open to attributes it does not declare.
         */
        LogEntry: {
            /** @description When the entry was logged (a string in the vendor's definition; no format is declared there). */
            timestamp: string;
            /** @description The entry's log level (the vendor's definition lists no values). */
            level: string;
            message: string;
            workflowId?: string;
            userId?: string;
            conversationId?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of Get Bot Logs and Get Integration Logs. `nextToken` (optional) is the token of the next page,
         *     at the top level of the answer (vendor's API definition, `@botpress/api` 1.70.2); the document shows
         *     only `logs`.
         */
        LogsResponse: {
            logs: components["schemas"]["LogEntry"][];
            /** @description Pass it back as the `nextToken` query parameter to get the next page of logs. */
            nextToken?: string;
        };
        BotWebchatResponse: {
            /** @description The webchat code/URL. */
            code: string;
        };
        /** @description An analytics record of a bot. The reference does not list this object's attributes. */
        AnalyticsRecord: {
            [key: string]: unknown;
        };
        BotAnalyticsResponse: {
            records: components["schemas"]["AnalyticsRecord"][];
        };
        /** @description Tags of the Integration. The reference does not list this object's child attributes. */
        IntegrationTags: {
            [key: string]: unknown;
        };
        /** @description Configuration definition of the Integration. The reference does not list this object's child attributes. */
        IntegrationConfiguration: {
            [key: string]: unknown;
        };
        /** @description User definition of the Integration. The reference does not list this object's child attributes. */
        IntegrationUser: {
            [key: string]: unknown;
        };
        Integration: {
            /** @description Id of the Integration */
            id: string;
            /**
             * Format: date-time
             * @description Creation date of the Integration in the ISO 8601 format (document).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Updating date of the Integration in the ISO 8601 format (document).
             */
            updatedAt: string;
            /** @description Name of the Integration */
            name: string;
            /** @description Version of the Integration */
            version: string;
            /** @description Channels definition */
            channels: {
                [key: string]: unknown;
            };
            /** @description States definition */
            states?: {
                [key: string]: unknown;
            };
            configuration: components["schemas"]["IntegrationConfiguration"];
            /** @description Events definition */
            events: {
                [key: string]: unknown;
            };
            /** @description Action definition */
            actions: {
                [key: string]: unknown;
            };
            user: components["schemas"]["IntegrationUser"];
            /** @description Indicates if the integration is a development integration; dev integrations run locally */
            dev: boolean;
            /** @description Title of the integration, displayed in the UI */
            title: string;
            /** @description Description of the integration, displayed in the UI */
            description: string;
            /** @description URL of the icon of the integration, displayed in the UI */
            iconUrl: string;
            /** @description URL of the readme of the integration, displayed in the UI */
            readmeUrl: string;
        };
        CreateIntegrationBody: {
            /** @description Name of the Integration */
            name: string;
            /** @description Version of the Integration */
            version: string;
            tags?: components["schemas"]["IntegrationTags"];
            /** @description Channels definition */
            channels?: {
                [key: string]: unknown;
            };
            /** @description States definition */
            states?: {
                [key: string]: unknown;
            };
            configuration?: components["schemas"]["IntegrationConfiguration"];
            /** @description Events definition */
            events?: {
                [key: string]: unknown;
            };
            /** @description Action definition */
            actions?: {
                [key: string]: unknown;
            };
            user?: components["schemas"]["IntegrationUser"];
            /** @description JavaScript code of the integration */
            code?: string;
            /** @description Whether the integration is public */
            public?: boolean;
            /** @description URL of the integration; only available for dev integrations */
            url?: string;
            /** @description Indicates if the integration is a development integration; dev integrations run locally */
            dev?: boolean;
            /** @description Base64-encoded SVG of the integration icon. The icon is global to the integration; every version is updated when it changes. */
            icon?: string;
            /** @description Base64-encoded Markdown of the integration readme. The readme is specific to each integration version. */
            readme?: string;
            /** @description Title of the integration, displayed in the UI */
            title?: string;
            /** @description Description of the integration, displayed in the UI */
            description?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            configurations?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            entities?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            attributes?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            identifier?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            interfaces?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            extraOperations?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            sdkVersion?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            secrets?: {
                [key: string]: unknown;
            };
            /**
             * @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
             * @enum {string}
             */
            visibility?: "public" | "private" | "unlisted";
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            layers?: string[];
        };
        UpdateIntegrationBody: {
            tags?: components["schemas"]["IntegrationTags"];
            /** @description Channels definition */
            channels?: {
                [key: string]: unknown;
            };
            /** @description States definition */
            states?: {
                [key: string]: unknown;
            };
            configuration?: components["schemas"]["IntegrationConfiguration"];
            /** @description Events definition */
            events?: {
                [key: string]: unknown;
            };
            /** @description Action definition */
            actions?: {
                [key: string]: unknown;
            };
            user?: components["schemas"]["IntegrationUser"];
            /** @description JavaScript code of the integration */
            code?: string;
            /** @description Whether the integration is public */
            public?: boolean;
            /** @description URL of the integration; only available for dev integrations */
            url?: string;
            /** @description Base64-encoded SVG of the integration icon. The icon is global to the integration; every version is updated when it changes. */
            icon?: string;
            /** @description Base64-encoded Markdown of the integration readme. The readme is specific to each integration version. */
            readme?: string;
            /** @description Title of the integration, displayed in the UI */
            title?: string;
            /** @description Description of the integration, displayed in the UI */
            description?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            configurations?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            extraOperations?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            sdkVersion?: string;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            maxExecutionTime?: number;
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            identifier?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            entities?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            interfaces?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            attributes?: {
                [key: string]: unknown;
            };
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            secrets?: {
                [key: string]: unknown;
            };
            /**
             * @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced.
             * @enum {string}
             */
            visibility?: "public" | "private" | "unlisted";
            /** @description Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced. */
            layers?: string[];
        };
        IntegrationResponse: {
            integration: components["schemas"]["Integration"];
        };
        IntegrationListResponse: {
            integrations: components["schemas"]["Integration"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description A workspace, which owns bots and integrations (the `x-workspace-id` header and Transfer Bot's
         *     `targetWorkspaceId` carry a Workspace `id`). The reference documents this object but no endpoint that
         *     returns or accepts it, and marks none of its attributes optional nor describes them. Nothing in the
         *     spec references it (see .redocly.lint-ignore.yaml); it is kept so clients get the type.
         */
        Workspace: {
            id: string;
            name: string;
            ownerId: string;
            /** @description No format is declared; the document neither describes nor formats this attribute. */
            createdAt: string;
            /** @description No format is declared; the document neither describes nor formats this attribute. */
            updatedAt: string;
            accountType: string;
            blocked: boolean;
            spendingLimit: number;
        };
        /** @description Error body of type `Unknown`, sent with HTTP status 500. Document text: "An unknown error occurred" */
        UnknownError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "Unknown";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 500;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `Internal`, sent with HTTP status 500. Document text: "An internal error occurred" */
        InternalError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "Internal";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 500;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `BreakingChanges`, sent with HTTP status 400: The request would make breaking changes to a resource without a version increment. Not in the document; the type and its
         *     status are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.
         */
        BreakingChangesError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "BreakingChanges";
            /** @description Human-readable explanation. */
            description?: string;
            /**
             * @description HTTP status code of the response.
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `QuotaExceeded`, sent with HTTP status 403: A soft quota (one that can be raised) is exceeded. Not in the document; the type and its
         *     status are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.
         */
        QuotaExceededError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "QuotaExceeded";
            /** @description Human-readable explanation. */
            description?: string;
            /**
             * @description HTTP status code of the response.
             * @constant
             */
            status?: 403;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `ReferenceConstraint`, sent with HTTP status 409: The resource is still referenced by another resource, so it cannot be deleted. Not in the document; the type and its
         *     status are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.
         */
        ReferenceConstraintError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ReferenceConstraint";
            /** @description Human-readable explanation. */
            description?: string;
            /**
             * @description HTTP status code of the response.
             * @constant
             */
            status?: 409;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `ResourceLockedConflict`, sent with HTTP status 409: The resource is locked until its lock is released. Not in the document; the type and its
         *     status are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.
         */
        ResourceLockedConflictError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ResourceLockedConflict";
            /** @description Human-readable explanation. */
            description?: string;
            /**
             * @description HTTP status code of the response.
             * @constant
             */
            status?: 409;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `AlreadyExists`, sent with HTTP status 409: The record to create exists already. Not in the document; the type and its
         *     status are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.
         */
        AlreadyExistsError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "AlreadyExists";
            /** @description Human-readable explanation. */
            description?: string;
            /**
             * @description HTTP status code of the response.
             * @constant
             */
            status?: 409;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `LimitExceeded`, sent with HTTP status 413: A hard limit (one that cannot be raised) is exceeded. Not in the document; the type and its
         *     status are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.
         */
        LimitExceededError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "LimitExceeded";
            /** @description Human-readable explanation. */
            description?: string;
            /**
             * @description HTTP status code of the response.
             * @constant
             */
            status?: 413;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /**
         * @description Error body of type `RateLimited`, sent with HTTP status 429. Not in the document; the type, the status and
         *     the example are the vendor reference's (https://botpress.com/docs/api-reference/ratelimiting). Like the
         *     other error bodies, only `type` is required and the live API's `id`, `code` and `message` are allowed.
         */
        RateLimitedError: {
            /**
             * @description Kind of error; the discriminator of the error unions.
             * @constant
             */
            type: "RateLimited";
            /** @description Human-readable explanation (shown in the vendor reference's example). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the vendor reference's example).
             * @constant
             */
            status?: 429;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `Unauthorized`, sent with HTTP status 401. Document text: "The request requires to be authenticated." */
        UnauthorizedError: {
            /**
             * @description Kind of error; the discriminator of the error unions.
             * @constant
             */
            type: "Unauthorized";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 401;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `Forbidden`, sent with HTTP status 403. Document text: "The requested action can't be peform by this resource." */
        ForbiddenError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "Forbidden";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 403;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `PayloadTooLarge`, sent with HTTP status 413. Document text: "The request payload is too large." */
        PayloadTooLargeError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "PayloadTooLarge";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 413;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `InvalidPayload`, sent with HTTP status 400. Document text: "The request payload is invalid." */
        InvalidPayloadError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "InvalidPayload";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `UnsupportedMediaType`, sent with HTTP status 415. Document text: "The request is invalid because the content-type is not supported." */
        UnsupportedMediaTypeError: {
            /**
             * @description Kind of error; the discriminator of the error unions.
             * @constant
             */
            type: "UnsupportedMediaType";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 415;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `MethodNotFound`, sent with HTTP status 405. Document text: "The requested method does not exist." */
        MethodNotFoundError: {
            /**
             * @description Kind of error; the discriminator of the error unions.
             * @constant
             */
            type: "MethodNotFound";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 405;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `ResourceNotFound`, sent with HTTP status 404. Document text: "The requested resource does not exist." */
        ResourceNotFoundError: {
            /**
             * @description Kind of error; the discriminator of the error unions.
             * @constant
             */
            type: "ResourceNotFound";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 404;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `InvalidJsonSchema`, sent with HTTP status 400. Document text: "The provided JSON schema is invalid." */
        InvalidJsonSchemaError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "InvalidJsonSchema";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `InvalidDataFormat`, sent with HTTP status 400. Document text: "The provided data doesn't respect the provided JSON schema." */
        InvalidDataFormatError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "InvalidDataFormat";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `InvalidIdentifier`, sent with HTTP status 400. Document text: "The provided identifier is not valid. An identifier must start with a lowercase letter, be between 2 and 100 characters long and use only alphanumeric characters." */
        InvalidIdentifierError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "InvalidIdentifier";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `RelationConflict`, sent with HTTP status 409. Document text: "The resource is not related with another resource. This is usually caused when providing two resources that aren't linked together." */
        RelationConflictError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "RelationConflict";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 409;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `ReferenceNotFound`, sent with HTTP status 400. Document text: "The provided resource reference is missing. This is usually caused when providing an invalid id inside the payload of a request." */
        ReferenceNotFoundError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "ReferenceNotFound";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `InvalidQuery`, sent with HTTP status 400. Document text: "The provided query is invalid. This is usually caused when providing an invalid parameter for querying a resource." */
        InvalidQueryError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "InvalidQuery";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Error body of type `Runtime`, sent with HTTP status 400. Document text: "An error happened during the execution of a runtime (bot or integration)." */
        RuntimeError: {
            /**
             * @description Kind of error; the discriminator of the error unions. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "Runtime";
            /** @description Human-readable explanation (shown in the document's examples). */
            description?: string;
            /**
             * @description HTTP status code of the response (shown in the document's examples).
             * @constant
             */
            status?: 400;
            /** @description Error id. Sent by the live API; not shown in the document. */
            id?: string;
            /** @description Numeric error code (the HTTP status). Sent by the live API; not shown in the document. */
            code?: number;
            /** @description Human-readable message. Sent by the live API; not shown in the document. */
            message?: string;
        };
        /** @description Any error body sent with HTTP status 400; discriminated on `type`. */
        BadRequestErrorBody: components["schemas"]["InvalidPayloadError"] | components["schemas"]["InvalidJsonSchemaError"] | components["schemas"]["InvalidDataFormatError"] | components["schemas"]["InvalidIdentifierError"] | components["schemas"]["ReferenceNotFoundError"] | components["schemas"]["InvalidQueryError"] | components["schemas"]["RuntimeError"] | components["schemas"]["BreakingChangesError"];
        /**
         * @description Any error body sent with HTTP status 403; discriminated on `type`. `Forbidden` is the document's;
         *     `QuotaExceeded` is the vendor's (errors page and `@botpress/client`), added so the vendor's answer
         *     passes response validation.
         */
        ForbiddenErrorBody: components["schemas"]["ForbiddenError"] | components["schemas"]["QuotaExceededError"];
        /**
         * @description Any error body sent with HTTP status 409; discriminated on `type`. `RelationConflict` is the
         *     document's; `ReferenceConstraint`, `ResourceLockedConflict` and `AlreadyExists` are the vendor's
         *     (errors page and `@botpress/client`).
         */
        ConflictErrorBody: components["schemas"]["RelationConflictError"] | components["schemas"]["ReferenceConstraintError"] | components["schemas"]["ResourceLockedConflictError"] | components["schemas"]["AlreadyExistsError"];
        /**
         * @description Any error body sent with HTTP status 413; discriminated on `type`. `PayloadTooLarge` is the
         *     document's; `LimitExceeded` is the vendor's (errors page and `@botpress/client`).
         */
        PayloadTooLargeErrorBody: components["schemas"]["PayloadTooLargeError"] | components["schemas"]["LimitExceededError"];
        /** @description Any error body sent with HTTP status 500; discriminated on `type`. */
        ServerErrorBody: components["schemas"]["UnknownError"] | components["schemas"]["InternalError"];
    };
    responses: {
        /** @description HTTP 400: error of type `InvalidPayload`, `InvalidJsonSchema`, `InvalidDataFormat`, `InvalidIdentifier`, `ReferenceNotFound`, `InvalidQuery`, `Runtime` (document) or `BreakingChanges` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestErrorBody"];
            };
        };
        /** @description HTTP 401: error of type `Unauthorized`. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedError"];
            };
        };
        /** @description HTTP 403: error of type `Forbidden` (document) or `QuotaExceeded` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ForbiddenErrorBody"];
            };
        };
        /** @description HTTP 404: error of type `ResourceNotFound`. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ResourceNotFoundError"];
            };
        };
        /** @description HTTP 405: error of type `MethodNotFound`. */
        MethodNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MethodNotFoundError"];
            };
        };
        /** @description HTTP 409: error of type `RelationConflict` (document) or `ReferenceConstraint`, `ResourceLockedConflict`, `AlreadyExists` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConflictErrorBody"];
            };
        };
        /** @description HTTP 413: error of type `PayloadTooLarge` (document) or `LimitExceeded` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PayloadTooLargeErrorBody"];
            };
        };
        /** @description HTTP 415: error of type `UnsupportedMediaType`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnsupportedMediaTypeError"];
            };
        };
        /**
         * @description HTTP 429: error of type `RateLimited`. The document does not mention rate limiting; the vendor reference
         *     https://botpress.com/docs/api-reference/ratelimiting says the API is protected by a sliding-window rate
         *     limiter, that exceeding it gives `429 Too Many Requests` with a `{type, description, status}` body of
         *     type `RateLimited`, and that every response carries `RateLimit-Limit`, `RateLimit-Remaining` and
         *     `RateLimit-Reset` (seconds) headers.
         */
        RateLimited: {
            headers: {
                /** @description Maximum number of requests in the current window (vendor reference, rate limiting page). */
                "RateLimit-Limit"?: number;
                /** @description Requests left in the current window (vendor reference, rate limiting page). */
                "RateLimit-Remaining"?: number;
                /** @description Seconds until the current window resets (vendor reference, rate limiting page). */
                "RateLimit-Reset"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitedError"];
            };
        };
        /** @description HTTP 500: error of type `Unknown`, `Internal`. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
         *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
         *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
         *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
         *     name them), and the mock ignores them when sent.
         * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
         */
        XBotId: string;
        /**
         * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
         *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
         * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
         */
        XWorkspaceId: string;
        /** @description Beginning of the time range to get logs from. Required by the vendor's API definition (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
        LogTimeStart: string;
        /** @description End of the time range to get logs from (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
        LogTimeEnd: string;
        /** @description Filter by log level (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints); the vendor lists no values, so none are enforced. */
        LogLevel: string;
        /** @description Filter by user ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
        LogUserId: string;
        /** @description Filter by workflow ID (bot logs only) (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
        LogWorkflowId: string;
        /** @description Filter by conversation ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
        LogConversationId: string;
        /** @description Filter logs whose message contains this substring (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
        LogMessageContains: string;
        /** @description The `nextToken` of the previous page of logs (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). Unlike the list operations, the log endpoints return it at the top level of the answer, not under `meta`. */
        LogNextToken: string;
        /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
        NextToken: string;
        /** @description Filter by tags, one `tags[<key>]=<value>` query parameter per tag. */
        TagsFilter: {
            [key: string]: string;
        };
        /** @description Integration Name */
        IntegrationNameQuery: string;
        /** @description Integration version. Either a semver version or tag "latest". */
        IntegrationVersionQuery: components["schemas"]["IntegrationVersionSelector"];
        /** @description Integration Name */
        IntegrationNamePath: string;
        /** @description Integration version. Either a semver version or tag "latest". */
        IntegrationVersionPath: components["schemas"]["IntegrationVersionSelector"];
    };
    requestBodies: {
        /**
         * @description Optional, and empty when present. The reference documents no body for deletions; the vendor's own
         *     client, `@botpress/client` (1.45, `dist/index.mjs`: each delete operation builds its request with
         *     `body: {}` and sends it as JSON), sends `{}` on every DELETE, and the live API accepts it. So an empty
         *     JSON object is accepted, and anything in it is refused.
         */
        DeleteBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authenticate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthenticateBody"];
            };
        };
        responses: {
            /** @description The access token and its expiry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthenticateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). No bound or format is enforced. */
                afterDate?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). No bound or format is enforced. */
                beforeDate?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). The allowed values are the vendor definition's; no bound or format is enforced. */
                rangeField?: "updatedAt" | "createdAt";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortField?: "updatedAt" | "createdAt";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortDirection?: "asc" | "desc";
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Filter by conversation id. This will return all users that have participated in the conversation. */
                conversationId?: string;
                /** @description Filter by tags, one `tags[<key>]=<value>` query parameter per tag. */
                tags?: components["parameters"]["TagsFilter"];
            };
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of User objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserBody"];
            };
        };
        responses: {
            /**
             * @description The created User. Status `201`: the document states no success code; the vendor reference
             *     (https://botpress.com/docs/api-reference/runtime-api/openapi/createUser) answers a creation with `201`.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getOrCreateUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserBody"];
            };
        };
        responses: {
            /** @description The existing or newly created User. */
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
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description User ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The User. */
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description User ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * @description Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is
         *     optional too. `@botpress/client` always sends a
         *     JSON object here, `{}` when no attribute is set.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateUserBody"];
            };
        };
        responses: {
            /** @description The updated User. */
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description User ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["DeleteBody"];
        responses: {
            /** @description The deleted User. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteUserResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortField?: "createdAt" | "updatedAt";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortDirection?: "asc" | "desc";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced. */
                integrationName?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced. */
                channel?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced. */
                afterDate?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced. */
                beforeDate?: string;
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Filter by tags, one `tags[<key>]=<value>` query parameter per tag. */
                tags?: components["parameters"]["TagsFilter"];
                /** @description Filter by participant ids (User ids); repeat the parameter for each id. */
                participantIds?: string[];
            };
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Conversation objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConversationBody"];
            };
        };
        responses: {
            /**
             * @description The created Conversation. Status `201`: the document states no success code; the vendor reference
             *     (https://botpress.com/docs/api-reference/runtime-api/openapi/createConversation) answers a creation with `201`.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getOrCreateConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConversationBody"];
            };
        };
        responses: {
            /** @description The existing or newly created Conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Conversation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Conversation id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * @description Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is
         *     optional too. `@botpress/client` always sends a
         *     JSON object here, `{}` when no attribute is set.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateConversationBody"];
            };
        };
        responses: {
            /** @description The updated Conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Conversation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["DeleteBody"];
        responses: {
            /** @description The deleted Conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteConversationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced. */
                conversationId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced. */
                userId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced. */
                messageId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced. */
                workflowId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). The allowed values are the vendor definition's; no bound or format is enforced. */
                status?: "pending" | "ignored" | "processed" | "failed" | "scheduled";
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Filter by event type */
                type?: string;
            };
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Event objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventBody"];
            };
        };
        responses: {
            /**
             * @description The created Event. Status `201`: the document states no success code; the vendor reference
             *     (https://botpress.com/docs/api-reference/runtime-api/openapi/createEvent) answers a creation with `201`.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Event id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listMessages). No bound or format is enforced. */
                afterDate?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listMessages). No bound or format is enforced. */
                beforeDate?: string;
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Conversation id */
                conversationId?: string;
                /** @description Filter by tags, one `tags[<key>]=<value>` query parameter per tag. */
                tags?: components["parameters"]["TagsFilter"];
            };
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Message objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageBody"];
            };
        };
        responses: {
            /**
             * @description The created Message. Status `201`: the document states no success code; the vendor reference
             *     (https://botpress.com/docs/api-reference/runtime-api/openapi/createMessage) answers a creation with `201`.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getOrCreateMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageBody"];
            };
        };
        responses: {
            /** @description The existing or newly created Message. */
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
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Message id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Message. */
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    updateMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Message id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMessageBody"];
            };
        };
        responses: {
            /** @description The updated Message. */
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description Message id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["DeleteBody"];
        responses: {
            /** @description The deleted Message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listFiles: {
        parameters: {
            query: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortField?: "key" | "size" | "createdAt" | "updatedAt" | "status";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortDirection?: "asc" | "desc";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). No bound or format is enforced. */
                tags?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). No bound or format is enforced. */
                ids?: string[];
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). No bound or format is enforced. */
                indexed?: boolean;
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Bot ID */
                botId: string;
            };
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of File objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFileBody"];
            };
        };
        responses: {
            /** @description The created File. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description File ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The File. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description File ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["DeleteBody"];
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description File ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raw file contents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getState: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description State type */
                type: components["schemas"]["StateType"];
                /** @description State id (the id of the conversation, user, bot or integration the state belongs to) */
                id: string;
                /** @description State name, as declared inside the bot definition */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The State. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    setState: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description State type */
                type: components["schemas"]["StateType"];
                /** @description State id (the id of the conversation, user, bot or integration the state belongs to) */
                id: string;
                /** @description State name, as declared inside the bot definition */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetStateBody"];
            };
        };
        responses: {
            /** @description The updated State. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    patchState: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path: {
                /** @description State type */
                type: components["schemas"]["StateType"];
                /** @description State id (the id of the conversation, user, bot or integration the state belongs to) */
                id: string;
                /** @description State name, as declared inside the bot definition */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchStateBody"];
            };
        };
        responses: {
            /** @description The updated State. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listPublicIntegrations: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced. */
                limit?: number;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced. */
                interfaceId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced. */
                interfaceName?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced. */
                installedByBotId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                verificationStatus?: "unapproved" | "pending" | "approved" | "rejected";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced. */
                search?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortBy?: "popularity" | "name" | "createdAt" | "updatedAt" | "installCount";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                direction?: "asc" | "desc";
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Integration Name */
                name?: components["parameters"]["IntegrationNameQuery"];
                /** @description Integration version. Either a semver version or tag "latest". */
                version?: components["parameters"]["IntegrationVersionQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of public Integration objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getPublicIntegrationById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public Integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getPublicIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Integration Name */
                name: components["parameters"]["IntegrationNamePath"];
                /** @description Integration version. Either a semver version or tag "latest". */
                version: components["parameters"]["IntegrationVersionPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public Integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    callAction: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference
                 *     pages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is
                 *     required; `@botpress/client` sends it from its `botId` option). The same pages also list optional
                 *     `x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not
                 *     name them), and the mock ignores them when sent.
                 * @example 6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b
                 */
                "x-bot-id": components["parameters"]["XBotId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallActionBody"];
            };
        };
        responses: {
            /** @description Action payload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallActionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listBots: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listBots). No bound or format is enforced. */
                dev?: boolean;
                /** @description Filter by tags, one `tags[<key>]=<value>` query parameter per tag. */
                tags?: components["parameters"]["TagsFilter"];
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listBots). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortField?: "createdAt" | "updatedAt";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listBots). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortDirection?: "asc" | "desc";
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Bot objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createBot: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * @description Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is
         *     optional too. `@botpress/client` always sends a
         *     JSON object here, `{}` when no attribute is set.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateBotBody"];
            };
        };
        responses: {
            /** @description The created Bot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getBot: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, getBot). No bound or format is enforced. */
                shouldMergePlugins?: boolean;
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Bot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    updateBot: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        /**
         * @description Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is
         *     optional too. `@botpress/client` always sends a
         *     JSON object here, `{}` when no attribute is set.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateBotBody"];
            };
        };
        responses: {
            /** @description The updated Bot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteBot: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["DeleteBody"];
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    transferBot: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferBotBody"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getBotLogs: {
        parameters: {
            query: {
                /** @description Beginning of the time range to get logs from. Required by the vendor's API definition (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                timeStart: components["parameters"]["LogTimeStart"];
                /** @description End of the time range to get logs from (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                timeEnd?: components["parameters"]["LogTimeEnd"];
                /** @description Filter by log level (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints); the vendor lists no values, so none are enforced. */
                level?: components["parameters"]["LogLevel"];
                /** @description Filter by user ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                userId?: components["parameters"]["LogUserId"];
                /** @description Filter by workflow ID (bot logs only) (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                workflowId?: components["parameters"]["LogWorkflowId"];
                /** @description Filter by conversation ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                conversationId?: components["parameters"]["LogConversationId"];
                /** @description Filter logs whose message contains this substring (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                messageContains?: components["parameters"]["LogMessageContains"];
                /** @description The `nextToken` of the previous page of logs (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). Unlike the list operations, the log endpoints return it at the top level of the answer, not under `meta`. */
                nextToken?: components["parameters"]["LogNextToken"];
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot's logs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getBotWebchat: {
        parameters: {
            query: {
                /** @description Type of script to get */
                type: string;
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webchat code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotWebchatResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getBotAnalytics: {
        parameters: {
            query: {
                /** @description Start date/time (inclusive) */
                startDate: string;
                /** @description End date/time (exclusive) */
                endDate: string;
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Bot ID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analytics records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotAnalyticsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced. */
                limit?: number;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced. */
                interfaceId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced. */
                interfaceName?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced. */
                installedByBotId?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                verificationStatus?: "unapproved" | "pending" | "approved" | "rejected";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced. */
                search?: string;
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                sortBy?: "popularity" | "name" | "createdAt" | "updatedAt" | "installCount";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                direction?: "asc" | "desc";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced. */
                visibility?: "public" | "private";
                /** @description Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced. */
                dev?: boolean;
                /** @description Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results. */
                nextToken?: components["parameters"]["NextToken"];
                /** @description Integration Name */
                name?: components["parameters"]["IntegrationNameQuery"];
                /** @description Integration version. Either a semver version or tag "latest". */
                version?: components["parameters"]["IntegrationVersionQuery"];
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Integration objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntegrationBody"];
            };
        };
        responses: {
            /** @description The created Integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        /**
         * @description Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is
         *     optional too. `@botpress/client` always sends a
         *     JSON object here, `{}` when no attribute is set.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateIntegrationBody"];
            };
        };
        responses: {
            /** @description The updated Integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["DeleteBody"];
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getIntegrationLogs: {
        parameters: {
            query: {
                /** @description Beginning of the time range to get logs from. Required by the vendor's API definition (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                timeStart: components["parameters"]["LogTimeStart"];
                /** @description End of the time range to get logs from (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                timeEnd?: components["parameters"]["LogTimeEnd"];
                /** @description Filter by log level (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints); the vendor lists no values, so none are enforced. */
                level?: components["parameters"]["LogLevel"];
                /** @description Filter by user ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                userId?: components["parameters"]["LogUserId"];
                /** @description Filter by conversation ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                conversationId?: components["parameters"]["LogConversationId"];
                /** @description Filter logs whose message contains this substring (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). */
                messageContains?: components["parameters"]["LogMessageContains"];
                /** @description The `nextToken` of the previous page of logs (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). Unlike the list operations, the log endpoints return it at the top level of the answer, not under `meta`. */
                nextToken?: components["parameters"]["LogNextToken"];
            };
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Integration Id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration's logs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getIntegrationByName: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor
                 *     reference pages; `@botpress/client` sends it from its `workspaceId` option).
                 * @example wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2
                 */
                "x-workspace-id": components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Integration Name */
                name: components["parameters"]["IntegrationNamePath"];
                /** @description Integration version. Either a semver version or tag "latest". */
                version: components["parameters"]["IntegrationVersionPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
}
