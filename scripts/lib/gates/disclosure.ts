// Gate: every constraint a spec puts on a value (a default, an enum, a pattern, a format, a bound)
// names where it comes from, in a description next to it: the schema's own, or the description of
// the parameter, header or property whose schema it is. A value the document states says so
// ("document: ISO 8601"); one from the vendor names the SDK or reference page; anything else is
// marked "assumed, because …" or dropped. Part of `npm run lint`; reported as file:line:column.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { ApiEntry } from "../spec/apis.js";
import { findDefaultsOutOfBounds, formatDefaultOutOfBounds } from "./default-bounds.js";
import type { GateResult } from "./result.js";

/** Keywords that constrain a value or choose one for the caller. */
export const CONSTRAINT_KEYWORDS = [
  "default",
  "enum",
  "const",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "multipleOf",
  "uniqueItems",
] as const;

/** Words that name a source: the seed document, the vendor (its SDK, its reference pages), or an assumption. */
export const SOURCE_WORDS =
  /\b(?:documents?|documented|SDK|reference|vendor|assumed|assumption|README|RFC)\b|@botpress\/client|@pipedream\/sdk|\bpipedrive\b/i;

/** `format: binary` says how a body is carried, not what values are allowed. */
const isEncodingOnly = (keyword: string, value: unknown): boolean => keyword === "format" && value === "binary";

/** Keys whose value is a schema, or a list of schemas, under a schema (the walk handles both). */
const SUBSCHEMA_KEYS = new Set([
  "items",
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "oneOf",
  "anyOf",
  "allOf",
  "prefixItems",
]);

export interface Undisclosed {
  pointer: string;
  keywords: string[];
  line: number;
  column: number;
}

const escapePointer = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function keyOf(pair: { key: unknown }): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function descriptionOf(node: YamlNode | null | undefined): string {
  if (!isMap(node)) return "";
  const value = node.get("description");
  return typeof value === "string" ? value : "";
}

/** Every schema in the spec text with a constraint and no source word in the description that covers it. */
export function findUndisclosed(text: string): Undisclosed[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const found: Undisclosed[] = [];

  // `context`: the description covering this node from its owner (a parameter, a property, the
  // schema a subschema belongs to); `inSchema`: the node is a schema (not a server variable, say).
  const walk = (node: YamlNode | null | undefined, pointer: string, context: string, inSchema: boolean): void => {
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) walk(item as YamlNode, `${pointer}/${index}`, context, inSchema);
      return;
    }
    if (!isMap(node)) return;
    const own = descriptionOf(node);
    const covering = [own, context].filter(Boolean).join("\n");
    if (inSchema) {
      const keywords = CONSTRAINT_KEYWORDS.filter((k) => node.has(k) && !isEncodingOnly(k, node.get(k)));
      if (keywords.length > 0 && !SOURCE_WORDS.test(covering)) {
        const at = lines.linePos(node.range?.[0] ?? 0);
        found.push({ pointer: pointer || "/", keywords, line: at.line, column: at.col });
      }
    }
    for (const pair of node.items) {
      const key = keyOf(pair);
      const value = pair.value as YamlNode | null;
      const path = `${pointer}/${escapePointer(key)}`;
      if (key === "example" || key === "examples" || key.startsWith("x-")) continue;
      // The owner of a schema: the parameter or header holding it, else the request body or
      // response whose content it is.
      if (key === "schema") walk(value, path, own || context, true);
      else if (inSchema && SUBSCHEMA_KEYS.has(key)) walk(value, path, covering, true);
      // A property is covered by its own description or by its object's (where an error body says
      // where its `type` and `status` come from, say).
      else if (inSchema && (key === "properties" || key === "patternProperties") && isMap(value))
        for (const property of value.items) walk(property.value as YamlNode, `${path}/${escapePointer(keyOf(property))}`, own, true);
      else if (key === "schemas" && pointer === "/components" && isMap(value))
        for (const schema of value.items) walk(schema.value as YamlNode, `${path}/${escapePointer(keyOf(schema))}`, "", true);
      else if (!inSchema) walk(value, path, key === "content" || pointer.endsWith("/content") ? own || context : "", false);
    }
  };
  walk(doc.contents as YamlNode, "", "", false);
  return found;
}

export function formatUndisclosed(file: string, item: Undisclosed): string {
  return `${file}:${item.line}:${item.column} ${item.keywords.join(", ")} at #${item.pointer}: no source in its description (name the document, the vendor's SDK or reference page, or say "assumed, because …")`;
}

/** Every constraint names its source, and every default satisfies the constraints beside it. */
export function checkDisclosure(root: string, apis: ApiEntry[]): GateResult {
  const findings = apis.flatMap((api) => {
    const file = relative(root, api.specPath);
    const text = readFileSync(api.specPath, "utf8");
    return [
      ...findUndisclosed(text).map((item) => formatUndisclosed(file, item)),
      ...findDefaultsOutOfBounds(text).map((item) => formatDefaultOutOfBounds(file, item)),
    ];
  });
  return { passed: findings.length === 0, findings };
}
