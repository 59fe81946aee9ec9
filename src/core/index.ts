// Public surface of the shared client core (import path `typed-api-clients/core`): exactly what
// the README documents. Everything under internal/ may change without notice.
export { createApiClient, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { ApiDefinition, ClientOptions } from "./client.js";
export { clientCredentialsExchange } from "./client-credentials.js";
export type { ClientSecret } from "./client-credentials.js";
export type {
  AdditiveDrift,
  ApiClient,
  CallResult,
  CollectOptions,
  NoSuchMethod,
  RawClient,
  ResponseValidationOptions,
  SubtractiveDrift,
  SuccessData,
  WithOptionalHeaders,
} from "./types.js";
export type { NamedCall, NamedInit, NamedListCall, OperationMethod } from "./operations.js";
export { apiKeyHeader, bearerToken, tokenExchange } from "./auth.js";
export type { AuthProvider, ExchangedToken, TokenExchangeAuth, TokenExchangeOptions } from "./auth.js";
export {
  AbortedError,
  ApiClientError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  InvalidResponseError,
  isApiClientError,
  PaginationError,
  RequestValidationError,
  ResponseTooLargeError,
  ResponseValidationError,
  TimeoutError,
} from "./errors.js";
export type { ClientErrorKind, OperationRef, ValidationIssue } from "./errors.js";
export { cursorPagination, nextTokenPagination, pageNumberPagination } from "./pagination.js";
export type { ItemOf, PaginationStrategy } from "./pagination.js";
export { REDACTED } from "./internal/redact.js";
export { DEFAULT_RETRY_POLICY } from "./retry.js";
export type { RetryPolicy } from "./retry.js";
export type { CallOptions, DebugLogger } from "./internal/transport/send.js";
export type { PageOptions } from "./internal/page-loop.js";
export type { FetchLike } from "./internal/transport/fetch-dispatch.js";
export { VERSION } from "../version.js";
