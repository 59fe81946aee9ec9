// What a mock answers when it refuses a request: the vendor's error body for that API and status,
// whose message names each violation (where, what the spec expects, what was sent). Shared by the
// Prism mock (which reports violations in its `sl-violations` header) and the MSW handlers (which
// find them with their own validator). No Node APIs: the MSW handlers run in browsers too.
import { isSecretHeader, isSecretName, REDACTED } from "../core/internal/redact.js";
import type { MockApi } from "./apis.js";

/** One problem with a request, as Prism reports it: `location` starts with "request". */
export interface Violation {
  /** e.g. `["request", "body", "provider_type"]`, `["request", "query", "limit"]`. */
  location: string[];
  message: string;
}

/** What the request carried, to say what was sent at a violation's location. */
export interface SentRequest {
  query: URLSearchParams;
  headers: Headers;
  /** The parsed JSON body, the raw text when it is not JSON, undefined without one. */
  body: unknown;
}

/** A violation as one readable clause: `body.provider_type must be equal to one of …; sent "telegram"`. */
export function describeViolation(violation: Violation, sent: SentRequest): string {
  const [, where = "request", ...path] = violation.location;
  const place = [where, ...path].join(".");
  // Prism words it "Request body property provider_type must be …"; the place already says that.
  const named = path.at(-1);
  let message = violation.message.replace(/^Request (body|query|header|path)( property| parameter)? ?/i, "");
  if (named !== undefined) message = message.replace(new RegExp(`^(property |parameter )?${escapeRegExp(named)} `), "");
  const value = sentAt(where, path, sent);
  return `${place} ${message}${value === undefined ? "" : `; sent ${value}`}`;
}

/** The whole refusal text: every violation, most useful first, in one line. */
export function refusalText(violations: readonly Violation[], sent: SentRequest): string {
  const clauses = [...new Set(violations.map((v) => describeViolation(v, sent)))];
  return `Request refused by the mock: ${clauses.join("; ")}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MAX_SHOWN = 80;

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `an array of ${value.length} item(s)`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0 ? "an empty object" : `an object with ${keys.join(", ")}`;
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** What the request carried at a violation's location, never a secret; undefined when unknowable. */
function sentAt(where: string, path: string[], sent: SentRequest): string | undefined {
  const name = path[0];
  if (where === "query" && name !== undefined) {
    if (isSecretName(name)) return sent.query.has(name) ? REDACTED : "nothing";
    const values = sent.query.getAll(name);
    return values.length === 0 ? "nothing" : show(values.length === 1 ? values[0] : values);
  }
  if (where === "header" && name !== undefined) {
    if (isSecretHeader(name)) return sent.headers.has(name) ? REDACTED : "nothing";
    const value = sent.headers.get(name);
    return value === null ? "nothing" : show(value);
  }
  if (where === "body") {
    let value: unknown = sent.body;
    for (const segment of path) {
      if (isSecretName(segment)) return REDACTED;
      value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined;
    }
    return show(value);
  }
  return undefined;
}

/** Botpress' error type (the @botpress/client class) for each status a refusal can have. */
const BOTPRESS_TYPES: Readonly<Record<number, string>> = {
  400: "InvalidPayload",
  401: "Unauthorized",
  403: "Forbidden",
  404: "ResourceNotFound",
  405: "MethodNotFound",
  413: "PayloadTooLarge",
  415: "UnsupportedMediaType",
  429: "RateLimited",
  500: "Internal",
};

/**
 * The API's error body for `status` carrying `text`, in the shape its error examples have
 * (specs/<api>.yaml): Botpress' `{ message, type, code, id, description, status }`, Pipedrive's
 * `{ success: false, error, error_info }`, Pipedream's `{ error }`, Dynamiq's `{ error: { code,
 * message } }`, Patchworks' Laravel `{ message, errors }`.
 */
export function refusalBody(api: MockApi, status: number, text: string, violations: readonly Violation[] = []): Record<string, unknown> {
  switch (api) {
    case "botpress": {
      const type = BOTPRESS_TYPES[status] ?? (status >= 500 ? "Internal" : "InvalidPayload");
      return { message: text, type, code: status, id: "err_mock_refusal", description: text, status };
    }
    case "pipedrive":
      return {
        success: false,
        error: text,
        error_info: "Please check developers.pipedrive.com for more information about Pipedrive API.",
      };
    case "pipedream":
      return { error: text };
    case "dynamiq":
      return { error: { code: DYNAMIQ_CODES[status] ?? "bad_request", message: text } };
    case "patchworks":
      return { message: text, ...(violations.length > 0 ? { errors: laravelErrors(violations) } : {}) };
  }
}

const DYNAMIQ_CODES: Readonly<Record<number, string>> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  422: "unprocessable_entity",
};

/** Laravel's `errors`: field → messages. */
function laravelErrors(violations: readonly Violation[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const violation of violations) {
    const field = violation.location.slice(2).join(".") || violation.location[1] || "request";
    errors[field] = [...(errors[field] ?? []), violation.message];
  }
  return errors;
}

/** How the spec's security schemes want credentials sent, e.g. `Authorization: Bearer <token>`. */
export function credentialsExpected(document: Readonly<Record<string, unknown>>): string {
  const components = document["components"];
  const schemes =
    components !== null && typeof components === "object" ? (components as Record<string, unknown>)["securitySchemes"] : undefined;
  const ways = Object.values(schemes !== null && typeof schemes === "object" ? schemes : {}).flatMap((raw): string[] => {
    const scheme = (raw ?? {}) as Record<string, unknown>;
    if (scheme["type"] === "oauth2" || (scheme["type"] === "http" && scheme["scheme"] === "bearer"))
      return ["Authorization: Bearer <token>"];
    if (scheme["type"] === "http" && scheme["scheme"] === "basic") return ["Authorization: Basic <credentials>"];
    if (scheme["type"] === "apiKey") return [`${String(scheme["name"])} in the ${String(scheme["in"])} (an API key)`];
    return [];
  });
  return [...new Set(ways)].join(" or ") || "the credentials the spec's security requires";
}

/** The violation of a request refused for its credentials (none, or none the security schemes accept). */
export function credentialsViolation(document: Readonly<Record<string, unknown>>): Violation {
  return { location: ["request", "credentials"], message: `expected as ${credentialsExpected(document)}; none accepted were sent` };
}
