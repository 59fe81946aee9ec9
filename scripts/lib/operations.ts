// The operations of a spec and their documented statuses, read straight from the YAML, and
// the mapping of a concrete request path back to its path template.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { asObject } from "../../src/core/internal/openapi-document.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface SpecOperation {
  method: string;
  /** Path template as written in the spec, e.g. `/v1/channels/{id}`. */
  path: string;
  operationId: string;
  /** Documented response statuses, e.g. ["200", "401", "404"] (ranges and `default` kept as written). */
  statuses: string[];
}


export function operationsOf(document: unknown): SpecOperation[] {
  const paths = asObject(asObject(document)?.["paths"]) ?? {};
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      const operation = asObject(asObject(item)?.[method]);
      if (!operation) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation["operationId"] === "string" ? operation["operationId"] : `${method.toUpperCase()} ${path}`,
        statuses: Object.keys(asObject(operation["responses"]) ?? {}),
      });
    }
  }
  return out;
}

export function readSpecOperations(specPath: string): SpecOperation[] {
  return operationsOf(parse(readFileSync(specPath, "utf8")));
}

function templateRegex(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}/?$`);
}

/** The operation a request addressed; a literal segment beats a parameter, as routers do. */
export function matchOperation(operations: SpecOperation[], method: string, path: string): SpecOperation | undefined {
  const candidates = operations.filter((op) => op.method === method.toUpperCase() && templateRegex(op.path).test(path));
  candidates.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  return candidates[0];
}
