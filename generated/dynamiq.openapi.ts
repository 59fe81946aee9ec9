// Generated from specs/dynamiq.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Dynamiq management API (connect requirements, conversations)",
    "version": "1.0.0",
    "description": "The part of Dynamiq's management API that lets an application's end user fulfil\nconnect requirements (link a Pipedream action-connector account, or start an OAuth2\nauthorization) and lists conversations.\n\nWritten from Dynamiq's public documentation. The document gives the path of the first\noperation only; the other two paths, the `List conversations` query parameters and the\nerror shape come from Dynamiq's public reference pages (see api-docs/README.md).\n\nSources, in order: the document (api-docs/dynamiq-connect-requirements.txt and\napi-docs/README.md), then the vendor's own reference pages, then assumptions (marked\n\"assumed, because ...\"). Vendor reference pages consulted:\n- List conversations, https://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations\n- Start linking an action connector account, https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementActionConnector\n- Start an OAuth2 authorization, https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementOAuth2\n- Create a connect token, https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/createConnectToken (the connect token's issuer)\n",
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
        "externalDocs": {
          "description": "The vendor's reference page of this operation, as listed in info.description.",
          "url": "https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementActionConnector"
        },
        "tags": [
          "Connect"
        ],
        "summary": "Start linking an action connector account",
        "description": "Starts the hosted flow that links an action connector account for a `pipedream_account`\nrequirement. Returns a connect URL, pre-targeted at the connector app declared in the\nrequirement's spec (for example `gmail`); redirect the end user there to authorize their\naccount. Once the account is linked, the requirement becomes `completed`. The request has\nno body. Path, auth and the four answers (200, 400, 401, 404) are the document's; the vendor\nreference\nhttps://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementActionConnector\nshows the same.\n",
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
        "externalDocs": {
          "description": "The vendor's reference page of this operation, as listed in info.description.",
          "url": "https://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementOAuth2"
        },
        "tags": [
          "Connect"
        ],
        "summary": "Start an OAuth2 authorization",
        "description": "Starts an OAuth2 authorization flow for a `connection` requirement whose connection type\nis OAuth2-based with a configured provider (Google, GitHub, Dropbox, Box, Notion, or\nMicrosoft). Creates a pending end-user connection and returns the provider's authorization\nURL; redirect the end user there to grant consent. The request has no body.\n\nThe document shows no examples for this operation; its success and error shapes are the\nsame as the first operation's (api-docs/README.md), so the examples are written in kind.\nThe vendor reference\nhttps://docs.getdynamiq.ai/docs/api-reference/end-user-requirements/authorizeConnectRequirementOAuth2\nconfirms the path, the connect-token bearer auth, the string `requirement_id` (\"Requirement\nUUID\"), and the four answers (200 `{\"data\":{\"url\":...}}`, 400, 401, 404 in the error shape).\n",
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
        "externalDocs": {
          "description": "The vendor's reference page of this operation, as listed in info.description.",
          "url": "https://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations"
        },
        "tags": [
          "Conversations"
        ],
        "summary": "List conversations",
        "description": "Lists the caller's conversations, most recently created first by default. Page-numbered:\n`page` is 1-based and `pagination.page_count` tells how many pages there are.\n\nThe document names this operation but shows neither a conversation object nor its\nerrors. The conversation fields follow the vendor reference\nhttps://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations\n(its example object), and the schema stays open to more. Errors: that page lists 200 and\n401 only. 400 (a bad query) and 403 (the key may not read these conversations) are kept,\nassumed, because api-docs/README.md names `bad_request` and `forbidden` among the error\ncodes of every endpoint.\n",
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
            "description": "Only conversations of this app. The vendor reference (List conversations page) calls it\nan \"app UUID\" but declares a plain string, so no format is declared and the mock accepts\nany string.\n",
            "schema": {
              "type": "string"
            },
            "example": "2f0c6a8e-9d7b-4e0a-8f55-3b1c2d4e5f60"
          },
          {
            "name": "model_id",
            "in": "query",
            "required": false,
            "description": "Only conversations of this hosted conversation model. Not in the document; declared by\nthe vendor reference (List conversations page: \"Filter by conversation model UUID\", a\nplain string, so no format is declared).\n",
            "schema": {
              "type": "string"
            },
            "example": "f8ff2fb8-4acc-4e48-bd83-cbdac23e1224"
          },
          {
            "name": "org_id",
            "in": "query",
            "required": false,
            "description": "Only conversations of this organization. Not in the document; declared by the vendor\nreference (List conversations page: \"Filter by organization UUID\", a plain string, so no\nformat is declared).\n",
            "schema": {
              "type": "string"
            },
            "example": "a40f5d1f-d889-42e9-94ea-b9b33585fc6b"
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number, 1-based (api-docs/README.md; the List conversations page agrees: \"Page\nnumber (1-based)\"), hence minimum 1. Default 1 is assumed, because the first page is 1;\nno page states a default.\n",
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
            "description": "Conversations per page. Neither the document nor the List conversations page (an\ninteger, \"Number of items per page\") gives a default or a maximum, so none is declared;\nat least 1 is assumed, because a page of 0 is no page.\n",
            "schema": {
              "type": "integer",
              "minimum": 1
            }
          },
          {
            "name": "sort",
            "in": "query",
            "required": false,
            "description": "`-created_at` (most recent first, the default) or `created_at` (both values and the\ndefault: api-docs/README.md, the first source, so the list stays closed). The vendor\nreference (List conversations page) describes `sort` more broadly, as comma-separated\nfields, each optionally prefixed with `-` for descending (its example is\n`-started_at`); the mock refuses those other values.\n",
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
                          "app_id": null,
                          "model_id": "f8ff2fb8-4acc-4e48-bd83-cbdac23e1224",
                          "model": {
                            "id": "f8ff2fb8-4acc-4e48-bd83-cbdac23e1224",
                            "name": "Support assistant",
                            "slug": "support-assistant",
                            "provider": "openai"
                          },
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
        "description": "An access key or personal access token (api-docs/README.md), sent as\n`Authorization: Bearer <key>` (List conversations page: an organization or project Access\nKey created in the Dynamiq console).\n"
      }
    },
    "parameters": {
      "RequirementId": {
        "name": "requirement_id",
        "in": "path",
        "required": true,
        "description": "Requirement UUID. The `uuid` format comes from the document (\"Requirement UUID\"); the\nvendor reference pages say the same in words and declare a string.\n",
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
                "description": "Where to redirect the end user: a URL (document: \"Returns a connect URL\"; the\nOAuth2 operation \"returns the provider's authorization URL\", vendor reference), hence\nthe `uri` format. `data` and `url` are required: every example on the document and\nthe reference pages has them.\n"
              }
            }
          }
        }
      },
      "Conversation": {
        "type": "object",
        "description": "A conversation with a deployed app or a hosted conversation model. The document shows no\nconversation object; the fields are those of the example object on the vendor reference\nhttps://docs.getdynamiq.ai/docs/api-reference/conversations/listConversations\n(ids there are UUIDs, but no format is declared, so any string is accepted). Which fields are\nalways present is not shown: `id`/`created_at` are required (assumed, because every\nresource has them), the rest optional. Open: fields beyond these may be present.\n",
        "required": [
          "id",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "description": "The page's example is a string; null is also accepted (assumed, because a new conversation may have no title yet)."
          },
          "app_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The deployed app. A conversation is bound to an app or to a model, exactly one of the two\n(vendor reference, the Create a conversation operation in the same Conversations section); null is accepted for the other one\n(assumed).\n"
          },
          "model_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The hosted conversation model (see `app_id`)."
          },
          "user_id": {
            "type": "string"
          },
          "org_id": {
            "type": "string"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "Date-time (the page's example is `2019-08-24T14:15:22Z`)."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "Date-time (as `created_at`)."
          },
          "sandbox_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "A string on the page; null is also accepted (assumed)."
          },
          "app": {
            "type": [
              "object",
              "null"
            ],
            "description": "Summary of the app (`id`, `name`, `description` on the page); null when bound to a model (assumed).",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          },
          "model": {
            "type": [
              "object",
              "null"
            ],
            "description": "Summary of the model (`id`, `name`, `slug`, `provider` on the page); null when bound to an app (assumed).",
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "slug": {
                "type": "string"
              },
              "provider": {
                "type": "string"
              }
            }
          }
        }
      },
      "ConversationList": {
        "type": "object",
        "description": "`data` and `pagination`, both required: api-docs/README.md gives the response as `{\"data\":[...], \"pagination\":{...}}`, and the List conversations page shows the same.",
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
        "description": "The four keys come from api-docs/README.md and the List conversations page (all integers\nthere; all four in every example, hence required); no bounds are documented, so none are\ndeclared.\n",
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
        "description": "The error envelope every Dynamiq endpoint uses (document examples; the vendor reference\npages show the same). `code` values: the four api-docs/README.md names (`bad_request`,\n`unauthorized`, `forbidden`, `not_found`); the document's and the pages' examples show all\nbut `forbidden`, whose status (403) is assumed. The list is kept closed so a client can\nswitch over it; a new code shows up as drift in response validation. `error`, `code` and\n`message` are required: every example on the document and the pages has them.\n",
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
                ],
                "description": "`bad_request`, `unauthorized` and `not_found` as the document's examples show; `forbidden` from\napi-docs/README (\"code one of bad_request, unauthorized, forbidden, not_found\"). Closed, so a\nclient can switch over it; a new code shows up as response-validation drift.\n"
              },
              "message": {
                "type": "string"
              },
              "details": {
                "type": "object",
                "description": "Per-field messages, when the error concerns the input (string values, as in the document's example `{\"input\":\"cannot be blank\"}`).",
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
