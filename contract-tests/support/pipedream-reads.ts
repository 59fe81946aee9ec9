// Pipedream: the required fields of every success answer, read as an application reads them: each
// assigned to its exact type, never widened. A field that becomes optional or nullable in
// specs/pipedream.yaml fails tsc here, in one place (the drift score plants both).
import type { components, paths } from "../../generated/pipedream.js";
import type { SuccessOf } from "./reads.js";

type Schemas = components["schemas"];
type Ok<Path extends keyof paths, Method extends keyof paths[Path]> = SuccessOf<paths, Path, Method>;

export const getAccount = (body: Ok<"/accounts/{account_id}", "get">): { id: string } => ({
  id: body.data.id,
});
export const listApps = (body: Ok<"/apps", "get">): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
export const getApp = (body: Ok<"/apps/{app_id}", "get">): { id: string; name_slug: string; name: string } => ({
  id: body.data.id,
  name_slug: body.data.name_slug,
  name: body.data.name,
});
export const createComponent = (
  body: Ok<"/components", "post">,
): { id: string; name: string; version: string; configurable_props: Schemas["ConfigurableProp"][] } => ({
  id: body.data.id,
  name: body.data.name,
  version: body.data.version,
  configurable_props: body.data.configurable_props,
});
export const getComponent = (
  body: Ok<"/components/{key_or_id}", "get">,
): { id: string; name: string; version: string; configurable_props: Schemas["ConfigurableProp"][] } => ({
  id: body.data.id,
  name: body.data.name,
  version: body.data.version,
  configurable_props: body.data.configurable_props,
});
export const getRegistryComponent = (
  body: Ok<"/components/registry/{key}", "get">,
): { id: string; name: string; version: string; configurable_props: Schemas["ConfigurableProp"][] } => ({
  id: body.data.id,
  name: body.data.name,
  version: body.data.version,
  configurable_props: body.data.configurable_props,
});
export const searchComponents = (body: Ok<"/components/search", "get">): { sources: string[]; actions: string[] } => ({
  sources: body.sources,
  actions: body.actions,
});
export const listSourceEvents = (body: Ok<"/sources/{id}/event_summaries", "get">): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
export const createOAuthToken = (body: Ok<"/oauth/token", "post">): { access_token: string; token_type: string; expires_in: number } => ({
  access_token: body.access_token,
  token_type: body.token_type,
  expires_in: body.expires_in,
});
export const createSource = (body: Ok<"/sources", "post">): { id: string } => ({
  id: body.data.id,
});
export const getCurrentUser = (body: Ok<"/users/me", "get">): { id: string; username: string; email: string } => ({
  id: body.data.id,
  username: body.data.username,
  email: body.data.email,
});
export const listUserSources = (body: Ok<"/users/me/sources", "get">): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
export const listWebhooks = (body: Ok<"/users/me/webhooks", "get">): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
export const createWebhook = (body: Ok<"/webhooks", "post">): { id: string; url: string } => ({
  id: body.data.id,
  url: body.data.url,
});
export const createWorkflow = (
  body: Ok<"/workflows", "post">,
): { triggers: Schemas["WorkflowTrigger"][]; steps: Schemas["WorkflowStep"][] } => ({
  triggers: body.data.triggers,
  steps: body.data.steps,
});
export const getWorkflow = (
  body: Ok<"/workflows/{workflow_id}", "get">,
): { triggers: Schemas["WorkflowTrigger"][]; steps: Schemas["WorkflowStep"][] } => ({
  triggers: body.triggers,
  steps: body.steps,
});
export const listWorkflowEmits = (body: Ok<"/workflows/{workflow_id}/event_summaries", "get">): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
export const listWorkflowErrors = (
  body: Ok<"/workflows/{workflow_id}/$errors/event_summaries", "get">,
): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
export const getWorkspace = (body: Ok<"/workspaces/{org_id}", "get">): { id: string; name: string; orgname: string } => ({
  id: body.data.id,
  name: body.data.name,
  orgname: body.data.orgname,
});
export const listWorkspaceSources = (body: Ok<"/orgs/{org_id}/sources", "get">): { page_info: Schemas["PageInfo"] } => ({
  page_info: body.page_info,
});
