/**
 * `typed-api-clients`: the client core, the same module as `typed-api-clients/core` (errors,
 * `createApiClient`, auth and pagination helpers). Each API's client is its own subpath:
 * `typed-api-clients/dynamiq`, `/pipedrive`, `/patchworks`, `/pipedream`, `/botpress`; the test
 * mocks are `typed-api-clients/mock`.
 */
export * from "./core/index.js";
