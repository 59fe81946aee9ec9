// What every plant shares: the plant types, reading and writing a spec through the yaml
// document model, and picking a seeded-random target across every spec in redocly.yaml.
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { stringify } from "yaml";
import { listOperations, type DocumentOperation } from "../../../src/core/internal/openapi-document.js";
import type { ApiEntry } from "../spec/apis.js";
import { parseSpecText } from "../spec/load.js";
import {
  isObject,
  pick,
  resolve,
  schemasDeclaring,
  exampleValues,
  objectsIn,
  renameKey,
  payloadSchema,
  successSchema,
  requestSchema,
  type Json,
} from "./spec-walk.js";

export const operations = (doc: Json): DocumentOperation[] => listOperations(doc);

export type DriftCategory = "spec" | "generated" | "client" | "docs" | "server" | "vendor";

/** How a deliberately drifting server answers one GET operation (server plants). */
export interface ServerDrift {
  path: string;
  method: string;
  pathParams: Record<string, string>;
  /** Builds the drifted answer from the spec's own example body. */
  respond: (example: unknown) => { status: number; contentType: string; body: string };
}

export interface Planted {
  api: string;
  where: string;
  server?: ServerDrift;
  /** Vendor plants: the directory whose node_modules hold the drifted SDK release. */
  sdkFrom?: string;
}

export interface PlantContext {
  root: string;
  apis: ApiEntry[];
  random: () => number;
}

export interface DriftKind {
  kind: string;
  category: DriftCategory;
  plant(ctx: PlantContext): Planted;
}

/** The spec as a document of its own to edit (parsed once per text: parseSpecText). */
export function readSpec(api: ApiEntry): Json {
  return parseSpecText(readFileSync(api.specPath, "utf8"), api.specPath) as Json;
}

export function writeSpec(api: ApiEntry, doc: Json): void {
  writeFileSync(api.specPath, stringify(doc, { lineWidth: 0 }));
}

export interface Candidate<T> {
  api: ApiEntry;
  doc: Json;
  target: T;
}

function candidates<T>(ctx: PlantContext, find: (doc: Json) => T[]): Candidate<T>[] {
  return ctx.apis.flatMap((api) => {
    const doc = readSpec(api);
    return find(doc).map((target) => ({ api, doc, target }));
  });
}

export function choose<T>(ctx: PlantContext, kind: string, find: (doc: Json) => T[]): Candidate<T> {
  const chosen = pick(candidates(ctx, find), ctx.random);
  if (!chosen) throw new Error(`${kind}: no spec offers a target`);
  return chosen;
}

export const label = (op: DocumentOperation): string => `${op.name} (${op.method.toUpperCase()} ${op.path})`;

/** The operation a plant's `where` names through `label` (`…: name (METHOD /path) …`); "" when none. */
export const labelledOperation = (where: string): string => /: (\w+) \([A-Z]+ \//.exec(where)?.[1] ?? "";

/** Required properties of success payloads: what a client reads. */
export function responseProperties(doc: Json, type?: string): { op: DocumentOperation; name: string }[] {
  return operations(doc).flatMap((op) => {
    const payload = payloadSchema(doc, successSchema(doc, op.operation));
    const required = Array.isArray(payload?.["required"]) ? (payload["required"] as string[]) : [];
    const properties = isObject(payload?.["properties"]) ? (payload["properties"] as Json) : {};
    return required
      .filter((name) => name !== "data" && (!type || resolve(doc, properties[name])?.["type"] === type))
      .map((name) => ({ op, name }));
  });
}

export function renameEverywhere(doc: Json, from: string, to: string): void {
  for (const schema of schemasDeclaring(doc, from)) {
    renameKey(schema["properties"] as Json, from, to);
    if (Array.isArray(schema["required"])) schema["required"] = (schema["required"] as string[]).map((r) => (r === from ? to : r));
  }
  for (const example of exampleValues(doc)) for (const object of objectsIn(example)) if (from in object) renameKey(object, from, to);
}

export function removeEverywhere(doc: Json, name: string): void {
  for (const schema of schemasDeclaring(doc, name)) {
    delete (schema["properties"] as Json)[name];
    if (Array.isArray(schema["required"])) schema["required"] = (schema["required"] as string[]).filter((r) => r !== name);
  }
  for (const example of exampleValues(doc)) for (const object of objectsIn(example)) delete object[name];
}

export function sampleFor(doc: Json, schema: unknown): unknown {
  const resolved = resolve(doc, schema) ?? {};
  if (Array.isArray(resolved["enum"])) return resolved["enum"][0];
  const type = Array.isArray(resolved["type"]) ? resolved["type"][0] : resolved["type"];
  if (type === "boolean") return true;
  if (type === "integer" || type === "number") return 1;
  if (type === "array") return [];
  if (type === "object") return {};
  return "drift";
}

/** An operation whose JSON request body is closed (additionalProperties: false) and has a required field. */
export function closedBodies(doc: Json): { op: DocumentOperation; required: string }[] {
  return operations(doc).flatMap((op) => {
    const schema = requestSchema(doc, op.operation);
    const required = Array.isArray(schema?.["required"]) ? (schema["required"] as string[]) : [];
    return schema?.["additionalProperties"] === false && required[0] ? [{ op, required: required[0] }] : [];
  });
}

export function specKind(kind: string, mutate: (ctx: PlantContext) => { api: ApiEntry; doc: Json; where: string }): DriftKind {
  return {
    kind,
    category: "spec",
    plant(ctx) {
      const { api, doc, where } = mutate(ctx);
      writeSpec(api, doc);
      return { api: api.name, where: `${relative(ctx.root, api.specPath)}: ${where}` };
    },
  };
}
