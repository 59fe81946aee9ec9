// Gate: the documentation examples kept in contract-tests/fixtures/<api>/, checked against the
// operation (or component) schema they belong to (run by contract-tests/doc-examples.test.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidationIssue } from "../../../src/core/errors.js";
import {
  asObject,
  followRefs,
  isJsonMediaType,
  listOperations,
  pointerSegment,
  resolveRef,
  type OpenApiDocument,
} from "../../../src/core/internal/openapi-document.js";
import { createSchemaValidator } from "../../../src/core/internal/response-validation.js";
import type { ApiEntry } from "../spec/apis.js";
import { bundleSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

export interface DocFixture {
  api: string;
  file: string;
  /** `operation` fixtures name an operationId and a kind; `schema` fixtures a component schema. */
  target: { type: "operation"; operationId: string; kind: "request" | number } | { type: "schema"; schema: string };
  value: unknown;
}

const OPERATION_NAME = /^([A-Za-z][\w-]*)\.(request|[1-5]\d\d)(\.[\w-]+)?\.json$/;
const SCHEMA_NAME = /^schema\.([A-Za-z][\w.-]*)\.json$/;

export function fixturesDir(root: string, api: string): string {
  return join(root, "contract-tests", "fixtures", api);
}

export function readFixtures(root: string, api: string): DocFixture[] {
  const dir = fixturesDir(root, api);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const value: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const schema = SCHEMA_NAME.exec(file);
      if (schema?.[1]) return { api, file, target: { type: "schema", schema: schema[1] }, value };
      const operation = OPERATION_NAME.exec(file);
      if (!operation?.[1] || !operation[2])
        throw new Error(`${dir}/${file}: name is not <operationId>.<request|status>[.<variant>].json or schema.<Name>.json`);
      const kind = operation[2] === "request" ? "request" : Number(operation[2]);
      return { api, file, target: { type: "operation", operationId: operation[1], kind }, value };
    });
}

/** JSON pointer of the JSON schema a fixture must match, following request-body/response $refs. */
function schemaPointer(doc: OpenApiDocument, fixture: DocFixture): string {
  const target = fixture.target;
  if (target.type === "schema") {
    if (!asObject(asObject(asObject(doc["components"])?.["schemas"])?.[target.schema]))
      throw new Error(`no component schema ${target.schema}`);
    return `#/components/schemas/${pointerSegment(target.schema)}`;
  }
  const found = listOperations(doc).find((op) => op.operationId === target.operationId);
  if (!found) throw new Error(`no operation ${target.operationId} in the spec`);
  const base = `#/paths/${pointerSegment(found.path)}/${found.method}`;
  const entry = target.kind === "request" ? found.operation["requestBody"] : asObject(found.operation["responses"])?.[String(target.kind)];
  if (!entry)
    throw new Error(`${target.operationId} documents no ${target.kind === "request" ? "request body" : `${target.kind} response`}`);
  const entryObject = asObject(entry);
  const at =
    typeof entryObject?.["$ref"] === "string"
      ? entryObject["$ref"]
      : target.kind === "request"
        ? `${base}/requestBody`
        : `${base}/responses/${target.kind}`;
  const content = asObject(resolveRef(doc, entry)?.["content"]);
  const media = Object.keys(content ?? {}).find(isJsonMediaType);
  if (!media) throw new Error(`${target.operationId} ${String(target.kind)} has no JSON content`);
  return `${at}/content/${pointerSegment(media)}/schema`;
}

/** Object properties in `value` that no branch of `schema` declares, where the schema declares any. */
function undeclaredProperties(doc: OpenApiDocument, schema: unknown, value: unknown, pointer: string, seen = 0): ValidationIssue[] {
  const resolved = resolveRef(doc, schema);
  if (!resolved || seen > 40) return [];
  const branches = ["allOf", "anyOf", "oneOf"].flatMap((k) => (Array.isArray(resolved[k]) ? (resolved[k] as unknown[]) : []));
  const parts = [resolved, ...branches.map((b) => resolveRef(doc, b) ?? {})];
  if (Array.isArray(value)) {
    const items = parts.map((p) => p["items"]).find((i) => i !== undefined);
    return items === undefined ? [] : value.flatMap((item, i) => undeclaredProperties(doc, items, item, `${pointer}/${i}`, seen + 1));
  }
  const object = asObject(value);
  if (!object) return [];
  const declared = new Map<string, unknown>();
  let open = false;
  for (const part of parts) {
    for (const [name, inner] of Object.entries(asObject(part["properties"]) ?? {})) if (!declared.has(name)) declared.set(name, inner);
    const extra = part["additionalProperties"];
    if (extra === true || (extra !== undefined && extra !== false)) open = true;
  }
  const issues: ValidationIssue[] = [];
  for (const [name, inner] of Object.entries(object)) {
    const where = `${pointer}/${pointerSegment(name)}`;
    if (declared.has(name)) issues.push(...undeclaredProperties(doc, declared.get(name), inner, where, seen + 1));
    else if (declared.size > 0 && !open) issues.push({ pointer: where, message: "is not declared in the schema" });
  }
  return issues;
}

/** Every problem of every fixture of an API: schema violations and undeclared properties. */
export function checkFixtures(doc: OpenApiDocument, fixtures: DocFixture[]): Map<string, ValidationIssue[]> {
  const validator = createSchemaValidator(doc);
  const problems = new Map<string, ValidationIssue[]>();
  for (const fixture of fixtures) {
    let issues: ValidationIssue[];
    try {
      const pointer = schemaPointer(doc, fixture);
      const found = followRefs(doc, { $ref: pointer });
      const schema = "problem" in found ? undefined : found.value;
      issues = [...validator.validateAt(pointer, fixture.value), ...undeclaredProperties(doc, schema, fixture.value, "")];
    } catch (error) {
      issues = [{ pointer: "", message: (error as Error).message }];
    }
    problems.set(fixture.file, issues);
  }
  return problems;
}

/** The whole gate for one API: every fixture matches its schema and declares nothing the schema lacks. */
export async function checkDocFixtures(root: string, api: ApiEntry): Promise<GateResult> {
  const problems = checkFixtures(await bundleSpec(root, api), readFixtures(root, api.name));
  const findings = [...problems.entries()].flatMap(([file, issues]) =>
    issues.map((issue) => `${api.name}/${file}: ${issue.pointer || "/"} ${issue.message}`),
  );
  return { passed: findings.length === 0, findings };
}
