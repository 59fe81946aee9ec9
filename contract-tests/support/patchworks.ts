// Patchworks flow callbacks: clients, data and helpers shared by its contract tests (contract-tests/patchworks/), against the mock of specs/patchworks.yaml.
import { createPatchworksClient } from "../../src/patchworks.js";
import { fetchWithoutCredentials, mockUrl } from "./helpers.js";

export const baseUrl = mockUrl("patchworks");
export const client = createPatchworksClient({ apiKey: "pw-api-key-123", baseUrl, retry: false });
export const anonymous = createPatchworksClient({ apiKey: "pw-api-key-123", baseUrl, retry: false, fetch: fetchWithoutCredentials });

export const flow = { params: { path: { flow: "42" } } };
export const callback = { params: { path: { flow: "42", callback: "101" } } };
