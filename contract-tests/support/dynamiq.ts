// Dynamiq connect requirements and conversations: clients, data and helpers shared by its contract tests (contract-tests/dynamiq/), against the mock of specs/dynamiq.yaml.
import { createDynamiqClient } from "../../src/dynamiq.js";
import { fetchWithoutCredentials, mockUrl } from "./helpers.js";

export const baseUrl = mockUrl("dynamiq");
export const client = createDynamiqClient({ token: "ctok_9f3a7c1e", baseUrl, retry: false });
export const anonymous = createDynamiqClient({ token: "ctok_9f3a7c1e", baseUrl, retry: false, fetch: fetchWithoutCredentials });
export const requirement = { params: { path: { requirement_id: "497f6eca-6276-4993-bfeb-53cbbbba6f08" } } };

export const authorizePaths = [
  "/v1/connect/requirements/{requirement_id}/pipedream/authorize",
  "/v1/connect/requirements/{requirement_id}/oauth2/authorize",
] as const;
