// What this mock changes about Prism's answers, request by request, before Prism sees the request:
// the vendor's base path (Pipedream's `/v1`) is served as the vendor serves it, and a refusal's
// body becomes the vendor's error shape naming the violation (Prism only puts it in `sl-violations`
// and answers with the spec's static example or a problem+json).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockApi } from "./apis.js";
import { withoutBasePath } from "./base-path.js";
import { credentialsViolation, refusalBody, refusalText, type SentRequest, type Violation } from "./refusal.js";

/** One served API: its name, the path its vendor base URL carries ("" or e.g. "/v1"), its document. */
export interface ServedApi {
  api: MockApi;
  basePath: string;
  document: Readonly<Record<string, unknown>>;
}

/** Where Prism is sent for a request outside the base path: a path no spec has, so Prism answers 404. */
const OUTSIDE = "/__outside_the_base_path__";
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Adapts one request before Prism handles it (called from `http.server.request.start`, before the
 * server's request handler runs): strips the base path, keeps a copy of the body for the refusal
 * text, and rewrites the answer's body when it is a refusal. Returns the request's path as the
 * spec names it (for the observation), or the path as sent when it lies outside the base path.
 */
export function adaptRequest(served: ServedApi, request: IncomingMessage, response: ServerResponse): string {
  const sentUrl = request.url ?? "/";
  const inside = withoutBasePath(sentUrl, served.basePath);
  request.url = inside ?? `${OUTSIDE}${sentUrl}`;
  const chunks: Buffer[] = [];
  let size = 0;
  request.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  const end = response.end.bind(response) as (body?: string | Buffer) => ServerResponse;
  response.end = ((body?: unknown) => {
    const rewritten = refusalAnswer(served, request, response, sentUrl, inside === undefined, Buffer.concat(chunks), body);
    if (rewritten === undefined) return end(body as string | Buffer | undefined);
    response.setHeader("content-type", "application/json; charset=utf-8");
    response.setHeader("content-length", Buffer.byteLength(rewritten));
    return end(rewritten);
  }) as ServerResponse["end"];
  return (inside ?? sentUrl).split("?")[0] ?? "/";
}

/** The refusal's new body, or undefined to send Prism's answer as it is. */
function refusalAnswer(
  served: ServedApi,
  request: IncomingMessage,
  response: ServerResponse,
  sentUrl: string,
  outside: boolean,
  rawBody: Buffer,
  prismBody: unknown,
): string | undefined {
  const status = response.statusCode;
  if (status < 400) return undefined;
  const sent = sentRequest(request, sentUrl, rawBody);
  const violations = requestViolations(response.getHeader("sl-violations"));
  // Without a documented 400/422, Prism lists the violations in its problem+json body instead of
  // the header: the body is replaced, so they move to the header, as with a documented one.
  if (violations.length === 0) {
    violations.push(...problemViolations(prismText(prismBody)));
    if (violations.length > 0) response.setHeader("sl-violations", JSON.stringify(violations));
  }
  const asked = /code=(\d{3})/.exec(String(request.headers["prefer"] ?? ""))?.[1];
  if (asked === String(status) && violations.length === 0) return undefined; // the answer the test asked for
  const refusal = refusalViolations(served, status, violations, prismText(prismBody));
  const text = outside
    ? `Request refused by the mock: ${request.method} ${sentUrl.split("?")[0]} is outside the API's base path ${served.basePath} (the vendor's base URL ends in it)`
    : refusal
      ? refusalText(refusal, sent)
      : String(response.getHeader("content-type") ?? "").includes("problem+json")
        ? problemText(request, sentUrl, prismBody)
        : undefined;
  if (text === undefined) return undefined;
  return JSON.stringify(refusalBody(served.api, status, text, refusal ?? []));
}

/** The violations a refusal names, Prism's own reworded where they say too little; undefined if not a refusal. */
function refusalViolations(served: ServedApi, status: number, violations: Violation[], prismBody: string): Violation[] | undefined {
  if (status === 401) return [credentialsViolation(served.document)];
  const mediaType = violations.find((v) => v.message.startsWith("Supported content types: "));
  if (mediaType || status === 415) {
    const supported = mediaType?.message.replace(/^Supported content types: /, "") ?? "the spec's media types";
    return [{ location: ["request", "header", "content-type"], message: `must be one of ${supported}` }];
  }
  // micri (under Prism) refuses a body that does not parse before Prism sees the request.
  if (status === 400 && violations.length === 0 && prismBody.includes('"invalid_json"'))
    return [{ location: ["request", "body"], message: "must be valid JSON" }];
  return violations.length > 0 ? violations : undefined;
}

function prismText(body: unknown): string {
  return Buffer.isBuffer(body) ? body.toString("utf8") : typeof body === "string" ? body : "";
}

/** Prism's `sl-violations` entries about the request (not its own checks of the answer). */
export function requestViolations(header: unknown): Violation[] {
  if (typeof header !== "string") return [];
  try {
    const parsed = JSON.parse(header) as { location?: unknown; message?: unknown }[];
    return parsed
      .filter((v) => Array.isArray(v.location) && v.location[0] === "request" && typeof v.message === "string")
      .map((v) => ({ location: (v.location as unknown[]).map(String), message: String(v.message) }));
  } catch {
    return [];
  }
}

/** The `validation` list of Prism's problem+json refusal, located as in `sl-violations`. */
function problemViolations(text: string): Violation[] {
  try {
    const problem = JSON.parse(text) as { validation?: { location?: unknown; message?: unknown }[] };
    return (problem.validation ?? [])
      .filter((v) => Array.isArray(v.location) && typeof v.message === "string")
      .map((v) => ({ location: ["request", ...(v.location as unknown[]).map(String)], message: String(v.message) }));
  } catch {
    return [];
  }
}

/** Prism's own refusals (no route, wrong method, unsupported media type, malformed JSON) as one line. */
function problemText(request: IncomingMessage, sentUrl: string, prismBody: unknown): string {
  let problem: { title?: string; detail?: string } = {};
  try {
    problem = JSON.parse(prismText(prismBody)) as typeof problem;
  } catch {
    // Not Prism's problem+json after all: the status line says enough.
  }
  const what = [problem.title, problem.detail].filter(Boolean).join(": ");
  return `Request refused by the mock: ${request.method} ${sentUrl.split("?")[0]}: ${what || "refused"}`;
}

function sentRequest(request: IncomingMessage, sentUrl: string, rawBody: Buffer): SentRequest {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const text = rawBody.toString("utf8");
  let body: unknown;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { query: new URL(sentUrl, "http://mock.invalid").searchParams, headers, body };
}
