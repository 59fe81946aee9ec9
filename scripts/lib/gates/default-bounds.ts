// Lint rule beside the disclosure check: a `default` must satisfy the constraints next to it (its
// enum or const, its type, bounds, lengths, pattern, item counts). A default outside them is a
// value the server would refuse, sent for the caller. Reported as file:line:column.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";

export interface DefaultOutOfBounds {
  pointer: string;
  problem: string;
  line: number;
  column: number;
}

const escapePointer = (segment: string): string => segment.replace(/~/g, "~0").replace(/\//g, "~1");

const typeOf = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;

const allows = (types: unknown, value: unknown): boolean => {
  const list = Array.isArray(types) ? types : [types];
  const actual = typeOf(value);
  return list.some((t) => t === actual || (t === "number" && actual === "integer"));
};

/** Why `value` breaks the constraints of `schema` (its own keywords only), or undefined. */
export function defaultProblem(schema: Record<string, unknown>, value: unknown): string | undefined {
  const shown = JSON.stringify(value);
  const n = (keyword: string): number | undefined => (typeof schema[keyword] === "number" ? (schema[keyword] as number) : undefined);
  if (Array.isArray(schema["enum"]) && !schema["enum"].some((v) => JSON.stringify(v) === shown))
    return `default ${shown} is not in its enum ${JSON.stringify(schema["enum"])}`;
  if ("const" in schema && JSON.stringify(schema["const"]) !== shown)
    return `default ${shown} is not its const ${JSON.stringify(schema["const"])}`;
  if (schema["type"] !== undefined && !allows(schema["type"], value))
    return `default ${shown} is not of type ${JSON.stringify(schema["type"])}`;
  if (typeof value === "number") {
    const [min, max, xmin, xmax, step] = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"].map(n);
    if (min !== undefined && value < min) return `default ${shown} is below its minimum ${min}`;
    if (max !== undefined && value > max) return `default ${shown} is above its maximum ${max}`;
    if (xmin !== undefined && value <= xmin) return `default ${shown} is not above its exclusiveMinimum ${xmin}`;
    if (xmax !== undefined && value >= xmax) return `default ${shown} is not below its exclusiveMaximum ${xmax}`;
    if (step !== undefined && step > 0 && !Number.isInteger(value / step)) return `default ${shown} is not a multiple of ${step}`;
  }
  if (typeof value === "string") {
    const [minLength, maxLength] = ["minLength", "maxLength"].map(n);
    const length = [...value].length;
    if (minLength !== undefined && length < minLength) return `default ${shown} is shorter than its minLength ${minLength}`;
    if (maxLength !== undefined && length > maxLength) return `default ${shown} is longer than its maxLength ${maxLength}`;
    if (typeof schema["pattern"] === "string" && !new RegExp(schema["pattern"], "u").test(value))
      return `default ${shown} does not match its pattern ${schema["pattern"]}`;
  }
  if (Array.isArray(value)) {
    const [minItems, maxItems] = ["minItems", "maxItems"].map(n);
    if (minItems !== undefined && value.length < minItems) return `default ${shown} has fewer items than its minItems ${minItems}`;
    if (maxItems !== undefined && value.length > maxItems) return `default ${shown} has more items than its maxItems ${maxItems}`;
  }
  return undefined;
}

/** Keys whose value maps names to schemas, parameters, variables and so on. */
const NAMED_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "schemas",
  "parameters",
  "responses",
  "headers",
  "requestBodies",
  "securitySchemes",
  "variables",
  "paths",
  "content",
  "callbacks",
  "links",
  "dependentSchemas",
]);

/** Every `default` in the spec text (schemas and server variables) that breaks the constraints beside it. */
export function findDefaultsOutOfBounds(text: string): DefaultOutOfBounds[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const found: DefaultOutOfBounds[] = [];
  // `named`: a map of names (`properties`, `schemas`, …), where a key `default` is a name, not a value.
  const walk = (node: YamlNode | null | undefined, pointer: string, named: boolean): void => {
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) walk(item as YamlNode, `${pointer}/${index}`, false);
      return;
    }
    if (!isMap(node)) return;
    if (!named && node.has("default")) {
      const schema = node.toJSON() as Record<string, unknown>;
      const problem = defaultProblem(schema, schema["default"]);
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === "default");
      const at = lines.linePos((pair?.value as YamlNode | null)?.range?.[0] ?? node.range?.[0] ?? 0);
      if (problem) found.push({ pointer: `${pointer}/default`, problem, line: at.line, column: at.col });
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (key === "example" || key === "examples" || (!named && key === "default") || key.startsWith("x-")) continue;
      walk(pair.value as YamlNode | null, `${pointer}/${escapePointer(key)}`, !named && NAMED_MAPS.has(key));
    }
  };
  walk(doc.contents as YamlNode, "", false);
  return found;
}

export function formatDefaultOutOfBounds(file: string, item: DefaultOutOfBounds): string {
  return `${file}:${item.line}:${item.column} ${item.problem} at #${item.pointer}`;
}
