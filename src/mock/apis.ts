// The APIs the mock serves and where each one's bundled spec comes from. Loaded lazily, so a
// mock of one API parses one spec. scripts/mock.test.ts checks this list against redocly.yaml.

/** Names of the APIs the mock can serve (the aliases in redocly.yaml). */
export const MOCK_APIS = ["dynamiq", "pipedrive", "patchworks", "pipedream", "botpress"] as const;
export type MockApi = (typeof MOCK_APIS)[number];

type DocumentModule = { default: Readonly<Record<string, unknown>> };

const loaders: Record<MockApi, () => Promise<DocumentModule>> = {
  dynamiq: () => import("../../generated/dynamiq.openapi.js"),
  pipedrive: () => import("../../generated/pipedrive.openapi.js"),
  patchworks: () => import("../../generated/patchworks.openapi.js"),
  pipedream: () => import("../../generated/pipedream.openapi.js"),
  botpress: () => import("../../generated/botpress.openapi.js"),
};

export function isMockApi(name: string): name is MockApi {
  return (MOCK_APIS as readonly string[]).includes(name);
}

/**
 * A private deep copy of the API's OpenAPI document: Prism's $ref resolution rewrites the object
 * it is given, and the clients read the same module for response validation.
 */
export async function loadSpec(api: MockApi): Promise<Record<string, unknown>> {
  const { default: document } = await loaders[api]();
  return structuredClone(document) as Record<string, unknown>;
}
