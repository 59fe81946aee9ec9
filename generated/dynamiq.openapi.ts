// Generated from specs/dynamiq.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Dynamiq management API (connect requirements, conversations)",
    "version": "1.0.0",
    "description": "The part of Dynamiq's management API that lets an application's end user fulfil\nconnect requirements (link a Pipedream action-connector account, or start an OAuth2\nauthorization) and lists conversations.\n\nWritten from Dynamiq's public documentation. The document gives the path of the first\noperation only; the other two paths, the `List conversations` query parameters and the\nerror shape come from Dynamiq's public reference pages (see api-docs/README.md).\n",
    "license": {
      "name": "Proprietary (Dynamiq terms of service)",
      "url": "https://www.getdynamiq.ai/terms-of-service"
    }
  },
  "servers": [
    {
      "url": "https://api.getdynamiq.ai",
      "description": "Dynamiq management API"
    }
  ],
  "tags": [
    {
      "name": "Connect",
      "description": "End-user fulfilment of connect requirements, authenticated with a connect token."
    },
    {
      "name": "Conversations",
      "description": "Conversations of the caller, authenticated with an access key or personal access token."
    }
  ],
  "paths": {
    "/v1/connect/requirements/{requirement_id}/pipedream/authorize": {
      "post": {
        "operationId": "authorizePipedreamRequirement",
        "tags": [
          "Connect"
        ],
        "summary": "Start linking an action connector account",
        "description": "Starts the hosted flow that links an action connector account for a `pipedream_account`\nrequirement. Returns a connect URL, pre-targeted at the connector app declared in the\nrequirement's spec (for example `gmail`); redirect the end user there to authorize their\naccount. Once the account is linked, the requirement becomes `completed`. The request has\nno body.\n",
        "security": [
          {
            "connectToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequirementId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/AuthorizeUrl"
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
    "/v1/connect/requirements/{requirement_id}/oauth2/authorize": {
      "post": {
        "operationId": "authorizeOAuth2Requirement",
        "tags": [
          "Connect"
        ],
        "summary": "Start an OAuth2 authorization",
        "description": "Starts an OAuth2 authorization flow for a `connection` requirement whose connection type\nis OAuth2-based with a configured provider (Google, GitHub, Dropbox, Box, Notion, or\nMicrosoft). Creates a pending end-user connection and returns the provider's authorization\nURL; redirect the end user there to grant consent. The request has no body.\n\nThe document shows no examples for this operation; its success and error shapes are the\nsame as the first operation's (api-docs/README.md), so the examples are written in kind.\n",
        "security": [
          {
            "connectToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RequirementId"
          }
        ],
        "responses": {
          "200": {
            "description": "The provider's authorization URL.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthorizeUrlResponse"
                },
                "examples": {
                  "google": {
                    "summary": "Google consent screen",
                    "value": {
                      "data": {
                        "url": "https://accounts.google.com/o/oauth2/v2/auth?client_id=dynamiq&response_type=code&state=st_4b1d"
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
    "/v1/conversations": {
      "get": {
        "operationId": "listConversations",
        "tags": [
          "Conversations"
        ],
        "summary": "List conversations",
        "description": "Lists the caller's conversations, most recently created first by default. Page-numbered:\n`page` is 1-based and `pagination.page_count` tells how many pages there are.\n\nThe document names this operation but shows neither a conversation object nor its\nerrors. The conversation schema keeps the fields every Dynamiq resource carries (`id`,\ntimestamps) plus the app and title, and stays open to more. Errors: 400 for a bad query,\n401 without a valid key, 403 when the key may not read the app's conversations.\n",
        "security": [
          {
            "accessKey": []
          }
        ],
        "parameters": [
          {
            "name": "app_id",
            "in": "query",
            "required": false,
            "description": "Only conversations of this app. An app id; no format is documented (the example is a\nUUID, but the id is not constrained to one).\n",
            "schema": {
              "type": "string"
            },
            "example": "2f0c6a8e-9d7b-4e0a-8f55-3b1c2d4e5f60"
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number, 1-based (reference pages, api-docs/README.md). Default 1 is assumed,\nbecause the first page is 1.\n",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            }
          },
          {
            "name": "page_size",
            "in": "query",
            "required": false,
            "description": "Conversations per page. Neither the document nor the reference pages give a default or\na maximum, so none is declared; at least 1 is assumed, because a page of 0 is no page.\n",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "name": "sort",
            "in": "query",
            "required": false,
            "description": "`-created_at` (most recent first, the default) or `created_at` (both values and the\ndefault: reference pages, api-docs/README.md).\n",
            "schema": {
              "type": "string",
              "enum": [
                "created_at",
                "-created_at"
              ],
              "default": "-created_at"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of conversations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "First page of two",
                    "value": {
                      "data": [
                        {
                          "id": "7d7b3c1e-5a8f-4c2b-9e61-0f4a2b3c4d5e",
                          "app_id": "2f0c6a8e-9d7b-4e0a-8f55-3b1c2d4e5f60",
                          "title": "Quarterly report questions",
                          "created_at": "2026-11-20T09:15:00Z",
                          "updated_at": "2026-11-20T09:21:44Z"
                        },
                        {
                          "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                          "app_id": "2f0c6a8e-9d7b-4e0a-8f55-3b1c2d4e5f60",
                          "title": null,
                          "created_at": "2026-11-19T17:02:10Z",
                          "updated_at": "2026-11-19T17:02:10Z"
                        }
                      ],
                      "pagination": {
                        "page": 1,
                        "page_size": 2,
                        "page_count": 2,
                        "total_count": 3
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
    }
  },
  "components": {
    "securitySchemes": {
      "connectToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "Short-lived connect token identifying a single end user of a single app, created with\n`POST /v1/connect/tokens` on the deployed app's hostname and valid for 24 hours. Accepted\nonly by the `/v1/connect/*` requirement-fulfilment endpoints. Sent as\n`Authorization: Bearer <connect-token>`.\n"
      },
      "accessKey": {
        "type": "http",
        "scheme": "bearer",
        "description": "An access key or personal access token, sent as `Authorization: Bearer <key>`."
      }
    },
    "parameters": {
      "RequirementId": {
        "name": "requirement_id",
        "in": "path",
        "required": true,
        "description": "Requirement UUID.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "497f6eca-6276-4993-bfeb-53cbbbba6f08"
      }
    },
    "responses": {
      "AuthorizeUrl": {
        "description": "The connect URL to redirect the end user to.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AuthorizeUrlResponse"
            },
            "examples": {
              "gmail": {
                "summary": "Documented example",
                "value": {
                  "data": {
                    "url": "https://pipedream.com/_static/connect.html?token=ctok_9f3a7c1e&connect_link=true&app=gmail"
                  }
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "The request is malformed or the requirement is not in a state that allows this.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "blankInput": {
                "summary": "Documented example",
                "value": {
                  "error": {
                    "code": "bad_request",
                    "message": "Bad Request",
                    "details": {
                      "input": "cannot be blank"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing, expired or wrong-kind credentials.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "unauthorized": {
                "summary": "Documented example",
                "value": {
                  "error": {
                    "code": "unauthorized",
                    "message": "Unauthorized"
                  }
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The credentials are valid but may not access this resource.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "forbidden": {
                "summary": "Written in the documented error shape",
                "value": {
                  "error": {
                    "code": "forbidden",
                    "message": "Forbidden"
                  }
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No requirement with this id is visible to the caller.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "examples": {
              "notFound": {
                "summary": "Documented example",
                "value": {
                  "error": {
                    "code": "not_found",
                    "message": "Not Found"
                  }
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "AuthorizeUrlResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "object",
            "required": [
              "url"
            ],
            "properties": {
              "url": {
                "type": "string",
                "format": "uri",
                "description": "Where to redirect the end user."
              }
            }
          }
        }
      },
      "Conversation": {
        "type": "object",
        "description": "A conversation with a deployed app. The document shows no conversation object: these\nfields are assumed (the ones every Dynamiq resource carries, plus the app and title), and\n`id`/`created_at` are required (assumed, because every resource has them). Open: fields\nbeyond these may be present.\n",
        "required": [
          "id",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "app_id": {
            "type": "string"
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "description": "Null until the conversation has been titled."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ConversationList": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Conversation"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/PagePagination"
          }
        }
      },
      "PagePagination": {
        "type": "object",
        "description": "The four keys come from the reference pages (api-docs/README.md); no bounds are documented.",
        "required": [
          "page",
          "page_size",
          "page_count",
          "total_count"
        ],
        "properties": {
          "page": {
            "type": "integer"
          },
          "page_size": {
            "type": "integer"
          },
          "page_count": {
            "type": "integer"
          },
          "total_count": {
            "type": "integer"
          }
        }
      },
      "ErrorResponse": {
        "type": "object",
        "description": "The error envelope every Dynamiq endpoint uses (document examples). `code` values:\n`bad_request`, `unauthorized` and `not_found` are the document's; `forbidden` is assumed\nfor 403 (written in the documented shape). The list is kept closed so a client can switch\nover it; a new code shows up as drift in response validation.\n",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "code",
              "message"
            ],
            "properties": {
              "code": {
                "type": "string",
                "enum": [
                  "bad_request",
                  "unauthorized",
                  "forbidden",
                  "not_found"
                ]
              },
              "message": {
                "type": "string"
              },
              "details": {
                "type": "object",
                "description": "Per-field messages, when the error concerns the input.",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }
  }
};

export default document;
