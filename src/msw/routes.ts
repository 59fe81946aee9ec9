// Which operation of a spec a request addresses: its path (below the API's base path) against the
// spec's path templates, literal segments first, as Prism routes. No Ajv, no Node APIs.
import { listOperations, type DocumentOperation, type OpenApiDocument } from "../core/internal/openapi-document.js";

export interface Route {
  op: DocumentOperation;
  /** Path parameters by name, percent-decoded. */
  params: Record<string, string>;
}

/** A request's route, or why there is none: no path matches (404), or the path has no such method (405). */
export type RouteResult = { route: Route } | { missing: "path" | "method"; allowed: string[] };

interface Template {
  op: DocumentOperation;
  pattern: RegExp;
  names: string[];
  /** Literal segments count: more literal templates win (`/bots/mine` over `/bots/{id}`). */
  literals: number;
}

function compile(op: DocumentOperation): Template {
  const names: string[] = [];
  const segments = op.path.split("/").map((segment) =>
    segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    }),
  );
  const literals = op.path.split("/").filter((segment) => segment !== "" && !segment.includes("{")).length;
  return { op, pattern: new RegExp(`^${segments.join("/")}/?$`), names, literals };
}

/** Routes requests to the operations of `document`. */
export function createRouter(document: OpenApiDocument): (method: string, path: string) => RouteResult {
  const templates = listOperations(document)
    .map(compile)
    .sort((a, b) => b.literals - a.literals);
  return (method, path) => {
    const matching = templates
      .map((template) => ({ template, match: template.pattern.exec(path) }))
      .filter((entry): entry is { template: Template; match: RegExpExecArray } => entry.match !== null);
    if (matching.length === 0) return { missing: "path", allowed: [] };
    // The most literal template that matches decides the path; its methods are what is allowed.
    const best = matching[0]?.template.literals ?? 0;
    const candidates = matching.filter((entry) => entry.template.literals === best);
    const found = candidates.find((entry) => entry.template.op.method === method.toLowerCase());
    if (!found) return { missing: "method", allowed: candidates.map((entry) => entry.template.op.method.toUpperCase()) };
    const params: Record<string, string> = {};
    found.template.names.forEach((name, index) => {
      params[name] = safeDecode(found.match[index + 1] ?? "");
    });
    return { route: { op: found.template.op, params } };
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
