// Dynamiq: the required fields of every success answer, read as an application reads them: each
// assigned to its exact type, never widened. A field that becomes optional or nullable in
// specs/dynamiq.yaml fails tsc here, in one place (the drift score plants both).
import type { components, paths } from "../../generated/dynamiq.js";
import type { SuccessOf } from "./reads.js";

type Schemas = components["schemas"];
type Ok<Path extends keyof paths, Method extends keyof paths[Path]> = SuccessOf<paths, Path, Method>;

export const authorizePipedreamRequirement = (
  body: Ok<"/v1/connect/requirements/{requirement_id}/pipedream/authorize", "post">,
): { url: string } => ({
  url: body.data.url,
});
export const authorizeOAuth2Requirement = (
  body: Ok<"/v1/connect/requirements/{requirement_id}/oauth2/authorize", "post">,
): { url: string } => ({
  url: body.data.url,
});
export const listConversations = (body: Ok<"/v1/conversations", "get">): { pagination: Schemas["PagePagination"] } => ({
  pagination: body.pagination,
});
