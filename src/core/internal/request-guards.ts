// Values refused before anything is sent: a header that would split the request or that HTTP
// cannot carry, a base URL that is not one, and a path parameter that would leave its segment or
// change the route.
import { RequestValidationError, type OperationRef } from "../errors.js";

const CONTROL_CHARS = /[\r\n\0]/;
// RFC 9110 §5.6.2: a field name is a token.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 §5.5 as Node's http and fetch's Headers enforce it: tab, visible ASCII, Latin-1 above 0x7F.
const INVALID_VALUE_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

function headerValueProblem(value: string): string | undefined {
  if (!INVALID_VALUE_CHAR.test(value)) return undefined;
  if (CONTROL_CHARS.test(value)) return "contains CR, LF or NUL (header injection)";
  if (/[\u0100-\uffff]/.test(value)) return "contains a character outside Latin-1, which HTTP headers cannot carry (percent-encode it)";
  return "contains a control character";
}

export function checkHeaderValues(operation: OperationRef, source: string, headers: unknown): void {
  if (headers === null || typeof headers !== "object") return;
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers as Record<string, unknown>);
  for (const [name, value] of entries) {
    if (CONTROL_CHARS.test(name)) throw new RequestValidationError(operation, `${source} header name`, "contains CR, LF or NUL");
    if (!HEADER_NAME.test(name)) {
      throw new RequestValidationError(
        operation,
        `${source} header name`,
        `${JSON.stringify(name)} is not a valid header name (a token: letters, digits and !#$%&'*+-.^_\`|~)`,
      );
    }
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      const problem = typeof item === "string" ? headerValueProblem(item) : undefined;
      if (problem) throw new RequestValidationError(operation, `${source} header '${name}'`, problem);
    }
  }
}

/** The User-Agent suffix goes into a header: the same rules as a header value. */
export function checkUserAgent(operation: OperationRef, userAgent: string | undefined): void {
  const problem = userAgent === undefined ? undefined : headerValueProblem(userAgent);
  if (problem) throw new RequestValidationError(operation, "userAgent", problem);
}

/**
 * An absolute http(s) URL without query or fragment: the operation's path and query are appended
 * to it as text, so `…/p?q=1` would build a wrong URL and a missing scheme no URL at all. The
 * value is not repeated in the message (it may carry credentials).
 */
export function checkBaseUrl(operation: OperationRef, baseUrl: string): void {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new RequestValidationError(operation, "baseUrl", "is not an absolute URL (it needs http:// or https://)");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new RequestValidationError(operation, "baseUrl", `must start with http:// or https://, not ${parsed.protocol}`);
  }
  if (baseUrl.includes("?") || baseUrl.includes("#")) {
    throw new RequestValidationError(
      operation,
      "baseUrl",
      "must not contain a query string or fragment (the call's path and query are appended to it)",
    );
  }
}

export interface ClientRequestOptions {
  baseUrl: string;
  headers: Record<string, string> | undefined;
  userAgent: string | undefined;
}

/**
 * The client's own options never change, so they are checked once at construction; when one is
 * unsafe, every call fails with a RequestValidationError naming that call's operation.
 */
export function clientOptionsChecker(options: ClientRequestOptions): (operation: OperationRef) => void {
  const check = (operation: OperationRef): void => {
    checkBaseUrl(operation, options.baseUrl);
    checkUserAgent(operation, options.userAgent);
    checkHeaderValues(operation, "client", options.headers);
  };
  try {
    check({ method: "*", path: "*" });
    return () => undefined;
  } catch {
    return check;
  }
}

const templateNames = new Map<string, readonly string[]>();

/** The `{name}`s of a path template, parsed once per template. */
function parameterNames(path: string): readonly string[] {
  let names = templateNames.get(path);
  if (!names) {
    names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
    // Templates come from the spec, so few; an untyped caller inventing paths must not grow this forever.
    if (templateNames.size >= 1_000) templateNames.clear();
    templateNames.set(path, names);
  }
  return names;
}

/** Every `{name}` of the template must get a value that stays one path segment. */
export function checkPathParams(operation: OperationRef, pathParams: Record<string, unknown> | undefined): void {
  if (!operation.path.includes("{")) return;
  const given = pathParams ?? {};
  for (const name of parameterNames(operation.path)) {
    const value = given[name];
    const field = `path parameter '${name}'`;
    if (value === undefined || value === null) throw new RequestValidationError(operation, field, "is missing");
    if (typeof value !== "string" && typeof value !== "number")
      throw new RequestValidationError(operation, field, "must be a string or number");
    const text = String(value);
    // URL parsers resolve "." and ".." (even percent-encoded) as dot-segments, and an empty
    // value collapses the path: each would send the call to another route.
    if (text === "" || text === "." || text === "..") {
      throw new RequestValidationError(operation, field, `cannot be ${JSON.stringify(text)} (it would change the route)`);
    }
  }
}

/** Percent-encodes each path parameter whole, so `/`, `?`, `#` and `%` stay inside their segment. */
export function encodePath(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = pathParams[name];
    return value === undefined || value === null ? whole : encodeURIComponent(String(value));
  });
}
