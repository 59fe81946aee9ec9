// Matching a method + concrete path an SDK sends to the spec operation it calls.
import { listOperations, type DocumentOperation, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";

/**
 * The spec operation for a method + concrete path: literal segments beat templated ones. With
 * `placeholders`, a templated segment matches only one of those values (what the SDK was given for
 * its parameters), so an SDK route with a literal segment (`/v1/admin/bots/baks`) is not taken for
 * a parameter (`/v1/admin/bots/{id}`).
 */
export function matchOperation(
  doc: OpenApiDocument,
  method: string,
  path: string,
  placeholders?: ReadonlySet<string>,
): DocumentOperation | undefined {
  const segments = path.split("?")[0]?.split("/") ?? [];
  let best: { op: DocumentOperation; literals: number } | undefined;
  for (const op of listOperations(doc)) {
    if (op.method !== method.toLowerCase()) continue;
    const template = op.path.split("/");
    if (template.length !== segments.length) continue;
    let literals = 0;
    let matches = true;
    for (let i = 0; i < template.length; i++) {
      const t = template[i] ?? "";
      if (/^\{[^}]+\}$/.test(t)) {
        if (placeholders && !placeholders.has(decodeURIComponent(segments[i] ?? ""))) {
          matches = false;
          break;
        }
        continue;
      }
      if (t !== decodeURIComponent(segments[i] ?? "")) {
        matches = false;
        break;
      }
      literals++;
    }
    if (matches && (!best || literals > best.literals)) best = { op, literals };
  }
  return best?.op;
}
