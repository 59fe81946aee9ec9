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
  /** The interface named for its JSON body (`CreateConversationBody`), when TypeScript can name one. */
  body?: NamedBody;
}

/** A JSON object body declared member by member, so an excess-property error names the interface. */
export interface NamedBody {
  name: string;
  fields: ReadonlyArray<{ name: string; required: boolean; description?: string }>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A node with its local `$ref`s followed (the bundled document keeps them). */
function resolved(document: unknown, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let hops = 0; isRecord(current) && typeof current["$ref"] === "string" && hops < 20; hops++) {
    const ref = current["$ref"];
    if (!ref.startsWith("#/")) return undefined;
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), document);
  }
  return isRecord(current) ? current : undefined;
}

/**
 * `<OperationId>Body` when the body is `application/json` only and its schema one closed-or-plain
 * object with declared properties (no union, composition or additional properties): what an
 * interface can redeclare member by member. Other bodies keep their inline type.
 */
function namedBody(document: unknown, operation: Record<string, unknown>, operationId: string): NamedBody | undefined {
  const content = resolved(document, operation["requestBody"])?.["content"];
  if (!isRecord(content) || Object.keys(content).join() !== "application/json") return undefined;
  const schema = resolved(document, (content["application/json"] as { schema?: unknown } | undefined)?.schema);
  const properties = schema?.["properties"];
  if (schema?.["type"] !== "object" || !isRecord(properties) || Object.keys(properties).length === 0) return undefined;
  const open = schema["additionalProperties"] !== undefined && schema["additionalProperties"] !== false;
  if (open || ["oneOf", "anyOf", "allOf", "not", "if", "nullable", "patternProperties"].some((key) => key in schema)) return undefined;
  const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
  const fields = Object.keys(properties).map((name) => {
    const description = text(
      resolved(document, properties[name])?.["description"] ?? (properties[name] as { description?: unknown })?.["description"],
    );
    return { name, required: required.has(name), ...(description && { description }) };
  });
  return { name: `${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}Body`, fields };
}

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
      const body = namedBody(document, operation, operationId);
      entries.push({
        operationId,
        method,
        path,
        deprecated: operation["deprecated"] === true,
        ...(summary && { summary }),
        ...(description && { description }),
        ...(reference && { reference }),
        ...(body && { body }),
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

/**
 * The body interface: each member typed by indexing the generated body type (the one source of
 * truth), optional ones without the `undefined` indexing adds, and the spec's description kept
 * for hovers.
 */
function renderBody(entry: OperationEntry, body: NamedBody): string[] {
  const json = `${body.name}Json`;
  const route = `${JSON.stringify(entry.path)}, ${JSON.stringify(entry.method)}`;
  const members = body.fields.flatMap((field) => {
    const key = IDENTIFIER.test(field.name) ? field.name : JSON.stringify(field.name);
    const type = `${json}[${JSON.stringify(field.name)}]`;
    return [
      ...(field.description ? [jsDoc(field.description.split("\n"), "  ")] : []),
      field.required ? `  ${key}: ${type};` : `  ${key}?: Exclude<${type}, undefined>;`,
    ];
  });
  return [
    `type ${json} = JsonRequestBody<paths, ${route}>;`,
    "",
    `/** The JSON body of ${entry.operationId} (\`${entry.method.toUpperCase()} ${entry.path}\`), named so that type errors name it. */`,
    `export interface ${body.name} {`,
    ...members,
    "}",
  ];
}

/** The module text; `interfaceName` is e.g. `BotpressOperationMethods`, `typesModule` the generated types (`./botpress.js`). */
export function renderOperationsModule(entries: OperationEntry[], interfaceName: string, banner: string, typesModule: string): string {
  const table = entries.map((entry) => `  ${entry.operationId}: [${JSON.stringify(entry.method)}, ${JSON.stringify(entry.path)}],`);
  const route = (entry: OperationEntry): string => `${JSON.stringify(entry.path)}, ${JSON.stringify(entry.method)}`;
  const members = entries.map(
    (entry) =>
      `${jsDoc(memberDoc(entry), "  ")}\n  ${entry.operationId}: OperationMethod<Paths, ${route(entry)}${entry.body ? `, ${entry.body.name}` : ""}>;`,
  );
  const bodies = entries.flatMap((entry) => (entry.body ? [...renderBody(entry, entry.body), ""] : []));
  return [
    banner,
    `import type { ${bodies.length > 0 ? "JsonRequestBody, " : ""}OperationMethod } from "../src/core/operations.js";`,
    ...(bodies.length > 0 ? [`import type { paths } from ${JSON.stringify(typesModule)};`] : []),
    "",
    "/** Each operation's HTTP method and path by operationId: what a named call sends. Loaded on the first named call. */",
    "const operations: Readonly<Record<string, readonly [string, string]>> = {",
    ...table,
    "};",
    "",
    "export default operations;",
    "",
    ...bodies,
    "/** One method per operation of the spec, named by its operationId; `Paths` is the client's paths type. */",
    `export interface ${interfaceName}<Paths> {`,
    members.join("\n\n"),
    "}",
    "",
  ].join("\n");
}
