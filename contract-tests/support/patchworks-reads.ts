// Patchworks: the required fields of every success answer, read as an application reads them: each
// assigned to its exact type, never widened. A field that becomes optional or nullable in
// specs/patchworks.yaml fails tsc here, in one place (the drift score plants both).
import type { components, paths } from "../../generated/patchworks.js";
import type { SuccessOf } from "./reads.js";

type Schemas = components["schemas"];
type Ok<Path extends keyof paths, Method extends keyof paths[Path]> = SuccessOf<paths, Path, Method>;

export const listFlowCallbacks = (body: Ok<"/api/v1/flows/{flow}/callbacks", "get">): { meta: object } => ({
  meta: body.meta,
});
export const createFlowCallback = (
  body: Ok<"/api/v1/flows/{flow}/callbacks", "post">,
): { id: number; flow_id: number; status: Schemas["CallbackStatus"]; format: Schemas["CallbackFormat"] } => ({
  id: body.data.id,
  flow_id: body.data.flow_id,
  status: body.data.status,
  format: body.data.format,
});
export const updateFlowCallback = (
  body: Ok<"/api/v1/flows/{flow}/callbacks/{callback}", "put">,
): { id: number; flow_id: number; status: Schemas["CallbackStatus"]; format: Schemas["CallbackFormat"] } => ({
  id: body.data.id,
  flow_id: body.data.flow_id,
  status: body.data.status,
  format: body.data.format,
});
