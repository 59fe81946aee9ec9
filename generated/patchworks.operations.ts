// Generated from specs/patchworks.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { JsonRequestBody, OperationMethod } from "../src/core/operations.js";
import type { paths } from "./patchworks.js";

/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */
const operations: Readonly<Record<string, readonly [string, string]>> = {
  listFlowCallbacks: ["get", "/api/v1/flows/{flow}/callbacks"],
  createFlowCallback: ["post", "/api/v1/flows/{flow}/callbacks"],
  updateFlowCallback: ["put", "/api/v1/flows/{flow}/callbacks/{callback}"],
  deleteFlowCallback: ["delete", "/api/v1/flows/{flow}/callbacks/{callback}"],
};

export default operations;

type CreateFlowCallbackBodyJson = JsonRequestBody<paths, "/api/v1/flows/{flow}/callbacks", "post">;

/** The JSON body of createFlowCallback (`POST /api/v1/flows/{flow}/callbacks`), named so that type errors name it. */
export interface CreateFlowCallbackBody {
  /**
   * Whether the callback trigger runs its flow. The document and the Flow Callbacks page declare
   * an enum but list no values; `active`/`inactive` are assumed, because a callback trigger is
   * either on or off (to revisit against a live response). A value outside them is refused by
   * the mock.
   */
  status?: Exclude<CreateFlowCallbackBodyJson["status"], undefined>;
  /**
   * Payload format the callback accepts and answers with (it sets the `content-type` of
   * callback responses; payloads are not validated against it). Values from the vendor reference
   * https://doc.wearepatchworks.com/product-documentation/process-flows/building-process-flows/process-flow-shapes/standard-shapes/trigger-shape/trigger-shape-callback:
   * "Available formats are: JSON, XML, TXT", JSON by default. The lowercase spelling is assumed,
   * because the vendor's own OpenAPI spells its flow formats in lowercase (`json`, `txt`, `xml`).
   */
  format?: Exclude<CreateFlowCallbackBodyJson["format"], undefined>;
}

type UpdateFlowCallbackBodyJson = JsonRequestBody<paths, "/api/v1/flows/{flow}/callbacks/{callback}", "put">;

/** The JSON body of updateFlowCallback (`PUT /api/v1/flows/{flow}/callbacks/{callback}`), named so that type errors name it. */
export interface UpdateFlowCallbackBody {
  /**
   * Whether the callback trigger runs its flow. The document and the Flow Callbacks page declare
   * an enum but list no values; `active`/`inactive` are assumed, because a callback trigger is
   * either on or off (to revisit against a live response). A value outside them is refused by
   * the mock.
   */
  status?: Exclude<UpdateFlowCallbackBodyJson["status"], undefined>;
  /**
   * Payload format the callback accepts and answers with (it sets the `content-type` of
   * callback responses; payloads are not validated against it). Values from the vendor reference
   * https://doc.wearepatchworks.com/product-documentation/process-flows/building-process-flows/process-flow-shapes/standard-shapes/trigger-shape/trigger-shape-callback:
   * "Available formats are: JSON, XML, TXT", JSON by default. The lowercase spelling is assumed,
   * because the vendor's own OpenAPI spells its flow formats in lowercase (`json`, `txt`, `xml`).
   */
  format?: Exclude<UpdateFlowCallbackBodyJson["format"], undefined>;
}

/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */
export interface PatchworksOperationMethods<Paths> {
  /**
   * List Flow Callbacks
   *
   * Retrieves a paginated list of callbacks for a specific flow.
   *
   * `GET /api/v1/flows/{flow}/callbacks`
   */
  listFlowCallbacks: OperationMethod<Paths, "/api/v1/flows/{flow}/callbacks", "get">;

  /**
   * Create Flow Callback
   *
   * Creates a new callback trigger for a specific flow. Both body fields are optional
   * (document; the Flow Callbacks page agrees), so the body itself is optional too; more
   * detailed validation may apply depending on the data sent, reported as 422 (assumed status,
   * Laravel's). Success is 200 (document and Flow Callbacks page), not 201.
   *
   * `POST /api/v1/flows/{flow}/callbacks`
   */
  createFlowCallback: OperationMethod<Paths, "/api/v1/flows/{flow}/callbacks", "post", CreateFlowCallbackBody>;

  /**
   * Update Flow Callback
   *
   * Updates an existing callback for a specific flow. Both body fields are optional
   * (document; the Flow Callbacks page agrees), so the body itself is optional too. Success is
   * 200 (document and Flow Callbacks page).
   *
   * `PUT /api/v1/flows/{flow}/callbacks/{callback}`
   */
  updateFlowCallback: OperationMethod<Paths, "/api/v1/flows/{flow}/callbacks/{callback}", "put", UpdateFlowCallbackBody>;

  /**
   * Delete Flow Callback
   *
   * Permanently deletes a specific callback for a specific flow. Success is 200 with a JSON
   * body whose only property, `message`, is an optional string (document and Flow Callbacks
   * page); no 204.
   *
   * `DELETE /api/v1/flows/{flow}/callbacks/{callback}`
   */
  deleteFlowCallback: OperationMethod<Paths, "/api/v1/flows/{flow}/callbacks/{callback}", "delete">;
}
