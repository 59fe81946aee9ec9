// Values for parameters an API takes on many operations (Pipedream's `org_id`, Botpress'
// `x-bot-id`), sent only on the operations whose spec declares them and only when the call
// gives none. Which operation declares which is read from the bundled spec once per operation.
import type { OperationRef } from "../errors.js";
import { declaredParameters, type OpenApiDocument } from "./openapi-document.js";

export interface ParameterDefaults {
  query?: Record<string, string | undefined>;
  header?: Record<string, string | undefined>;
}

export interface OperationDefaults {
  query: [string, string][];
  header: [string, string][];
}

export function hasDefaults(defaults: ParameterDefaults | undefined): defaults is ParameterDefaults {
  return [...Object.values(defaults?.query ?? {}), ...Object.values(defaults?.header ?? {})].some((value) => value !== undefined);
}

/** The defaults that apply to each operation, computed on first use and kept. */
export function operationDefaults(defaults: ParameterDefaults, document: OpenApiDocument) {
  const cache = new Map<string, OperationDefaults>();
  return (operation: OperationRef): OperationDefaults => {
    const key = `${operation.method} ${operation.path}`;
    let found = cache.get(key);
    if (!found) {
      const pick = (values: Record<string, string | undefined> | undefined, location: "query" | "header"): [string, string][] => {
        const declared = declaredParameters(document, operation.method, operation.path, location);
        return Object.entries(values ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && declared.has(entry[0]));
      };
      found = { query: pick(defaults.query, "query"), header: pick(defaults.header, "header") };
      cache.set(key, found);
    }
    return found;
  };
}

/** The query with each default added where the call set nothing. */
export function withQueryDefaults(
  query: Record<string, unknown> | undefined,
  defaults: [string, string][],
): Record<string, unknown> | undefined {
  if (defaults.length === 0) return query;
  const out = { ...query };
  for (const [name, value] of defaults) if (out[name] === undefined || out[name] === null) out[name] = value;
  return out;
}

/** Adds each default header the request does not carry yet (names compared case-insensitively). */
export function addHeaderDefaults(headers: Record<string, string>, defaults: [string, string][]): void {
  for (const [name, value] of defaults) {
    const key = name.toLowerCase();
    if (headers[key] === undefined) headers[key] = value;
  }
}
