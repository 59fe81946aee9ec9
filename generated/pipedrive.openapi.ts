// Generated from specs/pipedrive.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Pipedrive Channels API",
    "version": "1.0.0",
    "description": "Channels API of the Pipedrive Messaging app extension: register a messaging channel,\npush messages into Pipedrive's Messaging inbox, and delete channels and conversations.\nAccessible only with an OAuth token that has the Messengers integration scope, together\nwith a Messaging manifest.\n\nThe document describes every success response only as \"OK\" and shows no error body.\nThis spec gives success responses Pipedrive's usual envelope (`success` plus `data`) with\nthe fields the endpoint echoes back, and errors Pipedrive's usual error body\n(`success: false`, `error`, `error_info`, `additional_data`); each choice is noted where it is made.\n\nSecond source: where the document is silent, the spec follows Pipedrive's own SDK, the npm\npackage `pipedrive` (33.x, `versions/v1/api/channels-api` and its `models`): the HTTP\nmethods (the document gives none: POST for add/receive, DELETE for the two deletions), the\nresponse envelopes, the error body and the `provider_type` values. Response schemas are open\nto properties they do not declare; request bodies are closed.\n\nVendor reference pages (checked where the document is silent):\nhttps://developers.pipedrive.com/docs/api/v1/Channels (methods POST/POST/DELETE/DELETE, the\n`provider_type` values `facebook`, `whatsapp`, `other`, the add-channel answer `{success, data}`,\n\"Deprecated endpoint\" and a rate-limit cost of 10 tokens on add channel) and\nhttps://pipedrive.readme.io/docs/core-api-concepts-rate-limiting (HTTP 429 when the rate limit is\nexceeded). All four operations are marked deprecated: the Channels reference page labels add channel\n\"Deprecated endpoint\", and the vendor SDK (`pipedrive` 33.7, `ChannelsApi`) marks all four\n`@deprecated`. They still work; the spec keeps them, flagged.\n",
    "license": {
      "name": "Proprietary (Pipedrive terms of service)",
      "url": "https://www.pipedrive.com/en/terms-of-service"
    }
  },
  "servers": [
    {
      "url": "https://api.pipedrive.com",
      "description": "Pipedrive API"
    }
  ],
  "security": [
    {
      "oauth2": [
        "messengers-integration"
      ]
    }
  ],
  "tags": [
    {
      "name": "Channels",
      "description": "Messaging channels, their conversations and messages."
    }
  ],
  "paths": {
    "/v1/channels": {
      "post": {
        "operationId": "addChannel",
        "deprecated": true,
        "tags": [
          "Channels"
        ],
        "summary": "Add a channel",
        "description": "Adds a new messaging channel; only admins are able to register new channels. Pipedrive\nthen uses the integration's getConversations endpoint to fetch conversations,\nparticipants and messages.\n\nMethod: the document gives none; POST is what the vendor SDK's `ChannelsApi.addChannel`\nsends. Success body: the document says only \"OK\"; the vendor SDK reads the channel as\nstored in a `success`/`data` envelope (`AddChannelResponse`). 403 is returned to a\nnon-admin caller (document: \"only admins are able to register new channels\"; the vendor\nSDK has an `AddChannelForbiddenErrorResponse`).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AddChannelRequest"
              },
              "examples": {
                "whatsapp": {
                  "summary": "A channel with an icon and template support",
                  "value": {
                    "name": "Acme WhatsApp",
                    "provider_channel_id": "wa-5551234",
                    "avatar_url": "https://cdn.example.com/acme-whatsapp.png",
                    "template_support": true,
                    "provider_type": "other"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The channel was registered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChannelResponse"
                },
                "examples": {
                  "added": {
                    "summary": "The registered channel",
                    "value": {
                      "success": true,
                      "data": {
                        "id": "8f0c7d7e-3c1a-4b8e-9d5f-2a6b7c8d9e0f",
                        "name": "Acme WhatsApp",
                        "avatar_url": "https://cdn.example.com/acme-whatsapp.png",
                        "provider_channel_id": "wa-5551234",
                        "marketplace_client_id": "1a2b3c4d5e6f7a8b",
                        "pd_company_id": 1234567,
                        "pd_user_id": 7654321,
                        "created_at": "2026-11-20T10:30:00.000Z",
                        "provider_type": "other",
                        "template_support": true
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
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/v1/channels/messages/receive": {
      "post": {
        "operationId": "receiveMessage",
        "deprecated": true,
        "tags": [
          "Channels"
        ],
        "summary": "Receives an incoming message",
        "description": "Adds a message to a conversation.\n\nMethod: the document gives none; POST is what the vendor SDK's\n`ChannelsApi.receiveMessage` sends. Success body: the document says only \"OK\"; the vendor\nSDK reads the stored message in a `success`/`data` envelope\n(`GetReceiveMessageSuccessResponse`, both keys optional). `created_at` and `reply_by` are documented both as\n`date-time` and as \"YYYY-MM-DD HH:MM\" in UTC; the schema accepts both spellings\n(a space or `T`, optional seconds and zone) rather than reject either documented form.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MessageInput"
              },
              "examples": {
                "delivered": {
                  "summary": "A delivered message with one attachment",
                  "value": {
                    "id": "msg-0001",
                    "channel_id": "wa-5551234",
                    "sender_id": "wa-user-42",
                    "conversation_id": "conv-77",
                    "message": "Hello, is my order on its way?",
                    "status": "delivered",
                    "created_at": "2026-11-20 10:31",
                    "reply_by": "2026-11-21 10:31",
                    "conversation_link": "https://chat.example.com/conversations/conv-77",
                    "attachments": [
                      {
                        "id": "att-1",
                        "type": "image/png",
                        "name": "receipt.png",
                        "size": 20480,
                        "url": "https://cdn.example.com/att-1.png"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The message was added to the conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MessageResponse"
                },
                "examples": {
                  "received": {
                    "summary": "The stored message",
                    "value": {
                      "success": true,
                      "data": {
                        "id": "msg-0001",
                        "channel_id": "wa-5551234",
                        "sender_id": "wa-user-42",
                        "conversation_id": "conv-77",
                        "message": "Hello, is my order on its way?",
                        "status": "delivered",
                        "created_at": "2026-11-20 10:31",
                        "reply_by": "2026-11-21 10:31",
                        "conversation_link": "https://chat.example.com/conversations/conv-77",
                        "attachments": [
                          {
                            "id": "att-1",
                            "type": "image/png",
                            "name": "receipt.png",
                            "size": 20480,
                            "url": "https://cdn.example.com/att-1.png"
                          }
                        ]
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/v1/channels/{id}": {
      "delete": {
        "operationId": "deleteChannel",
        "deprecated": true,
        "tags": [
          "Channels"
        ],
        "summary": "Delete a channel",
        "description": "Deletes an existing messenger's channel and all related entities (conversations and\nmessages). Method: the document gives none; DELETE is what the vendor SDK's\n`ChannelsApi.deleteChannel` sends. Success body: the document says only \"OK\"; the vendor\nSDK reads `{\"success\": true}` (`DeleteChannel200Response`, `success` optional). Error statuses:\n401 as on every operation (OAuth scope); 403 and 404 are assumed, because the vendor SDK has\nforbidden and not-found error models for deleting a conversation and neither the document nor the\nreference page shown here lists the errors of this deletion; 429 from the rate limiting page.\n",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The ID of the channel provided by the integration.",
            "schema": {
              "type": "string"
            },
            "example": "wa-5551234"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Deleted"
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
          }
        }
      }
    },
    "/v1/channels/{channel-id}/conversations/{conversation-id}": {
      "delete": {
        "operationId": "deleteConversation",
        "deprecated": true,
        "tags": [
          "Channels"
        ],
        "summary": "Delete a conversation",
        "description": "Deletes an existing conversation. Method: the document gives none; DELETE is what the\nvendor SDK's `ChannelsApi.deleteConversation` sends. Success body: the document says only\n\"OK\"; the vendor SDK reads `{\"success\": true}` (`DeleteChannel200Response`). The path\nparameters keep the document's hyphenated names (as the vendor SDK's path does). 403 and 404:\nthe vendor SDK's `DeleteConversationForbiddenErrorResponse` and\n`DeleteConversationNotFoundErrorResponse`; 429 from the rate limiting page.\n",
        "parameters": [
          {
            "name": "channel-id",
            "in": "path",
            "required": true,
            "description": "The ID of the channel provided by the integration.",
            "schema": {
              "type": "string"
            },
            "example": "wa-5551234"
          },
          {
            "name": "conversation-id",
            "in": "path",
            "required": true,
            "description": "The ID of the conversation provided by the integration.",
            "schema": {
              "type": "string"
            },
            "example": "conv-77"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Deleted"
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
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "oauth2": {
        "type": "oauth2",
        "description": "OAuth 2 access token of an app with the Messengers integration scope, sent as\n`Authorization: Bearer <token>`.\n",
        "flows": {
          "authorizationCode": {
            "authorizationUrl": "https://oauth.pipedrive.com/oauth/authorize",
            "tokenUrl": "https://oauth.pipedrive.com/oauth/token",
            "refreshUrl": "https://oauth.pipedrive.com/oauth/token",
            "scopes": {
              "messengers-integration": "Manage Messaging app extension channels and messages."
            }
          }
        }
      }
    },
    "responses": {
      "Deleted": {
        "description": "Deleted.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/DeleteResponse"
            },
            "examples": {
              "deleted": {
                "summary": "Deletion acknowledged",
                "value": {
                  "success": true
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "The body failed validation. The document shows no error body; the vendor SDK reads\n`success`, `error`, `error_info` and `additional_data.code`\n(`AddChannelBadRequestResponse`, `ReceiveMessageBadRequestErrorResponse`).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "missingField": {
                "summary": "A required field is missing",
                "value": {
                  "success": false,
                  "error": "Validation failed: provider_channel_id is required",
                  "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API.",
                  "additional_data": {
                    "code": "ERR_SCHEMA_VALIDATION_FAILED"
                  }
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No valid OAuth token, or the token lacks the Messengers integration scope.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "unauthorized": {
                "summary": "Missing or invalid token",
                "value": {
                  "success": false,
                  "error": "unauthorized access",
                  "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API."
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The user may not manage channels (only admins may register them).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "notAdmin": {
                "summary": "The user is not an admin",
                "value": {
                  "success": false,
                  "error": "Only admins are able to register new channels",
                  "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API."
                }
              }
            }
          }
        }
      },
      "RateLimited": {
        "description": "Too many requests. The document is silent; the vendor reference\nhttps://pipedrive.readme.io/docs/core-api-concepts-rate-limiting says a request over the rate limit\nis refused with HTTP 429 \"Too Many Requests\" and a JSON body that starts with `success`; the rest\nof the body is assumed to be Pipedrive's usual error body (`ErrorResponse`). The same page names\nthe `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` headers on every answer.\n",
        "headers": {
          "x-ratelimit-limit": {
            "description": "Requests the token may make per window (vendor reference, rate limiting page).",
            "schema": {
              "type": "integer"
            }
          },
          "x-ratelimit-remaining": {
            "description": "Requests left in the window (vendor reference, rate limiting page).",
            "schema": {
              "type": "integer"
            }
          },
          "x-ratelimit-reset": {
            "description": "Time left before the window resets (vendor reference, rate limiting page).",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "rateLimited": {
                "summary": "Over the rate limit",
                "value": {
                  "success": false,
                  "error": "Request over limit",
                  "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API."
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No channel or conversation with this ID belongs to the integration.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown channel",
                "value": {
                  "success": false,
                  "error": "Channel not found",
                  "error_info": "Please check developers.pipedrive.com for more information about Pipedrive API."
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "ProviderDateTime": {
        "type": "string",
        "description": "UTC date and time, documented as \"YYYY-MM-DD HH:MM\"; ISO 8601 with `T` is accepted too.",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?$"
      },
      "ProviderType": {
        "type": "string",
        "enum": [
          "facebook",
          "whatsapp",
          "other"
        ],
        "default": "other",
        "description": "It controls the icons (like the icon next to the conversation). Default `other` (document).\nThe document lists only `other`; the vendor reference page\n(https://developers.pipedrive.com/docs/api/v1/Channels) lists `facebook`, `whatsapp` and `other`,\nas does the vendor SDK (`AddChannelRequestProviderTypeConst`), so all three are accepted.\n"
      },
      "AddChannelRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "provider_channel_id"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The name of the channel."
          },
          "provider_channel_id": {
            "type": "string",
            "description": "The channel ID."
          },
          "avatar_url": {
            "type": "string",
            "format": "uri",
            "description": "The URL for an icon that represents your channel (uri format from the document's \"Format url\")."
          },
          "template_support": {
            "type": "boolean",
            "description": "If true, enables templates logic on UI. Requires the getTemplates endpoint implemented.\nNo default is documented (neither the document nor the vendor SDK states one).\n"
          },
          "provider_type": {
            "$ref": "#/components/schemas/ProviderType"
          }
        }
      },
      "Channel": {
        "type": "object",
        "description": "A registered channel as Pipedrive stores it. Fields from the vendor SDK\n(`AddChannelResponseData`), where every field is optional, so none is required here.\n",
        "properties": {
          "id": {
            "type": "string",
            "description": "The unique channel ID used internally by Pipedrive."
          },
          "name": {
            "type": "string"
          },
          "avatar_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "No format is declared on the answer: the document's \"Format url\" is given for the request\nfield only, and the vendor SDK types the echoed value as a plain string. `null` is assumed\n(a channel registered without an icon).\n"
          },
          "provider_channel_id": {
            "type": "string",
            "description": "The channel ID given when the channel was created."
          },
          "marketplace_client_id": {
            "type": "string",
            "description": "The client_id of the app in the Pipedrive marketplace."
          },
          "pd_company_id": {
            "type": "integer"
          },
          "pd_user_id": {
            "type": "integer"
          },
          "created_at": {
            "type": "string",
            "description": "When the channel was created. No format is declared: the npm SDK (`pipedrive` 33.7) types it\nas a plain string and the document does not describe the answer, so a value in another\nspelling still passes response validation.\n"
          },
          "provider_type": {
            "$ref": "#/components/schemas/ProviderType"
          },
          "template_support": {
            "type": "boolean"
          }
        }
      },
      "ChannelResponse": {
        "type": "object",
        "description": "Envelope of the add-channel answer. `success` and `data` are required: the vendor SDK\n(`pipedrive` 33.7, `AddChannelResponse`) requires both and the reference page\n(https://developers.pipedrive.com/docs/api/v1/Channels) shows the answer as `success: true` with a\n`data` object. Every field inside `data` stays optional: neither the SDK's\n`AddChannelResponseData` nor the reference page marks any of them required, so the spec does not\npromise one (a client reads `data.id` as possibly undefined).\n",
        "required": [
          "success",
          "data"
        ],
        "properties": {
          "success": {
            "type": "boolean"
          },
          "data": {
            "$ref": "#/components/schemas/Channel"
          }
        }
      },
      "Attachment": {
        "type": "object",
        "description": "A file attached to a message. The document lists `attachments` as an array without\ndescribing its items; the fields and the required ones (`id`, `type`, `url`) are the\nvendor SDK's (`ReceiveMessageRequestAttachmentsInner`).\n",
        "required": [
          "id",
          "type",
          "url"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "description": "MIME type of the file."
          },
          "name": {
            "type": "string"
          },
          "size": {
            "type": "integer"
          },
          "url": {
            "type": "string",
            "description": "No format is declared (neither the document nor the vendor SDK gives one)."
          },
          "preview_url": {
            "type": "string",
            "description": "No format is declared (neither the document nor the vendor SDK gives one)."
          },
          "link_expires": {
            "type": "boolean"
          }
        }
      },
      "MessageInput": {
        "type": "object",
        "description": "A message as the integration submits it (fields and required ones: document, and the\nvendor SDK's `ReceiveMessageRequest`). Closed (`additionalProperties: false`) so a\nmisspelled field is refused, not dropped.\n",
        "additionalProperties": false,
        "required": [
          "id",
          "channel_id",
          "sender_id",
          "conversation_id",
          "message",
          "status",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The ID of the message."
          },
          "channel_id": {
            "type": "string",
            "description": "The channel ID as in the provider."
          },
          "sender_id": {
            "type": "string",
            "description": "The ID of the provider's user that sent the message."
          },
          "conversation_id": {
            "type": "string",
            "description": "The ID of the conversation."
          },
          "message": {
            "type": "string",
            "description": "The body of the message."
          },
          "status": {
            "type": "string",
            "enum": [
              "sent",
              "delivered",
              "read",
              "failed"
            ],
            "description": "The status of the message."
          },
          "created_at": {
            "$ref": "#/components/schemas/ProviderDateTime"
          },
          "reply_by": {
            "$ref": "#/components/schemas/ProviderDateTime"
          },
          "conversation_link": {
            "type": "string",
            "format": "uri",
            "description": "A URL that can open the conversation in the provider's side (uri format from the document's \"Format url\")."
          },
          "attachments": {
            "type": "array",
            "description": "The list of attachments available in the message.",
            "items": {
              "$ref": "#/components/schemas/Attachment"
            }
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "The stored message as Pipedrive echoes it back (vendor SDK:\n`GetReceiveMessageSuccessResponse.data` is a `ReceiveMessageRequest`). Open, unlike the\nrequest body: Pipedrive may add fields, and an addition is not a breakage.\n",
        "required": [
          "id",
          "channel_id",
          "sender_id",
          "conversation_id",
          "message",
          "status",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The ID of the message."
          },
          "channel_id": {
            "type": "string",
            "description": "The channel ID as in the provider."
          },
          "sender_id": {
            "type": "string",
            "description": "The ID of the provider's user that sent the message."
          },
          "conversation_id": {
            "type": "string",
            "description": "The ID of the conversation."
          },
          "message": {
            "type": "string",
            "description": "The body of the message."
          },
          "status": {
            "type": "string",
            "enum": [
              "sent",
              "delivered",
              "read",
              "failed"
            ],
            "description": "The status of the message."
          },
          "created_at": {
            "$ref": "#/components/schemas/ProviderDateTime"
          },
          "reply_by": {
            "$ref": "#/components/schemas/ProviderDateTime"
          },
          "conversation_link": {
            "type": "string",
            "format": "uri",
            "description": "A URL that can open the conversation in the provider's side (uri format from the document's \"Format url\")."
          },
          "attachments": {
            "type": "array",
            "description": "The list of attachments available in the message.",
            "items": {
              "$ref": "#/components/schemas/Attachment"
            }
          }
        }
      },
      "MessageResponse": {
        "type": "object",
        "description": "Envelope read by the vendor SDK (`GetReceiveMessageSuccessResponse`), where both keys are optional;\nthe reference page says only \"OK\", so nothing is promised beyond the SDK.\n",
        "properties": {
          "success": {
            "type": "boolean"
          },
          "data": {
            "$ref": "#/components/schemas/Message"
          }
        }
      },
      "DeleteResponse": {
        "type": "object",
        "description": "Vendor SDK `DeleteChannel200Response` (`success` optional); the reference page says only \"OK\",\nso `success` stays optional.\n",
        "properties": {
          "success": {
            "type": "boolean"
          }
        }
      },
      "ErrorResponse": {
        "type": "object",
        "description": "Pipedrive's error body. The document shows none; the fields are the vendor SDK's error\nmodels (`AddChannelBadRequestResponse`, `AddChannelForbiddenErrorResponse`,\n`ReceiveMessageBadRequestErrorResponse`), where every field is optional. `success` and\n`error` are required here (assumed, because every Pipedrive error body carries the flag\nand a message; the client's typed errors read `error`). `success` is `false` in every error\nbody Pipedrive shows (vendor changelog\nhttps://developers.pipedrive.com/changelog/post/new-error-message-and-code-for-post-deals-and-custom-fields-endpoints),\nhence `const: false`.\n",
        "required": [
          "success",
          "error"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": false
          },
          "error": {
            "type": "string",
            "description": "What went wrong."
          },
          "error_info": {
            "type": "string"
          },
          "additional_data": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "code": {
                "type": "string"
              }
            }
          }
        }
      }
    }
  }
};

export default document;
