// Generated from specs/pipedream.yaml by scripts/generate.ts (npm run generate). Do not edit.
// Typed loosely on purpose: src/core reads it as data, and a literal type this size slows tsc.
const document: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Pipedream REST API",
    "version": "v1",
    "description": "The Pipedream REST API v1: connected accounts, apps, components, event sources and their\nevents, subscriptions, webhooks, workflows, workspaces and the current user, plus the OAuth\nclient-credentials token endpoints.\n\nWritten by hand from Pipedream's public REST API documentation. Where that document is\ninconsistent or silent, this spec makes the smallest correct choice and says so in the\n`description` of the affected operation, parameter or schema. Summary of the document-wide\nchoices:\n\n- Paths are relative to the server URL `https://api.pipedream.com/v1`. The document writes some\n  paths with a trailing slash (`GET /accounts/`, `POST /sources/`), one with the `/v1` prefix\n  (`GET /v1/workspaces/<org_id>`) and several with `<param>` placeholders; here they are written\n  without the trailing slash, without `/v1`, and with `{param}` templates.\n- Errors: the document only says (section \"Errors\") \"Codes in the 4xxrange indicate an error\n  that failed (e.g., a required parameter was omitted)\" and \"Codes in the 5xxrange indicate an\n  error with Pipedream's server\", and shows no error body. Every operation declares `400` (bad\n  input; the document names no number, so 400 is assumed, because it is the conventional status\n  for an omitted or malformed parameter), `401`, and `500` (the document's 5xx range; 500 is\n  declared as its representative); every operation that addresses one resource by ID also\n  declares `404`. `401` and `404` are assumed too. The body is the `Error` schema (see there).\n  Every operation also declares `429` (rate limited), which the document does not mention:\n  @pipedream/sdk 3.1.6 handles a `429` on its calls as a distinct error (see `TooManyRequests`).\n- Every value the document does not state (a default, a bound, a pattern, an enum, a status, a\n  required flag) is either absent or explained in the `description` where it is set, with its\n  source: \"document: <quote>\" or \"assumed, because ...\". The `required` lists of response\n  schemas name only fields that every document example of that object shows (source: the\n  document's examples), never one an example lacks, so a body shaped like the document's\n  examples always validates; several require fewer, and say why where it matters.\n  Response objects are open (no `additionalProperties: false`), because Pipedream may add\n  fields. Request bodies are closed, to catch a misspelt field, except for the fields the\n  document says every POST body may carry (`include`, `exclude`, `org_id`) and the `scope` that\n  @pipedream/sdk 3.1.6 sends in the token body.\n- Common parameters (`include`, `exclude`, `org_id`) and cursor pagination (`limit`, `after`,\n  `before`; responses carry `page_info` and `data`) are defined once under\n  `components.parameters` / `components.schemas`. The document says the common parameters \"can\n  be passed to any endpoint. They can be included as query string params for GET requests, or\n  in the body of the payload of POST requests\", so every GET operation takes `include` and\n  `exclude` in its query and every POST body takes all three. `org_id` is declared in the query\n  of the list and create operations and of `getWorkflow` (its example sends it), not on the\n  operations that fetch one resource by ID, where the document says \"you should not need to\n  pass org_id\". Pagination is referenced by the list operations. The document says the\n  pagination parameters, too, \"can be included [...] in the body of the payload of POST\n  requests\"; no POST operation here returns a list, so no POST body declares `limit`, `after`\n  or `before` (assumed, because a POST that returns one object has nothing to page).\n- Success statuses: `deleteSourceEvents` answers `202` (document: \"you'll receive a 202\n  Accepted HTTP status code\"). The document shows the other operations' example responses\n  without a status line; `200` is assumed for all of them, because the examples are the\n  ordinary successful answers (the vendor's SDK, `@pipedream/sdk` 3.1.6, accepts any 2xx).\n- Second source: `@pipedream/sdk` 3.1.6 (Pipedream's official TypeScript SDK, its types and\n  serializers). It calls the Connect API (`/v1/connect/...`), which shares only\n  `POST /oauth/token` with this spec, but models the same objects (App, Account, component\n  and prop, PageInfo, the token response, the error body). Where the document is silent the\n  spec follows the SDK and cites \"@pipedream/sdk 3.1.6, type `X`\"; where the document speaks\n  it wins, and a disagreeing SDK is mentioned in the description. Fields the SDK declares and\n  the document does not show are optional here. Nullability: a field is `null`-able only\n  where the document's examples show `null` or where the description gives a reason (the\n  SDK's optional fields read `null` as absent).\n- `format` is kept only with a source (a document statement or an SDK type that parses the\n  value, e.g. an ISO 8601 date); otherwise the value is a plain string and the description\n  says what the document's examples show.\n",
    "license": {
      "name": "Proprietary (Pipedream Terms of Service)",
      "url": "https://pipedream.com/terms"
    }
  },
  "servers": [
    {
      "url": "https://api.pipedream.com/v1",
      "description": "Pipedream REST API v1"
    }
  ],
  "tags": [
    {
      "name": "Accounts",
      "description": "Connected accounts, which hold the credentials for integrated APIs."
    },
    {
      "name": "Apps",
      "description": "The apps (integrated APIs) available on Pipedream."
    },
    {
      "name": "Components",
      "description": "Components, the code behind event sources and actions, including the global registry."
    },
    {
      "name": "Events",
      "description": "Events emitted by event sources."
    },
    {
      "name": "OAuth",
      "description": "Exchange OAuth client credentials for an access token, and revoke access tokens."
    },
    {
      "name": "Sources",
      "description": "Event sources, which collect events from an API or receive them via webhooks and emit them."
    },
    {
      "name": "Subscriptions",
      "description": "Subscriptions that deliver events from emitters (sources, workflows) to listeners."
    },
    {
      "name": "Users",
      "description": "The authenticated user. These endpoints only work with user API keys, not workspace OAuth tokens."
    },
    {
      "name": "Webhooks",
      "description": "Webhooks that deliver events to an endpoint you own, fed by subscriptions."
    },
    {
      "name": "Workflows",
      "description": "Workflows, their emitted events and their errors."
    },
    {
      "name": "Workspaces",
      "description": "Workspaces (called orgs in IDs and some paths) and the resources they own."
    }
  ],
  "paths": {
    "/accounts": {
      "get": {
        "operationId": "listAccounts",
        "summary": "List accounts",
        "description": "List connected accounts accessible by the authenticated user or workspace.\n\nThe document writes this path as `GET /accounts/` with a trailing slash; the slash is\ndropped here (its own example request calls `https://api.pipedream.com/v1/accounts`).\nThe document's example response contains `//` comments, which are not JSON; the example\nbelow is the same JSON with the comments removed. That example shows no `page_info`, so\n`page_info` is optional in `AccountList`.\n",
        "tags": [
          "Accounts"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "app",
            "in": "query",
            "required": false,
            "description": "The ID or name slug of the app whose accounts you'd like to retrieve. For example,\nSlack's app ID is `app_OkrhR1` and its name slug is `slack`.\n",
            "schema": {
              "type": "string"
            },
            "example": "slack"
          },
          {
            "name": "oauth_app_id",
            "in": "query",
            "required": false,
            "description": "The ID of the custom OAuth app you'd like to retrieve accounts for.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "external_user_id",
            "in": "query",
            "required": false,
            "description": "The external user ID in your system that you want to retrieve accounts for.",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/IncludeCredentials"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of connected accounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountList"
                },
                "examples": {
                  "accountMetadata": {
                    "$ref": "#/components/examples/ListAccountsDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/accounts/{account_id}": {
      "get": {
        "operationId": "getAccount",
        "summary": "Get account",
        "description": "By default, returns metadata for a specific connected account. Set\n`include_credentials=true` to also return the account's credentials.\n\nThe document's example responses contain `//` comments, which are not JSON; the examples\nbelow are the same JSON with the comments removed (the credentials example's `credentials`\nobject, which held only a comment, becomes `{}`).\n",
        "tags": [
          "Accounts"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "account_id",
            "in": "path",
            "required": true,
            "description": "The ID of the connected account (shown under \"Copy Account ID\" on\nhttps://pipedream.com/accounts), e.g. `apn_abc123` (the document's examples). The\ndocument states no format, so none is enforced.\n",
            "schema": {
              "type": "string"
            },
            "example": "apn_abc123"
          },
          {
            "$ref": "#/components/parameters/IncludeCredentials"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The connected account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountResponse"
                },
                "examples": {
                  "accountMetadata": {
                    "$ref": "#/components/examples/GetAccountDoc"
                  },
                  "accountCredentials": {
                    "$ref": "#/components/examples/GetAccountCredentialsDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/apps": {
      "get": {
        "operationId": "listApps",
        "summary": "List apps",
        "description": "Retrieve a list of all apps available on Pipedream.",
        "tags": [
          "Apps"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "q",
            "in": "query",
            "required": false,
            "description": "A query string to filter the list of apps. For example, to search for apps that contain\nthe string \"Slack\", pass `q=Slack`.\n",
            "schema": {
              "type": "string"
            },
            "example": "Slack"
          },
          {
            "name": "has_components",
            "in": "query",
            "required": false,
            "description": "Pass `1` to list only apps with public triggers or actions. Not in the document; the vendor's\nreference page (https://pipedream.com/docs/rest-api/api-reference/apps/list-apps)\nlists it as an optional string parameter, so the spec accepts it. No value other than\n`1` is named, but none is refused (the page gives no list).\n",
            "schema": {
              "type": "string"
            },
            "example": "1"
          },
          {
            "name": "has_actions",
            "in": "query",
            "required": false,
            "description": "Pass `1` to list only apps with public actions. Not in the document; the vendor's\nreference page (https://pipedream.com/docs/rest-api/api-reference/apps/list-apps)\nlists it as an optional string parameter, so the spec accepts it. No value other than\n`1` is named, but none is refused (the page gives no list).\n",
            "schema": {
              "type": "string"
            },
            "example": "1"
          },
          {
            "name": "has_triggers",
            "in": "query",
            "required": false,
            "description": "Pass `1` to list only apps with public triggers. Not in the document; the vendor's\nreference page (https://pipedream.com/docs/rest-api/api-reference/apps/list-apps)\nlists it as an optional string parameter, so the spec accepts it. No value other than\n`1` is named, but none is refused (the page gives no list).\n",
            "schema": {
              "type": "string"
            },
            "example": "1"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of apps.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AppList"
                },
                "examples": {
                  "slackApps": {
                    "$ref": "#/components/examples/ListAppsDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/apps/{app_id}": {
      "get": {
        "operationId": "getApp",
        "summary": "Get an app",
        "description": "Retrieve metadata for a specific app.\n\nThe document's example response is not valid JSON: it is the fragment\n`\"data\": [ { ...app... } ]` without the enclosing braces, and it wraps the single\nrequested app in an array, unlike every other \"get one resource\" endpoint in the document\nand unlike its own description (\"metadata for a specific app\"). The example below is\nminimally repaired: enclosed in `{ }`, and `data` holds the app object itself rather than a\none-element array. The response schema follows the repaired shape (`data` is one `App`).\n",
        "tags": [
          "Apps"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "app_id",
            "in": "path",
            "required": true,
            "description": "The ID or name slug of the app to retrieve. For example, Slack's app ID is `app_OkrhR1`\nand its name slug is `slack`; either is accepted, so no ID pattern is enforced.\n",
            "schema": {
              "type": "string"
            },
            "example": "app_OkrhR1"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The app.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AppResponse"
                },
                "examples": {
                  "slack": {
                    "$ref": "#/components/examples/GetAppDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/components": {
      "post": {
        "operationId": "createComponent",
        "summary": "Create a component",
        "description": "Create a component (the code for an event source) from its code or from the URL where it\nis hosted. Returns the component's ID, code, configurable props and other metadata needed\nto deploy a source from it. Only available with user API keys, not yet with workspace\nOAuth tokens.\n\nOne of `component_code` or `component_url` is required. If both are present,\n`component_code` is used and `component_url` is kept only as metadata. `org_id` is the\ndocument's common parameter, which may travel in the body of POST requests and is needed\nwhen creating resources with a user API key.\n",
        "tags": [
          "Components"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateComponentRequest"
              },
              "examples": {
                "rssFromGithub": {
                  "$ref": "#/components/examples/CreateComponentRequestDoc"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created component.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ComponentResponse"
                },
                "examples": {
                  "rss": {
                    "$ref": "#/components/examples/CreateComponentDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/components/{key_or_id}": {
      "get": {
        "operationId": "getComponent",
        "summary": "Get a component",
        "description": "Retrieve a component saved or published in your account using its saved component ID or\nits key. Returns the component's metadata and configurable props.\n\nThe document writes this path as `/components/{key|id}` and documents two alternative\nparameters, `key` and `id`, for the one path segment. This spec uses a single path\nparameter, `key_or_id`, which accepts either.\n",
        "tags": [
          "Components"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "key_or_id",
            "in": "path",
            "required": true,
            "description": "Either the component key (the `key` property in the component's source code, e.g.\n`my-component`) or the saved component ID (e.g. `sc_JDi8EB`).\n",
            "schema": {
              "type": "string"
            },
            "examples": {
              "key": {
                "value": "my-component"
              },
              "id": {
                "value": "sc_JDi8EB"
              }
            }
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The component.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ComponentResponse"
                },
                "examples": {
                  "rss": {
                    "$ref": "#/components/examples/GetComponentDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/components/registry/{key}": {
      "get": {
        "operationId": "getRegistryComponent",
        "summary": "Get a component from the global registry",
        "description": "Returns the same data as `getComponent`, for any component published in Pipedream's global\nregistry of public components.\n\nThe document's example requests `github-new-repository` but shows the response of the RSS\ncomponent (`sc_JDi8EB`, name `rss`); the JSON is valid and is kept as given.\n",
        "tags": [
          "Components"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "key",
            "in": "path",
            "required": true,
            "description": "The component key (the `key` property in the component's source code).",
            "schema": {
              "type": "string"
            },
            "example": "github-new-repository"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The registry component.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ComponentResponse"
                },
                "examples": {
                  "documentExample": {
                    "$ref": "#/components/examples/GetRegistryComponentDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/components/search": {
      "get": {
        "operationId": "searchComponents",
        "summary": "Search for registry components",
        "description": "Search for components in the global registry with natural language; Pipedream uses AI to\nmatch the query to the most relevant components. The response is not wrapped in `data`:\nit lists the keys of matching sources and actions (with `debug=true`, additional fields may\nbe returned, so the response object is open).\n\nThe document's example request passes `limit=1` (outside the quoted URL, a shell typo);\n`limit` is therefore accepted here, with the common pagination definition.\n",
        "tags": [
          "Components"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "query",
            "in": "query",
            "required": true,
            "description": "The natural-language query, e.g. \"Send a message to Slack on new Hubspot contacts\".\nRequired: the document lists it without \"(optional)\", unlike the other parameters of\nthis endpoint. No length bound is stated, so none is enforced.\n",
            "schema": {
              "type": "string"
            },
            "example": "When a new Hubspot contact is added, send me an SMS"
          },
          {
            "name": "app",
            "in": "query",
            "required": false,
            "description": "The name slug of an app (e.g. `slack`). Returned sources and actions are filtered to\nthose tied to that app.\n",
            "schema": {
              "type": "string"
            },
            "example": "slack"
          },
          {
            "name": "similarity_threshold",
            "in": "query",
            "required": false,
            "description": "The minimum similarity score (cosine similarity between the query's and the component\nmetadata's embeddings, from 0 to 1, 1 being a perfect match) for a component to be\nreturned. Bounds from the document: \"The similarity score is a number between 0 and 1,\nwhere 1 is a perfect match.\"\n",
            "schema": {
              "type": "number",
              "minimum": 0,
              "maximum": 1
            }
          },
          {
            "name": "debug",
            "in": "query",
            "required": false,
            "description": "Pass `debug=true` to return additional data in the response, useful for inspecting the\nresults. The document states no default.\n",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "Keys of the matching registry sources and actions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ComponentSearchResult"
                },
                "examples": {
                  "hubspotToSms": {
                    "$ref": "#/components/examples/SearchComponentsDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sources/{id}/event_summaries": {
      "get": {
        "operationId": "listSourceEvents",
        "summary": "Get source events",
        "description": "Retrieve up to the last 100 events emitted by a source. Event data for events larger than\n1KB may be truncated; pass `expand=event` to get the full event data. Pass `limit=N` to\nretrieve the last N events.\n\nThe document gives no example response; the example below is illustrative and follows the\nevent-summary shape the document shows for workflow emits.\n",
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
            "$ref": "#/components/parameters/SourceId"
          },
          {
            "$ref": "#/components/parameters/Expand"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the source's most recent events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventSummaryList"
                },
                "examples": {
                  "rssItem": {
                    "summary": "Illustrative (not from the document)",
                    "value": {
                      "page_info": {
                        "total_count": 1,
                        "count": 1,
                        "start_cursor": "1589486981597-0",
                        "end_cursor": "1589486981597-0"
                      },
                      "data": [
                        {
                          "id": "1589486981597-0",
                          "indexed_at_ms": 1589486981597,
                          "event": {
                            "title": "New item",
                            "link": "https://example.com/posts/1"
                          },
                          "metadata": {
                            "emit_id": "1bWjXkP2mQ0b7Zc4hN8rLxA9sTe",
                            "name": "",
                            "emitter_id": "dc_abc123"
                          }
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sources/{id}/events": {
      "delete": {
        "operationId": "deleteSourceEvents",
        "summary": "Delete source events",
        "description": "Deletes all events, or a range of events, tied to a source. With neither `start_id` nor\n`end_id`, all of the source's events are deleted; pass the same event ID as both to delete\na single event. Event IDs come from `listSourceEvents` and are ordered by emission time.\n\nDeletion happens asynchronously: the API answers `202 Accepted` (document: \"Deletion\nhappens asynchronously, so you'll receive a 202 Accepted HTTP status code in response to any\ndeletion requests\"). The document shows no response body, so none is declared.\n",
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
            "$ref": "#/components/parameters/SourceId"
          },
          {
            "name": "start_id",
            "in": "query",
            "required": false,
            "description": "The event ID from which to start deleting (inclusive). Without `end_id`, deletes this\nevent and every later one.\n",
            "schema": {
              "$ref": "#/components/schemas/EventId"
            },
            "example": "1589486981598-0"
          },
          {
            "name": "end_id",
            "in": "query",
            "required": false,
            "description": "The event ID at which to end the range of deletion (inclusive). Without `start_id`,\ndeletes every event up to and including this one.\n",
            "schema": {
              "$ref": "#/components/schemas/EventId"
            },
            "example": "1589486981598-0"
          }
        ],
        "responses": {
          "202": {
            "description": "Accepted; the events are deleted asynchronously. No body."
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/oauth/token": {
      "post": {
        "operationId": "createOAuthToken",
        "summary": "Get a new access token",
        "description": "Exchanges an OAuth app's client ID and client secret for a new access token\n(`grant_type` is always `client_credentials`). The response is not wrapped in `data`.\n\nThis operation has `security: []`: the document's \"the Authorization header is required on\nall endpoints\" cannot apply to the endpoint that issues the token, and the document's\nexample request sends no Authorization header; the client credentials travel in the JSON\nbody instead. The document shows no error responses; `401` (invalid client credentials)\nis declared as for the other operations.\n",
        "tags": [
          "OAuth"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OAuthTokenRequest"
              },
              "examples": {
                "clientCredentials": {
                  "$ref": "#/components/examples/CreateOAuthTokenRequestDoc"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new access token.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthToken"
                },
                "examples": {
                  "token": {
                    "$ref": "#/components/examples/CreateOAuthTokenDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/oauth/revoke": {
      "post": {
        "operationId": "revokeOAuthToken",
        "summary": "Revoke an access token",
        "description": "Revokes an access token, rendering it invalid for future requests. Returns `200 OK` with an\nempty JSON object.\n\nAs with `createOAuthToken`, the document's example request sends no Authorization header:\nthe OAuth app's client credentials travel in the JSON body together with the token to\nrevoke, so this operation also has `security: []`. The document calls the success body\n\"empty\" and shows it as `{}`; the spec declares an empty JSON object. No error responses\nare documented; `401` (invalid client credentials) is declared.\n",
        "tags": [
          "OAuth"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RevokeTokenRequest"
              },
              "examples": {
                "revoke": {
                  "$ref": "#/components/examples/RevokeOAuthTokenRequestDoc"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The token was revoked.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RevokeTokenResponse"
                },
                "examples": {
                  "empty": {
                    "$ref": "#/components/examples/RevokeOAuthTokenDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sources": {
      "post": {
        "operationId": "createSource",
        "summary": "Create a source",
        "description": "Deploys an event source from a saved component (`component_id`), from component code\n(`component_code`) or from the URL where the code is hosted (`component_url`); one of the\nthree is required, and `component_id` wins if several are given. Only available with user\nAPI keys, not yet with workspace OAuth tokens.\n\nThe document writes this path as `POST /sources/` with a trailing slash; the slash is\ndropped here (its own example request calls `https://api.pipedream.com/v1/sources`). The\ndocument's parameter list omits `configured_props`, but its example request sends it, so\nit is accepted here. `org_id` is the document's common parameter, needed when creating\nresources with a user API key.\n",
        "tags": [
          "Sources"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSourceRequest"
              },
              "examples": {
                "rssEveryMinute": {
                  "$ref": "#/components/examples/CreateSourceRequestDoc"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created source.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SourceResponse"
                },
                "examples": {
                  "rssEveryMinute": {
                    "$ref": "#/components/examples/CreateSourceDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sources/{id}": {
      "put": {
        "operationId": "updateSource",
        "summary": "Update a source",
        "description": "Updates a source's component, name or active state.\n\nThe document repeats the create-source rule for this endpoint: one of `component_id`,\n`component_code` or `component_url` is required; the request schema follows it.\n`configured_props`, accepted when creating a source, is accepted here too. The document\nshows no response; `200` without a body is declared.\n",
        "tags": [
          "Sources"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/SourceId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateSourceRequest"
              },
              "examples": {
                "deactivate": {
                  "summary": "Illustrative (not from the document)",
                  "value": {
                    "component_id": "sc_abc123",
                    "active": false
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The source was updated. The document shows no response body."
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteSource",
        "summary": "Delete a source",
        "description": "Deletes a source. The document shows no response; `200` without a body is declared.",
        "tags": [
          "Sources"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/SourceId"
          }
        ],
        "responses": {
          "200": {
            "description": "The source was deleted. The document shows no response body."
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/subscriptions": {
      "post": {
        "operationId": "createSubscription",
        "summary": "Listen for events from another source or workflow",
        "description": "Configures a source or workflow (`listener_id`) to receive events from another source or\nworkflow (`emitter_id`). All parameters travel in the query string; there is no request\nbody. The Subscriptions API is incompatible with projects that have GitHub Sync enabled.\n\nThe document shows no response; `200` without a body is declared.\n",
        "tags": [
          "Subscriptions"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/EmitterId"
          },
          {
            "$ref": "#/components/parameters/ListenerId"
          },
          {
            "$ref": "#/components/parameters/EventName"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "The subscription was created. The document shows no response body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "operationId": "deleteSubscription",
        "summary": "Delete a subscription",
        "description": "Deletes an existing subscription. Takes the same query-string parameters as\n`createSubscription`. If the subscription was created without an `event_name`, pass\n`event_name=` (empty). The document's endpoint line lists `event_name` but its example\nomits it, so it is optional here.\n\nThe document shows no response; `200` without a body is declared.\n",
        "tags": [
          "Subscriptions"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/EmitterId"
          },
          {
            "$ref": "#/components/parameters/ListenerId"
          },
          {
            "$ref": "#/components/parameters/EventName"
          }
        ],
        "responses": {
          "200": {
            "description": "The subscription was deleted. The document shows no response body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/auto_subscriptions": {
      "post": {
        "operationId": "createAutoSubscription",
        "summary": "Automatically subscribe a listener to events from new workflows / sources",
        "description": "Once set up, every workflow or event source created afterwards automatically delivers the\nnamed event stream (`$errors` or `$logs`) to the listener. Existing workflows and sources\nare not affected (use `createSubscription` for them). Both parameters travel in the query\nstring; there is no request body.\n\nThe document shows no response; `200` without a body is declared.\n",
        "tags": [
          "Subscriptions"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "event_name",
            "in": "query",
            "required": false,
            "description": "The event stream to receive: `$errors` (errors thrown by workflows or sources) or\n`$logs` (logs produced by event sources). Optional: the document lists it without saying\nit is required, and the vendor's reference page\n(https://pipedream.com/docs/rest-api/api-reference/subscription/automatically-subscribe-a-listener-to-events-from-new-workflows-sources)\ndoes not mark it required. Before, the spec read the endpoint line as \"required\",\nstricter than the vendor. The enum is the document's list: \"The name of\nthe event stream whose events you'd like to receive: $errors ... $logs\".\n",
            "schema": {
              "type": "string",
              "enum": [
                "$errors",
                "$logs"
              ]
            },
            "example": "$errors"
          },
          {
            "name": "listener_id",
            "in": "query",
            "required": false,
            "description": "The ID of the component or workflow that receives the events. Optional: the document\nlists it without saying it is required, and the vendor's reference page\n(https://pipedream.com/docs/rest-api/api-reference/subscription/automatically-subscribe-a-listener-to-events-from-new-workflows-sources)\ndoes not mark it required (unlike `createSubscription` and `deleteSubscription`, whose\npages do). No length bound is stated.\n",
            "schema": {
              "type": "string"
            },
            "example": "p_abc123"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "The auto-subscription was created. The document shows no response body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/users/me": {
      "get": {
        "operationId": "getCurrentUser",
        "summary": "Get current user info",
        "description": "Retrieve information on the authenticated user. Only works with user API keys, not with\nworkspace OAuth tokens.\n\nBoth of the document's example responses are invalid JSON and are minimally repaired:\nin the free-user example, the comma missing after `\"daily_invocations_used\": 24903` is\nadded and the trailing comma after the `orgs` array is removed; in the paid-user example,\nthe comma missing after the `username` value is added.\n",
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
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The authenticated user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserResponse"
                },
                "examples": {
                  "freeUser": {
                    "$ref": "#/components/examples/GetCurrentUserDoc"
                  },
                  "paidUser": {
                    "$ref": "#/components/examples/GetCurrentUserPaidDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/users/me/sources": {
      "get": {
        "operationId": "listUserSources",
        "summary": "List the authenticated user's sources",
        "description": "Lists the event sources of the authenticated user. The document uses this endpoint only as\nits pagination example; the example below is that example's response, whose items show\nonly `id` (which is why `Source` requires only `id`).\n\nThe document's prose says the example fetches \"a page of 5 sources\" while its request\npasses `limit=3` and its response holds 3; the request and response agree and are kept.\n",
        "tags": [
          "Sources"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of sources.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SourceList"
                },
                "examples": {
                  "paginationExample": {
                    "$ref": "#/components/examples/ListUserSourcesDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/users/me/webhooks": {
      "get": {
        "operationId": "listWebhooks",
        "summary": "List webhooks",
        "description": "Lists the webhooks you've created in your account. The document only names this endpoint;\nthe response is assumed to be the common paginated list (`page_info` + `data`) of the\nwebhook objects `createWebhook` returns, and the example below is illustrative.\n",
        "tags": [
          "Webhooks"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of webhooks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookList"
                },
                "examples": {
                  "oneWebhook": {
                    "summary": "Illustrative (not from the document)",
                    "value": {
                      "page_info": {
                        "total_count": 1,
                        "count": 1,
                        "start_cursor": "d2hfYWJjMTIz",
                        "end_cursor": "d2hfYWJjMTIz"
                      },
                      "data": [
                        {
                          "id": "wh_abc123",
                          "user_id": "u_abc123",
                          "name": "name",
                          "description": "description",
                          "url": "https://endpoint.m.pipedream.net",
                          "active": true,
                          "created_at": 1611964025,
                          "updated_at": 1611964025
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/webhooks": {
      "post": {
        "operationId": "createWebhook",
        "summary": "Create a webhook",
        "description": "Creates a webhook pointing to a URL. Configure a subscription to deliver events to it,\nusing the returned `data.id` (`wh_...`) as the listener. All parameters travel in the query\nstring; there is no request body.\n\n`url`, `name` and `description` are all required: the document lists the three without\n\"(optional)\" and its example request sends all three, and the vendor's reference page\n(https://pipedream.com/docs/rest-api/api-reference/webhooks/create-a-webhook) marks all three\nrequired. (The example response shows `null` for `name` and `description` although the\nrequest passed both; the JSON is valid and is kept as given, so the answer's fields stay\nnullable.)\n",
        "tags": [
          "Webhooks"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "url",
            "in": "query",
            "required": true,
            "description": "The endpoint URL to deliver events to. Must include an `http` or `https` protocol and a\nhostname, and may include a port and path (e.g. `https://example.com:12345/endpoint`).\nThe pattern and `format: uri` (an absolute URI) follow the document: \"This URL must\ncontain, at a minimum, a protocol — one of http or https — and hostname\".\n",
            "schema": {
              "type": "string",
              "format": "uri",
              "pattern": "^https?://"
            },
            "example": "https://endpoint.m.pipedream.net"
          },
          {
            "name": "name",
            "in": "query",
            "required": true,
            "description": "The name of the webhook, shown when listing your webhooks.",
            "schema": {
              "type": "string"
            },
            "example": "name"
          },
          {
            "name": "description",
            "in": "query",
            "required": true,
            "description": "The description of the webhook, shown when listing your webhooks.",
            "schema": {
              "type": "string"
            },
            "example": "description"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "The created webhook.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookResponse"
                },
                "examples": {
                  "created": {
                    "$ref": "#/components/examples/CreateWebhookDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/webhooks/{id}": {
      "delete": {
        "operationId": "deleteWebhook",
        "summary": "Delete a webhook",
        "description": "Deletes a webhook in your account. The document shows no response; `200` without a body is declared.",
        "tags": [
          "Webhooks"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "description": "The ID of a webhook in your account. The prefix is the document's: the webhook ID is\n\"the string that starts with wh_\"; the characters after it are not constrained (the\ndocument states none).\n",
            "schema": {
              "type": "string",
              "pattern": "^wh_"
            },
            "example": "wh_abc123"
          }
        ],
        "responses": {
          "200": {
            "description": "The webhook was deleted. The document shows no response body."
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workflows": {
      "post": {
        "operationId": "createWorkflow",
        "summary": "Create a workflow",
        "description": "Creates a new workflow in a workspace's project from a workflow template, with the given\nsteps, triggers and settings. Only available with user API keys, not yet with workspace\nOAuth tokens.\n\nThe document says each trigger definition has \"its type and props\" but its example\ntrigger has only `props`; `type` is accepted and optional here.\n",
        "tags": [
          "Workflows"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateWorkflowRequest"
              },
              "examples": {
                "fromTemplate": {
                  "$ref": "#/components/examples/CreateWorkflowRequestDoc"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created workflow.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowResponse"
                },
                "examples": {
                  "created": {
                    "$ref": "#/components/examples/CreateWorkflowDoc"
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
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workflows/{workflow_id}": {
      "get": {
        "operationId": "getWorkflow",
        "summary": "Get a workflow's details",
        "description": "Retrieves the details (triggers and steps) of a specific workflow. The response is not\nwrapped in `data`, as the document shows it.\n\nThe document names this path's parameter `workflow_id` here and `id` for\n`PUT /workflows/{id}`; this spec uses `workflow_id` for both (it is also the name the\nemits and errors endpoints use).\n",
        "tags": [
          "Workflows"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The workflow's triggers and steps.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Workflow"
                },
                "examples": {
                  "codeStep": {
                    "$ref": "#/components/examples/GetWorkflowDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "operationId": "updateWorkflow",
        "summary": "Update a workflow",
        "description": "Updates a workflow's activation status (to change steps, triggers or connected accounts,\ncreate a new workflow). Only available with user API keys, not yet with workspace OAuth\ntokens.\n\nThe document writes this path as `PUT /workflows/{id}`, while `GET /workflows/{workflow_id}`\nnames the same segment `workflow_id`; this spec uses `workflow_id`. The document shows no\nresponse; `200` without a body is declared.\n",
        "tags": [
          "Workflows"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateWorkflowRequest"
              },
              "examples": {
                "deactivate": {
                  "$ref": "#/components/examples/UpdateWorkflowRequestDoc"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The workflow was updated. The document shows no response body."
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workflows/{workflow_id}/event_summaries": {
      "get": {
        "operationId": "listWorkflowEmits",
        "summary": "Get workflow emits",
        "description": "Retrieve up to the last 100 events emitted from a workflow using `$send.emit()`. Event data\nlarger than 1KB may be truncated; pass `expand=event` for the full data, and `limit=N` for\nthe last N events. (The document writes one of its examples as\n`/workflows/{workflow_id}/event_summaries&expand=event`, with `&` for `?`; `expand` is a\nquery parameter.)\n",
        "tags": [
          "Workflows"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          },
          {
            "$ref": "#/components/parameters/Expand"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the workflow's most recent emitted events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventSummaryList"
                },
                "examples": {
                  "oneEmit": {
                    "$ref": "#/components/examples/ListWorkflowEmitsDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workflows/{workflow_id}/$errors/event_summaries": {
      "get": {
        "operationId": "listWorkflowErrors",
        "summary": "Get workflow errors",
        "description": "Retrieve up to the last 100 events for a workflow that threw an error, with the error's\ndetails and the original event. Event data larger than 1KB may be truncated; pass\n`expand=event` for the full data, and `limit=N` for the last N events.\n\n`$errors` is a literal path segment (the name of Pipedream's error event stream), not a\ntemplate: it is the real path, kept as documented. Clients must send it as is (or\npercent-encoded as `%24errors`).\n",
        "tags": [
          "Workflows"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          },
          {
            "$ref": "#/components/parameters/Expand"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          },
          {
            "$ref": "#/components/parameters/OrgId"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the workflow's most recent error events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEventSummaryList"
                },
                "examples": {
                  "oneError": {
                    "$ref": "#/components/examples/ListWorkflowErrorsDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workspaces/{org_id}": {
      "get": {
        "operationId": "getWorkspace",
        "summary": "Get a workspace",
        "description": "View a workspace, including its current credit usage for the billing period.\n\nThe document writes this path as `GET /v1/workspaces/<org_id>` (with the `/v1` prefix that\nis already in the server URL) and names its path parameter `workspaces_id`; this spec uses\n`/workspaces/{org_id}`, matching the path as written and the workspace accounts and sources\nendpoints.\n",
        "tags": [
          "Workspaces"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OrgIdPath"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The workspace.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkspaceResponse"
                },
                "examples": {
                  "workspace": {
                    "$ref": "#/components/examples/GetWorkspaceDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workspaces/{org_id}/accounts": {
      "get": {
        "operationId": "listWorkspaceAccounts",
        "summary": "Get a workspace's connected accounts",
        "description": "Retrieve all the connected accounts for a specific workspace.",
        "tags": [
          "Workspaces"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OrgIdPath"
          },
          {
            "name": "query",
            "in": "query",
            "required": false,
            "description": "Filter the results to the connected accounts of one app, identified by the app's name\nslug as used in its prop definition (e.g. `google_sheets`).\n",
            "schema": {
              "type": "string"
            },
            "example": "google_sheets"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the workspace's connected accounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AccountList"
                },
                "examples": {
                  "googleSheets": {
                    "$ref": "#/components/examples/ListWorkspaceAccountsDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/workspaces/{org_id}/subscriptions": {
      "get": {
        "operationId": "listWorkspaceSubscriptions",
        "summary": "Get a workspace's subscriptions",
        "description": "Retrieve all the subscriptions configured for a specific workspace.\n\nThe document names this endpoint's path parameter `workspaces_id` while writing the path as\n`/workspaces/<org_id>/subscriptions`; this spec uses `org_id`. Its example response shows\nno `page_info`, so `page_info` is optional in `SubscriptionList`.\n",
        "tags": [
          "Workspaces"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OrgIdPath"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "The workspace's subscriptions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionList"
                },
                "examples": {
                  "twoSubscriptions": {
                    "$ref": "#/components/examples/ListWorkspaceSubscriptionsDoc"
                  },
                  "webhookListener": {
                    "summary": "Subscription objects shown in the delete-subscription docs",
                    "description": "The document's delete-subscription section shows two subscription objects \"when\nlisting your subscriptions\" as a bare comma-separated fragment (not valid JSON on\nits own); here they are wrapped in the list response's `data` array.\n",
                    "value": {
                      "data": [
                        {
                          "id": "sub_abc123",
                          "emitter_id": "dc_abc123",
                          "listener_id": "dc_def456",
                          "event_name": "test"
                        },
                        {
                          "id": "sub_def456",
                          "emitter_id": "dc_abc123",
                          "listener_id": "wh_abc123",
                          "event_name": ""
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/orgs/{org_id}/sources": {
      "get": {
        "operationId": "listWorkspaceSources",
        "summary": "Get a workspace's sources",
        "description": "Retrieve all the event sources configured for a specific workspace. The document uses the\n`/orgs/` prefix for this one workspace endpoint; it is kept as documented.\n",
        "tags": [
          "Workspaces"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/OrgIdPath"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/After"
          },
          {
            "$ref": "#/components/parameters/Before"
          },
          {
            "$ref": "#/components/parameters/Include"
          },
          {
            "$ref": "#/components/parameters/Exclude"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the workspace's sources.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SourceList"
                },
                "examples": {
                  "httpSource": {
                    "$ref": "#/components/examples/ListWorkspaceSourcesDoc"
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
            "$ref": "#/components/responses/TooManyRequests"
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
        "description": "OAuth access token (from `POST /oauth/token`; tied to a workspace) or user API key, sent as\n`Authorization: Bearer <token>`. (The document's first curl example writes the header as\n`Authorization Bearer <token>`, without the colon; the header is `Authorization`.) With a\nuser API key, some endpoints need the workspace in the `org_id` parameter.\n"
      }
    },
    "parameters": {
      "Include": {
        "name": "include",
        "in": "query",
        "required": false,
        "description": "Common parameter: the fields of the response to include, as one comma-separated string\n(defaults to all fields). Document: \"The following parameters can be passed to any\nendpoint. They can be included as query string params for GET requests, or in the body of\nthe payload of POST requests.\"\n",
        "schema": {
          "type": "string"
        },
        "example": "id,name"
      },
      "Exclude": {
        "name": "exclude",
        "in": "query",
        "required": false,
        "description": "Common parameter: the fields of the response to exclude, as one comma-separated string\n(defaults to none). Document: \"The following parameters can be passed to any endpoint.\"\n",
        "schema": {
          "type": "string"
        },
        "example": "configured_props"
      },
      "OrgId": {
        "name": "org_id",
        "in": "query",
        "required": false,
        "description": "Common parameter: the workspace (org) ID. Only needed with user API keys, mainly when\ncreating resources; with a workspace OAuth token, the token's workspace is used.\n",
        "schema": {
          "$ref": "#/components/schemas/OrgId"
        },
        "example": "o_abc123"
      },
      "OrgIdPath": {
        "name": "org_id",
        "in": "path",
        "required": true,
        "description": "The workspace (org) ID, e.g. `o_abc123`.",
        "schema": {
          "$ref": "#/components/schemas/OrgId"
        },
        "example": "o_abc123"
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Pagination: the number of items to return in the requested page. Bounds and default from\nthe document: \"Default: 10\", \"Min: 1\", \"Max: 100\".\n",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 10
        }
      },
      "After": {
        "name": "after",
        "in": "query",
        "required": false,
        "description": "Pagination cursor (an `end_cursor` from `page_info`): return the items after it.",
        "schema": {
          "type": "string"
        },
        "example": "ZGNfSzB1QWVl"
      },
      "Before": {
        "name": "before",
        "in": "query",
        "required": false,
        "description": "Pagination cursor (a `start_cursor` from `page_info`): return the items before it.",
        "schema": {
          "type": "string"
        },
        "example": "ZGNfSzB1QWVl"
      },
      "Expand": {
        "name": "expand",
        "in": "query",
        "required": false,
        "description": "Pass `expand=event` to return the full event data; otherwise the data of events larger than\n1KB may be truncated. The enum is assumed, because `event` is the only value the document\nnames (\"pass ?expand=event\").\n",
        "schema": {
          "type": "string",
          "enum": [
            "event"
          ]
        }
      },
      "IncludeCredentials": {
        "name": "include_credentials",
        "in": "query",
        "required": false,
        "description": "Pass `include_credentials=true` to include the account credentials in the response. Default\nfrom the document: \"By default, this route returns metadata for a specific connected\naccount. Set include_credentials=true to return credentials\".\n",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      "SourceId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The ID of the event source, e.g. `dc_abc123`. The prefix is the document's: \"dc_*: Listen\nto events from all event sources\" (subscriptions); the characters after it are not\nconstrained (the document states none).\n",
        "schema": {
          "type": "string",
          "pattern": "^dc_"
        },
        "example": "dc_abc123"
      },
      "WorkflowId": {
        "name": "workflow_id",
        "in": "path",
        "required": true,
        "description": "The ID of the workflow, which starts with `p_` (the end of the workflow's URL, e.g.\n`p_13CDnxK` in `https://pipedream.com/@michael-testing/api-p_13CDnxK/inspect`).\nThe prefix is the document's (\"your workflow_id begins with p_\"); the characters after\nit are not constrained (the document states none).\n",
        "schema": {
          "type": "string",
          "pattern": "^p_"
        },
        "example": "p_abc123"
      },
      "EmitterId": {
        "name": "emitter_id",
        "in": "query",
        "required": true,
        "description": "The ID of the workflow or component emitting the events. Also accepts the glob patterns\n`p_*` (all workflows) and `dc_*` (all event sources). Required: the document lists it\nwithout saying, and the vendor's reference pages for both operations that use this\nparameter mark it required\n(https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,\nhttps://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).\nNo length bound is stated.\n",
        "schema": {
          "type": "string"
        },
        "example": "dc_def456"
      },
      "ListenerId": {
        "name": "listener_id",
        "in": "query",
        "required": true,
        "description": "The ID of the component, workflow or webhook that receives the events. Required: the\ndocument lists it without saying, and the vendor's reference pages for both operations\nthat use this parameter mark it required\n(https://pipedream.com/docs/rest-api/api-reference/subscription/listen-for-events-from-another-source-or-workflow,\nhttps://pipedream.com/docs/rest-api/api-reference/subscription/delete-a-subscription).\nNo length bound is stated.\n",
        "schema": {
          "type": "string"
        },
        "example": "p_abc123"
      },
      "EventName": {
        "name": "event_name",
        "in": "query",
        "required": false,
        "description": "Only for events on a custom channel: the name of that channel. Pipedream also exposes the\n`$errors` and `$logs` channels. When deleting a subscription created without a channel,\npass it empty (`event_name=`).\n",
        "schema": {
          "type": "string"
        },
        "example": "$errors"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "Authentication failed: the bearer token (or, for the OAuth endpoints, the client\ncredentials) is missing, invalid or expired, or not allowed for this endpoint (e.g. a\nworkspace OAuth token on a user-API-key-only endpoint). The document declares no specific\nerror statuses; this one is assumed.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "unauthorized": {
                "summary": "Illustrative (not from the document)",
                "value": {
                  "error": "Unauthorized"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource addressed by the path does not exist or is not accessible to the caller. The\ndocument declares no specific error statuses; this one is assumed.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "notFound": {
                "summary": "Illustrative (not from the document)",
                "value": {
                  "error": "record not found"
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "Bad input, e.g. a required parameter omitted. Source: document, \"Errors\": \"Codes in the\n4xxrange indicate an error that failed (e.g., a required parameter was omitted)\". The\ndocument names no number; 400 is assumed, because it is the conventional status for an\nomitted or malformed parameter. The mock also answers its request-validation refusals with\nthis status.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "badRequest": {
                "summary": "Illustrative (not from the document)",
                "value": {
                  "error": "Bad Request"
                }
              }
            }
          }
        }
      },
      "ServerError": {
        "description": "An error on Pipedream's side. Source: document, \"Errors\": \"Codes in the 5xxrange indicate an\nerror with Pipedream's server\". The document names no number; 500 is declared as the\nrepresentative of the range (assumed).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "serverError": {
                "summary": "Illustrative (not from the document)",
                "value": {
                  "error": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. The document names no rate limit; the status and body follow @pipedream/sdk\n3.1.6, which raises its own `TooManyRequestsError` on `429` for the token call and most of\nits other calls (accounts, components, users, ...), reading a body of type\n`TooManyRequestsErrorBody` (an optional `error` string). Pipedream's rate-limit page for\nits Connect API (https://pipedream.com/docs/connect/api-reference/rate-limits) lists\nper-endpoint limits there (e.g. on `/accounts/*` and `/components/*`); none is published\nfor this API, so no limit or header is modelled.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RateLimitError"
            },
            "examples": {
              "tooManyRequests": {
                "summary": "Illustrative (not from the document)",
                "value": {
                  "error": "Too Many Requests"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "description": "Error body. The document shows no error body at all; the shape follows @pipedream/sdk\n3.1.6, type `ErrorResponse`: `error` (string, required), `code` (string, optional) and\n`details` (object, optional). The object is open, so other fields (e.g. the OAuth\n`error_description`) are allowed.\n",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "string",
            "description": "A human-readable error message (or an OAuth error code on the OAuth endpoints)."
          },
          "code": {
            "type": "string",
            "description": "An error code (source: @pipedream/sdk 3.1.6, type `ErrorResponse`; not in the document)."
          },
          "details": {
            "type": "object",
            "additionalProperties": true,
            "description": "Further details of the error (source: @pipedream/sdk 3.1.6, type `ErrorResponse`; not in the document)."
          }
        }
      },
      "RateLimitError": {
        "type": "object",
        "description": "The body of a `429`. Source: @pipedream/sdk 3.1.6, type `TooManyRequestsErrorBody`: an\nobject whose `error` string is optional. Open, like every response object here.\n",
        "properties": {
          "error": {
            "type": "string",
            "description": "A human-readable error message."
          }
        }
      },
      "OrgId": {
        "type": "string",
        "description": "A workspace (org) ID, e.g. `o_abc123` (the document's examples). The document states no\nformat, so none is enforced.\n"
      },
      "IncludeFields": {
        "type": "string",
        "description": "Common parameter `include` in a POST body: the fields of the response to include, as one\ncomma-separated string (defaults to all fields). Document: \"They can be included as query\nstring params for GET requests, or in the body of the payload of POST requests.\"\n"
      },
      "ExcludeFields": {
        "type": "string",
        "description": "Common parameter `exclude` in a POST body: the fields of the response to exclude, as one\ncomma-separated string (defaults to none). Document: \"They can be included as query string\nparams for GET requests, or in the body of the payload of POST requests.\"\n"
      },
      "EventId": {
        "type": "string",
        "description": "An event ID, e.g. `1589486981597-0` (the document's examples: the emission timestamp in\nmilliseconds, a dash and a sequence number). The document states no format, so none is\nenforced.\n"
      },
      "PageInfo": {
        "type": "object",
        "description": "Cursor pagination metadata returned with paginated lists. All four fields are required:\nthe document says \"Cursor strings are returned with all paginated responses\", and every\nexample `page_info` shows all four. @pipedream/sdk 3.1.6, type `PageInfo`, has the same\nfour names and types (integers and strings) but marks all four optional; the document\nwins.\n",
        "required": [
          "total_count",
          "count",
          "start_cursor",
          "end_cursor"
        ],
        "properties": {
          "total_count": {
            "type": "integer",
            "description": "The total number of items across all pages."
          },
          "count": {
            "type": "integer",
            "description": "The number of items in this page."
          },
          "start_cursor": {
            "type": "string",
            "description": "Cursor of the first item of this page; pass it as `before` to get the previous page."
          },
          "end_cursor": {
            "type": "string",
            "description": "Cursor of the last item of this page; pass it as `after` to get the next page."
          }
        }
      },
      "AccountApp": {
        "type": "object",
        "description": "The app a connected account belongs to, as embedded in the account object. The document's\nexamples show only `id` and `name`; @pipedream/sdk 3.1.6, type `Account`, embeds a full\n`App` here (with `name_slug`, `img_src`, ...), which this open object accepts.\n",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The app's ID, e.g. `app_OkrhR1`."
          },
          "name": {
            "type": "string",
            "description": "The app's display name."
          }
        }
      },
      "AccountCredentials": {
        "type": "object",
        "description": "The account's credentials (only with `include_credentials=true`). Properties are specific\nto the app: OAuth apps expose the four `oauth_*` properties below; apps with static\ncredentials expose API-specific fields (e.g. `api_key`), so the object is open.\n",
        "additionalProperties": true,
        "properties": {
          "oauth_access_token": {
            "type": "string",
            "description": "A fresh OAuth access token."
          },
          "oauth_client_id": {
            "type": "string",
            "description": "The client ID of the OAuth app."
          },
          "oauth_refresh_token": {
            "type": "string",
            "description": "The latest OAuth refresh token for the grant."
          },
          "oauth_uid": {
            "type": "string",
            "description": "A unique identifier in the third-party API's system, typically a user ID or email address."
          },
          "oauth_signer_uri": {
            "type": "string",
            "description": "The OAuth signer URI of an app with a custom OAuth signer. Source: @pipedream/sdk 3.1.6,\ntype `AccountCredentials` (not in the document).\n"
          }
        }
      },
      "Account": {
        "type": "object",
        "description": "A connected account. Only `id` is required: the workspace accounts example shows just `id`\nand `name`, and the credentials example has no `healthy` (@pipedream/sdk 3.1.6, type\n`Account`, also requires only `id`). The fields after `credentials` are not in the document;\nthey are @pipedream/sdk 3.1.6's (type `Account`), optional here.\n",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The account ID, e.g. `apn_abc123`."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The account nickname, if set (document: \"account nickname, if set\"). `null` is\naccepted, assumed because an unset nickname may be sent as `null` (@pipedream/sdk 3.1.6,\ntype `Account`, reads a `null` name as absent).\n"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the account was created. `date-time`: the document's examples are ISO 8601\n(`2022-07-27T20:37:52.000Z`) and @pipedream/sdk 3.1.6, type `Account`, parses this field\nas an ISO 8601 date.\n"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the account was last updated. `date-time`: ISO 8601 in the document's examples and\nparsed as an ISO 8601 date by @pipedream/sdk 3.1.6, type `Account`.\n"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the current credentials expire (shown with `include_credentials=true`).\n`date-time`: ISO 8601 in the document's example and parsed as an ISO 8601 date by\n@pipedream/sdk 3.1.6, type `Account`.\n"
          },
          "app": {
            "$ref": "#/components/schemas/AccountApp"
          },
          "healthy": {
            "type": "boolean",
            "description": "True if Pipedream can make a successful test request with the account."
          },
          "credentials": {
            "$ref": "#/components/schemas/AccountCredentials"
          },
          "external_id": {
            "type": "string",
            "description": "The external user ID the account belongs to (source: @pipedream/sdk 3.1.6, type `Account`)."
          },
          "dead": {
            "type": "boolean",
            "description": "True if the account is no longer active (source: @pipedream/sdk 3.1.6, type `Account`)."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "The error message of an unhealthy or dead account. Source: @pipedream/sdk 3.1.6, type\n`Account`, whose field documentation says it is null otherwise, so `null` is accepted.\n"
          },
          "authorized_scopes": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The OAuth scopes granted to the account (source: @pipedream/sdk 3.1.6, type `Account`)."
          },
          "last_refreshed_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the account was last refreshed (source and `date-time`: @pipedream/sdk 3.1.6, type `Account`, an ISO 8601 date)."
          },
          "next_refresh_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the account will next be refreshed (source and `date-time`: @pipedream/sdk 3.1.6, type `Account`, an ISO 8601 date)."
          }
        }
      },
      "AccountList": {
        "type": "object",
        "description": "A list of connected accounts. `page_info` is optional because the document's list-accounts\nexample omits it (its workspace-accounts example includes it).\n",
        "required": [
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Account"
            }
          }
        }
      },
      "AccountResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Account"
          }
        }
      },
      "App": {
        "type": "object",
        "description": "An app (integrated API) available on Pipedream. Required: `id`, `name_slug` and `name`,\nwhich every document example shows and which identify the app. The examples also show\n`auth_type`, `description`, `img_src`, `custom_fields_json` and `categories` on every app,\nbut they stay optional, because the document lets a caller drop any field with `exclude`.\n@pipedream/sdk 3.1.6, type `App`, differs: it requires `name_slug`, `name`, `img_src`,\n`categories`, `featured_weight` and `scope_profiles`, and marks `id` optional (for OAuth apps\nonly), while the document's key-based example (`slack_bot`) has an `id`; the document wins\non `id`, and the other fields are accepted but not required.\n",
        "required": [
          "id",
          "name_slug",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The app ID, e.g. `app_OkrhR1`."
          },
          "name_slug": {
            "type": "string",
            "description": "The app's name slug, e.g. `slack`."
          },
          "name": {
            "type": "string",
            "description": "The app's display name."
          },
          "auth_type": {
            "type": [
              "string",
              "null"
            ],
            "description": "How the app authenticates. The document's examples show `oauth` and `keys`;\n@pipedream/sdk 3.1.6, type `AppAuthType`, names `keys`, `oauth` and `none`. No enum is\nenforced: the document gives no full list, and the SDK itself reads values outside its\nlist (it parses responses with unrecognized enum values allowed), so a new value is not\na breakage. `null` is accepted, assumed because the SDK reads a `null` `auth_type` as\nabsent.\n"
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "A short description of the app. `null` is accepted, assumed because the SDK\n(@pipedream/sdk 3.1.6, type `App`, an optional string) reads `null` as absent.\n"
          },
          "img_src": {
            "type": "string",
            "description": "URL of the app's logo (an `https://` URL in the document's examples). No `format` is\nenforced: the document states none, and @pipedream/sdk 3.1.6, type `App`, types it as a\nplain string.\n"
          },
          "custom_fields_json": {
            "type": "string",
            "description": "A JSON-encoded array (as a string) of the custom credential fields of key-based apps,\neach with `name`, `label`, `description`, `default`, `optional` and `type`.\n"
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "featured_weight": {
            "type": "number",
            "description": "A rough popularity order of apps (source: @pipedream/sdk 3.1.6, type `App`; not in the document)."
          },
          "scope_profiles": {
            "type": "array",
            "description": "Named subsets of the app's OAuth scopes, each with a `name` and its `scopes`. Source:\n@pipedream/sdk 3.1.6, types `App` and `AppScopeProfilesItem` (not in the document).\n",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "scopes": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "AppList": {
        "type": "object",
        "required": [
          "page_info",
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/App"
            }
          }
        }
      },
      "AppResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/App"
          }
        }
      },
      "ConfigurableProp": {
        "type": "object",
        "description": "A prop of a component that is configured when deploying it (e.g. a feed URL or a timer).\n`name` and `type` are required: every document example has both, and @pipedream/sdk 3.1.6,\ntype `ConfigurablePropBase`, requires the same two. The boolean flags after `optional` are\nnot in the document; they are the SDK's (same type), optional here.\n",
        "required": [
          "name",
          "type"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "description": "The prop type, e.g. `string`, `integer`, `app` or `$.interface.timer` (values seen in the\ndocument's examples). @pipedream/sdk 3.1.6, type `ConfigurablePropBaseType`, lists more\n(e.g. `boolean`, `object`, `string[]`, `$.interface.http`, `$.service.db`, `alert`,\n`dir`, `sql`). No enum is enforced: the document gives no full list, and the SDK reads\nvalues outside its own list.\n"
          },
          "label": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "optional": {
            "type": "boolean"
          },
          "disabled": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "hidden": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "readOnly": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "remoteOptions": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "useQuery": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "reloadProps": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "withLabel": {
            "type": "boolean",
            "description": "Source: @pipedream/sdk 3.1.6, type `ConfigurablePropBase`."
          },
          "app": {
            "type": "string",
            "description": "For `app` props, the app's name slug."
          },
          "default": {
            "description": "Default value of the prop, of any JSON type (e.g. `{\"intervalSeconds\": 900}` for a timer)."
          }
        }
      },
      "Component": {
        "type": "object",
        "description": "A component (the code for an event source), as returned by the component endpoints.\nRequired: the fields every document example shows that identify it. @pipedream/sdk 3.1.6,\ntype `Component`, requires `key`, `name`, `version` and `configurable_props` (same names and\ntypes) and has no `id`; the document's examples have an `id` and no `key`, so the document\nwins: `id` is required and `key` optional. `key`, `description` and `component_type` are\nthe SDK's (same type), optional here.\n",
        "required": [
          "id",
          "name",
          "version",
          "configurable_props"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The saved component ID, e.g. `sc_JDi8EB`."
          },
          "code": {
            "type": "string",
            "description": "The component's source code."
          },
          "code_hash": {
            "type": "string",
            "description": "Hash (hex SHA-256) of the code."
          },
          "name": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "configurable_props": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConfigurableProp"
            }
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "updated_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "key": {
            "type": "string",
            "description": "The component key (source: @pipedream/sdk 3.1.6, type `Component`; not in the document examples)."
          },
          "description": {
            "type": "string",
            "description": "Source: @pipedream/sdk 3.1.6, type `Component`."
          },
          "component_type": {
            "type": "string",
            "description": "`trigger` or `action` (source: @pipedream/sdk 3.1.6, types `Component` and\n`ComponentType`). The SDK types the field itself as a plain string, so no enum is\nenforced.\n"
          }
        }
      },
      "ComponentResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Component"
          }
        }
      },
      "ComponentSearchResult": {
        "type": "object",
        "description": "Result of a registry search, not wrapped in `data`: the keys of matching sources and\nactions. Open, because `debug=true` adds more data.\n",
        "required": [
          "sources",
          "actions"
        ],
        "properties": {
          "sources": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Keys of matching source components, e.g. `hubspot-new-contact`."
          },
          "actions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Keys of matching action components, e.g. `twilio-send-sms`."
          }
        }
      },
      "Source": {
        "type": "object",
        "description": "An event source. Only `id` is required: the document's pagination example lists sources\nwith `id` alone (responses honour `include`/`exclude`). Sources owned by a user show\n`user_id`; those owned by a workspace (e.g. workflow triggers) show `owner_id`.\n@pipedream/sdk 3.1.6's counterpart (type `DeployedComponent`, a deployed trigger of the\nConnect API) uses the same names and types for the fields declared here (timestamps as\nnumbers of seconds) and requires most of them; the document's `id`-only example wins. Its\nfurther fields (`component_key`, `configurable_props`, `emit_on_deploy`, ...) are not\ndeclared here; the open object accepts them.\n",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The source ID, e.g. `dc_abc123`."
          },
          "user_id": {
            "type": "string",
            "description": "The owning user's ID, e.g. `u_abc123`."
          },
          "owner_id": {
            "type": "string",
            "description": "The owner's ID (a workspace, e.g. `o_BYDI5y`)."
          },
          "component_id": {
            "type": "string",
            "description": "The ID of the component the source runs, e.g. `sc_abc123`."
          },
          "configured_props": {
            "type": "object",
            "additionalProperties": true,
            "description": "The values of the component's configurable props, keyed by prop name."
          },
          "active": {
            "type": "boolean"
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "updated_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "name": {
            "type": "string"
          },
          "name_slug": {
            "type": "string"
          }
        }
      },
      "SourceList": {
        "type": "object",
        "required": [
          "page_info",
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Source"
            }
          }
        }
      },
      "SourceResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Source"
          }
        }
      },
      "EventMetadata": {
        "type": "object",
        "description": "Metadata of an emitted event.",
        "properties": {
          "emit_id": {
            "type": "string"
          },
          "name": {
            "type": "string",
            "description": "The channel the event was emitted on (empty for the default channel, `$errors` for errors)."
          },
          "emitter_id": {
            "type": "string",
            "description": "The ID of the source or workflow that emitted the event."
          }
        }
      },
      "EventSummary": {
        "type": "object",
        "description": "An emitted event, as listed by the event-summary endpoints. @pipedream/sdk 3.1.6 has no\ntype for this shape (its `EmittedEvent`, a Connect trigger's event, has other fields:\n`e`, `k`, `ts`, `id`, `sum`), so the document's examples are the only source.\n",
        "required": [
          "id",
          "indexed_at_ms",
          "event"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/EventId"
          },
          "indexed_at_ms": {
            "type": "integer",
            "description": "When the event was indexed, in milliseconds since the epoch."
          },
          "event": {
            "type": "object",
            "additionalProperties": true,
            "description": "The event data (may be truncated above 1KB unless `expand=event`)."
          },
          "metadata": {
            "$ref": "#/components/schemas/EventMetadata"
          }
        }
      },
      "EventSummaryList": {
        "type": "object",
        "required": [
          "page_info",
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EventSummary"
            }
          }
        }
      },
      "WorkflowErrorContext": {
        "type": "object",
        "description": "The execution context of the event that caused the error.",
        "properties": {
          "id": {
            "type": "string"
          },
          "ts": {
            "type": "string",
            "description": "When the event arrived: an ISO 8601 timestamp in the document's example\n(`2020-11-26T06:06:44.652Z`). No `format` is enforced: the document states none and\n@pipedream/sdk 3.1.6 has no type for this object.\n"
          },
          "workflow_id": {
            "type": "string"
          },
          "deployment_id": {
            "type": "string"
          },
          "source_type": {
            "type": "string"
          },
          "verified": {
            "type": "boolean"
          },
          "owner_id": {
            "type": "string"
          },
          "platform_version": {
            "type": "string"
          }
        }
      },
      "WorkflowErrorDetail": {
        "type": "object",
        "description": "The error thrown by the workflow.",
        "properties": {
          "code": {
            "type": "string"
          },
          "cellId": {
            "type": "string",
            "description": "The ID of the step that threw."
          },
          "ts": {
            "type": "string",
            "description": "When the error was thrown: an ISO 8601 timestamp in the document's example. No\n`format` is enforced: the document states none and @pipedream/sdk 3.1.6 has no type\nfor this object.\n"
          },
          "stack": {
            "type": "string"
          }
        }
      },
      "WorkflowErrorEvent": {
        "type": "object",
        "description": "The data of a `$errors` event. In the document's example, the event `metadata` sits inside\n`event` (unlike the emits example, where it is a sibling of `event`); the schema follows it.\n",
        "properties": {
          "original_event": {
            "type": "object",
            "additionalProperties": true,
            "description": "The event that triggered the failed execution."
          },
          "original_context": {
            "$ref": "#/components/schemas/WorkflowErrorContext"
          },
          "error": {
            "$ref": "#/components/schemas/WorkflowErrorDetail"
          },
          "metadata": {
            "$ref": "#/components/schemas/EventMetadata"
          }
        }
      },
      "ErrorEventSummary": {
        "type": "object",
        "description": "A workflow error event, as listed by the workflow errors endpoint.",
        "required": [
          "id",
          "indexed_at_ms",
          "event"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/EventId"
          },
          "indexed_at_ms": {
            "type": "integer",
            "description": "When the event was indexed, in milliseconds since the epoch."
          },
          "event": {
            "$ref": "#/components/schemas/WorkflowErrorEvent"
          }
        }
      },
      "ErrorEventSummaryList": {
        "type": "object",
        "required": [
          "page_info",
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ErrorEventSummary"
            }
          }
        }
      },
      "Subscription": {
        "type": "object",
        "description": "A subscription delivering events from an emitter to a listener.",
        "required": [
          "id",
          "emitter_id",
          "listener_id",
          "event_name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The subscription ID, e.g. `sub_abc123`."
          },
          "emitter_id": {
            "type": "string"
          },
          "listener_id": {
            "type": "string"
          },
          "event_name": {
            "type": "string",
            "description": "The custom channel, or empty for the default channel."
          }
        }
      },
      "SubscriptionList": {
        "type": "object",
        "description": "A list of subscriptions. `page_info` is optional because the document's example omits it.",
        "required": [
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Subscription"
            }
          }
        }
      },
      "Workspace": {
        "type": "object",
        "description": "A workspace (org), with its daily quotas and usage where shown.",
        "required": [
          "id",
          "name",
          "orgname"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The workspace (org) ID, e.g. `o_abc123`."
          },
          "name": {
            "type": "string"
          },
          "orgname": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "description": "The workspace's email address. No `format` is enforced: the document states none (its\nexamples are plain addresses) and @pipedream/sdk 3.1.6 has no workspace type.\n"
          },
          "daily_credits_quota": {
            "type": "integer"
          },
          "daily_credits_used": {
            "type": "integer"
          },
          "daily_compute_time_quota": {
            "type": "integer",
            "description": "Milliseconds."
          },
          "daily_compute_time_used": {
            "type": "integer",
            "description": "Milliseconds."
          },
          "daily_invocations_quota": {
            "type": "integer"
          },
          "daily_invocations_used": {
            "type": "integer"
          }
        }
      },
      "WorkspaceResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Workspace"
          }
        }
      },
      "User": {
        "type": "object",
        "description": "The authenticated user. Free users show daily quotas and their workspaces (`orgs`); paid\nusers show billing-period fields.\n",
        "required": [
          "id",
          "username",
          "email"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The user ID, e.g. `u_abc123`."
          },
          "username": {
            "type": "string"
          },
          "email": {
            "type": "string",
            "description": "The user's email address. No `format` is enforced: the document states none and\n@pipedream/sdk 3.1.6 has no type for this user (its `ExternalUser` is a Connect end\nuser, another object).\n"
          },
          "daily_compute_time_quota": {
            "type": "integer",
            "description": "Milliseconds."
          },
          "daily_compute_time_used": {
            "type": "integer",
            "description": "Milliseconds."
          },
          "daily_invocations_quota": {
            "type": "integer"
          },
          "daily_invocations_used": {
            "type": "integer"
          },
          "orgs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Workspace"
            }
          },
          "billing_period_start_ts": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "billing_period_end_ts": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "billing_period_credits": {
            "type": "integer"
          }
        }
      },
      "UserResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/User"
          }
        }
      },
      "Webhook": {
        "type": "object",
        "description": "A webhook that delivers events to an endpoint URL.",
        "required": [
          "id",
          "url"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The webhook ID, e.g. `wh_abc123`."
          },
          "user_id": {
            "type": "string"
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "url": {
            "type": "string",
            "format": "uri",
            "description": "The endpoint URL events are delivered to: the URL given to `createWebhook`, which the\ndocument says \"must contain, at a minimum, a protocol — one of http or https — and\nhostname\", so it is an absolute URI. (@pipedream/sdk 3.1.6's `Webhook`, a Connect\nwebhook, types its `url` as a plain string and its timestamps as numbers of seconds.)\n"
          },
          "active": {
            "type": "boolean"
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "updated_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          }
        }
      },
      "WebhookList": {
        "type": "object",
        "required": [
          "page_info",
          "data"
        ],
        "properties": {
          "page_info": {
            "$ref": "#/components/schemas/PageInfo"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Webhook"
            }
          }
        }
      },
      "WebhookResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Webhook"
          }
        }
      },
      "SavedComponentApp": {
        "type": "object",
        "description": "An app used by a workflow step's saved component.",
        "properties": {
          "appId": {
            "type": "string"
          },
          "nameSlug": {
            "type": "string"
          },
          "authType": {
            "type": "string"
          }
        }
      },
      "SavedComponent": {
        "type": "object",
        "description": "The saved component behind a workflow step (camelCase fields, as the document shows).",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The saved component ID, e.g. `sc_PRYiAZ`."
          },
          "code": {
            "type": "string"
          },
          "codeHash": {
            "type": "string"
          },
          "configurableProps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConfigurableProp"
            }
          },
          "key": {
            "type": [
              "string",
              "null"
            ]
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "entryPath": {
            "type": [
              "string",
              "null"
            ]
          },
          "version": {
            "type": "string"
          },
          "apps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SavedComponentApp"
            }
          }
        }
      },
      "WorkflowStep": {
        "type": "object",
        "description": "A workflow step (mixing snake_case and camelCase fields, as the document shows).",
        "required": [
          "id",
          "namespace"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The step (cell) ID, e.g. `c_bDf10L`."
          },
          "type": {
            "type": "string",
            "description": "The step type, e.g. `CodeCell`."
          },
          "namespace": {
            "type": "string",
            "description": "The step name, e.g. `code`."
          },
          "disabled": {
            "type": "boolean"
          },
          "code_raw": {
            "type": [
              "string",
              "null"
            ]
          },
          "codeRaw": {
            "type": [
              "string",
              "null"
            ]
          },
          "codeConfigJson": {
            "type": [
              "string",
              "null"
            ]
          },
          "lang": {
            "type": "string",
            "description": "The runtime, e.g. `nodejs20.x` or `python3.12`."
          },
          "text_raw": {
            "type": [
              "string",
              "null"
            ]
          },
          "appConnections": {
            "type": "array",
            "items": {}
          },
          "flat_params_visibility_json": {
            "type": [
              "string",
              "null"
            ]
          },
          "params_json": {
            "type": "string",
            "description": "JSON-encoded params (a string)."
          },
          "component": {
            "type": "boolean"
          },
          "savedComponent": {
            "$ref": "#/components/schemas/SavedComponent"
          },
          "component_key": {
            "type": [
              "string",
              "null"
            ]
          },
          "component_owner_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "configured_props_json": {
            "type": [
              "string",
              "null"
            ],
            "description": "JSON-encoded configured props (a string), or null."
          },
          "authProvisionIdMap": {
            "type": "object",
            "additionalProperties": true
          },
          "authProvisionIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "HttpTrigger": {
        "type": "object",
        "description": "An HTTP trigger of a workflow (IDs start with `hi_` in the document's examples).",
        "required": [
          "id",
          "endpoint_url"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "key": {
            "type": "string"
          },
          "endpoint_url": {
            "type": "string",
            "description": "The trigger's endpoint (an `http://` URL in the document's example). No `format` is\nenforced: the document states none, and @pipedream/sdk 3.1.6, type `HttpInterface`, types\nit as a plain string.\n"
          },
          "custom_response": {
            "type": "boolean"
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "updated_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          }
        }
      },
      "TimerTrigger": {
        "type": "object",
        "description": "A timer (schedule) trigger of a workflow (IDs start with `ti_` in the document's examples).",
        "required": [
          "id",
          "timezone"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "interval_seconds": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The interval of an interval timer. `null` is accepted, assumed because the document's\nexample shows `cron: null` for the kind of timer it is not (@pipedream/sdk 3.1.6, type\n`TimerInterface`, marks both optional).\n"
          },
          "cron": {
            "type": [
              "string",
              "null"
            ],
            "description": "The cron expression of a cron timer; `null` for an interval timer (document's example)."
          },
          "timezone": {
            "type": "string",
            "description": "An IANA time zone name, e.g. `America/New_York`."
          },
          "schedule_changed_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "updated_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          }
        }
      },
      "EmailTrigger": {
        "type": "object",
        "description": "An email trigger of a workflow (IDs start with `ei_` in the document's examples).",
        "required": [
          "id",
          "email_address"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "email_address": {
            "type": "string",
            "description": "The address that triggers the workflow. No `format` is enforced: the document states\nnone and @pipedream/sdk 3.1.6 has no type for email triggers.\n"
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          },
          "updated_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds)."
          }
        }
      },
      "WorkflowTrigger": {
        "description": "A workflow trigger: an HTTP trigger, an event source (`Source`), a timer or an email\ntrigger. The document shows the kinds only by example, with no discriminator field, so this\nis an `anyOf`.\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/HttpTrigger"
          },
          {
            "$ref": "#/components/schemas/Source"
          },
          {
            "$ref": "#/components/schemas/TimerTrigger"
          },
          {
            "$ref": "#/components/schemas/EmailTrigger"
          }
        ]
      },
      "Workflow": {
        "type": "object",
        "description": "A workflow. `getWorkflow` returns it bare, with only `triggers` and `steps`;\n`createWorkflow` returns it in `data` with `id`, `name` and `active` as well. So only\n`triggers` and `steps` are required.\n",
        "required": [
          "triggers",
          "steps"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The workflow ID, e.g. `p_48rCxZ`."
          },
          "name": {
            "type": "string"
          },
          "active": {
            "type": "boolean"
          },
          "steps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WorkflowStep"
            }
          },
          "triggers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WorkflowTrigger"
            }
          }
        }
      },
      "WorkflowResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Workflow"
          }
        }
      },
      "OAuthToken": {
        "type": "object",
        "description": "An OAuth access token (not wrapped in `data`). Required: the three fields @pipedream/sdk\n3.1.6, type `CreateOAuthTokenResponse`, requires (same names; `expires_in` a number), all\nshown by the document's example; `created_at` is in the document's example only.\n",
        "required": [
          "access_token",
          "token_type",
          "expires_in"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "The access token (a JWT)."
          },
          "token_type": {
            "type": "string",
            "description": "The token type, `Bearer`."
          },
          "expires_in": {
            "type": "integer",
            "description": "Lifetime of the token in seconds."
          },
          "created_at": {
            "type": "integer",
            "description": "Unix timestamp (seconds) of issuance."
          }
        }
      },
      "RevokeTokenResponse": {
        "type": "object",
        "description": "An empty JSON object (the document calls the body empty and shows `{}`)."
      },
      "OAuthTokenRequest": {
        "type": "object",
        "description": "Client credentials to exchange for an access token. The document lists the three fields\nwithout saying which are required, and the vendor's reference page\n(https://pipedream.com/docs/rest-api/api-reference/oauth/get-a-new-access-token) marks none\nof them required. All three stay required because the vendor's SDK requires them:\n@pipedream/sdk 3.1.6, type `CreateOAuthTokenOpts`, declares `clientId` and `clientSecret`\nnon-optional, and its `oauthTokens.create` adds `grant_type: \"client_credentials\"` to every\nbody it sends. `scope` is the SDK's (see there). The document lets the common parameters `include`, `exclude` and `org_id` travel \"in\nthe body of the payload of POST requests\", so the body accepts them; it is otherwise closed.\n",
        "additionalProperties": false,
        "required": [
          "grant_type",
          "client_id",
          "client_secret"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "enum": [
              "client_credentials"
            ],
            "description": "Always `client_credentials` (document: \"For Pipedream, this is always client_credentials\")."
          },
          "client_id": {
            "type": "string",
            "description": "The client ID of the OAuth app."
          },
          "client_secret": {
            "type": "string",
            "description": "The client secret of the OAuth app."
          },
          "scope": {
            "type": "string",
            "description": "Space-separated scopes for the token (optional). Not in the document; accepted because\n@pipedream/sdk 3.1.6, type `CreateOAuthTokenOpts`, sends it in this body when its caller\ngives one (the SDK's default when absent is `*`, all scopes).\n"
          },
          "include": {
            "$ref": "#/components/schemas/IncludeFields"
          },
          "exclude": {
            "$ref": "#/components/schemas/ExcludeFields"
          },
          "org_id": {
            "$ref": "#/components/schemas/OrgId"
          }
        }
      },
      "RevokeTokenRequest": {
        "type": "object",
        "description": "The token to revoke and the OAuth app's client credentials. No field is required: the\ndocument lists the three without saying they are required (its example request sends all\nthree), the vendor's reference page\n(https://pipedream.com/docs/rest-api/api-reference/oauth/revoke-an-access-token) marks none\nof them required, and @pipedream/sdk 3.1.6 has no revoke call. Before, the spec read the\nunmarked list as \"all required\", stricter than the vendor. The document lets the common parameters `include`, `exclude` and `org_id` travel \"in\nthe body of the payload of POST requests\", so the body accepts them; it is otherwise closed.\n",
        "additionalProperties": false,
        "properties": {
          "token": {
            "type": "string",
            "description": "The access token to revoke."
          },
          "client_id": {
            "type": "string",
            "description": "The client ID of the OAuth app."
          },
          "client_secret": {
            "type": "string",
            "description": "The client secret of the OAuth app."
          },
          "include": {
            "$ref": "#/components/schemas/IncludeFields"
          },
          "exclude": {
            "$ref": "#/components/schemas/ExcludeFields"
          },
          "org_id": {
            "$ref": "#/components/schemas/OrgId"
          }
        }
      },
      "CreateComponentRequest": {
        "type": "object",
        "description": "One of `component_code` or `component_url` is required. The document lets the common parameters `include`, `exclude` and `org_id` travel \"in\nthe body of the payload of POST requests\", so the body accepts them; it is otherwise closed.\n",
        "additionalProperties": false,
        "properties": {
          "component_code": {
            "type": "string",
            "description": "The full code of a Pipedream component. Preferred when both fields are given."
          },
          "component_url": {
            "type": "string",
            "format": "uri",
            "description": "`format: uri` because the document calls it \"A reference to the URL where the\ncomponent is hosted\" and shows an absolute `https://` URL. The URL where the component\nis hosted, e.g.\n`https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.js`.\nKept only as metadata when `component_code` is also given.\n"
          },
          "include": {
            "$ref": "#/components/schemas/IncludeFields"
          },
          "exclude": {
            "$ref": "#/components/schemas/ExcludeFields"
          },
          "org_id": {
            "$ref": "#/components/schemas/OrgId"
          }
        },
        "allOf": [
          {
            "anyOf": [
              {
                "type": "object",
                "required": [
                  "component_code"
                ],
                "properties": {
                  "component_code": {
                    "type": "string"
                  }
                }
              },
              {
                "type": "object",
                "required": [
                  "component_url"
                ],
                "properties": {
                  "component_url": {
                    "type": "string"
                  }
                }
              }
            ]
          }
        ]
      },
      "CreateSourceRequest": {
        "type": "object",
        "description": "One of `component_id`, `component_code` or `component_url` is required. The document lets the common parameters `include`, `exclude` and `org_id` travel \"in\nthe body of the payload of POST requests\", so the body accepts them; it is otherwise closed.\n",
        "additionalProperties": false,
        "properties": {
          "component_id": {
            "type": "string",
            "description": "The ID of a component previously created in your account (preferred when several are given)."
          },
          "component_code": {
            "type": "string",
            "description": "The full code of a Pipedream component."
          },
          "component_url": {
            "type": "string",
            "format": "uri",
            "description": "The URL where the component is hosted. `format: uri` because the document calls it \"A\nreference to the URL where the component is hosted\".\n"
          },
          "name": {
            "type": "string",
            "description": "The name of the source. Defaults to the name slug of the component."
          },
          "configured_props": {
            "type": "object",
            "additionalProperties": true,
            "description": "Values of the component's configurable props, keyed by prop name (not in the document's\nparameter list, but sent by its example request).\n"
          },
          "include": {
            "$ref": "#/components/schemas/IncludeFields"
          },
          "exclude": {
            "$ref": "#/components/schemas/ExcludeFields"
          },
          "org_id": {
            "$ref": "#/components/schemas/OrgId"
          }
        },
        "anyOf": [
          {
            "required": [
              "component_id"
            ],
            "properties": {
              "component_id": {
                "type": "string"
              }
            }
          },
          {
            "required": [
              "component_code"
            ],
            "properties": {
              "component_code": {
                "type": "string"
              }
            }
          },
          {
            "required": [
              "component_url"
            ],
            "properties": {
              "component_url": {
                "type": "string"
              }
            }
          }
        ]
      },
      "UpdateSourceRequest": {
        "type": "object",
        "description": "One of `component_id`, `component_code` or `component_url` is required (as the document\nstates for this endpoint).\n",
        "additionalProperties": false,
        "properties": {
          "component_id": {
            "type": "string",
            "description": "The ID of a component previously created in your account (preferred when several are given)."
          },
          "component_code": {
            "type": "string",
            "description": "The full code of a Pipedream component."
          },
          "component_url": {
            "type": "string",
            "format": "uri",
            "description": "The URL where the component is hosted. `format: uri` because the document calls it \"A\nreference to the URL where the component is hosted\".\n"
          },
          "name": {
            "type": "string",
            "description": "The name of the source."
          },
          "active": {
            "type": "boolean",
            "default": true,
            "description": "Set to `false` to disable the source, `true` to enable it. Default from the document:\n\"Default: true.\"\n"
          },
          "configured_props": {
            "type": "object",
            "additionalProperties": true,
            "description": "Values of the component's configurable props, keyed by prop name (as when creating a source)."
          }
        },
        "anyOf": [
          {
            "required": [
              "component_id"
            ],
            "properties": {
              "component_id": {
                "type": "string"
              }
            }
          },
          {
            "required": [
              "component_code"
            ],
            "properties": {
              "component_code": {
                "type": "string"
              }
            }
          },
          {
            "required": [
              "component_url"
            ],
            "properties": {
              "component_url": {
                "type": "string"
              }
            }
          }
        ]
      },
      "WorkflowStepDefinition": {
        "type": "object",
        "description": "A step to include in a new workflow. `namespace` is required, assumed because the document\nsays each step comes \"with its namespace and props\" and the namespace is what names the\ntemplate's step (every example step has one); `props` may be left out. Open, because the\ndocument does not list a step's fields exhaustively.\n",
        "required": [
          "namespace"
        ],
        "properties": {
          "namespace": {
            "type": "string",
            "description": "The step's namespace (name), matching a step of the template."
          },
          "props": {
            "type": "object",
            "additionalProperties": true,
            "description": "Prop values of the step, keyed by prop name (app props take `{\"authProvisionId\": \"apn_...\"}`)."
          }
        }
      },
      "WorkflowTriggerDefinition": {
        "type": "object",
        "description": "A trigger of a new workflow.",
        "properties": {
          "type": {
            "type": "string",
            "description": "The trigger type (named by the document's prose, absent from its example)."
          },
          "props": {
            "type": "object",
            "additionalProperties": true,
            "description": "The trigger's prop values, keyed by prop name."
          }
        }
      },
      "WorkflowSettings": {
        "type": "object",
        "description": "Additional workflow settings \"such as name and auto_deploy\" (open).",
        "additionalProperties": true,
        "properties": {
          "name": {
            "type": "string"
          },
          "auto_deploy": {
            "type": "boolean"
          }
        }
      },
      "CreateWorkflowRequest": {
        "type": "object",
        "description": "`org_id`, `project_id` and `template_id` are required; `steps`, `triggers` and `settings` are\noptional. The document lists all six without \"(optional)\" (it marks optional fields so\nelsewhere) and its example request sends all six, but it does not say they are required;\nthe vendor's reference page\nhttps://pipedream.com/docs/rest-api/api-reference/workflows/create-a-workflow marks exactly\n`org_id`, `project_id` and `template_id` required, and a workflow created from a template\ntakes its steps, triggers and settings from that template. So the spec requires what the\nvendor requires, no more. `org_id` is also the document's \"When creating new resources,\nyou'll need to specify the org_id\". The document lets the common parameters `include`,\n`exclude` and `org_id` travel \"in the body of the payload of POST requests\", so the body\naccepts them; it is otherwise closed.\n",
        "additionalProperties": false,
        "required": [
          "org_id",
          "project_id",
          "template_id"
        ],
        "properties": {
          "org_id": {
            "$ref": "#/components/schemas/OrgId"
          },
          "include": {
            "$ref": "#/components/schemas/IncludeFields"
          },
          "exclude": {
            "$ref": "#/components/schemas/ExcludeFields"
          },
          "project_id": {
            "type": "string",
            "description": "The ID of the project to create the workflow in. The prefix is the document's: \"the\nproject ID can be found in the URL, starting with proj_\"; the characters after it are\nnot constrained (the document states none).\n",
            "pattern": "^proj_"
          },
          "template_id": {
            "type": "string",
            "description": "The ID of the workflow template: the `h` value of a workflow's \"Create share link\" URL\n(`https://pipedream.com/new?h=tch_Vdfl0l` gives `tch_Vdfl0l`; the document's prose\nwrites the result as `tch_Vdfl01`, a typo for the URL's value).\n"
          },
          "steps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WorkflowStepDefinition"
            }
          },
          "triggers": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WorkflowTriggerDefinition"
            }
          },
          "settings": {
            "$ref": "#/components/schemas/WorkflowSettings"
          }
        }
      },
      "UpdateWorkflowRequest": {
        "type": "object",
        "description": "Both fields are required: the document lists `active` and `org_id` for this body without\n\"(optional)\" (it marks optional fields so elsewhere), its example request sends both, and\nthe endpoint \"is only available when using user API keys\", where \"org_id ... is only\nrequired when using User API keys\". PUT bodies are not among those the document says may\ncarry `include`/`exclude` (it names POST only), so they are not accepted here.\n",
        "additionalProperties": false,
        "required": [
          "active",
          "org_id"
        ],
        "properties": {
          "active": {
            "type": "boolean",
            "description": "Set to `true` to activate the workflow, `false` to deactivate it."
          },
          "org_id": {
            "$ref": "#/components/schemas/OrgId"
          }
        }
      }
    },
    "examples": {
      "ListUserSourcesDoc": {
        "summary": "The document's example paginated response (GET /users/me/sources?limit=3&after=ZGNfSzB1QWVl).",
        "value": {
          "page_info": {
            "total_count": 3,
            "count": 3,
            "start_cursor": "ZGNfSzB1QWVl",
            "end_cursor": "ZGNfclhhdTZv"
          },
          "data": [
            {
              "id": "dc_5YGuMo"
            },
            {
              "id": "dc_5v3unr"
            },
            {
              "id": "dc_rXau6o"
            }
          ]
        }
      },
      "ListAccountsDoc": {
        "summary": "The document's example response, with its `//` comments removed (comments are not JSON).",
        "value": {
          "data": [
            {
              "id": "apn_abc123",
              "created_at": "2022-07-27T20:37:52.000Z",
              "updated_at": "2024-02-11T04:18:46.000Z",
              "name": "Google Sheets — pipedream.com",
              "app": {
                "id": "app_abc123",
                "name": "Google Sheets"
              },
              "healthy": true
            }
          ]
        }
      },
      "GetAccountDoc": {
        "summary": "The document's account-metadata example, with its `//` comment removed.",
        "value": {
          "data": {
            "id": "apn_abc123",
            "created_at": "2022-07-27T20:37:52.000Z",
            "updated_at": "2024-02-11T04:18:46.000Z",
            "name": "Google Sheets — pipedream.com",
            "app": {
              "id": "app_abc123",
              "name": "Google Sheets"
            },
            "healthy": true
          }
        }
      },
      "GetAccountCredentialsDoc": {
        "summary": "The document's account-credentials example (`include_credentials=true`), with its `//` comments removed; `credentials`, which held only a comment, is `{}`.",
        "value": {
          "data": {
            "id": "apn_abc123",
            "created_at": "2022-07-27T20:37:52.000Z",
            "updated_at": "2024-02-11T04:18:46.000Z",
            "expires_at": "2024-02-11T05:18:46.000Z",
            "name": "Google Sheets — pipedream.com",
            "app": {
              "id": "app_abc123",
              "name": "Google Sheets"
            },
            "credentials": {}
          }
        }
      },
      "ListAppsDoc": {
        "summary": "The document's example response.",
        "value": {
          "page_info": {
            "total_count": 2,
            "count": 2,
            "start_cursor": "c2xhY2s",
            "end_cursor": "c2xhY2tfYm90"
          },
          "data": [
            {
              "id": "app_OkrhR1",
              "name_slug": "slack",
              "name": "Slack",
              "auth_type": "oauth",
              "description": "Slack is a channel-based messaging platform. With Slack, people can work together more effectively, connect all their software tools and services, and find the information they need to do their best work — all within a secure, enterprise-grade environment.",
              "img_src": "https://assets.pipedream.net/s.v0/app_OkrhR1/logo/orig",
              "custom_fields_json": "[]",
              "categories": [
                "Communication"
              ]
            },
            {
              "id": "app_mWnheL",
              "name_slug": "slack_bot",
              "name": "Slack Bot",
              "auth_type": "keys",
              "description": "Interact with Slack with your own bot user",
              "img_src": "https://assets.pipedream.net/s.v0/app_mWnheL/logo/orig",
              "custom_fields_json": "[{\"name\":\"bot_token\",\"label\":\"Bot Token\",\"description\":null,\"default\":null,\"optional\":null,\"type\":\"password\"}]",
              "categories": [
                "Communication"
              ]
            }
          ]
        }
      },
      "GetAppDoc": {
        "summary": "The document's example response, repaired: the fragment `\"data\": [ {...} ]` is enclosed in `{ }` and `data` holds the app object rather than a one-element array.",
        "value": {
          "data": {
            "id": "app_OkrhR1",
            "name_slug": "slack",
            "name": "Slack",
            "auth_type": "oauth",
            "description": "Slack is a channel-based messaging platform. With Slack, people can work together more effectively, connect all their software tools and services, and find the information they need to do their best work — all within a secure, enterprise-grade environment.",
            "img_src": "https://assets.pipedream.net/s.v0/app_OkrhR1/logo/orig",
            "custom_fields_json": "[]",
            "categories": [
              "Communication"
            ]
          }
        }
      },
      "CreateComponentRequestDoc": {
        "summary": "The document's example request body (an RSS component from GitHub).",
        "value": {
          "component_url": "https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.js"
        }
      },
      "CreateComponentDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": {
            "id": "sc_JDi8EB",
            "code": "component code here",
            "code_hash": "685c7a680d055eaf505b08d5d814feef9fabd516d5960837d2e0838d3e1c9ed1",
            "name": "rss",
            "version": "0.0.1",
            "configurable_props": [
              {
                "name": "url",
                "type": "string",
                "label": "Feed URL",
                "description": "Enter the URL for any public RSS feed."
              },
              {
                "name": "timer",
                "type": "$.interface.timer",
                "default": {
                  "intervalSeconds": 900
                }
              }
            ],
            "created_at": 1588866900,
            "updated_at": 1588866900
          }
        }
      },
      "GetComponentDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": {
            "id": "sc_JDi8EB",
            "code": "component code here",
            "code_hash": "685c7a680d055eaf505b08d5d814feef9fabd516d5960837d2e0838d3e1c9ed1",
            "name": "rss",
            "version": "0.0.1",
            "configurable_props": [
              {
                "name": "url",
                "type": "string",
                "label": "Feed URL",
                "description": "Enter the URL for any public RSS feed."
              },
              {
                "name": "timer",
                "type": "$.interface.timer",
                "default": {
                  "intervalSeconds": 900
                }
              }
            ],
            "created_at": 1588866900,
            "updated_at": 1588866900
          }
        }
      },
      "GetRegistryComponentDoc": {
        "summary": "The document's example response (it shows the RSS component although the example request asks for `github-new-repository`).",
        "value": {
          "data": {
            "id": "sc_JDi8EB",
            "code": "component code here",
            "code_hash": "685c7a680d055eaf505b08d5d814feef9fabd516d5960837d2e0838d3e1c9ed1",
            "name": "rss",
            "version": "0.0.1",
            "configurable_props": [
              {
                "name": "url",
                "type": "string",
                "label": "Feed URL",
                "description": "Enter the URL for any public RSS feed."
              },
              {
                "name": "timer",
                "type": "$.interface.timer",
                "default": {
                  "intervalSeconds": 900
                }
              }
            ],
            "created_at": 1588866900,
            "updated_at": 1588866900
          }
        }
      },
      "SearchComponentsDoc": {
        "summary": "The document's example response.",
        "value": {
          "sources": [
            "hubspot-new-contact"
          ],
          "actions": [
            "twilio-send-sms"
          ]
        }
      },
      "CreateOAuthTokenRequestDoc": {
        "summary": "The document's example request body (placeholders as given).",
        "value": {
          "grant_type": "client_credentials",
          "client_id": "<client_id>",
          "client_secret": "<client secret>"
        }
      },
      "CreateOAuthTokenDoc": {
        "summary": "The document's example response (placeholder token as given).",
        "value": {
          "access_token": "<access token (a JWT)>",
          "token_type": "Bearer",
          "expires_in": 3600,
          "created_at": 1645142400
        }
      },
      "RevokeOAuthTokenRequestDoc": {
        "summary": "The document's example request body (placeholders as given).",
        "value": {
          "token": "<access token>",
          "client_id": "<client_id>",
          "client_secret": "<client secret>"
        }
      },
      "RevokeOAuthTokenDoc": {
        "summary": "The document's example response: an empty JSON object.",
        "value": {}
      },
      "CreateSourceRequestDoc": {
        "summary": "The document's example request body: an RSS source that runs once a minute.",
        "value": {
          "component_url": "https://github.com/PipedreamHQ/pipedream/blob/master/components/rss/sources/new-item-in-feed/new-item-in-feed.js",
          "name": "your-name-here",
          "configured_props": {
            "url": "https://rss.m.pipedream.net",
            "timer": {
              "intervalSeconds": 60
            }
          }
        }
      },
      "CreateSourceDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": {
            "id": "dc_abc123",
            "user_id": "u_abc123",
            "component_id": "sc_abc123",
            "configured_props": {
              "url": "https://rss.m.pipedream.net",
              "timer": {
                "cron": null,
                "interval_seconds": 60
              }
            },
            "active": true,
            "created_at": 1589486978,
            "updated_at": 1589486978,
            "name": "your-name-here",
            "name_slug": "your-name-here"
          }
        }
      },
      "GetCurrentUserDoc": {
        "summary": "The document's free-user example, repaired: a missing comma after `\"daily_invocations_used\": 24903` added, and the trailing comma after the `orgs` array removed.",
        "value": {
          "data": {
            "id": "u_abc123",
            "username": "dylburger",
            "email": "dylan@pipedream.com",
            "daily_compute_time_quota": 95400000,
            "daily_compute_time_used": 8420300,
            "daily_invocations_quota": 27344,
            "daily_invocations_used": 24903,
            "orgs": [
              {
                "name": "MyWorkspace",
                "id": "o_abc123",
                "orgname": "myworkspace",
                "email": "workspace@pipedream.com",
                "daily_credits_quota": 100,
                "daily_credits_used": 0
              },
              {
                "name": "MyTeam",
                "id": "o_edf456",
                "orgname": "myteam",
                "email": "team@pipedream.com",
                "daily_credits_quota": 100,
                "daily_credits_used": 0,
                "daily_compute_time_quota": 1800000,
                "daily_compute_time_used": 0,
                "daily_invocations_quota": 100,
                "daily_invocations_used": 0
              }
            ]
          }
        }
      },
      "GetCurrentUserPaidDoc": {
        "summary": "The document's paid-user example, repaired: a missing comma after the `username` value added.",
        "value": {
          "data": {
            "id": "u_abc123",
            "username": "user-35b7389db9e5222d42df6b3f0cfa8143",
            "email": "dylan@pipedream.com",
            "billing_period_start_ts": 1610154978,
            "billing_period_end_ts": 1612833378,
            "billing_period_credits": 12345
          }
        }
      },
      "CreateWebhookDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": {
            "id": "wh_abc123",
            "user_id": "u_abc123",
            "name": null,
            "description": null,
            "url": "https://endpoint.m.pipedream.net",
            "active": true,
            "created_at": 1611964025,
            "updated_at": 1611964025
          }
        }
      },
      "CreateWorkflowRequestDoc": {
        "summary": "The document's example request body.",
        "value": {
          "project_id": "proj_wx9sgy",
          "org_id": "o_BYDI5y",
          "template_id": "tch_3BXfWO",
          "steps": [
            {
              "namespace": "code",
              "props": {
                "stringProp": "asdf"
              }
            },
            {
              "namespace": "keyauth_hello_world",
              "props": {
                "keyauth": {
                  "authProvisionId": "apn_Nb6h9v"
                }
              }
            }
          ],
          "triggers": [
            {
              "props": {
                "oauth": {
                  "authProvisionId": "apn_qZWh4A"
                },
                "string": "jkl"
              }
            }
          ],
          "settings": {
            "name": "example workflow name",
            "auto_deploy": true
          }
        }
      },
      "CreateWorkflowDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": {
            "id": "p_48rCxZ",
            "name": "example workflow name",
            "active": true,
            "steps": [
              {
                "id": "c_bDf10L",
                "type": "CodeCell",
                "namespace": "code",
                "disabled": false,
                "code_raw": null,
                "codeRaw": null,
                "codeConfigJson": null,
                "lang": "nodejs20.x",
                "text_raw": null,
                "appConnections": [],
                "flat_params_visibility_json": null,
                "params_json": "{}",
                "component": true,
                "savedComponent": {
                  "id": "sc_PRYiAZ",
                  "code": "export default defineComponent({\n  props: {\n    stringProp: {\n      type: \"string\"\n    },\n    intProp: {\n      type: \"integer\",\n    }\n  },\n  async run({ steps, $ }) {\n    console.log(this.stringProp)\n    return steps.trigger.event\n  },\n})",
                  "codeHash": "1908045950f3c1a861e538b20d70732adb701a81174dc59f809398e43f85d132",
                  "configurableProps": [
                    {
                      "name": "stringProp",
                      "type": "string"
                    },
                    {
                      "name": "intProp",
                      "type": "integer"
                    }
                  ],
                  "key": null,
                  "description": null,
                  "entryPath": null,
                  "version": "",
                  "apps": []
                },
                "component_key": null,
                "component_owner_id": null,
                "configured_props_json": "{\"intProp\":5,\"stringProp\":\"asdf\"}",
                "authProvisionIdMap": {},
                "authProvisionIds": []
              },
              {
                "id": "c_W3f0YV",
                "type": "CodeCell",
                "namespace": "python",
                "disabled": false,
                "code_raw": null,
                "codeRaw": null,
                "codeConfigJson": null,
                "lang": "python3.12",
                "text_raw": null,
                "appConnections": [],
                "flat_params_visibility_json": null,
                "params_json": "{}",
                "component": true,
                "savedComponent": {
                  "id": "sc_mweiWO",
                  "code": "def handler(pd: \"pipedream\"):\n    # Reference data from previous steps\n    print(pd.steps[\"trigger\"][\"context\"][\"id\"])\n    # Return data for use in future steps\n    return {\"foo\": {\"test\": True}}\n",
                  "codeHash": "63b32f00f1bc0b594e7a109cced4bda5011ab4420e358f743058dc46de8c5270",
                  "configurableProps": [],
                  "key": null,
                  "description": null,
                  "entryPath": null,
                  "version": "",
                  "apps": []
                },
                "component_key": null,
                "component_owner_id": null,
                "configured_props_json": null,
                "authProvisionIdMap": {},
                "authProvisionIds": []
              },
              {
                "id": "c_D7feVN",
                "type": "CodeCell",
                "namespace": "keyauth_hello_world",
                "disabled": false,
                "code_raw": null,
                "codeRaw": null,
                "codeConfigJson": null,
                "lang": "nodejs20.x",
                "text_raw": null,
                "appConnections": [],
                "flat_params_visibility_json": null,
                "params_json": "{}",
                "component": true,
                "savedComponent": {
                  "id": "sc_71Li4l",
                  "code": "const keyauth = {\n  type: \"app\",\n  app: \"keyauth\",\n  propDefinitions: {},\n}\n\nexport default {\n  name: \"Key auth hello world\",\n  version: \"0.0.1\",\n  key: \"keyauth-hello-world\",\n  type: \"action\",\n  description: \"simple hello world with dev keyauth app.\",\n  props: {\n    keyauth,\n  },\n  async run() {\n    console.log(\"hello world\")\n    return \"hello world\"\n  },\n}\n",
                  "codeHash": "b7d5c6540f60e63174a96d5e5ba4aa89bf45b7b9d9fdc01db0ee64c905962415",
                  "configurableProps": [
                    {
                      "name": "keyauth",
                      "type": "app",
                      "app": "keyauth"
                    }
                  ],
                  "key": "keyauth-hello-world",
                  "description": "simple hello world with dev keyauth app.",
                  "entryPath": null,
                  "version": "0.0.1",
                  "apps": [
                    {
                      "appId": "app_1xohQx",
                      "nameSlug": "keyauth",
                      "authType": "keys"
                    }
                  ]
                },
                "component_key": "keyauth-hello-world",
                "component_owner_id": null,
                "configured_props_json": "{\"keyauth\":{\"authProvisionId\":\"apn_Nb6h9v\"}}",
                "authProvisionIdMap": {},
                "authProvisionIds": []
              }
            ],
            "triggers": [
              {
                "id": "hi_0R3HKG",
                "key": "eohq5aaq8yr4sye",
                "endpoint_url": "http://eojq5abv8yr4sye.m.d.pipedream.net",
                "custom_response": false,
                "created_at": 1707418403,
                "updated_at": 1707418403
              },
              {
                "id": "dc_rmXuv3",
                "owner_id": "o_BYDI5y",
                "component_id": "sc_PgliBJ",
                "configured_props": {},
                "active": true,
                "created_at": 1707241571,
                "updated_at": 1707241571,
                "name": "Emit hello world",
                "name_slug": "emit-hello-world-6"
              },
              {
                "id": "ti_aPxTPY",
                "interval_seconds": 3600,
                "cron": null,
                "timezone": "America/New_York",
                "schedule_changed_at": 1707418408,
                "created_at": 1707418404,
                "updated_at": 1707418404
              },
              {
                "id": "dc_5nvuPv",
                "owner_id": "o_BYDI5y",
                "component_id": "sc_XGBiLw",
                "configured_props": {
                  "oauth": {
                    "authProvisionId": "apn_qZWh4A"
                  },
                  "string": "jkl"
                },
                "active": true,
                "created_at": 1707418404,
                "updated_at": 1707418404,
                "name": "oauth-test-source",
                "name_slug": "oauth-test-source-3"
              },
              {
                "id": "ei_QbGT3D",
                "email_address": "em5tdwgfgbw9piv@upload.pipedream.net",
                "created_at": 1707418407,
                "updated_at": 1707418407
              }
            ]
          }
        }
      },
      "UpdateWorkflowRequestDoc": {
        "summary": "The document's example request body (deactivate a workflow).",
        "value": {
          "active": false,
          "org_id": "o_BYDI5y"
        }
      },
      "GetWorkflowDoc": {
        "summary": "The document's example response (not wrapped in `data`).",
        "value": {
          "triggers": [
            {
              "id": "hi_ABpHKz",
              "key": "eabcdefghiklmnop",
              "endpoint_url": "http://eabcdefghiklmnop.m.d.pipedream.net",
              "custom_response": false
            }
          ],
          "steps": [
            {
              "id": "c_abc123",
              "namespace": "code",
              "disabled": false,
              "lang": "nodejs20.x",
              "appConnections": [],
              "component": true,
              "savedComponent": {
                "id": "sc_abc123",
                "codeHash": "long-hash-here",
                "configurableProps": [
                  {
                    "name": "channelId",
                    "type": "string"
                  },
                  {
                    "name": "message",
                    "type": "string"
                  },
                  {
                    "name": "slack",
                    "type": "app",
                    "app": "slack"
                  }
                ],
                "version": ""
              },
              "component_key": null,
              "component_owner_id": "o_abc123",
              "configured_props_json": "{}"
            }
          ]
        }
      },
      "ListWorkflowEmitsDoc": {
        "summary": "The document's example response (`expand=event&limit=1`).",
        "value": {
          "page_info": {
            "total_count": 1,
            "start_cursor": "1606511826306-0",
            "end_cursor": "1606511826306-0",
            "count": 1
          },
          "data": [
            {
              "id": "1606511826306-0",
              "indexed_at_ms": 1606511826306,
              "event": {
                "raw_event": {
                  "name": "Luke",
                  "title": "Jedi"
                }
              },
              "metadata": {
                "emit_id": "1ktF96gAMsLqdYSRWYL9KFS5QqW",
                "name": "",
                "emitter_id": "p_abc123"
              }
            }
          ]
        }
      },
      "ListWorkflowErrorsDoc": {
        "summary": "The document's example response (`expand=event&limit=1`).",
        "value": {
          "page_info": {
            "total_count": 100,
            "start_cursor": "1606370816223-0",
            "end_cursor": "1606370816223-0",
            "count": 1
          },
          "data": [
            {
              "id": "1606370816223-0",
              "indexed_at_ms": 1606370816223,
              "event": {
                "original_event": {
                  "name": "Luke",
                  "title": "Jedi"
                },
                "original_context": {
                  "id": "1kodJIW7jVnKfvB2yp1OoPrtbFk",
                  "ts": "2020-11-26T06:06:44.652Z",
                  "workflow_id": "p_abc123",
                  "deployment_id": "d_abc123",
                  "source_type": "SDK",
                  "verified": false,
                  "owner_id": "u_abc123",
                  "platform_version": "3.1.20"
                },
                "error": {
                  "code": "InternalFailure",
                  "cellId": "c_abc123",
                  "ts": "2020-11-26T06:06:56.077Z",
                  "stack": "    at Request.extractError ..."
                },
                "metadata": {
                  "emitter_id": "p_abc123",
                  "emit_id": "1kodKnAdWGeJyhqYbqyW6lEXVAo",
                  "name": "$errors"
                }
              }
            }
          ]
        }
      },
      "GetWorkspaceDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": {
            "id": "o_Qa8I1Z",
            "orgname": "asdf",
            "name": "asdf",
            "email": "dev@pipedream.com",
            "daily_credits_quota": 100,
            "daily_credits_used": 0
          }
        }
      },
      "ListWorkspaceAccountsDoc": {
        "summary": "The document's example response (`query=google_sheets`).",
        "value": {
          "page_info": {
            "total_count": 1,
            "count": 1,
            "start_cursor": "YXBuXzJrVmhMUg",
            "end_cursor": "YXBuXzJrVmhMUg"
          },
          "data": [
            {
              "id": "apn_2kVhLR",
              "name": "Google Sheets #1"
            }
          ]
        }
      },
      "ListWorkspaceSubscriptionsDoc": {
        "summary": "The document's example response.",
        "value": {
          "data": [
            {
              "id": "sub_abc123",
              "emitter_id": "dc_abc123",
              "listener_id": "p_abc123",
              "event_name": ""
            },
            {
              "id": "sub_def456",
              "emitter_id": "dc_def456",
              "listener_id": "p_def456",
              "event_name": ""
            }
          ]
        }
      },
      "ListWorkspaceSourcesDoc": {
        "summary": "The document's example response.",
        "value": {
          "page_info": {
            "total_count": 19,
            "count": 10,
            "start_cursor": "ZGNfSzB1QWVl",
            "end_cursor": "ZGNfeUx1alJx"
          },
          "data": [
            {
              "id": "dc_abc123",
              "component_id": "sc_def456",
              "configured_props": {
                "http": {
                  "endpoint_url": "https://myendpoint.m.pipedream.net"
                }
              },
              "active": true,
              "created_at": 1587679599,
              "updated_at": 1587764467,
              "name": "test",
              "name_slug": "test"
            }
          ]
        }
      }
    }
  }
};

export default document;
