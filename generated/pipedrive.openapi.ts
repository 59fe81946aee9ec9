// Generated from specs/pipedrive.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Pipedrive Channels API",
    "version": "1.0.0",
    "description": "Channels API of the Pipedrive Messaging app extension: register a messaging channel,\npush messages into Pipedrive's Messaging inbox, and delete channels and conversations.\nAccessible only with an OAuth token that has the Messengers integration scope, together\nwith a Messaging manifest.\n\nThe document describes every success response only as \"OK\" and shows no error body.\nThis spec gives success responses Pipedrive's usual envelope (`success` plus `data`) with\nthe fields the endpoint echoes back, and errors Pipedrive's usual error body\n(`success: false`, `error`, `error_info`); each choice is noted where it is made.\n",
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
        "tags": [
          "Channels"
        ],
        "summary": "Add a channel",
        "description": "Adds a new messaging channel; only admins are able to register new channels. Pipedrive\nthen uses the integration's getConversations endpoint to fetch conversations,\nparticipants and messages.\n\nSuccess body: the document says only \"OK\"; the channel as stored is returned in\nPipedrive's `success`/`data` envelope. 403 is returned to a non-admin caller.\n",
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
          }
        }
      }
    },
    "/v1/channels/messages/receive": {
      "post": {
        "operationId": "receiveMessage",
        "tags": [
          "Channels"
        ],
        "summary": "Receives an incoming message",
        "description": "Adds a message to a conversation.\n\nSuccess body: the document says only \"OK\"; the stored message is returned in the\n`success`/`data` envelope. `created_at` and `reply_by` are documented both as\n`date-time` and as \"YYYY-MM-DD HH:MM\" in UTC; the schema accepts both spellings\n(a space or `T`, optional seconds and zone) rather than reject either documented form.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/Message"
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
          }
        }
      }
    },
    "/v1/channels/{id}": {
      "delete": {
        "operationId": "deleteChannel",
        "tags": [
          "Channels"
        ],
        "summary": "Delete a channel",
        "description": "Deletes an existing messenger's channel and all related entities (conversations and\nmessages). Success body: the document says only \"OK\"; Pipedrive answers deletions\nwith `{\"success\": true}`.\n",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The ID of the channel provided by the integration.",
            "schema": {
              "type": "string",
              "minLength": 1
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
          }
        }
      }
    },
    "/v1/channels/{channel-id}/conversations/{conversation-id}": {
      "delete": {
        "operationId": "deleteConversation",
        "tags": [
          "Channels"
        ],
        "summary": "Delete a conversation",
        "description": "Deletes an existing conversation. Success body: the document says only \"OK\"; Pipedrive\nanswers deletions with `{\"success\": true}`. The path parameters keep the document's\nhyphenated names.\n",
        "parameters": [
          {
            "name": "channel-id",
            "in": "path",
            "required": true,
            "description": "The ID of the channel provided by the integration.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "wa-5551234"
          },
          {
            "name": "conversation-id",
            "in": "path",
            "required": true,
            "description": "The ID of the conversation provided by the integration.",
            "schema": {
              "type": "string",
              "minLength": 1
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
        "description": "The body failed validation. The document shows no error body; Pipedrive's usual error\nbody is assumed.\n",
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
                  "data": null,
                  "additional_data": null
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
                  "errorCode": 401,
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
                  "errorCode": 403,
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
                  "errorCode": 404,
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
            "minLength": 1,
            "description": "The name of the channel."
          },
          "provider_channel_id": {
            "type": "string",
            "minLength": 1,
            "description": "The channel ID."
          },
          "avatar_url": {
            "type": "string",
            "format": "uri",
            "description": "The URL for an icon that represents your channel."
          },
          "template_support": {
            "type": "boolean",
            "default": false,
            "description": "If true, enables templates logic on UI. Requires the getTemplates endpoint implemented."
          },
          "provider_type": {
            "type": "string",
            "enum": [
              "other"
            ],
            "default": "other",
            "description": "It controls the icons (like the icon next to the conversation)."
          }
        }
      },
      "Channel": {
        "type": "object",
        "description": "A registered channel as Pipedrive stores it.",
        "required": [
          "id",
          "name",
          "provider_channel_id"
        ],
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
            "format": "uri"
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
            "format": "date-time"
          },
          "provider_type": {
            "type": "string",
            "enum": [
              "other"
            ]
          },
          "template_support": {
            "type": "boolean"
          }
        }
      },
      "ChannelResponse": {
        "type": "object",
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
        "description": "A file attached to a message. The document lists `attachments` as an array without\ndescribing its items; these are the fields a Pipedrive message attachment carries.\n",
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
            "type": "integer",
            "minimum": 0
          },
          "url": {
            "type": "string",
            "format": "uri"
          },
          "preview_url": {
            "type": "string",
            "format": "uri"
          },
          "link_expires": {
            "type": "boolean"
          }
        }
      },
      "Message": {
        "type": "object",
        "description": "A message exactly as the integration submits it; the response echoes the same fields.\nClosed (`additionalProperties: false`) so a misspelled field is refused, not dropped.\n",
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
            "minLength": 1,
            "description": "The ID of the message."
          },
          "channel_id": {
            "type": "string",
            "minLength": 1,
            "description": "The channel ID as in the provider."
          },
          "sender_id": {
            "type": "string",
            "minLength": 1,
            "description": "The ID of the provider's user that sent the message."
          },
          "conversation_id": {
            "type": "string",
            "minLength": 1,
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
            "description": "A URL that can open the conversation in the provider's side."
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
        "required": [
          "success",
          "data"
        ],
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
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean"
          }
        }
      },
      "ErrorResponse": {
        "type": "object",
        "description": "Pipedrive's error body (assumed; the document shows none).",
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
          "errorCode": {
            "type": "integer"
          },
          "error_info": {
            "type": "string"
          },
          "data": {
            "type": "null"
          },
          "additional_data": {
            "type": "null"
          }
        }
      }
    }
  }
};

export default document;
