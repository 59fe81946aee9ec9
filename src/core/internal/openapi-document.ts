// The one reading of an OpenAPI document, shared by the runtime (the bundled spec in
// generated/<api>.openapi.ts) and every script: local `$ref`s, the operation list, merged
// parameters and the JSON media-type test. No Node APIs: it ships in the browser bundle.

export type JsonObject = Record<string, unknown>;
export type OpenApiDocument = Readonly<Record<string, unknown>>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** Escapes one JSON-pointer segment. */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapeSegment(raw: string): string {
  let segment = raw;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    // not percent-encoded
  }
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Why a `$ref` chain could not be followed. */
export type RefProblem = { kind: "unresolved" | "circular" | "external"; ref: string };

/**
 * Follows a chain of local `$ref`s (`#/…`) from `value`. Returns the value reached and the
 * last `$ref` followed, or the problem that stopped it. The one resolver every reader uses.
 */
export function followRefs(document: unknown, value: unknown): { value: unknown; ref?: string } | { problem: RefProblem } {
  let current = value;
  let ref: string | undefined;
  const seen = new Set<string>();
  for (;;) {
    const next = asObject(current)?.["$ref"];
    if (typeof next !== "string") return ref === undefined ? { value: current } : { value: current, ref };
    if (seen.has(next)) return { problem: { kind: "circular", ref: next } };
    if (!next.startsWith("#")) return { problem: { kind: "external", ref: next } };
    seen.add(next);
    ref = next;
    let target: unknown = document;
    const pointer = next.replace(/^#\/?/, "");
    for (const raw of pointer === "" ? [] : pointer.split("/")) {
      const segment = unescapeSegment(raw);
      target = Array.isArray(target) ? target[Number(segment)] : asObject(target)?.[segment];
      if (target === undefined) return { problem: { kind: "unresolved", ref: next } };
    }
    current = target;
  }
}

/** Follows local `$ref`s such as `#/components/responses/NotFound`; undefined when it ends nowhere or not at an object. */
export function resolveRef(document: OpenApiDocument, value: unknown): JsonObject | undefined {
  const followed = followRefs(document, value);
  return "problem" in followed ? undefined : asObject(followed.value);
}

export function pathItem(document: OpenApiDocument, path: string): JsonObject | undefined {
  return resolveRef(document, asObject(document["paths"])?.[path]);
}

export function operationObject(document: OpenApiDocument, method: string, path: string): JsonObject | undefined {
  return asObject(pathItem(document, path)?.[method.toLowerCase()]);
}

/** One operation of a document. */
export interface DocumentOperation {
  method: HttpMethod;
  /** Path template as written, e.g. `/v1/channels/{id}`. */
  path: string;
  operationId: string | undefined;
  /** The operationId, or `METHOD path` when there is none: how reports name an operation. */
  name: string;
  operation: JsonObject;
  pathItem: JsonObject;
}

/** Every operation, in document order (paths as written, methods in HTTP_METHODS order). */
export function listOperations(document: OpenApiDocument): DocumentOperation[] {
  const out: DocumentOperation[] = [];
  for (const path of Object.keys(asObject(document["paths"]) ?? {})) {
    const item = pathItem(document, path);
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const operation = asObject(item[method]);
      if (!operation) continue;
      const operationId = typeof operation["operationId"] === "string" ? operation["operationId"] : undefined;
      out.push({ method, path, operationId, name: operationId ?? `${method.toUpperCase()} ${path}`, operation, pathItem: item });
    }
  }
  return out;
}

/** The key under which parameters override each other: `in` plus name (header names ignore case). */
export function parameterKey(location: string, name: string): string {
  return `${location}:${location === "header" ? name.toLowerCase() : name}`;
}

/**
 * An operation's parameters, resolved: path-level ones first, overridden by an operation-level
 * one with the same name and location. `resolve` lets a strict reader throw on a bad `$ref`.
 */
export function mergedParameters(
  document: OpenApiDocument,
  item: JsonObject,
  operation: JsonObject,
  resolve: (value: unknown) => JsonObject | undefined = (value) => resolveRef(document, value),
): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const list of [item["parameters"], operation["parameters"]]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parameter = resolve(entry);
      if (parameter && typeof parameter["name"] === "string" && typeof parameter["in"] === "string") {
        byKey.set(parameterKey(parameter["in"], parameter["name"]), parameter);
      }
    }
  }
  return [...byKey.values()];
}

/** Names of the parameters an operation declares in `location` (path-level ones included). */
export function declaredParameters(
  document: OpenApiDocument,
  method: string,
  path: string,
  location: "query" | "header" | "path",
): Set<string> {
  const item = pathItem(document, path);
  const operation = operationObject(document, method, path);
  const names = new Set<string>();
  if (!item || !operation) return names;
  for (const parameter of mergedParameters(document, item, operation))
    if (parameter["in"] === location) names.add(String(parameter["name"]));
  return names;
}

/** `application/json` and `application/*+json`, ignoring parameters such as charset. */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}
