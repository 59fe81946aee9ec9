// Generated from specs/patchworks.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Patchworks Core API, flow callbacks",
    "version": "1.0.0",
    "description": "Callbacks of Patchworks process flows: list, create, update and delete the callback\ntriggers of a flow.\n\nSources, in order: the document (api-docs/patchworks-flow-callbacks.txt), then the vendor's\nown reference pages, then assumptions (marked \"assumed, because ...\").\nVendor reference pages consulted:\n- Flow Callbacks, https://doc.wearepatchworks.com/product-documentation/api-reference/flow-triggers/flow-callbacks\n  (embeds the vendor's OpenAPI 3.0 for these four operations: security, paths, 200 responses).\n- Packages, https://doc.wearepatchworks.com/product-documentation/api-reference/virtual-environments-and-packages/packages\n  (the same vendor OpenAPI: its paginated operation's `page`/`per_page` parameters and error statuses).\n- Trigger shape (callback), https://doc.wearepatchworks.com/product-documentation/process-flows/building-process-flows/process-flow-shapes/standard-shapes/trigger-shape/trigger-shape-callback\n  (callback formats and the callback URL form).\n- Common fields, https://doc.wearepatchworks.com/product-documentation/api-reference/common-fields\n  (pagination is per endpoint: \"check the documentation for the particular endpoint\").\n- Patchworks Core API collection, https://postman.wearepatchworks.com/view/metadata/2sB3HjLfyM\n  (requests should send `Content-Type` and `Accept: application/json`).\n\nWhere neither the document nor those pages speak, this spec fills the gap as follows:\n- The `status` values (`active`/`inactive`) are assumed: the document and the Flow Callbacks\n  page declare `status` as an enum but list no values. The `format` values follow the trigger\n  shape page (JSON, XML, TXT).\n- Success bodies are described only as \"Successful response\"; list, create and update are\n  assumed to return the callback(s) in a `data` envelope, the list with `links`/`meta`\n  pagination (the vendor's own OpenAPI names `PaginationMeta`/`PaginationLinks` schemas and\n  uses `data`/`meta`/`links` for its list responses; their keys here are Laravel's, assumed).\n- Neither the document nor the Flow Callbacks page declares an error response (the page lists\n  only 200). The spec gives the ones a Laravel API sends, assumed: 401\n  `{\"message\":\"Unauthenticated.\"}` (the vendor's other operations list 401 \"Unauthenticated\"),\n  404 `{\"message\":...}` and, for create/update, 422 with `message` plus per-field `errors`\n  (the document points to \"the response for any extra requirements\").\n",
    "license": {
      "name": "Proprietary (Patchworks terms)",
      "url": "https://www.wearepatchworks.com/terms"
    }
  },
  "servers": [
    {
      "url": "https://core.wearepatchworks.com",
      "description": "Patchworks Core API"
    }
  ],
  "security": [
    {
      "apiKey": []
    }
  ],
  "tags": [
    {
      "name": "Flow Callbacks",
      "description": "Callback triggers of a process flow."
    }
  ],
  "paths": {
    "/api/v1/flows/{flow}/callbacks": {
      "parameters": [
        {
          "$ref": "#/components/parameters/Flow"
        }
      ],
      "get": {
        "operationId": "listFlowCallbacks",
        "tags": [
          "Flow Callbacks"
        ],
        "summary": "List Flow Callbacks",
        "description": "Retrieves a paginated list of callbacks for a specific flow.",
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Page number, 1-based. Neither the document nor the Flow Callbacks page declares query\nparameters for this operation (the page calls the list \"paginated\"). The name, minimum 1\nand default 1 follow the vendor's own paginated operations (vendor reference\nhttps://doc.wearepatchworks.com/product-documentation/api-reference/virtual-environments-and-packages/packages:\n`page`, integer, minimum 1, default 1).\n",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            }
          },
          {
            "name": "per_page",
            "in": "query",
            "required": false,
            "description": "Callbacks per page. Not declared for this operation by the document or the Flow Callbacks\npage; the name and minimum 1 follow the vendor's own paginated operations (vendor reference\nhttps://doc.wearepatchworks.com/product-documentation/api-reference/virtual-environments-and-packages/packages:\n`per_page`, integer, minimum 1, maximum 100, no default). Default 15 is assumed, because it\nis Laravel's default page size (Patchworks Core is a Laravel application) and no vendor page\nstates one. No maximum is declared here, because none is stated for this operation: the\nmock accepts more, but a client should not count on more than 100 (the cap the vendor\ndeclares on its other paginated operations).\n",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 15
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Successful response (status 200 and JSON body from the document and the Flow Callbacks page).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FlowCallbackList"
                },
                "examples": {
                  "onePage": {
                    "summary": "A flow with two callbacks",
                    "value": {
                      "data": [
                        {
                          "id": 101,
                          "flow_id": 42,
                          "status": "active",
                          "format": "json",
                          "url": "https://callbacks.wearepatchworks.com/api/v1/docs_demo/01jgkwkgz5evxh253168hvevkb?patchworks_signature=ev863ew015vjhd56vg1kh2df675jh53gh12ekzkxgk1kvc8x0evwv",
                          "created_at": "2026-11-01T08:00:00.000000Z",
                          "updated_at": "2026-11-02T09:30:00.000000Z"
                        },
                        {
                          "id": 102,
                          "flow_id": 42,
                          "status": "inactive",
                          "format": "txt",
                          "url": "https://callbacks.wearepatchworks.com/api/v1/docs_demo/01k678es5y21ref5rgzszd6yvw?patchworks_signature=9ne4gh16n123h5z9ytmmgyt12gd6td9ehs0cf1krr5g8atsg84h5",
                          "created_at": "2026-11-03T12:00:00.000000Z",
                          "updated_at": "2026-11-03T12:00:00.000000Z"
                        }
                      ],
                      "links": {
                        "first": "https://core.wearepatchworks.com/api/v1/flows/42/callbacks?page=1",
                        "last": "https://core.wearepatchworks.com/api/v1/flows/42/callbacks?page=1",
                        "prev": null,
                        "next": null
                      },
                      "meta": {
                        "current_page": 1,
                        "from": 1,
                        "last_page": 1,
                        "path": "https://core.wearepatchworks.com/api/v1/flows/42/callbacks",
                        "per_page": 15,
                        "to": 2,
                        "total": 2
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "createFlowCallback",
        "tags": [
          "Flow Callbacks"
        ],
        "summary": "Create Flow Callback",
        "description": "Creates a new callback trigger for a specific flow. Both body fields are optional\n(document; the Flow Callbacks page agrees), so the body itself is optional too; more\ndetailed validation may apply depending on the data sent, reported as 422 (assumed status,\nLaravel's). Success is 200 (document and Flow Callbacks page), not 201.\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FlowCallbackInput"
              },
              "examples": {
                "jsonActive": {
                  "summary": "An active JSON callback",
                  "value": {
                    "status": "active",
                    "format": "json"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/FlowCallback"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          }
        }
      }
    },
    "/api/v1/flows/{flow}/callbacks/{callback}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/Flow"
        },
        {
          "$ref": "#/components/parameters/Callback"
        }
      ],
      "put": {
        "operationId": "updateFlowCallback",
        "tags": [
          "Flow Callbacks"
        ],
        "summary": "Update Flow Callback",
        "description": "Updates an existing callback for a specific flow. Both body fields are optional\n(document; the Flow Callbacks page agrees), so the body itself is optional too. Success is\n200 (document and Flow Callbacks page).\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FlowCallbackInput"
              },
              "examples": {
                "deactivate": {
                  "summary": "Switch a callback off",
                  "value": {
                    "status": "inactive"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/FlowCallback"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          }
        }
      },
      "delete": {
        "operationId": "deleteFlowCallback",
        "tags": [
          "Flow Callbacks"
        ],
        "summary": "Delete Flow Callback",
        "description": "Permanently deletes a specific callback for a specific flow. Success is 200 with a JSON\nbody whose only property, `message`, is an optional string (document and Flow Callbacks\npage); no 204.\n",
        "responses": {
          "200": {
            "description": "Successful response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeleteResult"
                },
                "examples": {
                  "deleted": {
                    "summary": "Deleted",
                    "value": {
                      "message": "Callback deleted successfully."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
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
      "apiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "The raw API key in the Authorization header, with no `Bearer` prefix:\n`Authorization: <api-key>` (document; api-docs/README.md). This is what the client sends.\nThe vendor's own OpenAPI also accepts `Authorization: Bearer <jwt>`, a JWT obtained from\n`POST /fabric/api/login` (vendor reference\nhttps://doc.wearepatchworks.com/product-documentation/api-reference/flow-triggers/flow-callbacks:\nsecurity ApiKeyAuth OR BearerAuth). That alternative is not declared as a second scheme: it\ntravels in the same `Authorization` header, which this scheme already lets through (so the\nmock accepts a bearer token too), and the client and `contract:live` authenticate with the\nAPI key only (a second scheme would need its own credential variable).\n"
      }
    },
    "parameters": {
      "Flow": {
        "name": "flow",
        "in": "path",
        "required": true,
        "description": "The flow identifier. A string with no format, as in the document and the Flow Callbacks page (ids in responses are numeric, but the path is not constrained to digits).",
        "schema": {
          "type": "string"
        },
        "example": "42"
      },
      "Callback": {
        "name": "callback",
        "in": "path",
        "required": true,
        "description": "The callback identifier. A string with no format, as in the document and the Flow Callbacks page (see `flow`).",
        "schema": {
          "type": "string"
        },
        "example": "101"
      }
    },
    "responses": {
      "FlowCallback": {
        "description": "Successful response",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/FlowCallbackResponse"
            },
            "examples": {
              "callback": {
                "summary": "The stored callback",
                "value": {
                  "data": {
                    "id": 101,
                    "flow_id": 42,
                    "status": "active",
                    "format": "json",
                    "url": "https://callbacks.wearepatchworks.com/api/v1/docs_demo/01jgkwkgz5evxh253168hvevkb?patchworks_signature=ev863ew015vjhd56vg1kh2df675jh53gh12ekzkxgk1kvc8x0evwv",
                    "created_at": "2026-11-01T08:00:00.000000Z",
                    "updated_at": "2026-11-01T08:00:00.000000Z"
                  }
                }
              }
            }
          }
        }
      },
      "Unauthenticated": {
        "description": "The API key or token is missing or invalid. Assumed status and body (Laravel's default):\nneither the document nor the Flow Callbacks page declares it; the vendor's other operations\nlist 401 \"Unauthenticated\" (Packages page).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorMessage"
            },
            "examples": {
              "unauthenticated": {
                "summary": "No or wrong API key",
                "value": {
                  "message": "Unauthenticated."
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No flow or callback with this identifier is visible to the key. Assumed status and body (Laravel's); no vendor page declares it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorMessage"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown flow or callback",
                "value": {
                  "message": "No query results for model [Flow] 999."
                }
              }
            }
          }
        }
      },
      "ValidationFailed": {
        "description": "The body failed the server's validation rules. Assumed status and body (Laravel's validation response); the document only says to \"see the response for any extra requirements\".",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationError"
            },
            "examples": {
              "invalidStatus": {
                "summary": "An unknown status",
                "value": {
                  "message": "The selected status is invalid.",
                  "errors": {
                    "status": [
                      "The selected status is invalid."
                    ]
                  }
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "CallbackStatus": {
        "type": "string",
        "enum": [
          "active",
          "inactive"
        ],
        "description": "Whether the callback trigger runs its flow. The document and the Flow Callbacks page declare\nan enum but list no values; `active`/`inactive` are assumed, because a callback trigger is\neither on or off (to revisit against a live response). A value outside them is refused by\nthe mock.\n"
      },
      "CallbackFormat": {
        "type": "string",
        "enum": [
          "json",
          "xml",
          "txt"
        ],
        "description": "Payload format the callback accepts and answers with (it sets the `content-type` of\ncallback responses; payloads are not validated against it). Values from the vendor reference\nhttps://doc.wearepatchworks.com/product-documentation/process-flows/building-process-flows/process-flow-shapes/standard-shapes/trigger-shape/trigger-shape-callback:\n\"Available formats are: JSON, XML, TXT\", JSON by default. The lowercase spelling is assumed,\nbecause the vendor's own OpenAPI spells its flow formats in lowercase (`json`, `txt`, `xml`).\n"
      },
      "FlowCallbackInput": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "status": {
            "$ref": "#/components/schemas/CallbackStatus"
          },
          "format": {
            "$ref": "#/components/schemas/CallbackFormat"
          }
        }
      },
      "FlowCallback": {
        "type": "object",
        "description": "A callback trigger. Neither the document nor the Flow Callbacks page shows the object, so\nits fields are assumed; it stays open to more. `id`, `flow_id`, `status` and `format` are\nrequired (assumed, because every stored callback has an id, belongs to the flow in its\npath, and carries the two settings the create/update body sets). The vendor's own schemas\nin the same reference mark no property required; a callback without one of these four\nwould show up as response-validation drift.\n",
        "required": [
          "id",
          "flow_id",
          "status",
          "format"
        ],
        "properties": {
          "id": {
            "type": "integer",
            "description": "Integer, as the vendor's own OpenAPI types the `id` of its flows (Flow Callbacks page)."
          },
          "flow_id": {
            "type": "integer"
          },
          "status": {
            "$ref": "#/components/schemas/CallbackStatus"
          },
          "format": {
            "$ref": "#/components/schemas/CallbackFormat"
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "The address that triggers the flow: an absolute URL of the form\n`https://callbacks.wearepatchworks.com/api/v1/{company}/{callback_id}?patchworks_signature=...`\n(vendor reference: the trigger shape (callback) page, see `CallbackFormat`). The property\nname is assumed.\n"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "Date-time, as the vendor's own OpenAPI declares `created_at` on its flows (Flow Callbacks page)."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "Date-time, as the vendor's own OpenAPI declares `updated_at` on its flows (Flow Callbacks page)."
          }
        }
      },
      "FlowCallbackResponse": {
        "type": "object",
        "description": "The stored callback in a `data` envelope (assumed, like the vendor's list responses' `data`; required because the envelope is the whole answer).",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/FlowCallback"
          }
        }
      },
      "FlowCallbackList": {
        "type": "object",
        "description": "One page of callbacks. `data`, `meta` and `links` are the keys the vendor's own OpenAPI uses\nfor its list responses (Flow Callbacks page: `data`, `meta: PaginationMeta`,\n`links: PaginationLinks`); the keys inside `meta` and `links` are Laravel's paginator's,\nassumed. `data` and `meta` are required (assumed, because the paginator always sends them\nand the client's pagination reads `meta.last_page`).\n",
        "required": [
          "data",
          "meta"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FlowCallback"
            }
          },
          "links": {
            "type": "object",
            "properties": {
              "first": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "last": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "prev": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "next": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          },
          "meta": {
            "type": "object",
            "description": "Laravel's paginator keys (assumed); the four required ones are those it always sends. The\nbounds are Laravel's too (assumed): pages count from 1, the last page is at least 1 even\nfor an empty list, a page holds at least one item, and the total is never negative.\n",
            "required": [
              "current_page",
              "last_page",
              "per_page",
              "total"
            ],
            "properties": {
              "current_page": {
                "type": "integer",
                "minimum": 1
              },
              "from": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "last_page": {
                "type": "integer",
                "minimum": 1
              },
              "path": {
                "type": "string"
              },
              "per_page": {
                "type": "integer",
                "minimum": 1
              },
              "to": {
                "type": [
                  "integer",
                  "null"
                ]
              },
              "total": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        }
      },
      "DeleteResult": {
        "type": "object",
        "description": "An optional `message` string (document and Flow Callbacks page).",
        "properties": {
          "message": {
            "type": "string"
          }
        }
      },
      "ErrorMessage": {
        "type": "object",
        "description": "Laravel's error body (assumed); `message` is required because Laravel always sends it.",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string"
          }
        }
      },
      "ValidationError": {
        "type": "object",
        "description": "Laravel's validation body (assumed); `message` and per-field `errors` are required because Laravel always sends both.",
        "required": [
          "message",
          "errors"
        ],
        "properties": {
          "message": {
            "type": "string"
          },
          "errors": {
            "type": "object",
            "additionalProperties": {
              "type": "array",
              "items": {
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
