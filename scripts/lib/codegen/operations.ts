// Renders generated/<name>.operations.ts: every operation of a spec by its operationId, as
//   - a runtime table (operationId → [method, path]) the client loads lazily on the first named call
//   - an interface with one JSDoc-documented member per operation, which editors show on hover and
//     in completion lists (summary, description, HTTP method and path, reference link, @deprecated)
import { RESERVED_NAMES } from "../../../src/core/internal/named-operations.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
/** The client's own members: an operation named like one would be hidden by it. */
const CLIENT_MEMBERS = new Set(["pages", "items", "collect", "raw", "isApiError"]);

export interface OperationEntry {
  operationId: string;
  method: (typeof METHODS)[number];
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** externalDocs.url of the operation. */
  reference?: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Every operation of a bundled spec, in the spec's order; refuses a missing, duplicate or non-identifier operationId. */
export function listOperations(document: unknown, specName: string): OperationEntry[] {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> } | null)?.paths ?? {};
  const seen = new Map<string, string>();
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item?.[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const where = `${specName}: ${method.toUpperCase()} ${path}`;
      const operationId = operation["operationId"];
      if (typeof operationId !== "string" || !IDENTIFIER.test(operationId)) {
        throw new Error(
          `${where}: operationId ${JSON.stringify(operationId)} is not a JavaScript identifier; the client names a method after it`,
        );
      }
      if (CLIENT_MEMBERS.has(operationId) || RESERVED_NAMES.has(operationId)) {
        throw new Error(`${where}: operationId ${operationId} is a name the client keeps for itself; rename the operation`);
      }
      const clash = seen.get(operationId);
      if (clash) throw new Error(`${where}: operationId ${operationId} is also used by ${clash}`);
      seen.set(operationId, `${method.toUpperCase()} ${path}`);
      const externalDocs = operation["externalDocs"] as { url?: unknown } | undefined;
      const summary = text(operation["summary"]);
      const description = text(operation["description"]);
      const reference = text(externalDocs?.url);
      entries.push({
        operationId,
        method,
        path,
        deprecated: operation["deprecated"] === true,
        ...(summary && { summary }),
        ...(description && { description }),
        ...(reference && { reference }),
      });
    }
  }
  return entries;
}

/** A JSDoc block, indented; `*\/` in spec text cannot end the comment early. */
function jsDoc(lines: string[], indent: string): string {
  const body = lines.map((line) => `${indent} *${line === "" ? "" : ` ${line.replaceAll("*/", "*\\/")}`}`).join("\n");
  return `${indent}/**\n${body}\n${indent} */`;
}

function memberDoc(entry: OperationEntry): string[] {
  const lines: string[] = [];
  if (entry.summary) lines.push(entry.summary, "");
  if (entry.description) lines.push(...entry.description.split("\n").map((line) => line.trimEnd()), "");
  lines.push(`\`${entry.method.toUpperCase()} ${entry.path}\``);
  if (entry.reference) lines.push(`@see {@link ${entry.reference}}`);
  if (entry.deprecated) lines.push("@deprecated The spec marks this operation deprecated; it still works.");
  return lines;
}

/** The module text; `interfaceName` is e.g. `BotpressOperationMethods`. */
export function renderOperationsModule(entries: OperationEntry[], interfaceName: string, banner: string): string {
  const table = entries.map((entry) => `  ${entry.operationId}: [${JSON.stringify(entry.method)}, ${JSON.stringify(entry.path)}],`);
  const members = entries.map(
    (entry) =>
      `${jsDoc(memberDoc(entry), "  ")}\n  ${entry.operationId}: OperationMethod<Paths, ${JSON.stringify(entry.path)}, ${JSON.stringify(entry.method)}>;`,
  );
  return [
    banner,
    `import type { OperationMethod } from "../src/core/operations.js";`,
    "",
    "/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */",
    "const operations: Readonly<Record<string, readonly [string, string]>> = {",
    ...table,
    "};",
    "",
    "export default operations;",
    "",
    "/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */",
    `export interface ${interfaceName}<Paths> {`,
    members.join("\n\n"),
    "}",
    "",
  ].join("\n");
}
