// Public surface of the shared client core (import path `typed-api-clients/core`).
export { clientCredentialsExchange, createApiClient, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { ApiClient, ApiDefinition, CallResult, ClientOptions, SuccessData } from "./client.js";
export { apiKeyHeader, bearerToken, tokenExchange } from "./auth.js";
export type { AuthProvider, ExchangedToken, TokenExchangeAuth, TokenExchangeOptions } from "./auth.js";
export {
  AbortedError,
  ApiClientError,
  ApiError,
  ConnectionError,
  InvalidResponseError,
  isApiClientError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
} from "./errors.js";
export type { ClientErrorKind, OperationRef, ValidationIssue } from "./errors.js";
export { cursorPagination, nextTokenPagination, pageItems, pageNumberPagination } from "./pagination.js";
export type { ItemOf, PaginationStrategy } from "./pagination.js";
export { REDACTED, redactBodyText, redactHeaders, redactUrl, redactValue } from "./internal/redact.js";
export { DEFAULT_RETRY_POLICY } from "./retry.js";
export type { RetryPolicy } from "./retry.js";
export type { CallOptions, DebugLogger, FetchLike } from "./transport.js";
