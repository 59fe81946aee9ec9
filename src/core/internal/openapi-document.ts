// Reading the bundled spec (generated/<api>.openapi.ts) at runtime: operations, their
// responses and declared parameters, with local $refs followed.

export type JsonObject = Record<string, unknown>;
export type OpenApiDocument = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** Escapes one JSON-pointer segment. */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows local `$ref`s such as `#/components/responses/NotFound`. */
export function resolveRef(document: OpenApiDocument, value: unknown): JsonObject | undefined {
  let current = asObject(value);
  for (let hops = 0; current && typeof current["$ref"] === "string" && hops < 20; hops++) {
    let target: unknown = document;
    for (const segment of (current["$ref"] as string).replace(/^#\//, "").split("/")) {
      target = asObject(target)?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    current = asObject(target);
  }
  return current;
}

export function pathItem(document: OpenApiDocument, path: string): JsonObject | undefined {
  return asObject(asObject(document["paths"])?.[path]);
}

export function operationObject(document: OpenApiDocument, method: string, path: string): JsonObject | undefined {
  return asObject(pathItem(document, path)?.[method.toLowerCase()]);
}

/** Names of the parameters an operation declares in `location` (path-level ones included). */
export function declaredParameters(document: OpenApiDocument, method: string, path: string, location: "query" | "header" | "path"): Set<string> {
  const names = new Set<string>();
  const lists = [pathItem(document, path)?.["parameters"], operationObject(document, method, path)?.["parameters"]];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parameter = resolveRef(document, entry);
      if (parameter?.["in"] === location && typeof parameter["name"] === "string") names.add(parameter["name"]);
    }
  }
  return names;
}

/** `application/json` and `application/*+json`, ignoring parameters such as charset. */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}
