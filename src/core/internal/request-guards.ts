// Values refused before anything is sent: a header that would split the request, and a path
// parameter that would leave its segment or change the route.
import { RequestValidationError, type OperationRef } from "../errors.js";

const CONTROL_CHARS = /[\r\n\0]/;

export function checkHeaderValues(operation: OperationRef, source: string, headers: unknown): void {
  if (headers === null || typeof headers !== "object") return;
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers as Record<string, unknown>);
  for (const [name, value] of entries) {
    if (CONTROL_CHARS.test(name)) throw new RequestValidationError(operation, `${source} header name`, "contains CR, LF or NUL");
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item === "string" && CONTROL_CHARS.test(item)) {
        throw new RequestValidationError(operation, `${source} header '${name}'`, "contains CR, LF or NUL (header injection)");
      }
    }
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
