// Generated from specs/patchworks.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Patchworks Core API, flow callbacks",
    "version": "1.0.0",
    "description": "Callbacks of Patchworks process flows: list, create, update and delete the callback\ntriggers of a flow.\n\nThe document leaves several things out, and this spec fills them as follows:\n- The `status` and `format` enums are named but their values are not listed. The values\n  here (`active`/`inactive`, `json`/`xml`) are the states and payload formats a Patchworks\n  callback trigger offers; they are an assumption to revisit against a live response.\n- Success bodies are described only as \"Successful response\"; list, create and update\n  return the callback(s) in a `data` envelope, the list with Laravel-style `links`/`meta`\n  pagination (Patchworks Core is a Laravel application), accepting the usual `page` and\n  `per_page` query parameters.\n- No error responses are documented. The spec gives the ones a Laravel API sends:\n  401 `{\"message\":\"Unauthenticated.\"}`, 404 `{\"message\":...}` and, for create/update,\n  422 with `message` plus per-field `errors` (the document points to \"the response for\n  any extra requirements\").\n",
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
            "description": "Page number, 1-based (Laravel pagination; not in the document; default 1 assumed, because the first page is 1).",
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
            "description": "Callbacks per page (Laravel pagination; not in the document). Default 15 is assumed,\nbecause it is Laravel's default page size; no maximum is documented, so none is declared.\n",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 15
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Successful response",
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
                          "url": "https://core.wearepatchworks.com/api/v1/flows/42/callbacks/101/trigger",
                          "created_at": "2026-11-01T08:00:00.000000Z",
                          "updated_at": "2026-11-02T09:30:00.000000Z"
                        },
                        {
                          "id": 102,
                          "flow_id": 42,
                          "status": "inactive",
                          "format": "xml",
                          "url": "https://core.wearepatchworks.com/api/v1/flows/42/callbacks/102/trigger",
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
        "description": "Creates a new callback trigger for a specific flow. Both body fields are optional\n(document), so the body itself is optional too; more detailed validation may apply\ndepending on the data sent, reported as 422.\n",
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
        "description": "Updates an existing callback for a specific flow. Both body fields are optional\n(document), so the body itself is optional too.\n",
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
        "description": "Permanently deletes a specific callback for a specific flow.",
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
        "description": "The raw API key in the Authorization header, with no `Bearer` prefix: `Authorization: <api-key>`."
      }
    },
    "parameters": {
      "Flow": {
        "name": "flow",
        "in": "path",
        "required": true,
        "description": "The flow identifier. The document gives no format (ids in responses are numeric, but the path is not constrained to digits).",
        "schema": {
          "type": "string"
        },
        "example": "42"
      },
      "Callback": {
        "name": "callback",
        "in": "path",
        "required": true,
        "description": "The callback identifier. The document gives no format (see `flow`).",
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
                    "url": "https://core.wearepatchworks.com/api/v1/flows/42/callbacks/101/trigger",
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
        "description": "The API key is missing or invalid (Laravel's default body).",
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
        "description": "No flow or callback with this identifier is visible to the key.",
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
        "description": "The body failed the server's validation rules (Laravel's validation body).",
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
        "description": "Whether the callback trigger runs its flow (values assumed; see info)."
      },
      "CallbackFormat": {
        "type": "string",
        "enum": [
          "json",
          "xml"
        ],
        "description": "Payload format the callback accepts (values assumed; see info)."
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
        "required": [
          "id",
          "flow_id",
          "status",
          "format"
        ],
        "properties": {
          "id": {
            "type": "integer"
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
            "description": "The address that triggers the flow."
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
      "FlowCallbackResponse": {
        "type": "object",
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
        "properties": {
          "message": {
            "type": "string"
          }
        }
      },
      "ErrorMessage": {
        "type": "object",
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
