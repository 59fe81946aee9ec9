// Generated from specs/botpress.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Botpress Cloud API",
    "version": "v1-beta",
    "summary": "Create, deploy and run chatbots on the Botpress Cloud.",
    "description": "The Botpress Cloud API (beta): a RESTful set of HTTP endpoints to create, deploy and run chatbots on the\nBotpress Cloud, handle their conversations and messages, and manage their content, users and configuration.\nThe API is in beta and subject to change.\n\nWritten by hand from the public API reference text. Conventions and the choices made where that text is\nsilent or inconsistent:\n\n- **Version.** The reference gives no version number; `v1-beta` reflects the `/v1` path prefix and the\n  beta status.\n- **Authentication.** Every operation takes `Authorization: Bearer <token>` (a Personal Access Token, a bot\n  or integration `BP_TOKEN`, or an OAuth2 token from `POST /v1/authenticate`), except\n  `POST /v1/authenticate` itself, which takes no token.\n- **Headers.** Every `/v1/chat/*` and `/v1/storage/*` request carries `x-bot-id`; every `/v1/admin/*`\n  request except `/v1/admin/hub/*` carries `x-workspace-id` (from the vendor's public reference pages; the\n  document text does not list these headers).\n- **Status codes.** The document never states a success status code. `createUser`, `createConversation`,\n  `createEvent` and `createMessage` answer `201`, as the vendor's runtime API reference pages say\n  (https://botpress.com/docs/api-reference/runtime-api/openapi/createMessage and its siblings); every other\n  operation is described with `200` and a JSON body (the reference says every response has a JSON body;\n  the vendor pages checked for getOrCreateMessage, setState, patchState, callAction, deleteConversation and\n  getBotAnalytics show `200`). Operations\n  whose reference lists no response attributes (\"Success\") return an object with no documented attributes.\n- **Pagination.** \"List\" endpoints return at most 20 results per page (the default limit; the reference\n  documents no parameter to change it) plus `meta.nextToken` while more results exist; pass it back as the\n  `nextToken` query parameter. The log endpoints are not \"List\" endpoints and document no pagination.\n- **Errors.** Error bodies are shown in the reference as `{type, description, status}`; the live API also\n  sends `id`, `code` and `message`. The error schemas require only `type` and allow the rest. Each\n  operation lists the error statuses that plausibly apply to it. Beyond the document's error types, the\n  vendor's errors page (https://botpress.com/docs/api-reference/errors) and `@botpress/client` 1.45 name\n  `BreakingChanges` (400), `QuotaExceeded` (403), `ReferenceConstraint`, `ResourceLockedConflict`,\n  `AlreadyExists` (409), `LimitExceeded` (413) and `RateLimited` (429); the error unions of those statuses\n  accept them. The vendor's `PaymentRequired` (402), `ResourceGone` (410) and `OperationTimeout` (504) are\n  not declared (no operation here is documented to answer those statuses).\n- **Rate limiting.** Every operation also declares `429` (type `RateLimited`): the document is silent, the\n  vendor reference https://botpress.com/docs/api-reference/ratelimiting documents the status, the body and\n  the `RateLimit-*` headers for every endpoint.\n- **Files paths.** The document (and api-docs/README.md) puts the file operations under `/v1/storage/files`;\n  the vendor's Files API pages (https://botpress.com/docs/api-reference/files-api/getting-started,\n  https://botpress.com/docs/api-reference/files-api/openapi/endpoints/get-v1files) and `@botpress/client`\n  1.45 use `/v1/files`. The document is the first source, so this spec keeps `/v1/storage/files`; see the\n  Files tag.\n- **Second source.** Where the document is silent, the spec follows the vendor's reference pages\n  (https://botpress.com/reference/botpress-api-documentation, https://botpress.com/docs/api-reference/pagination,\n  https://botpress.com/docs/api-reference/ratelimiting, the Files API pages) and `@botpress/client` 1.45, and\n  names the source where it does.\n- **Required vs optional.** A field is required when the reference does not mark it \"optional\", except\n  where the reference's own prose contradicts that; each such case is explained on the schema.\n",
    "license": {
      "name": "Proprietary",
      "url": "https://botpress.com/legal/terms-of-service"
    }
  },
  "servers": [
    {
      "url": "https://api.botpress.cloud",
      "description": "Botpress Cloud"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Authentication",
      "description": "Exchange an API key and secret for an OAuth2 access token."
    },
    {
      "name": "Users",
      "description": "A User is someone interacting with the bot within a specific integration. The same person on two integrations is two Users."
    },
    {
      "name": "Conversations",
      "description": "A Conversation is an exchange of messages between one or more Users, always linked to an integration's channel."
    },
    {
      "name": "Events",
      "description": "An Event represents an action or an occurrence."
    },
    {
      "name": "Messages",
      "description": "A Message is a message in a Conversation for a specific User."
    },
    {
      "name": "Files",
      "description": "Files stored for a bot, with private or public access. Paths: the document and api-docs/README.md name\n`/v1/storage/files`, `/v1/storage/files/{id}` and `/v1/storage/files/{id}/download`, and this spec keeps\nthem (the document is the first source). The vendor's own pages disagree: the Files API getting-started\npage (https://botpress.com/docs/api-reference/files-api/getting-started) lists files with\n`GET https://api.botpress.cloud/v1/files` and the `x-bot-id` header, its endpoint reference\n(https://botpress.com/docs/api-reference/files-api/openapi/endpoints/get-v1files) documents `GET /v1/files`,\nand `@botpress/client` 1.45 calls `/v1/files`. A client that must reach the Files API as the vendor\npublishes it today needs the `/v1/files` paths, which this spec does not declare.\n"
    },
    {
      "name": "States",
      "description": "A State holds the current payload of a bot, a conversation, a user or an integration, declared in the bot definition."
    },
    {
      "name": "Hub",
      "description": "Public integrations published on the Botpress Hub."
    },
    {
      "name": "Actions",
      "description": "Call an action of an integration installed on a bot."
    },
    {
      "name": "Bots",
      "description": "Create, deploy and inspect bots of a workspace."
    },
    {
      "name": "Integrations",
      "description": "Create and manage the integrations of a workspace."
    }
  ],
  "paths": {
    "/v1/authenticate": {
      "post": {
        "operationId": "authenticate",
        "summary": "Get an OAuth2 access token",
        "description": "Exchanges the API key (`clientKey`) and secret (`clientSecret`) of a bot, an integration or a user for an\naccess token, to be passed as `Authorization: Bearer <token>` to the other endpoints. The access granted is\nscoped to the bot, integration or user authenticated as. This endpoint takes no bearer token.\n",
        "tags": [
          "Authentication"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AuthenticateBody"
              },
              "examples": {
                "document": {
                  "summary": "Document example",
                  "value": {
                    "clientKey": "{API_KEY}",
                    "clientSecret": "{API_SECRET}"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The access token and its expiry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthenticateResponse"
                },
                "examples": {
                  "document": {
                    "$ref": "#/components/examples/AuthenticateResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/users": {
      "post": {
        "operationId": "createUser",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/createUser"
        },
        "summary": "Create User",
        "description": "Creates a new User. When creating a new User, the required tags must be provided. See the specific\nintegration for more details.\n",
        "tags": [
          "Users"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateUserBody"
              },
              "examples": {
                "user": {
                  "$ref": "#/components/examples/CreateUserRequest"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created User. Status `201`: the document states no success code; the vendor reference\n(https://botpress.com/docs/api-reference/runtime-api/openapi/createUser) answers a creation with `201`.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserResponse"
                },
                "examples": {
                  "user": {
                    "$ref": "#/components/examples/UserResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listUsers",
        "summary": "List Users",
        "description": "Retrieves a list of Users previously created. The users are returned in sorted order, with the most recent\nappearing first. The list can be filtered using Tags.\n",
        "tags": [
          "Users"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "afterDate",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "beforeDate",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "rangeField",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "updatedAt",
                "createdAt"
              ]
            }
          },
          {
            "name": "sortField",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "updatedAt",
                "createdAt"
              ]
            }
          },
          {
            "name": "sortDirection",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listUsers). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/XBotId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "name": "conversationId",
            "in": "query",
            "required": false,
            "description": "Filter by conversation id. This will return all users that have participated in the conversation.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/TagsFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of User objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserListResponse"
                },
                "examples": {
                  "users": {
                    "$ref": "#/components/examples/UserListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/users/get-or-create": {
      "post": {
        "operationId": "getOrCreateUser",
        "summary": "Get Or Create User",
        "description": "Retrieves the User object for a valid identifier. If the user does not exist, it will be created. The body\nis the same as for Create User.\n",
        "tags": [
          "Users"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateUserBody"
              },
              "examples": {
                "user": {
                  "$ref": "#/components/examples/CreateUserRequest"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The existing or newly created User.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserResponse"
                },
                "examples": {
                  "user": {
                    "$ref": "#/components/examples/UserResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/users/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "User ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getUser",
        "summary": "Get User",
        "description": "Retrieves the User object for a valid identifier.",
        "tags": [
          "Users"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "The User.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserResponse"
                },
                "examples": {
                  "user": {
                    "$ref": "#/components/examples/UserResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateUser",
        "summary": "Update User",
        "description": "Updates a User object by setting the values of the parameters passed. Any parameters not provided will be\nleft unchanged.\n",
        "tags": [
          "Users"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": false,
          "description": "Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is\noptional too. `@botpress/client` always sends a\nJSON object here, `{}` when no attribute is set.\n",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateUserBody"
              },
              "examples": {
                "tags": {
                  "summary": "Set one tag",
                  "value": {
                    "tags": {
                      "crm:customerId": "C-1042"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated User.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserResponse"
                },
                "examples": {
                  "user": {
                    "$ref": "#/components/examples/UserResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteUser",
        "summary": "Delete User",
        "description": "Permanently deletes a User. It cannot be undone. The reference says the deleted User object is returned but\nlists no response attributes, so the body's `user` attribute is optional.\n",
        "tags": [
          "Users"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/DeleteBody"
        },
        "responses": {
          "200": {
            "description": "The deleted User.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeleteUserResponse"
                },
                "examples": {
                  "user": {
                    "$ref": "#/components/examples/UserResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/conversations": {
      "post": {
        "operationId": "createConversation",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/createConversation"
        },
        "summary": "Create Conversation",
        "description": "Creates a new Conversation. When creating a new Conversation, the required tags must be provided. See the\nspecific integration for more details.\n",
        "tags": [
          "Conversations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateConversationBody"
              },
              "examples": {
                "conversation": {
                  "$ref": "#/components/examples/CreateConversationRequest"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created Conversation. Status `201`: the document states no success code; the vendor reference\n(https://botpress.com/docs/api-reference/runtime-api/openapi/createConversation) answers a creation with `201`.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationResponse"
                },
                "examples": {
                  "conversation": {
                    "$ref": "#/components/examples/ConversationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listConversations",
        "summary": "List Conversations",
        "description": "Retrieves a list of Conversations previously created. The conversations are returned in sorted order, with\nthe most recent appearing first. The list can be filtered using Tags and participant ids.\n",
        "tags": [
          "Conversations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "sortField",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "createdAt",
                "updatedAt"
              ]
            }
          },
          {
            "name": "sortDirection",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "name": "integrationName",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "channel",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "afterDate",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "beforeDate",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listConversations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/XBotId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "$ref": "#/components/parameters/TagsFilter"
          },
          {
            "name": "participantIds",
            "in": "query",
            "required": false,
            "description": "Filter by participant ids (User ids); repeat the parameter for each id.",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of Conversation objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationListResponse"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page (document pagination example; the elided list is shown empty)",
                    "value": {
                      "conversations": [],
                      "meta": {
                        "nextToken": "wwNgQn6tWNR/IHhKGHv/sg9zcIAGsxOk0TfmM+DdmcWkBZrXYjVvcfSZIZSs4ppCr/g="
                      }
                    }
                  },
                  "lastPage": {
                    "summary": "Last page (document pagination example; the elided list is shown empty)",
                    "value": {
                      "conversations": [],
                      "meta": {}
                    }
                  },
                  "conversations": {
                    "$ref": "#/components/examples/ConversationListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/conversations/get-or-create": {
      "post": {
        "operationId": "getOrCreateConversation",
        "summary": "Get Or Create Conversation",
        "description": "Retrieves the Conversation object for a valid identifier. If the conversation does not exist, it will be\ncreated. The body is the same as for Create Conversation.\n",
        "tags": [
          "Conversations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateConversationBody"
              },
              "examples": {
                "conversation": {
                  "$ref": "#/components/examples/CreateConversationRequest"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The existing or newly created Conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationResponse"
                },
                "examples": {
                  "conversation": {
                    "$ref": "#/components/examples/ConversationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/conversations/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Conversation id",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getConversation",
        "summary": "Get Conversation",
        "description": "Retrieves the Conversation object for a valid identifier.",
        "tags": [
          "Conversations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "The Conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationResponse"
                },
                "examples": {
                  "conversation": {
                    "$ref": "#/components/examples/ConversationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateConversation",
        "summary": "Update Conversation",
        "description": "Updates a Conversation object by setting the values of the parameters passed. Any parameters not provided\nwill be left unchanged. Answers `409 RelationConflict` when a participant is not related to the\nconversation's bot.\n",
        "tags": [
          "Conversations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": false,
          "description": "Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is\noptional too. `@botpress/client` always sends a\nJSON object here, `{}` when no attribute is set.\n",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateConversationBody"
              },
              "examples": {
                "participants": {
                  "summary": "Set tags and participants",
                  "value": {
                    "tags": {
                      "support:priority": "high"
                    },
                    "participantIds": [
                      "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated Conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationResponse"
                },
                "examples": {
                  "conversation": {
                    "$ref": "#/components/examples/ConversationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteConversation",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation"
        },
        "summary": "Delete Conversation",
        "description": "Permanently deletes a Conversation. It cannot be undone. Also immediately deletes the corresponding\nMessages. The reference says the deleted Conversation object is returned but lists no response\nattributes, so the body's `conversation` attribute is optional. The vendor reference\n(https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation) agrees: `200` with a\nJSON object whose example is `{}`.\n",
        "tags": [
          "Conversations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/DeleteBody"
        },
        "responses": {
          "200": {
            "description": "The deleted Conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeleteConversationResponse"
                },
                "examples": {
                  "conversation": {
                    "$ref": "#/components/examples/ConversationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/events": {
      "post": {
        "operationId": "createEvent",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/createEvent"
        },
        "summary": "Create Event",
        "description": "Creates a new Event, optionally scheduled to be sent later. The reference also says \"the required tags must\nbe provided\" but lists no `tags` body field, so none is accepted here.\n",
        "tags": [
          "Events"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateEventBody"
              },
              "examples": {
                "scheduled": {
                  "summary": "Event scheduled one minute ahead",
                  "value": {
                    "type": "reminder",
                    "payload": {
                      "orderId": "A-1001"
                    },
                    "schedule": {
                      "delay": 60000
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created Event. Status `201`: the document states no success code; the vendor reference\n(https://botpress.com/docs/api-reference/runtime-api/openapi/createEvent) answers a creation with `201`.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventResponse"
                },
                "examples": {
                  "event": {
                    "$ref": "#/components/examples/EventResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listEvents",
        "summary": "List Events",
        "description": "Retrieves a list of Events previously created. The events are returned in sorted order, with the most\nrecent appearing first.\n",
        "tags": [
          "Events"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "conversationId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "userId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "messageId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "workflowId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listEvents). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "pending",
                "ignored",
                "processed",
                "failed",
                "scheduled"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/XBotId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Filter by event type",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of Event objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventListResponse"
                },
                "examples": {
                  "events": {
                    "$ref": "#/components/examples/EventListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/events/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Event id",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getEvent",
        "summary": "Get Event",
        "description": "Retrieves the Event object for a valid identifier.",
        "tags": [
          "Events"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "The Event.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventResponse"
                },
                "examples": {
                  "event": {
                    "$ref": "#/components/examples/EventResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/messages": {
      "post": {
        "operationId": "createMessage",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/createMessage"
        },
        "summary": "Create Message",
        "description": "Creates a new Message, optionally scheduled to be sent later. When creating a new Message, the required\ntags must be provided. See the specific integration for more details. Answers `409 RelationConflict` when\nthe User and the Conversation are not linked together.\n",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMessageBody"
              },
              "examples": {
                "text": {
                  "$ref": "#/components/examples/CreateMessageRequest"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created Message. Status `201`: the document states no success code; the vendor reference\n(https://botpress.com/docs/api-reference/runtime-api/openapi/createMessage) answers a creation with `201`.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageResponse"
                },
                "examples": {
                  "message": {
                    "$ref": "#/components/examples/MessageResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listMessages",
        "summary": "List Messages",
        "description": "Retrieves a list of Messages previously created. The messages are returned in sorted order, with the most\nrecent appearing first. The list can be filtered by conversation and using Tags.\n",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "afterDate",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listMessages). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "beforeDate",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listMessages). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/XBotId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "name": "conversationId",
            "in": "query",
            "required": false,
            "description": "Conversation id",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/TagsFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of Message objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageListResponse"
                },
                "examples": {
                  "messages": {
                    "$ref": "#/components/examples/MessageListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/messages/get-or-create": {
      "post": {
        "operationId": "getOrCreateMessage",
        "summary": "Get Or Create Message",
        "description": "Retrieves the Message object for a valid identifier. If the message does not exist, it will be created.\nThe body is the same as for Create Message. Answers `409 RelationConflict` when the User and the\nConversation are not linked together.\n",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMessageBody"
              },
              "examples": {
                "text": {
                  "$ref": "#/components/examples/CreateMessageRequest"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The existing or newly created Message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageResponse"
                },
                "examples": {
                  "message": {
                    "$ref": "#/components/examples/MessageResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/messages/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Message id",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getMessage",
        "summary": "Get Message",
        "description": "Retrieves the Message object for a valid identifier.",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "The Message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageResponse"
                },
                "examples": {
                  "message": {
                    "$ref": "#/components/examples/MessageResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateMessage",
        "summary": "Update Message",
        "description": "Updates the tags of a Message.",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateMessageBody"
              },
              "examples": {
                "tags": {
                  "summary": "Set one tag",
                  "value": {
                    "tags": {
                      "review:status": "approved"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated Message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageResponse"
                },
                "examples": {
                  "message": {
                    "$ref": "#/components/examples/MessageResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteMessage",
        "summary": "Delete Message",
        "description": "Permanently deletes a Message. It cannot be undone. The reference says the deleted Message object is\nreturned but lists no response attributes, so the body's `message` attribute is optional.\n",
        "tags": [
          "Messages"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/DeleteBody"
        },
        "responses": {
          "200": {
            "description": "The deleted Message.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeleteMessageResponse"
                },
                "examples": {
                  "message": {
                    "$ref": "#/components/examples/MessageResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/storage/files": {
      "post": {
        "operationId": "createFile",
        "summary": "Create File",
        "description": "Creates a File from base64-encoded contents.",
        "tags": [
          "Files"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateFileBody"
              },
              "examples": {
                "image": {
                  "summary": "Public image",
                  "value": {
                    "botId": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b",
                    "contents": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==",
                    "name": "my-image.jpg",
                    "accessType": "public"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created File.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FileResponse"
                },
                "examples": {
                  "file": {
                    "$ref": "#/components/examples/FileResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listFiles",
        "summary": "List Files",
        "description": "Lists the Files of a bot. The reference does not mark `botId` optional, so it is required here (in\naddition to the `x-bot-id` header).\n",
        "tags": [
          "Files"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "sortField",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "key",
                "size",
                "createdAt",
                "updatedAt",
                "status"
              ]
            }
          },
          {
            "name": "sortDirection",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "name": "tags",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "ids",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). No bound or format is enforced.",
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          {
            "name": "indexed",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listFiles). No bound or format is enforced.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/XBotId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "name": "botId",
            "in": "query",
            "required": true,
            "description": "Bot ID",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of File objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FileListResponse"
                },
                "examples": {
                  "files": {
                    "$ref": "#/components/examples/FileListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/storage/files/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "File ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getFile",
        "summary": "Get File",
        "description": "Retrieves the File object (metadata; use Download File for the contents).",
        "tags": [
          "Files"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "The File.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FileResponse"
                },
                "examples": {
                  "file": {
                    "$ref": "#/components/examples/FileResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteFile",
        "summary": "Delete File",
        "description": "Deletes a File. The reference lists no response attributes (\"Success\").",
        "tags": [
          "Files"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/DeleteBody"
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                },
                "examples": {
                  "success": {
                    "$ref": "#/components/examples/EmptyResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/storage/files/{id}/download": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "File ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "downloadFile",
        "summary": "Download File",
        "description": "Downloads the raw contents of a File; the way to read a private file. The reference gives no media type\nfor the contents, so they are described as `application/octet-stream`. Errors are JSON.\n",
        "tags": [
          "Files"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "Raw file contents.",
            "content": {
              "application/octet-stream": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                },
                "examples": {
                  "bytes": {
                    "summary": "Raw bytes (shown as text)",
                    "value": "Hello, world!"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/states/{type}/{id}/{name}": {
      "parameters": [
        {
          "name": "type",
          "in": "path",
          "required": true,
          "description": "State type",
          "schema": {
            "$ref": "#/components/schemas/StateType"
          }
        },
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "State id (the id of the conversation, user, bot or integration the state belongs to)",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "name",
          "in": "path",
          "required": true,
          "description": "State name, as declared inside the bot definition",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getState",
        "summary": "Get State",
        "description": "Retrieves the State object for valid identifiers.",
        "tags": [
          "States"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "responses": {
          "200": {
            "description": "The State.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetStateResponse"
                },
                "examples": {
                  "state": {
                    "$ref": "#/components/examples/StateResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "operationId": "setState",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/setState"
        },
        "summary": "Set State",
        "description": "Overrides the State object by setting the values of the parameters passed.",
        "tags": [
          "States"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetStateBody"
              },
              "examples": {
                "session": {
                  "summary": "Session state expiring after 30 idle minutes",
                  "value": {
                    "payload": {
                      "step": "checkout",
                      "cartItems": 2
                    },
                    "expiry": 1800000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated State.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StateResponse"
                },
                "examples": {
                  "state": {
                    "$ref": "#/components/examples/StateResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "patch": {
        "operationId": "patchState",
        "summary": "Patch State",
        "description": "Updates the State object by setting the values of the parameters passed.",
        "tags": [
          "States"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PatchStateBody"
              },
              "examples": {
                "step": {
                  "summary": "Change one payload value",
                  "value": {
                    "payload": {
                      "step": "checkout"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated State.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StateResponse"
                },
                "examples": {
                  "state": {
                    "$ref": "#/components/examples/StateResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/hub/integrations": {
      "get": {
        "operationId": "listPublicIntegrations",
        "summary": "List Public Integrations",
        "description": "Lists the public integrations of the Hub, optionally filtered by name and version.",
        "tags": [
          "Hub"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "number"
            }
          },
          {
            "name": "interfaceId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "interfaceName",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "installedByBotId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "verificationStatus",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "unapproved",
                "pending",
                "approved",
                "rejected"
              ]
            }
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sortBy",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "popularity",
                "name",
                "createdAt",
                "updatedAt",
                "installCount"
              ]
            }
          },
          {
            "name": "direction",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listPublicIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "$ref": "#/components/parameters/IntegrationNameQuery"
          },
          {
            "$ref": "#/components/parameters/IntegrationVersionQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of public Integration objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationListResponse"
                },
                "examples": {
                  "integrations": {
                    "$ref": "#/components/examples/IntegrationListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/hub/integrations/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Integration Id",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getPublicIntegrationById",
        "summary": "Get Public Integration By Id",
        "description": "Gets a public integration by its id.",
        "tags": [
          "Hub"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "responses": {
          "200": {
            "description": "The public Integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "$ref": "#/components/examples/IntegrationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/hub/integrations/{name}/{version}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IntegrationNamePath"
        },
        {
          "$ref": "#/components/parameters/IntegrationVersionPath"
        }
      ],
      "get": {
        "operationId": "getPublicIntegration",
        "summary": "Get Public Integration",
        "description": "Gets a public integration by name and version.",
        "tags": [
          "Hub"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "responses": {
          "200": {
            "description": "The public Integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "$ref": "#/components/examples/IntegrationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chat/actions": {
      "post": {
        "operationId": "callAction",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/runtime-api/openapi/callAction"
        },
        "summary": "Call Action",
        "description": "Calls an action (of an integration installed on the bot) and returns its output. Answers\n`405 MethodNotFound` when the requested action does not exist (the error table's \"requested method does\nnot exist\"; the reference does not tie that error to an endpoint).\n",
        "tags": [
          "Actions"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XBotId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CallActionBody"
              },
              "examples": {
                "reaction": {
                  "summary": "Call an integration action",
                  "value": {
                    "type": "slack:addReaction",
                    "input": {
                      "name": "thumbsup",
                      "messageId": "msg_01J0A3Q5R7S9T1V3W5X7Y9Z1A3"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Action payload.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallActionResponse"
                },
                "examples": {
                  "output": {
                    "summary": "Action output",
                    "value": {
                      "output": {
                        "ok": true
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "405": {
            "$ref": "#/components/responses/MethodNotFound"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/bots": {
      "post": {
        "operationId": "createBot",
        "summary": "Create Bot",
        "description": "Creates a bot in the workspace. Every body field is optional; the name is auto-generated when omitted.",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "required": false,
          "description": "Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is\noptional too. `@botpress/client` always sends a\nJSON object here, `{}` when no attribute is set.\n",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateBotBody"
              },
              "examples": {
                "named": {
                  "summary": "Named bot with code",
                  "value": {
                    "name": "support-bot",
                    "code": "exports.handler = async () => {}",
                    "tags": {
                      "team": "support"
                    },
                    "states": {},
                    "events": {},
                    "recurringEvents": {},
                    "configuration": {},
                    "medias": [],
                    "dev": false
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created Bot.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BotResponse"
                },
                "examples": {
                  "bot": {
                    "$ref": "#/components/examples/BotResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listBots",
        "summary": "List Bots",
        "description": "Lists the bots of the workspace.",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "dev",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listBots). No bound or format is enforced.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/TagsFilter"
          },
          {
            "name": "sortField",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listBots). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "createdAt",
                "updatedAt"
              ]
            }
          },
          {
            "name": "sortDirection",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listBots). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of Bot objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BotListResponse"
                },
                "examples": {
                  "bots": {
                    "$ref": "#/components/examples/BotListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/bots/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Bot ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getBot",
        "summary": "Get Bot",
        "description": "Gets the details of a bot.",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "shouldMergePlugins",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, getBot). No bound or format is enforced.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "responses": {
          "200": {
            "description": "The Bot.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BotResponse"
                },
                "examples": {
                  "bot": {
                    "$ref": "#/components/examples/BotResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateBot",
        "summary": "Update Bot",
        "description": "Updates a bot. Every body field is optional.",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "required": false,
          "description": "Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is\noptional too. `@botpress/client` always sends a\nJSON object here, `{}` when no attribute is set.\n",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateBotBody"
              },
              "examples": {
                "rename": {
                  "summary": "Rename and block a bot",
                  "value": {
                    "name": "support-bot-v2",
                    "blocked": true,
                    "authentication": "iam",
                    "integrations": {}
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated Bot.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BotResponse"
                },
                "examples": {
                  "bot": {
                    "$ref": "#/components/examples/BotResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteBot",
        "summary": "Delete Bot",
        "description": "Deletes a bot. The reference lists no response attributes (\"Success\").",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/DeleteBody"
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                },
                "examples": {
                  "success": {
                    "$ref": "#/components/examples/EmptyResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/bots/{id}/transfer": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Bot ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "post": {
        "operationId": "transferBot",
        "summary": "Transfer Bot",
        "description": "Transfers a bot to another workspace. The caller must be a Manager member of the workspace the bot\ncurrently belongs to and have permission to create bots in the target workspace (otherwise\n`403 Forbidden`). The reference lists no response attributes (\"Success\").\n",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransferBotBody"
              },
              "examples": {
                "transfer": {
                  "summary": "Move to another workspace",
                  "value": {
                    "targetWorkspaceId": "wkspace_01J0B7C9D1E3F5G7H9J1K3M5N7"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                },
                "examples": {
                  "success": {
                    "$ref": "#/components/examples/EmptyResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/bots/{id}/logs": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Bot ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getBotLogs",
        "summary": "Get Bot Logs",
        "description": "Gets the logs of a bot. The document lists no query parameters, no pagination and no log-entry\nattributes for this endpoint; they follow the vendor's API definition (`@botpress/api` 1.70.2 on npm, operation `getBotLogs`): `timeStart` is required there, the\nother filters are optional, and the answer carries a `nextToken` for the next page, passed back as the\n`nextToken` query parameter. Without `timeStart` the vendor refuses the call, so the spec requires it.\n",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          },
          {
            "$ref": "#/components/parameters/LogTimeStart"
          },
          {
            "$ref": "#/components/parameters/LogTimeEnd"
          },
          {
            "$ref": "#/components/parameters/LogLevel"
          },
          {
            "$ref": "#/components/parameters/LogUserId"
          },
          {
            "$ref": "#/components/parameters/LogWorkflowId"
          },
          {
            "$ref": "#/components/parameters/LogConversationId"
          },
          {
            "$ref": "#/components/parameters/LogMessageContains"
          },
          {
            "$ref": "#/components/parameters/LogNextToken"
          }
        ],
        "responses": {
          "200": {
            "description": "The bot's logs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LogsResponse"
                },
                "examples": {
                  "logs": {
                    "$ref": "#/components/examples/LogsResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/bots/{id}/webchat": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Bot ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getBotWebchat",
        "summary": "Get Bot Webchat",
        "description": "Gets the webchat code or URL for a bot. The reference does not mark `type` optional (so it is required\nhere) and does not list its accepted values.\n",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          },
          {
            "name": "type",
            "in": "query",
            "required": true,
            "description": "Type of script to get",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The webchat code.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BotWebchatResponse"
                },
                "examples": {
                  "script": {
                    "summary": "Script tag",
                    "value": {
                      "code": "<script src=\"https://cdn.botpress.cloud/webchat/v1/inject.js\"></script>"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/bots/{id}/analytics": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Bot ID",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getBotAnalytics",
        "externalDocs": {
          "description": "The vendor's reference page of this operation, cited in this operation's text.",
          "url": "https://botpress.com/docs/api-reference/admin-api/openapi/getBotAnalytics"
        },
        "summary": "Get Bot Analytics",
        "description": "Gets the analytics records of a bot between two date/times. The reference does not mark `startDate` or\n`endDate` optional, so both are required (the vendor reference\nhttps://botpress.com/docs/api-reference/admin-api/openapi/getBotAnalytics marks both required too). Their\nformat is not declared: the document calls them \"date/time\" without a format, and the vendor reference\nand `@botpress/client` 1.45 type them as plain strings, so the mock accepts any string, as the vendor may.\n",
        "tags": [
          "Bots"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          },
          {
            "name": "startDate",
            "in": "query",
            "required": true,
            "description": "Start date/time (inclusive)",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "endDate",
            "in": "query",
            "required": true,
            "description": "End date/time (exclusive)",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The analytics records.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BotAnalyticsResponse"
                },
                "examples": {
                  "records": {
                    "summary": "One record (record attributes are not documented; illustrative)",
                    "value": {
                      "records": [
                        {
                          "startDateTimeUtc": "2024-05-01T00:00:00.000Z",
                          "endDateTimeUtc": "2024-05-02T00:00:00.000Z",
                          "newUsers": 12,
                          "returningUsers": 30,
                          "sessions": 58,
                          "messages": 412
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/integrations": {
      "post": {
        "operationId": "createIntegration",
        "summary": "Create Integration",
        "description": "Creates an integration (a version of it) in the workspace. `name` and `version` are required.",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateIntegrationBody"
              },
              "examples": {
                "integration": {
                  "summary": "Minimal public integration",
                  "value": {
                    "name": "order-tracker",
                    "version": "0.2.0",
                    "title": "Order Tracker",
                    "description": "Look up order status from chat.",
                    "public": true,
                    "code": "exports.handler = async () => {}",
                    "channels": {},
                    "events": {},
                    "actions": {},
                    "configuration": {},
                    "user": {}
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created Integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "$ref": "#/components/examples/IntegrationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "get": {
        "operationId": "listIntegrations",
        "summary": "List Integrations",
        "description": "Lists the integrations of the workspace, optionally filtered by name and version.",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "number"
            }
          },
          {
            "name": "interfaceId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "interfaceName",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "installedByBotId",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "verificationStatus",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "unapproved",
                "pending",
                "approved",
                "rejected"
              ]
            }
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sortBy",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "popularity",
                "name",
                "createdAt",
                "updatedAt",
                "installCount"
              ]
            }
          },
          {
            "name": "direction",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ]
            }
          },
          {
            "name": "visibility",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). The allowed values are the vendor definition's; no bound or format is enforced.",
            "schema": {
              "type": "string",
              "enum": [
                "public",
                "private"
              ]
            }
          },
          {
            "name": "dev",
            "in": "query",
            "required": false,
            "description": "Not in the document; an optional query parameter of the vendor's API definition (`@botpress/api` 1.70.2, listIntegrations). No bound or format is enforced.",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          },
          {
            "$ref": "#/components/parameters/NextToken"
          },
          {
            "$ref": "#/components/parameters/IntegrationNameQuery"
          },
          {
            "$ref": "#/components/parameters/IntegrationVersionQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of Integration objects.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationListResponse"
                },
                "examples": {
                  "integrations": {
                    "$ref": "#/components/examples/IntegrationListResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/integrations/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Integration Id",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getIntegration",
        "summary": "Get Integration",
        "description": "Gets an integration by id.",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "responses": {
          "200": {
            "description": "The Integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "$ref": "#/components/examples/IntegrationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateIntegration",
        "summary": "Update Integration",
        "description": "Updates an integration. Every body field is optional; `name`, `version` and `dev` cannot be changed.",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "required": false,
          "description": "Every attribute is optional (reference, and in `@botpress/client`'s request-body type), so the body is\noptional too. `@botpress/client` always sends a\nJSON object here, `{}` when no attribute is set.\n",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateIntegrationBody"
              },
              "examples": {
                "title": {
                  "summary": "Change the display title and description",
                  "value": {
                    "title": "Order Tracker",
                    "description": "Look up order and shipping status from chat."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated Integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "$ref": "#/components/examples/IntegrationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteIntegration",
        "summary": "Delete Integration",
        "description": "Deletes an integration. The reference lists no response attributes (\"Success\").",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "requestBody": {
          "$ref": "#/components/requestBodies/DeleteBody"
        },
        "responses": {
          "200": {
            "description": "Success.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EmptyResponse"
                },
                "examples": {
                  "success": {
                    "$ref": "#/components/examples/EmptyResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/integrations/{id}/logs": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "Integration Id",
          "schema": {
            "type": "string"
          }
        }
      ],
      "get": {
        "operationId": "getIntegrationLogs",
        "summary": "Get Integration Logs",
        "description": "Gets the logs of an integration. The document lists no query parameters, no pagination and no log-entry\nattributes for this endpoint; they follow the vendor's API definition (`@botpress/api` 1.70.2 on npm, operation `getIntegrationLogs`): `timeStart` is required there, the\nother filters are optional, and the answer carries a `nextToken` for the next page, passed back as the\n`nextToken` query parameter. Without `timeStart` the vendor refuses the call, so the spec requires it.\n",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          },
          {
            "$ref": "#/components/parameters/LogTimeStart"
          },
          {
            "$ref": "#/components/parameters/LogTimeEnd"
          },
          {
            "$ref": "#/components/parameters/LogLevel"
          },
          {
            "$ref": "#/components/parameters/LogUserId"
          },
          {
            "$ref": "#/components/parameters/LogConversationId"
          },
          {
            "$ref": "#/components/parameters/LogMessageContains"
          },
          {
            "$ref": "#/components/parameters/LogNextToken"
          }
        ],
        "responses": {
          "200": {
            "description": "The integration's logs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LogsResponse"
                },
                "examples": {
                  "logs": {
                    "$ref": "#/components/examples/LogsResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/admin/integrations/{name}/{version}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/IntegrationNamePath"
        },
        {
          "$ref": "#/components/parameters/IntegrationVersionPath"
        }
      ],
      "get": {
        "operationId": "getIntegrationByName",
        "summary": "Get Integration By Name",
        "description": "Gets an integration of the workspace by name and version. `GET /v1/admin/integrations/{id}/logs` has the\nsame shape; since `version` must be a semver version or `latest`, a second segment `logs` always means\nthe logs endpoint.\n",
        "tags": [
          "Integrations"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XWorkspaceId"
          }
        ],
        "responses": {
          "200": {
            "description": "The Integration.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntegrationResponse"
                },
                "examples": {
                  "integration": {
                    "$ref": "#/components/examples/IntegrationResponse"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <token>` with a Personal Access Token, a bot or integration token (`BP_TOKEN`), or\nan OAuth2 token from `POST /v1/authenticate`.\n"
      }
    },
    "parameters": {
      "XBotId": {
        "name": "x-bot-id",
        "in": "header",
        "required": true,
        "description": "Id of the bot the request acts for. Sent on every `/v1/chat/*` and `/v1/storage/*` request (vendor reference\npages, e.g. https://botpress.com/docs/api-reference/runtime-api/openapi/deleteConversation, where it is\nrequired; `@botpress/client` sends it from its `botId` option). The same pages also list optional\n`x-integration-id` and `x-integration-alias` headers; they are not declared here (the document does not\nname them), and the mock ignores them when sent.\n",
        "schema": {
          "type": "string"
        },
        "example": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b"
      },
      "XWorkspaceId": {
        "name": "x-workspace-id",
        "in": "header",
        "required": true,
        "description": "Id of the Workspace the request acts in. Sent on every `/v1/admin/*` request except `/v1/admin/hub/*` (vendor\nreference pages; `@botpress/client` sends it from its `workspaceId` option).\n",
        "schema": {
          "type": "string"
        },
        "example": "wkspace_01J0A2B3C4D5E6F7G8H9J0K1M2"
      },
      "LogTimeStart": {
        "name": "timeStart",
        "in": "query",
        "required": true,
        "description": "Beginning of the time range to get logs from. Required by the vendor's API definition (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints).",
        "schema": {
          "type": "string"
        }
      },
      "LogTimeEnd": {
        "name": "timeEnd",
        "in": "query",
        "required": false,
        "description": "End of the time range to get logs from (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints).",
        "schema": {
          "type": "string"
        }
      },
      "LogLevel": {
        "name": "level",
        "in": "query",
        "required": false,
        "description": "Filter by log level (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints); the vendor lists no values, so none are enforced.",
        "schema": {
          "type": "string"
        }
      },
      "LogUserId": {
        "name": "userId",
        "in": "query",
        "required": false,
        "description": "Filter by user ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints).",
        "schema": {
          "type": "string"
        }
      },
      "LogWorkflowId": {
        "name": "workflowId",
        "in": "query",
        "required": false,
        "description": "Filter by workflow ID (bot logs only) (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints).",
        "schema": {
          "type": "string"
        }
      },
      "LogConversationId": {
        "name": "conversationId",
        "in": "query",
        "required": false,
        "description": "Filter by conversation ID (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints).",
        "schema": {
          "type": "string"
        }
      },
      "LogMessageContains": {
        "name": "messageContains",
        "in": "query",
        "required": false,
        "description": "Filter logs whose message contains this substring (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints).",
        "schema": {
          "type": "string"
        }
      },
      "LogNextToken": {
        "name": "nextToken",
        "in": "query",
        "required": false,
        "description": "The `nextToken` of the previous page of logs (`@botpress/api` 1.70.2, operations getBotLogs and getIntegrationLogs; the document lists no query parameters for the log endpoints). Unlike the list operations, the log endpoints return it at the top level of the answer, not under `meta`.",
        "schema": {
          "type": "string"
        }
      },
      "NextToken": {
        "name": "nextToken",
        "in": "query",
        "required": false,
        "description": "Provide the `meta.nextToken` value provided in the last API response to retrieve the next page of results.",
        "schema": {
          "type": "string"
        }
      },
      "TagsFilter": {
        "name": "tags",
        "in": "query",
        "required": false,
        "description": "Filter by tags, one `tags[<key>]=<value>` query parameter per tag.",
        "style": "deepObject",
        "explode": true,
        "schema": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        }
      },
      "IntegrationNameQuery": {
        "name": "name",
        "in": "query",
        "required": false,
        "description": "Integration Name",
        "schema": {
          "type": "string"
        }
      },
      "IntegrationVersionQuery": {
        "name": "version",
        "in": "query",
        "required": false,
        "description": "Integration version. Either a semver version or tag \"latest\".",
        "schema": {
          "$ref": "#/components/schemas/IntegrationVersionSelector"
        }
      },
      "IntegrationNamePath": {
        "name": "name",
        "in": "path",
        "required": true,
        "description": "Integration Name",
        "schema": {
          "type": "string"
        }
      },
      "IntegrationVersionPath": {
        "name": "version",
        "in": "path",
        "required": true,
        "description": "Integration version. Either a semver version or tag \"latest\".",
        "schema": {
          "$ref": "#/components/schemas/IntegrationVersionSelector"
        }
      }
    },
    "schemas": {
      "Tags": {
        "type": "object",
        "description": "Set of Tags attached to a resource. The set of Tags available on a resource is restricted by the list of\nTags defined previously by the Bot. Individual keys can be unset by posting an empty value to them.\n",
        "additionalProperties": {
          "type": "string"
        }
      },
      "ListMeta": {
        "type": "object",
        "description": "Pagination metadata of a \"List\" response.",
        "properties": {
          "nextToken": {
            "type": "string",
            "description": "Present while more results exist; pass it as the `nextToken` query parameter to get the next page."
          }
        }
      },
      "Schedule": {
        "type": "object",
        "description": "Schedules the Event or Message to be sent at a specific time. Either `dateTime` or `delay` must be\nprovided. The reference does not list these child attributes by name; `dateTime` and `delay` are the two\nit mentions. `@botpress/client` 1.45 (`schedule` of the create-event and create-message bodies) names\nthe same two, gives `dateTime` \"in the ISO 8601 format\" and `delay` in milliseconds; the spec follows it.\n",
        "minProperties": 1,
        "additionalProperties": false,
        "properties": {
          "dateTime": {
            "type": "string",
            "format": "date-time",
            "description": "When to send, in ISO 8601 format (format from `@botpress/client` 1.45's `schedule.dateTime`)."
          },
          "delay": {
            "type": "number",
            "minimum": 0,
            "description": "How long to wait before sending, in milliseconds (unit from `@botpress/client` 1.45's `schedule.delay`; the document gives none). At least 0 is assumed, because a delay cannot be negative."
          }
        }
      },
      "IntegrationVersionSelector": {
        "type": "string",
        "description": "A semver version (e.g. `1.2.0`) or the tag `latest` (document: \"Integration version. Either a semver\nversion or tag \"latest\"). The pattern is a simplified semver 2.0.0 version grammar, or `latest`.\n",
        "pattern": "^(latest|(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?)$",
        "examples": [
          "latest",
          "0.2.0"
        ]
      },
      "EmptyResponse": {
        "type": "object",
        "description": "Body of an operation whose reference lists no response attributes (\"Success\"). The reference says every\nresponse has a JSON body; its attributes are not documented.\n"
      },
      "AuthenticateBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "clientKey",
          "clientSecret"
        ],
        "properties": {
          "clientKey": {
            "type": "string",
            "description": "API key of the bot, integration or user to authenticate as."
          },
          "clientSecret": {
            "type": "string",
            "description": "API secret of the bot, integration or user to authenticate as."
          }
        }
      },
      "AuthenticateResponse": {
        "type": "object",
        "required": [
          "token",
          "expiresIn"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "The access token, to pass as `Authorization: Bearer <token>`."
          },
          "expiresIn": {
            "type": "integer",
            "description": "Expiry of the token as a timestamp in milliseconds since January 1, 1970 (what the reference says,\ndespite the name).\n"
          }
        }
      },
      "User": {
        "type": "object",
        "description": "Someone interacting with the bot within a specific integration. The same person interacting with a bot in\nSlack and Messenger is represented by two different users.\n",
        "required": [
          "id",
          "createdAt",
          "updatedAt",
          "tags"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the User"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the User in the ISO 8601 format (document)."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Updating date of the User in the ISO 8601 format (document)."
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          }
        }
      },
      "CreateUserBody": {
        "type": "object",
        "description": "Body of Create User and Get Or Create User.",
        "additionalProperties": false,
        "required": [
          "tags"
        ],
        "properties": {
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "integrationName": {
            "type": "string",
            "description": "Name of the integration to which the user creation will be delegated"
          },
          "name": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "pictureUrl": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createUser, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "discriminateByTags": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "UpdateUserBody": {
        "type": "object",
        "description": "Body of Update User. The reference does not mark `tags` optional but also says \"any parameters not\nprovided will be left unchanged\"; `tags` is optional here.\n",
        "additionalProperties": false,
        "properties": {
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "name": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "pictureUrl": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateUser). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "UserResponse": {
        "type": "object",
        "required": [
          "user"
        ],
        "properties": {
          "user": {
            "$ref": "#/components/schemas/User"
          }
        }
      },
      "UserListResponse": {
        "type": "object",
        "required": [
          "users",
          "meta"
        ],
        "properties": {
          "users": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/User"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "DeleteUserResponse": {
        "type": "object",
        "description": "The reference says the deleted User is returned but lists no attributes, so `user` is optional.",
        "properties": {
          "user": {
            "$ref": "#/components/schemas/User"
          }
        }
      },
      "Conversation": {
        "type": "object",
        "description": "An exchange of messages between one or more users. A Conversation is always linked to an integration's\nchannels. For example, a Slack channel represents a conversation.\n",
        "required": [
          "id",
          "createdAt",
          "updatedAt",
          "channel",
          "integration",
          "tags"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the Conversation"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the Conversation in the ISO 8601 format (document)."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Updating date of the Conversation in the ISO 8601 format (document)."
          },
          "channel": {
            "type": "string",
            "description": "Name of the channel where the Conversation is happening"
          },
          "integration": {
            "type": "string",
            "description": "Name of the integration that created the Conversation"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          }
        }
      },
      "CreateConversationBody": {
        "type": "object",
        "description": "Body of Create Conversation and Get Or Create Conversation.",
        "additionalProperties": false,
        "required": [
          "channel",
          "tags"
        ],
        "properties": {
          "channel": {
            "type": "string",
            "description": "Channel name"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "integrationName": {
            "type": "string",
            "description": "Name of the integration to which the conversation creation will be delegated"
          },
          "discriminateByTags": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "UpdateConversationBody": {
        "type": "object",
        "description": "Body of Update Conversation. The reference does not mark `tags` or `participantIds` optional but also says\n\"any parameters not provided will be left unchanged\"; both are optional here.\n",
        "additionalProperties": false,
        "properties": {
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "participantIds": {
            "type": "array",
            "description": "Ids of the Users participating in the conversation",
            "items": {
              "type": "string"
            }
          },
          "currentTaskId": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateConversation). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "ConversationResponse": {
        "type": "object",
        "required": [
          "conversation"
        ],
        "properties": {
          "conversation": {
            "$ref": "#/components/schemas/Conversation"
          }
        }
      },
      "ConversationListResponse": {
        "type": "object",
        "required": [
          "conversations",
          "meta"
        ],
        "properties": {
          "conversations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Conversation"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "DeleteConversationResponse": {
        "type": "object",
        "description": "The reference says the deleted Conversation is returned but lists no attributes, so `conversation` is optional.",
        "properties": {
          "conversation": {
            "$ref": "#/components/schemas/Conversation"
          }
        }
      },
      "Event": {
        "type": "object",
        "description": "An action or an occurrence.",
        "required": [
          "id",
          "createdAt",
          "type",
          "payload"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the Event"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the Event in the ISO 8601 format (document)."
          },
          "type": {
            "type": "string",
            "description": "Type of the Event."
          },
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Content of the event, defined by the integration installed on the bot or one of the default events\ncreated by the API.\n"
          }
        }
      },
      "CreateEventBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "payload"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "Type of the Event."
          },
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Content of the event, defined by the integration installed on the bot or one of the default events\ncreated by the API.\n"
          },
          "schedule": {
            "$ref": "#/components/schemas/Schedule"
          },
          "conversationId": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "userId": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "workflowId": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "messageId": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createEvent). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "EventResponse": {
        "type": "object",
        "required": [
          "event"
        ],
        "properties": {
          "event": {
            "$ref": "#/components/schemas/Event"
          }
        }
      },
      "EventListResponse": {
        "type": "object",
        "required": [
          "events",
          "meta"
        ],
        "properties": {
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Event"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "MessageDirection": {
        "type": "string",
        "description": "Direction of the message (values from the document, \"incoming or outgoing\").",
        "enum": [
          "incoming",
          "outgoing"
        ]
      },
      "MessagePayload": {
        "type": "object",
        "additionalProperties": true,
        "description": "Content of the message. Accepted payload options: Text, Image, Choice, Dropdown, Card, Carousel, File,\nAudio, Video, Location (their attributes are not documented).\n"
      },
      "Message": {
        "type": "object",
        "description": "A message in a Conversation for a specific User.",
        "required": [
          "id",
          "createdAt",
          "type",
          "payload",
          "direction",
          "userId",
          "conversationId",
          "tags"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the Message"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the Message in the ISO 8601 format (document)."
          },
          "type": {
            "type": "string",
            "description": "Type of the Message, the kind of payload it carries (the reference lists no accepted values)."
          },
          "payload": {
            "$ref": "#/components/schemas/MessagePayload"
          },
          "direction": {
            "$ref": "#/components/schemas/MessageDirection"
          },
          "userId": {
            "type": "string",
            "description": "ID of the User"
          },
          "conversationId": {
            "type": "string",
            "description": "ID of the Conversation"
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          }
        }
      },
      "CreateMessageBody": {
        "type": "object",
        "description": "Body of Create Message and Get Or Create Message.",
        "additionalProperties": false,
        "required": [
          "payload",
          "userId",
          "conversationId",
          "type",
          "tags"
        ],
        "properties": {
          "payload": {
            "$ref": "#/components/schemas/MessagePayload"
          },
          "userId": {
            "type": "string",
            "description": "ID of the User"
          },
          "conversationId": {
            "type": "string",
            "description": "ID of the Conversation"
          },
          "type": {
            "type": "string",
            "description": "Type of the Message, the kind of payload it carries."
          },
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "schedule": {
            "$ref": "#/components/schemas/Schedule"
          },
          "origin": {
            "type": "string",
            "enum": [
              "synthetic"
            ],
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createMessage, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced."
          },
          "discriminateByTags": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, getOrCreateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "UpdateMessageBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "tags"
        ],
        "properties": {
          "tags": {
            "$ref": "#/components/schemas/Tags"
          },
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateMessage). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "MessageResponse": {
        "type": "object",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "$ref": "#/components/schemas/Message"
          }
        }
      },
      "MessageListResponse": {
        "type": "object",
        "required": [
          "messages",
          "meta"
        ],
        "properties": {
          "messages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Message"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "DeleteMessageResponse": {
        "type": "object",
        "description": "The reference says the deleted Message is returned but lists no attributes, so `message` is optional.",
        "properties": {
          "message": {
            "$ref": "#/components/schemas/Message"
          }
        }
      },
      "FileAccessType": {
        "type": "string",
        "description": "Who can read the file contents. Public files also get a `publicUrl`. Values from the document (\"Accepted values\", private and public).",
        "enum": [
          "private",
          "public"
        ]
      },
      "File": {
        "type": "object",
        "description": "A stored file. The reference does not mark `name` optional but describes it as an \"optional arbitrary file\nname\"; it is optional here.\n",
        "required": [
          "id",
          "botId",
          "accessType",
          "createdAt",
          "size"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "ID of the File"
          },
          "botId": {
            "type": "string",
            "description": "ID of the bot the file will be used for"
          },
          "name": {
            "type": "string",
            "description": "Optional arbitrary file name (e.g. my-image.jpg), used for display purposes only."
          },
          "accessType": {
            "$ref": "#/components/schemas/FileAccessType"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the File in ISO 8601 format (document)."
          },
          "size": {
            "type": "number",
            "description": "Size of the file in bytes"
          },
          "publicUrl": {
            "type": "string",
            "format": "uri",
            "description": "Public URL to the file contents, available only if the access type is public. If the file is private,\nuse the Download File endpoint to retrieve the file contents. (`format: uri`: the document calls it a\nURL.)\n"
          }
        }
      },
      "CreateFileBody": {
        "type": "object",
        "description": "Body of Create File. The reference does not mark `name` optional but describes it as an \"optional\narbitrary file name\"; it is optional here.\n",
        "additionalProperties": false,
        "required": [
          "botId",
          "contents",
          "accessType"
        ],
        "properties": {
          "botId": {
            "type": "string",
            "description": "ID of the bot the file will be used for"
          },
          "contents": {
            "type": "string",
            "contentEncoding": "base64",
            "description": "Base64-encoded file contents"
          },
          "name": {
            "type": "string",
            "description": "Optional arbitrary file name (e.g. my-image.jpg), used for display purposes only."
          },
          "accessType": {
            "$ref": "#/components/schemas/FileAccessType"
          }
        }
      },
      "FileResponse": {
        "type": "object",
        "required": [
          "file"
        ],
        "properties": {
          "file": {
            "$ref": "#/components/schemas/File"
          }
        }
      },
      "FileListResponse": {
        "type": "object",
        "required": [
          "files",
          "meta"
        ],
        "properties": {
          "files": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/File"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "StateType": {
        "type": "string",
        "description": "The resource type the state is related to (values from the document, \"conversation, user, bot or\nintegration\"). The vendor reference (https://botpress.com/docs/api-reference/runtime-api/openapi/setState)\nalso lists `task` and `workflow`; the document is the first source, so they are not accepted here, and a\nstate of one of those types fails response validation.\n",
        "enum": [
          "conversation",
          "user",
          "bot",
          "integration"
        ]
      },
      "State": {
        "type": "object",
        "description": "The current payload of a state, always linked to a bot, a conversation, a user (or an integration).\n",
        "required": [
          "id",
          "createdAt",
          "updatedAt",
          "botId",
          "name",
          "type",
          "payload"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the State"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the State in the ISO 8601 format (document)."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Updating date of the State in the ISO 8601 format (document)."
          },
          "botId": {
            "type": "string",
            "description": "Id of the Bot"
          },
          "conversationId": {
            "type": "string",
            "description": "Id of the Conversation"
          },
          "userId": {
            "type": "string",
            "description": "Id of the User"
          },
          "name": {
            "type": "string",
            "description": "Name of the State which is declared inside the bot definition"
          },
          "type": {
            "$ref": "#/components/schemas/StateType"
          },
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Content of the state, defined by the bot."
          }
        }
      },
      "SetStateBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "payload"
        ],
        "properties": {
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Content of the state, defined by the bot."
          },
          "expiry": {
            "type": "number",
            "description": "Expiry of the State in milliseconds. The state expires if it is idle for the configured value. By\ndefault, a state doesn't expire.\n"
          }
        }
      },
      "PatchStateBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "payload"
        ],
        "properties": {
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Values of the state payload to set."
          }
        }
      },
      "StateResponse": {
        "type": "object",
        "required": [
          "state"
        ],
        "properties": {
          "state": {
            "$ref": "#/components/schemas/State"
          }
        }
      },
      "GetStateResponse": {
        "type": "object",
        "description": "Body of Get State. The document shows only `state`. The vendor's API definition (`@botpress/api`\n1.70.2, operation getState) also answers `meta` with a boolean `cached` and marks it required; it is\ndeclared here but not required, because an answer the document describes (without `meta`) must\nstill validate.\n",
        "required": [
          "state"
        ],
        "properties": {
          "state": {
            "$ref": "#/components/schemas/State"
          },
          "meta": {
            "type": "object",
            "properties": {
              "cached": {
                "type": "boolean",
                "description": "Whether the state came from a cache (vendor's API definition)."
              }
            }
          }
        }
      },
      "CallActionBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "input"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "Type of the action"
          },
          "input": {
            "type": "object",
            "additionalProperties": true,
            "description": "Input of the action"
          }
        }
      },
      "CallActionResponse": {
        "type": "object",
        "required": [
          "output"
        ],
        "properties": {
          "output": {
            "type": "object",
            "additionalProperties": true,
            "description": "Output of the action (the reference's description, \"Input of the action\", is a copy of the input's)."
          },
          "meta": {
            "type": "object",
            "description": "Not in the document. The vendor reference (https://botpress.com/docs/api-reference/runtime-api/openapi/callAction)\nshows a `meta` object with a boolean `cached` and marks it required; it is declared here but not required,\nbecause the document's answer lists only `output` and a required key the document never shows could\nfail validation of an answer the document describes.\n",
            "properties": {
              "cached": {
                "type": "boolean",
                "description": "Whether the action's output came from a cache (vendor reference)."
              }
            }
          }
        }
      },
      "BotTags": {
        "type": "object",
        "additionalProperties": true,
        "description": "Tags of the bot. The reference does not list this object's child attributes."
      },
      "BotConfiguration": {
        "type": "object",
        "additionalProperties": true,
        "description": "Configuration of the bot. The reference does not list this object's child attributes."
      },
      "BotMedia": {
        "type": "object",
        "additionalProperties": true,
        "description": "A media file associated with the bot. The reference does not list this object's child attributes."
      },
      "Bot": {
        "type": "object",
        "required": [
          "id",
          "createdAt",
          "updatedAt",
          "signingSecret",
          "integrations",
          "states",
          "tags",
          "configuration",
          "events",
          "recurringEvents",
          "name",
          "dev",
          "medias"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the Bot"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the Bot in the ISO 8601 format (document)."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Updating date of the Bot in the ISO 8601 format (document)."
          },
          "signingSecret": {
            "type": "string",
            "description": "Signing secret of the Bot"
          },
          "integrations": {
            "type": "object",
            "additionalProperties": true,
            "description": "A mapping of integrations to their configuration"
          },
          "states": {
            "type": "object",
            "additionalProperties": true,
            "description": "A mapping of states to their definition"
          },
          "tags": {
            "$ref": "#/components/schemas/BotTags"
          },
          "configuration": {
            "$ref": "#/components/schemas/BotConfiguration"
          },
          "events": {
            "type": "object",
            "additionalProperties": true,
            "description": "Events definition"
          },
          "recurringEvents": {
            "type": "object",
            "additionalProperties": true,
            "description": "Recurring events"
          },
          "name": {
            "type": "string",
            "description": "Name of the Bot"
          },
          "deployedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Last deployment date of the Bot in the ISO 8601 format (document)."
          },
          "dev": {
            "type": "boolean",
            "description": "Indicates if the Bot is a development bot; development bots run locally and can install dev integrations"
          },
          "createdBy": {
            "type": "string",
            "description": "Id of the user that created the bot"
          },
          "medias": {
            "type": "array",
            "description": "Media files associated with the Bot",
            "items": {
              "$ref": "#/components/schemas/BotMedia"
            }
          }
        }
      },
      "CreateBotBody": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "states": {
            "type": "object",
            "additionalProperties": true,
            "description": "A mapping of states to their definition"
          },
          "tags": {
            "$ref": "#/components/schemas/BotTags"
          },
          "events": {
            "type": "object",
            "additionalProperties": true,
            "description": "Events definition"
          },
          "recurringEvents": {
            "type": "object",
            "additionalProperties": true,
            "description": "Recurring events"
          },
          "configuration": {
            "$ref": "#/components/schemas/BotConfiguration"
          },
          "code": {
            "type": "string",
            "description": "JavaScript code of the bot"
          },
          "name": {
            "type": "string",
            "description": "Optional name for the bot, if not provided will be auto-generated"
          },
          "medias": {
            "type": "array",
            "description": "Media files associated with the Bot",
            "items": {
              "$ref": "#/components/schemas/BotMedia"
            }
          },
          "url": {
            "type": "string",
            "description": "URL of the Bot; only available for dev bots"
          },
          "dev": {
            "type": "boolean",
            "description": "Indicates if the Bot is a development bot; development bots run locally and can install dev integrations"
          },
          "subscriptions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "actions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "user": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "conversation": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "message": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "description": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "UpdateBotBody": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "url": {
            "type": "string",
            "description": "URL of the Bot; only available for dev bots"
          },
          "authentication": {
            "type": "string",
            "enum": [
              "iam"
            ],
            "description": "Type of the Bot authentication (the reference names `iam` as the only value)"
          },
          "states": {
            "type": "object",
            "additionalProperties": true,
            "description": "A mapping of states to their definition"
          },
          "tags": {
            "$ref": "#/components/schemas/BotTags"
          },
          "events": {
            "type": "object",
            "additionalProperties": true,
            "description": "Events definition"
          },
          "recurringEvents": {
            "type": "object",
            "additionalProperties": true,
            "description": "Recurring events"
          },
          "configuration": {
            "$ref": "#/components/schemas/BotConfiguration"
          },
          "blocked": {
            "type": "boolean",
            "description": "Whether the bot is blocked (not described in the reference)."
          },
          "integrations": {
            "type": "object",
            "additionalProperties": true,
            "description": "A mapping of integrations to their configuration (not described in the reference; named like the Bot attribute)."
          },
          "code": {
            "type": "string",
            "description": "JavaScript code of the bot"
          },
          "name": {
            "type": "string",
            "description": "Name of the bot"
          },
          "medias": {
            "type": "array",
            "description": "Media files associated with the Bot",
            "items": {
              "$ref": "#/components/schemas/BotMedia"
            }
          },
          "maxExecutionTime": {
            "type": "integer",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "alwaysAlive": {
            "type": "boolean",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "user": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "message": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "conversation": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "actions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "plugins": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "subscriptions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "description": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "layers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "shouldMergePlugins": {
            "type": "boolean",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateBot). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "TransferBotBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "targetWorkspaceId"
        ],
        "properties": {
          "targetWorkspaceId": {
            "type": "string",
            "description": "The ID of the workspace you want to transfer the bot to: the `id` of a Workspace object.\n"
          }
        }
      },
      "BotResponse": {
        "type": "object",
        "required": [
          "bot"
        ],
        "properties": {
          "bot": {
            "$ref": "#/components/schemas/Bot"
          }
        }
      },
      "BotListResponse": {
        "type": "object",
        "required": [
          "bots",
          "meta"
        ],
        "properties": {
          "bots": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Bot"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "LogEntry": {
        "type": "object",
        "additionalProperties": true,
        "description": "A log entry of a bot or an integration. The document does not list its attributes; they follow the\nvendor's API definition (`@botpress/api` 1.70.2, getBotLogs and getIntegrationLogs), which requires\n`timestamp`, `level` and `message`. Open to attributes it does not declare.\n",
        "required": [
          "timestamp",
          "level",
          "message"
        ],
        "properties": {
          "timestamp": {
            "type": "string",
            "description": "When the entry was logged (a string in the vendor's definition; no format is declared there)."
          },
          "level": {
            "type": "string",
            "description": "The entry's log level (the vendor's definition lists no values)."
          },
          "message": {
            "type": "string"
          },
          "workflowId": {
            "type": "string"
          },
          "userId": {
            "type": "string"
          },
          "conversationId": {
            "type": "string"
          }
        }
      },
      "LogsResponse": {
        "type": "object",
        "description": "Body of Get Bot Logs and Get Integration Logs. `nextToken` (optional) is the token of the next page,\nat the top level of the answer (vendor's API definition, `@botpress/api` 1.70.2); the document shows\nonly `logs`.\n",
        "required": [
          "logs"
        ],
        "properties": {
          "logs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LogEntry"
            }
          },
          "nextToken": {
            "type": "string",
            "description": "Pass it back as the `nextToken` query parameter to get the next page of logs."
          }
        }
      },
      "BotWebchatResponse": {
        "type": "object",
        "required": [
          "code"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "The webchat code/URL."
          }
        }
      },
      "AnalyticsRecord": {
        "type": "object",
        "additionalProperties": true,
        "description": "An analytics record of a bot. The reference does not list this object's attributes."
      },
      "BotAnalyticsResponse": {
        "type": "object",
        "required": [
          "records"
        ],
        "properties": {
          "records": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AnalyticsRecord"
            }
          }
        }
      },
      "IntegrationTags": {
        "type": "object",
        "additionalProperties": true,
        "description": "Tags of the Integration. The reference does not list this object's child attributes."
      },
      "IntegrationConfiguration": {
        "type": "object",
        "additionalProperties": true,
        "description": "Configuration definition of the Integration. The reference does not list this object's child attributes."
      },
      "IntegrationUser": {
        "type": "object",
        "additionalProperties": true,
        "description": "User definition of the Integration. The reference does not list this object's child attributes."
      },
      "Integration": {
        "type": "object",
        "required": [
          "id",
          "createdAt",
          "updatedAt",
          "name",
          "version",
          "channels",
          "configuration",
          "events",
          "actions",
          "user",
          "dev",
          "title",
          "description",
          "iconUrl",
          "readmeUrl"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Id of the Integration"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Creation date of the Integration in the ISO 8601 format (document)."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Updating date of the Integration in the ISO 8601 format (document)."
          },
          "name": {
            "type": "string",
            "description": "Name of the Integration"
          },
          "version": {
            "type": "string",
            "description": "Version of the Integration"
          },
          "channels": {
            "type": "object",
            "additionalProperties": true,
            "description": "Channels definition"
          },
          "states": {
            "type": "object",
            "additionalProperties": true,
            "description": "States definition"
          },
          "configuration": {
            "$ref": "#/components/schemas/IntegrationConfiguration"
          },
          "events": {
            "type": "object",
            "additionalProperties": true,
            "description": "Events definition"
          },
          "actions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Action definition"
          },
          "user": {
            "$ref": "#/components/schemas/IntegrationUser"
          },
          "dev": {
            "type": "boolean",
            "description": "Indicates if the integration is a development integration; dev integrations run locally"
          },
          "title": {
            "type": "string",
            "description": "Title of the integration, displayed in the UI"
          },
          "description": {
            "type": "string",
            "description": "Description of the integration, displayed in the UI"
          },
          "iconUrl": {
            "type": "string",
            "description": "URL of the icon of the integration, displayed in the UI"
          },
          "readmeUrl": {
            "type": "string",
            "description": "URL of the readme of the integration, displayed in the UI"
          }
        }
      },
      "CreateIntegrationBody": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "version"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Name of the Integration"
          },
          "version": {
            "type": "string",
            "description": "Version of the Integration"
          },
          "tags": {
            "$ref": "#/components/schemas/IntegrationTags"
          },
          "channels": {
            "type": "object",
            "additionalProperties": true,
            "description": "Channels definition"
          },
          "states": {
            "type": "object",
            "additionalProperties": true,
            "description": "States definition"
          },
          "configuration": {
            "$ref": "#/components/schemas/IntegrationConfiguration"
          },
          "events": {
            "type": "object",
            "additionalProperties": true,
            "description": "Events definition"
          },
          "actions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Action definition"
          },
          "user": {
            "$ref": "#/components/schemas/IntegrationUser"
          },
          "code": {
            "type": "string",
            "description": "JavaScript code of the integration"
          },
          "public": {
            "type": "boolean",
            "description": "Whether the integration is public"
          },
          "url": {
            "type": "string",
            "description": "URL of the integration; only available for dev integrations"
          },
          "dev": {
            "type": "boolean",
            "description": "Indicates if the integration is a development integration; dev integrations run locally"
          },
          "icon": {
            "type": "string",
            "description": "Base64-encoded SVG of the integration icon. The icon is global to the integration; every version is updated when it changes."
          },
          "readme": {
            "type": "string",
            "description": "Base64-encoded Markdown of the integration readme. The readme is specific to each integration version."
          },
          "title": {
            "type": "string",
            "description": "Title of the integration, displayed in the UI"
          },
          "description": {
            "type": "string",
            "description": "Description of the integration, displayed in the UI"
          },
          "configurations": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "entities": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "identifier": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "interfaces": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "extraOperations": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "sdkVersion": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "secrets": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "private",
              "unlisted"
            ],
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced."
          },
          "layers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, createIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "UpdateIntegrationBody": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "tags": {
            "$ref": "#/components/schemas/IntegrationTags"
          },
          "channels": {
            "type": "object",
            "additionalProperties": true,
            "description": "Channels definition"
          },
          "states": {
            "type": "object",
            "additionalProperties": true,
            "description": "States definition"
          },
          "configuration": {
            "$ref": "#/components/schemas/IntegrationConfiguration"
          },
          "events": {
            "type": "object",
            "additionalProperties": true,
            "description": "Events definition"
          },
          "actions": {
            "type": "object",
            "additionalProperties": true,
            "description": "Action definition"
          },
          "user": {
            "$ref": "#/components/schemas/IntegrationUser"
          },
          "code": {
            "type": "string",
            "description": "JavaScript code of the integration"
          },
          "public": {
            "type": "boolean",
            "description": "Whether the integration is public"
          },
          "url": {
            "type": "string",
            "description": "URL of the integration; only available for dev integrations"
          },
          "icon": {
            "type": "string",
            "description": "Base64-encoded SVG of the integration icon. The icon is global to the integration; every version is updated when it changes."
          },
          "readme": {
            "type": "string",
            "description": "Base64-encoded Markdown of the integration readme. The readme is specific to each integration version."
          },
          "title": {
            "type": "string",
            "description": "Title of the integration, displayed in the UI"
          },
          "description": {
            "type": "string",
            "description": "Description of the integration, displayed in the UI"
          },
          "configurations": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "extraOperations": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "sdkVersion": {
            "type": "string",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "maxExecutionTime": {
            "type": "integer",
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "identifier": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "entities": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "interfaces": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "attributes": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "secrets": {
            "type": "object",
            "additionalProperties": true,
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          },
          "visibility": {
            "type": "string",
            "enum": [
              "public",
              "private",
              "unlisted"
            ],
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; the allowed values are the vendor definition's; no bound or format is enforced."
          },
          "layers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Not in the document; accepted as optional by the vendor's API definition (`@botpress/api` 1.70.2, updateIntegration). Declared so that a body the vendor accepts is not refused; no bound or format is enforced."
          }
        }
      },
      "IntegrationResponse": {
        "type": "object",
        "required": [
          "integration"
        ],
        "properties": {
          "integration": {
            "$ref": "#/components/schemas/Integration"
          }
        }
      },
      "IntegrationListResponse": {
        "type": "object",
        "required": [
          "integrations",
          "meta"
        ],
        "properties": {
          "integrations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Integration"
            }
          },
          "meta": {
            "$ref": "#/components/schemas/ListMeta"
          }
        }
      },
      "Workspace": {
        "type": "object",
        "description": "A workspace, which owns bots and integrations (the `x-workspace-id` header and Transfer Bot's\n`targetWorkspaceId` carry a Workspace `id`). The reference documents this object but no endpoint that\nreturns or accepts it, and marks none of its attributes optional nor describes them. Nothing in the\nspec references it (see .redocly.lint-ignore.yaml); it is kept so clients get the type.\n",
        "required": [
          "id",
          "name",
          "ownerId",
          "createdAt",
          "updatedAt",
          "accountType",
          "blocked",
          "spendingLimit"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "ownerId": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "description": "No format is declared; the document neither describes nor formats this attribute."
          },
          "updatedAt": {
            "type": "string",
            "description": "No format is declared; the document neither describes nor formats this attribute."
          },
          "accountType": {
            "type": "string"
          },
          "blocked": {
            "type": "boolean"
          },
          "spendingLimit": {
            "type": "number"
          }
        }
      },
      "UnknownError": {
        "type": "object",
        "description": "Error body of type `Unknown`, sent with HTTP status 500. Document text: \"An unknown error occurred\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "Unknown",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 500,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "InternalError": {
        "type": "object",
        "description": "Error body of type `Internal`, sent with HTTP status 500. Document text: \"An internal error occurred\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "Internal",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 500,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "BreakingChangesError": {
        "type": "object",
        "description": "Error body of type `BreakingChanges`, sent with HTTP status 400: The request would make breaking changes to a resource without a version increment. Not in the document; the type and its\nstatus are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "BreakingChanges",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "QuotaExceededError": {
        "type": "object",
        "description": "Error body of type `QuotaExceeded`, sent with HTTP status 403: A soft quota (one that can be raised) is exceeded. Not in the document; the type and its\nstatus are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "QuotaExceeded",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "status": {
            "type": "integer",
            "const": 403,
            "description": "HTTP status code of the response."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "ReferenceConstraintError": {
        "type": "object",
        "description": "Error body of type `ReferenceConstraint`, sent with HTTP status 409: The resource is still referenced by another resource, so it cannot be deleted. Not in the document; the type and its\nstatus are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ReferenceConstraint",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "status": {
            "type": "integer",
            "const": 409,
            "description": "HTTP status code of the response."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "ResourceLockedConflictError": {
        "type": "object",
        "description": "Error body of type `ResourceLockedConflict`, sent with HTTP status 409: The resource is locked until its lock is released. Not in the document; the type and its\nstatus are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ResourceLockedConflict",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "status": {
            "type": "integer",
            "const": 409,
            "description": "HTTP status code of the response."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "AlreadyExistsError": {
        "type": "object",
        "description": "Error body of type `AlreadyExists`, sent with HTTP status 409: The record to create exists already. Not in the document; the type and its\nstatus are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "AlreadyExists",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "status": {
            "type": "integer",
            "const": 409,
            "description": "HTTP status code of the response."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "LimitExceededError": {
        "type": "object",
        "description": "Error body of type `LimitExceeded`, sent with HTTP status 413: A hard limit (one that cannot be raised) is exceeded. Not in the document; the type and its\nstatus are the vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45's error classes. Like the other error bodies, only `type` is required.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "LimitExceeded",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation."
          },
          "status": {
            "type": "integer",
            "const": 413,
            "description": "HTTP status code of the response."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "RateLimitedError": {
        "type": "object",
        "description": "Error body of type `RateLimited`, sent with HTTP status 429. Not in the document; the type, the status and\nthe example are the vendor reference's (https://botpress.com/docs/api-reference/ratelimiting). Like the\nother error bodies, only `type` is required and the live API's `id`, `code` and `message` are allowed.\n",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "RateLimited",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the vendor reference's example)."
          },
          "status": {
            "type": "integer",
            "const": 429,
            "description": "HTTP status code of the response (shown in the vendor reference's example)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "UnauthorizedError": {
        "type": "object",
        "description": "Error body of type `Unauthorized`, sent with HTTP status 401. Document text: \"The request requires to be authenticated.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "Unauthorized",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 401,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "ForbiddenError": {
        "type": "object",
        "description": "Error body of type `Forbidden`, sent with HTTP status 403. Document text: \"The requested action can't be peform by this resource.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "Forbidden",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 403,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "PayloadTooLargeError": {
        "type": "object",
        "description": "Error body of type `PayloadTooLarge`, sent with HTTP status 413. Document text: \"The request payload is too large.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "PayloadTooLarge",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 413,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "InvalidPayloadError": {
        "type": "object",
        "description": "Error body of type `InvalidPayload`, sent with HTTP status 400. Document text: \"The request payload is invalid.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "InvalidPayload",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "UnsupportedMediaTypeError": {
        "type": "object",
        "description": "Error body of type `UnsupportedMediaType`, sent with HTTP status 415. Document text: \"The request is invalid because the content-type is not supported.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "UnsupportedMediaType",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 415,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "MethodNotFoundError": {
        "type": "object",
        "description": "Error body of type `MethodNotFound`, sent with HTTP status 405. Document text: \"The requested method does not exist.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "MethodNotFound",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 405,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "ResourceNotFoundError": {
        "type": "object",
        "description": "Error body of type `ResourceNotFound`, sent with HTTP status 404. Document text: \"The requested resource does not exist.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ResourceNotFound",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 404,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "InvalidJsonSchemaError": {
        "type": "object",
        "description": "Error body of type `InvalidJsonSchema`, sent with HTTP status 400. Document text: \"The provided JSON schema is invalid.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "InvalidJsonSchema",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "InvalidDataFormatError": {
        "type": "object",
        "description": "Error body of type `InvalidDataFormat`, sent with HTTP status 400. Document text: \"The provided data doesn't respect the provided JSON schema.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "InvalidDataFormat",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "InvalidIdentifierError": {
        "type": "object",
        "description": "Error body of type `InvalidIdentifier`, sent with HTTP status 400. Document text: \"The provided identifier is not valid. An identifier must start with a lowercase letter, be between 2 and 100 characters long and use only alphanumeric characters.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "InvalidIdentifier",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "RelationConflictError": {
        "type": "object",
        "description": "Error body of type `RelationConflict`, sent with HTTP status 409. Document text: \"The resource is not related with another resource. This is usually caused when providing two resources that aren't linked together.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "RelationConflict",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 409,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "ReferenceNotFoundError": {
        "type": "object",
        "description": "Error body of type `ReferenceNotFound`, sent with HTTP status 400. Document text: \"The provided resource reference is missing. This is usually caused when providing an invalid id inside the payload of a request.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "ReferenceNotFound",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "InvalidQueryError": {
        "type": "object",
        "description": "Error body of type `InvalidQuery`, sent with HTTP status 400. Document text: \"The provided query is invalid. This is usually caused when providing an invalid parameter for querying a resource.\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "InvalidQuery",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "RuntimeError": {
        "type": "object",
        "description": "Error body of type `Runtime`, sent with HTTP status 400. Document text: \"An error happened during the execution of a runtime (bot or integration).\"",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "const": "Runtime",
            "description": "Kind of error; the discriminator of the error unions."
          },
          "description": {
            "type": "string",
            "description": "Human-readable explanation (shown in the document's examples)."
          },
          "status": {
            "type": "integer",
            "const": 400,
            "description": "HTTP status code of the response (shown in the document's examples)."
          },
          "id": {
            "type": "string",
            "description": "Error id. Sent by the live API; not shown in the document."
          },
          "code": {
            "type": "integer",
            "description": "Numeric error code (the HTTP status). Sent by the live API; not shown in the document."
          },
          "message": {
            "type": "string",
            "description": "Human-readable message. Sent by the live API; not shown in the document."
          }
        }
      },
      "BadRequestErrorBody": {
        "description": "Any error body sent with HTTP status 400; discriminated on `type`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/InvalidPayloadError"
          },
          {
            "$ref": "#/components/schemas/InvalidJsonSchemaError"
          },
          {
            "$ref": "#/components/schemas/InvalidDataFormatError"
          },
          {
            "$ref": "#/components/schemas/InvalidIdentifierError"
          },
          {
            "$ref": "#/components/schemas/ReferenceNotFoundError"
          },
          {
            "$ref": "#/components/schemas/InvalidQueryError"
          },
          {
            "$ref": "#/components/schemas/RuntimeError"
          },
          {
            "$ref": "#/components/schemas/BreakingChangesError"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "InvalidPayload": "#/components/schemas/InvalidPayloadError",
            "InvalidJsonSchema": "#/components/schemas/InvalidJsonSchemaError",
            "InvalidDataFormat": "#/components/schemas/InvalidDataFormatError",
            "InvalidIdentifier": "#/components/schemas/InvalidIdentifierError",
            "ReferenceNotFound": "#/components/schemas/ReferenceNotFoundError",
            "InvalidQuery": "#/components/schemas/InvalidQueryError",
            "Runtime": "#/components/schemas/RuntimeError",
            "BreakingChanges": "#/components/schemas/BreakingChangesError"
          }
        }
      },
      "ForbiddenErrorBody": {
        "description": "Any error body sent with HTTP status 403; discriminated on `type`. `Forbidden` is the document's;\n`QuotaExceeded` is the vendor's (errors page and `@botpress/client`), added so the vendor's answer\npasses response validation.\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ForbiddenError"
          },
          {
            "$ref": "#/components/schemas/QuotaExceededError"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "Forbidden": "#/components/schemas/ForbiddenError",
            "QuotaExceeded": "#/components/schemas/QuotaExceededError"
          }
        }
      },
      "ConflictErrorBody": {
        "description": "Any error body sent with HTTP status 409; discriminated on `type`. `RelationConflict` is the\ndocument's; `ReferenceConstraint`, `ResourceLockedConflict` and `AlreadyExists` are the vendor's\n(errors page and `@botpress/client`).\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/RelationConflictError"
          },
          {
            "$ref": "#/components/schemas/ReferenceConstraintError"
          },
          {
            "$ref": "#/components/schemas/ResourceLockedConflictError"
          },
          {
            "$ref": "#/components/schemas/AlreadyExistsError"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "RelationConflict": "#/components/schemas/RelationConflictError",
            "ReferenceConstraint": "#/components/schemas/ReferenceConstraintError",
            "ResourceLockedConflict": "#/components/schemas/ResourceLockedConflictError",
            "AlreadyExists": "#/components/schemas/AlreadyExistsError"
          }
        }
      },
      "PayloadTooLargeErrorBody": {
        "description": "Any error body sent with HTTP status 413; discriminated on `type`. `PayloadTooLarge` is the\ndocument's; `LimitExceeded` is the vendor's (errors page and `@botpress/client`).\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/PayloadTooLargeError"
          },
          {
            "$ref": "#/components/schemas/LimitExceededError"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "PayloadTooLarge": "#/components/schemas/PayloadTooLargeError",
            "LimitExceeded": "#/components/schemas/LimitExceededError"
          }
        }
      },
      "ServerErrorBody": {
        "description": "Any error body sent with HTTP status 500; discriminated on `type`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/UnknownError"
          },
          {
            "$ref": "#/components/schemas/InternalError"
          }
        ],
        "discriminator": {
          "propertyName": "type",
          "mapping": {
            "Unknown": "#/components/schemas/UnknownError",
            "Internal": "#/components/schemas/InternalError"
          }
        }
      }
    },
    "requestBodies": {
      "DeleteBody": {
        "required": false,
        "description": "Optional, and empty when present. The reference documents no body for deletions; the vendor's own\nclient, `@botpress/client` (1.45, `dist/index.mjs`: each delete operation builds its request with\n`body: {}` and sends it as JSON), sends `{}` on every DELETE, and the live API accepts it. So an empty\nJSON object is accepted, and anything in it is refused.\n",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "maxProperties": 0
            },
            "examples": {
              "empty": {
                "summary": "What @botpress/client sends",
                "value": {}
              }
            }
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "HTTP 400: error of type `InvalidPayload`, `InvalidJsonSchema`, `InvalidDataFormat`, `InvalidIdentifier`, `ReferenceNotFound`, `InvalidQuery`, `Runtime` (document) or `BreakingChanges` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/BadRequestErrorBody"
            },
            "examples": {
              "InvalidPayload": {
                "summary": "InvalidPayload (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "InvalidPayload",
                  "description": "The request payload is invalid.",
                  "status": 400,
                  "id": "err_20240514092133x01A1B2C3",
                  "code": 400,
                  "message": "The request payload is invalid."
                }
              },
              "InvalidJsonSchema": {
                "summary": "InvalidJsonSchema (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "InvalidJsonSchema",
                  "description": "The provided JSON schema is invalid.",
                  "status": 400,
                  "id": "err_20240514092133x02A1B2C3",
                  "code": 400,
                  "message": "The provided JSON schema is invalid."
                }
              },
              "InvalidDataFormat": {
                "summary": "InvalidDataFormat (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "InvalidDataFormat",
                  "description": "The provided data doesn't respect the provided JSON schema.",
                  "status": 400,
                  "id": "err_20240514092133x03A1B2C3",
                  "code": 400,
                  "message": "The provided data doesn't respect the provided JSON schema."
                }
              },
              "InvalidIdentifier": {
                "summary": "InvalidIdentifier (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "InvalidIdentifier",
                  "description": "The provided identifier is not valid. An identifier must start with a lowercase letter, be between 2 and 100 characters long and use only alphanumeric characters.",
                  "status": 400,
                  "id": "err_20240514092133x04A1B2C3",
                  "code": 400,
                  "message": "The provided identifier is not valid. An identifier must start with a lowercase letter, be between 2 and 100 characters long and use only alphanumeric characters."
                }
              },
              "ReferenceNotFound": {
                "summary": "ReferenceNotFound (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "ReferenceNotFound",
                  "description": "The provided resource reference is missing. This is usually caused when providing an invalid id inside the payload of a request.",
                  "status": 400,
                  "id": "err_20240514092133x05A1B2C3",
                  "code": 400,
                  "message": "The provided resource reference is missing. This is usually caused when providing an invalid id inside the payload of a request."
                }
              },
              "InvalidQuery": {
                "summary": "InvalidQuery (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "InvalidQuery",
                  "description": "The provided query is invalid. This is usually caused when providing an invalid parameter for querying a resource.",
                  "status": 400,
                  "id": "err_20240514092133x06A1B2C3",
                  "code": 400,
                  "message": "The provided query is invalid. This is usually caused when providing an invalid parameter for querying a resource."
                }
              },
              "Runtime": {
                "summary": "Runtime (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "Runtime",
                  "description": "An error happened during the execution of a runtime (bot or integration).",
                  "status": 400,
                  "id": "err_20240514092133x07A1B2C3",
                  "code": 400,
                  "message": "An error happened during the execution of a runtime (bot or integration)."
                }
              },
              "BreakingChanges": {
                "summary": "BreakingChanges (vendor error type; description text assumed)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "BreakingChanges",
                  "description": "Breaking changes need a new version.",
                  "status": 400,
                  "id": "err_20240514092133x08A1B2C3",
                  "code": 400,
                  "message": "Breaking changes need a new version."
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "HTTP 401: error of type `Unauthorized`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnauthorizedError"
            },
            "examples": {
              "Unauthorized": {
                "summary": "Unauthorized (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "Unauthorized",
                  "description": "The request requires to be authenticated.",
                  "status": 401,
                  "id": "err_20240514092133x09A1B2C3",
                  "code": 401,
                  "message": "The request requires to be authenticated."
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "HTTP 403: error of type `Forbidden` (document) or `QuotaExceeded` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ForbiddenErrorBody"
            },
            "examples": {
              "Forbidden": {
                "summary": "Forbidden (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "Forbidden",
                  "description": "The requested action can't be peform by this resource.",
                  "status": 403,
                  "id": "err_20240514092133x0AA1B2C3",
                  "code": 403,
                  "message": "The requested action can't be peform by this resource."
                }
              },
              "QuotaExceeded": {
                "summary": "QuotaExceeded (vendor error type; description text assumed)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "QuotaExceeded",
                  "description": "Quota exceeded.",
                  "status": 403,
                  "id": "err_20240514092133x0BA1B2C3",
                  "code": 403,
                  "message": "Quota exceeded."
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "HTTP 404: error of type `ResourceNotFound`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ResourceNotFoundError"
            },
            "examples": {
              "ResourceNotFound": {
                "summary": "ResourceNotFound (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "ResourceNotFound",
                  "description": "The requested resource does not exist.",
                  "status": 404,
                  "id": "err_20240514092133x0CA1B2C3",
                  "code": 404,
                  "message": "The requested resource does not exist."
                }
              }
            }
          }
        }
      },
      "MethodNotFound": {
        "description": "HTTP 405: error of type `MethodNotFound`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/MethodNotFoundError"
            },
            "examples": {
              "MethodNotFound": {
                "summary": "MethodNotFound (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "MethodNotFound",
                  "description": "The requested method does not exist.",
                  "status": 405,
                  "id": "err_20240514092133x0DA1B2C3",
                  "code": 405,
                  "message": "The requested method does not exist."
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "HTTP 409: error of type `RelationConflict` (document) or `ReferenceConstraint`, `ResourceLockedConflict`, `AlreadyExists` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ConflictErrorBody"
            },
            "examples": {
              "RelationConflict": {
                "summary": "RelationConflict (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "RelationConflict",
                  "description": "The resource is not related with another resource. This is usually caused when providing two resources that aren't linked together.",
                  "status": 409,
                  "id": "err_20240514092133x0EA1B2C3",
                  "code": 409,
                  "message": "The resource is not related with another resource. This is usually caused when providing two resources that aren't linked together."
                }
              },
              "ReferenceConstraint": {
                "summary": "ReferenceConstraint (vendor error type; description text assumed)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "ReferenceConstraint",
                  "description": "The resource is still referenced.",
                  "status": 409,
                  "id": "err_20240514092133x0FA1B2C3",
                  "code": 409,
                  "message": "The resource is still referenced."
                }
              },
              "ResourceLockedConflict": {
                "summary": "ResourceLockedConflict (vendor error type; description text assumed)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "ResourceLockedConflict",
                  "description": "The resource is locked.",
                  "status": 409,
                  "id": "err_20240514092133x10A1B2C3",
                  "code": 409,
                  "message": "The resource is locked."
                }
              },
              "AlreadyExists": {
                "summary": "AlreadyExists (vendor error type; description text assumed)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "AlreadyExists",
                  "description": "The record exists already.",
                  "status": 409,
                  "id": "err_20240514092133x11A1B2C3",
                  "code": 409,
                  "message": "The record exists already."
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "HTTP 413: error of type `PayloadTooLarge` (document) or `LimitExceeded` (vendor reference https://botpress.com/docs/api-reference/errors and `@botpress/client` 1.45).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/PayloadTooLargeErrorBody"
            },
            "examples": {
              "PayloadTooLarge": {
                "summary": "PayloadTooLarge (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "PayloadTooLarge",
                  "description": "The request payload is too large.",
                  "status": 413,
                  "id": "err_20240514092133x12A1B2C3",
                  "code": 413,
                  "message": "The request payload is too large."
                }
              },
              "LimitExceeded": {
                "summary": "LimitExceeded (vendor error type; description text assumed)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "LimitExceeded",
                  "description": "Limit exceeded.",
                  "status": 413,
                  "id": "err_20240514092133x13A1B2C3",
                  "code": 413,
                  "message": "Limit exceeded."
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "HTTP 415: error of type `UnsupportedMediaType`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/UnsupportedMediaTypeError"
            },
            "examples": {
              "UnsupportedMediaType": {
                "summary": "UnsupportedMediaType (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "UnsupportedMediaType",
                  "description": "The request is invalid because the content-type is not supported.",
                  "status": 415,
                  "id": "err_20240514092133x14A1B2C3",
                  "code": 415,
                  "message": "The request is invalid because the content-type is not supported."
                }
              }
            }
          }
        }
      },
      "RateLimited": {
        "description": "HTTP 429: error of type `RateLimited`. The document does not mention rate limiting; the vendor reference\nhttps://botpress.com/docs/api-reference/ratelimiting says the API is protected by a sliding-window rate\nlimiter, that exceeding it gives `429 Too Many Requests` with a `{type, description, status}` body of\ntype `RateLimited`, and that every response carries `RateLimit-Limit`, `RateLimit-Remaining` and\n`RateLimit-Reset` (seconds) headers.\n",
        "headers": {
          "RateLimit-Limit": {
            "description": "Maximum number of requests in the current window (vendor reference, rate limiting page).",
            "schema": {
              "type": "integer"
            }
          },
          "RateLimit-Remaining": {
            "description": "Requests left in the current window (vendor reference, rate limiting page).",
            "schema": {
              "type": "integer"
            }
          },
          "RateLimit-Reset": {
            "description": "Seconds until the current window resets (vendor reference, rate limiting page).",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RateLimitedError"
            },
            "examples": {
              "RateLimited": {
                "summary": "RateLimited (vendor reference example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "RateLimited",
                  "description": "The request has been rate-limited.",
                  "status": 429,
                  "id": "err_20240514092133x15A1B2C3",
                  "code": 429,
                  "message": "The request has been rate-limited."
                }
              }
            }
          }
        }
      },
      "ServerError": {
        "description": "HTTP 500: error of type `Unknown`, `Internal`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ServerErrorBody"
            },
            "examples": {
              "Unknown": {
                "summary": "Unknown (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "Unknown",
                  "description": "An unknown error occurred",
                  "status": 500,
                  "id": "err_20240514092133x16A1B2C3",
                  "code": 500,
                  "message": "An unknown error occurred"
                }
              },
              "Internal": {
                "summary": "Internal (document example)",
                "description": "The document shows `type`, `description` and `status`; `id`, `code` and `message` are what the live API sends as well (the schema's fields of those names) and what @botpress/client 1.45 reads to raise its typed error (it needs `id`, `code`, `type` and `message`). `code` is the HTTP status and `message` the description (as the SDK's error classes pair them); the `id` value is assumed, in the SDK's `err_<timestamp>x<hex>` format.",
                "value": {
                  "type": "Internal",
                  "description": "An internal error occurred",
                  "status": 500,
                  "id": "err_20240514092133x17A1B2C3",
                  "code": 500,
                  "message": "An internal error occurred"
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "AuthenticateResponse": {
        "summary": "Document example (the expiry placeholder, not valid JSON in the reference, is filled in)",
        "value": {
          "token": "{ACCESS_TOKEN}",
          "expiresIn": 1735689600000
        }
      },
      "EmptyResponse": {
        "summary": "Success",
        "value": {}
      },
      "CreateUserRequest": {
        "summary": "User with one tag, delegated to an integration",
        "value": {
          "tags": {
            "crm:customerId": "C-1042"
          },
          "integrationName": "telegram"
        }
      },
      "UserResponse": {
        "summary": "A User",
        "value": {
          "user": {
            "id": "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6",
            "createdAt": "2024-05-14T09:21:33.412Z",
            "updatedAt": "2024-05-14T09:21:33.412Z",
            "tags": {
              "crm:customerId": "C-1042"
            }
          }
        }
      },
      "UserListResponse": {
        "summary": "A last page with one User",
        "value": {
          "users": [
            {
              "id": "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6",
              "createdAt": "2024-05-14T09:21:33.412Z",
              "updatedAt": "2024-05-14T09:21:33.412Z",
              "tags": {
                "crm:customerId": "C-1042"
              }
            }
          ],
          "meta": {}
        }
      },
      "CreateConversationRequest": {
        "summary": "Conversation on a channel",
        "value": {
          "channel": "channel",
          "tags": {
            "support:priority": "normal"
          },
          "integrationName": "telegram"
        }
      },
      "ConversationResponse": {
        "summary": "A Conversation",
        "value": {
          "conversation": {
            "id": "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0",
            "createdAt": "2024-05-14T09:22:01.005Z",
            "updatedAt": "2024-05-14T09:25:47.930Z",
            "channel": "channel",
            "integration": "telegram",
            "tags": {
              "support:priority": "normal"
            }
          }
        }
      },
      "ConversationListResponse": {
        "summary": "A page with one Conversation and more to come",
        "value": {
          "conversations": [
            {
              "id": "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0",
              "createdAt": "2024-05-14T09:22:01.005Z",
              "updatedAt": "2024-05-14T09:25:47.930Z",
              "channel": "channel",
              "integration": "telegram",
              "tags": {
                "support:priority": "normal"
              }
            }
          ],
          "meta": {
            "nextToken": "wwNgQn6tWNR/IHhKGHv/sg9zcIAGsxOk0TfmM+DdmcWkBZrXYjVvcfSZIZSs4ppCr/g="
          }
        }
      },
      "EventResponse": {
        "summary": "An Event",
        "value": {
          "event": {
            "id": "evt_01J0A3S8T0V2W4X6Y8Z0A2B4C6",
            "createdAt": "2024-05-14T09:30:00.000Z",
            "type": "reminder",
            "payload": {
              "orderId": "A-1001"
            }
          }
        }
      },
      "EventListResponse": {
        "summary": "A last page with one Event",
        "value": {
          "events": [
            {
              "id": "evt_01J0A3S8T0V2W4X6Y8Z0A2B4C6",
              "createdAt": "2024-05-14T09:30:00.000Z",
              "type": "reminder",
              "payload": {
                "orderId": "A-1001"
              }
            }
          ],
          "meta": {}
        }
      },
      "CreateMessageRequest": {
        "summary": "Text message",
        "value": {
          "type": "text",
          "payload": {
            "text": "Hello! How can I help you today?"
          },
          "userId": "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6",
          "conversationId": "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0",
          "tags": {}
        }
      },
      "MessageResponse": {
        "summary": "A Message",
        "value": {
          "message": {
            "id": "msg_01J0A3Q5R7S9T1V3W5X7Y9Z1A3",
            "createdAt": "2024-05-14T09:23:10.118Z",
            "type": "text",
            "payload": {
              "text": "Hello! How can I help you today?"
            },
            "direction": "outgoing",
            "userId": "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6",
            "conversationId": "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0",
            "tags": {}
          }
        }
      },
      "MessageListResponse": {
        "summary": "A last page with one Message",
        "value": {
          "messages": [
            {
              "id": "msg_01J0A3Q5R7S9T1V3W5X7Y9Z1A3",
              "createdAt": "2024-05-14T09:23:10.118Z",
              "type": "text",
              "payload": {
                "text": "Hello! How can I help you today?"
              },
              "direction": "outgoing",
              "userId": "user_01J0A3K7P9Q2R4S6T8V0W2X4Y6",
              "conversationId": "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0",
              "tags": {}
            }
          ],
          "meta": {}
        }
      },
      "FileResponse": {
        "summary": "A public File",
        "value": {
          "file": {
            "id": "file_01J0A3V1W3X5Y7Z9A1B3C5D7E9",
            "botId": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b",
            "name": "my-image.jpg",
            "accessType": "public",
            "createdAt": "2024-05-14T10:02:44.671Z",
            "size": 48213,
            "publicUrl": "https://files.botpress.cloud/6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b/my-image.jpg"
          }
        }
      },
      "FileListResponse": {
        "summary": "A last page with one private File",
        "value": {
          "files": [
            {
              "id": "file_01J0A3V1W3X5Y7Z9A1B3C5D7E9",
              "botId": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b",
              "name": "report.pdf",
              "accessType": "private",
              "createdAt": "2024-05-14T10:02:44.671Z",
              "size": 102400
            }
          ],
          "meta": {}
        }
      },
      "StateResponse": {
        "summary": "A conversation State",
        "value": {
          "state": {
            "id": "state_01J0A3X4Y6Z8A0B2C4D6E8F0G2",
            "createdAt": "2024-05-14T09:22:01.100Z",
            "updatedAt": "2024-05-14T09:40:12.503Z",
            "botId": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b",
            "conversationId": "conv_01J0A3M2N4P6Q8R0S2T4V6W8X0",
            "name": "session",
            "type": "conversation",
            "payload": {
              "step": "checkout",
              "cartItems": 2
            }
          }
        }
      },
      "BotResponse": {
        "summary": "A Bot",
        "value": {
          "bot": {
            "id": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b",
            "createdAt": "2024-05-10T15:00:00.000Z",
            "updatedAt": "2024-05-14T08:12:09.000Z",
            "signingSecret": "bp_sign_3c0f7a1e9d2b4c6a8e0f",
            "integrations": {},
            "states": {},
            "tags": {
              "team": "support"
            },
            "configuration": {},
            "events": {},
            "recurringEvents": {},
            "name": "support-bot",
            "deployedAt": "2024-05-14T08:12:09.000Z",
            "dev": false,
            "createdBy": "user_01HZZ1A2B3C4D5E6F7G8H9J0K1",
            "medias": []
          }
        }
      },
      "BotListResponse": {
        "summary": "A last page with one Bot",
        "value": {
          "bots": [
            {
              "id": "6d5e1b2a-3f4c-4e8d-9a0b-1c2d3e4f5a6b",
              "createdAt": "2024-05-10T15:00:00.000Z",
              "updatedAt": "2024-05-14T08:12:09.000Z",
              "signingSecret": "bp_sign_3c0f7a1e9d2b4c6a8e0f",
              "integrations": {},
              "states": {},
              "tags": {
                "team": "support"
              },
              "configuration": {},
              "events": {},
              "recurringEvents": {},
              "name": "support-bot",
              "dev": false,
              "medias": []
            }
          ],
          "meta": {}
        }
      },
      "LogsResponse": {
        "summary": "One log entry (entry attributes are not documented; illustrative)",
        "value": {
          "logs": [
            {
              "timestamp": "2024-05-14T09:23:10.200Z",
              "level": "info",
              "message": "Message handled"
            }
          ]
        }
      },
      "IntegrationResponse": {
        "summary": "An Integration",
        "value": {
          "integration": {
            "id": "intver_01J0A3Z7A9B1C3D5E7F9G1H3J5",
            "createdAt": "2024-04-02T12:00:00.000Z",
            "updatedAt": "2024-05-01T12:00:00.000Z",
            "name": "order-tracker",
            "version": "0.2.0",
            "channels": {},
            "configuration": {},
            "events": {},
            "actions": {},
            "user": {},
            "dev": false,
            "title": "Order Tracker",
            "description": "Look up order status from chat.",
            "iconUrl": "https://media.botpress.cloud/integrations/order-tracker/icon.svg",
            "readmeUrl": "https://media.botpress.cloud/integrations/order-tracker/readme.md"
          }
        }
      },
      "IntegrationListResponse": {
        "summary": "A last page with one Integration",
        "value": {
          "integrations": [
            {
              "id": "intver_01J0A3Z7A9B1C3D5E7F9G1H3J5",
              "createdAt": "2024-04-02T12:00:00.000Z",
              "updatedAt": "2024-05-01T12:00:00.000Z",
              "name": "order-tracker",
              "version": "0.2.0",
              "channels": {},
              "configuration": {},
              "events": {},
              "actions": {},
              "user": {},
              "dev": false,
              "title": "Order Tracker",
              "description": "Look up order status from chat.",
              "iconUrl": "https://media.botpress.cloud/integrations/order-tracker/icon.svg",
              "readmeUrl": "https://media.botpress.cloud/integrations/order-tracker/readme.md"
            }
          ],
          "meta": {}
        }
      }
    }
  }
};

export default document;
