// Generated from specs/patchworks.yaml by scripts/generate.ts (npm run generate). Do not edit.

import type { OperationMethod } from "../src/core/operations.js";

/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */
const operations: Readonly<Record<string, readonly [string, string]>> = {
  listFlowCallbacks: ["get", "/api/v1/flows/{flow}/callbacks"],
  createFlowCallback: ["post", "/api/v1/flows/{flow}/callbacks"],
  updateFlowCallback: ["put", "/api/v1/flows/{flow}/callbacks/{callback}"],
  deleteFlowCallback: ["delete", "/api/v1/flows/{flow}/callbacks/{callback}"],
};

export default operations;

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
  createFlowCallback: OperationMethod<Paths, "/api/v1/flows/{flow}/callbacks", "post">;

  /**
   * Update Flow Callback
   *
   * Updates an existing callback for a specific flow. Both body fields are optional
   * (document; the Flow Callbacks page agrees), so the body itself is optional too. Success is
   * 200 (document and Flow Callbacks page).
   *
   * `PUT /api/v1/flows/{flow}/callbacks/{callback}`
   */
  updateFlowCallback: OperationMethod<Paths, "/api/v1/flows/{flow}/callbacks/{callback}", "put">;

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
