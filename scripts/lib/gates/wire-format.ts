// Gate: every query and header parameter whose spec gives a `style`/`explode`, or whose schema is
// an array or an object, goes on the wire the way the spec says. The expected form is derived
// from the spec (OpenAPI 3.1 §4.8.12.4, style values) for a sample value; the client module of
// `root` sends the same call through a recording `fetch` (nothing leaves the process); the two
// must agree. Prism accepts both `a&a` and `a,b`, so the contract run cannot see this.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  listOperations,
  mergedParameters,
  resolveRef,
  type DocumentOperation,
  type JsonObject,
  type OpenApiDocument,
} from "../../../src/core/internal/openapi-document.js";
import { loadEnvNames } from "../live/credentials.js";
import type { ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

export interface WireParameter {
  in: "query" | "header";
  name: string;
  style: string;
  explode: boolean;
  shape: "array" | "object" | "primitive";
}

const ARRAY_SAMPLE = ["wire-a", "wire-b"];
const OBJECT_SAMPLE = { wk1: "wv1", wk2: "wv2" };

function schemaShape(document: OpenApiDocument, schema: unknown): WireParameter["shape"] {
  const type = resolveRef(document, schema)?.["type"];
  const types = Array.isArray(type) ? type : [type];
  return types.includes("array") ? "array" : types.includes("object") ? "object" : "primitive";
}

/** The query and header parameters of an operation whose wire form the spec decides. */
export function wireParameters(document: OpenApiDocument, op: DocumentOperation): WireParameter[] {
  return mergedParameters(document, op.pathItem, op.operation).flatMap((p): WireParameter[] => {
    const location = p["in"];
    if ((location !== "query" && location !== "header") || typeof p["name"] !== "string" || p["content"] !== undefined) return [];
    const shape = schemaShape(document, p["schema"]);
    if (shape === "primitive" && p["style"] === undefined && p["explode"] === undefined) return [];
    const style = typeof p["style"] === "string" ? p["style"] : location === "query" ? "form" : "simple";
    const explode = typeof p["explode"] === "boolean" ? p["explode"] : style === "form";
    return [{ in: location, name: p["name"], style, explode, shape }];
  });
}

export const sampleOf = (parameter: WireParameter): unknown =>
  parameter.shape === "array" ? ARRAY_SAMPLE : parameter.shape === "object" ? OBJECT_SAMPLE : "wire-value";

/**
 * What the spec says goes on the wire for the sample: query pairs (decoded) or the header value.
 * Undefined for a combination the spec leaves undefined (deepObject of an array, say).
 */
export function expectedWire(parameter: WireParameter): [string, string][] | string | undefined {
  const { name, style, explode, shape } = parameter;
  const entries = Object.entries(OBJECT_SAMPLE);
  if (parameter.in === "header") {
    if (style !== "simple") return undefined;
    if (shape === "array") return ARRAY_SAMPLE.join(",");
    if (shape === "object") return entries.map(([k, v]) => (explode ? `${k}=${v}` : `${k},${v}`)).join(",");
    return "wire-value";
  }
  const delimiter = { form: ",", spaceDelimited: " ", pipeDelimited: "|" }[style];
  if (shape === "primitive") return style === "form" ? [[name, "wire-value"]] : undefined;
  if (shape === "array") {
    if (delimiter === undefined) return undefined;
    return explode ? ARRAY_SAMPLE.map((v) => [name, v]) : [[name, ARRAY_SAMPLE.join(delimiter)]];
  }
  if (style === "deepObject") return explode ? entries.map(([k, v]) => [`${name}[${k}]`, v]) : undefined;
  if (style === "form") return explode ? entries : [[name, entries.flat().join(",")]];
  return undefined;
}

/** The query pairs of `url` that belong to `parameter` (its name, `name[…]`, or the sample's keys). */
function sentPairs(url: URL, parameter: WireParameter): [string, string][] {
  const keys = Object.keys(OBJECT_SAMPLE);
  return [...url.searchParams.entries()].filter(([k]) => k === parameter.name || k.startsWith(`${parameter.name}[`) || keys.includes(k));
}

/** A value for a required parameter that is not under test. */
function filler(document: OpenApiDocument, parameter: JsonObject): unknown {
  const schema = resolveRef(document, parameter["schema"]) ?? {};
  if (Array.isArray(schema["enum"])) return schema["enum"][0];
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  return type === "integer" || type === "number" ? 1 : type === "boolean" ? true : "wire-filler";
}

type Params = Record<"path" | "query" | "header", Record<string, unknown>>;
type RawCall = (path: string, init: { params: Params }) => Promise<unknown>;

/** The client module's factory, with the credential its `<API>_ENV` names, sending into `record`. */
async function clientOf(root: string, api: ApiEntry, record: (request: Request) => void): Promise<Record<string, RawCall>> {
  const module = (await import(pathToFileURL(join(root, "src", `${api.name}.ts`)).href)) as Record<string, unknown>;
  const factory = Object.entries(module).find(([name, value]) => /^create\w+Client$/.test(name) && typeof value === "function")?.[1] as
    | ((options: Record<string, unknown>) => { raw: Record<string, RawCall> })
    | undefined;
  if (!factory) throw new Error(`src/${api.name}.ts: no create…Client export`);
  const credential = Object.keys(await loadEnvNames(root, api.name)).find((key) => key === "token" || key === "apiKey") ?? "token";
  const client = factory({
    [credential]: "wire-check-credential",
    baseUrl: "http://127.0.0.1:9/wire-check",
    retry: false,
    fetch: async (request: Request) => {
      record(request);
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  });
  return client.raw;
}

const show = (value: [string, string][] | string | undefined): string =>
  value === undefined ? "(nothing)" : typeof value === "string" ? value : value.map(([k, v]) => `${k}=${v}`).join("&");

/** For one API: each parameter checked, and each whose wire form differs from the spec's. */
export async function checkApiWireFormat(
  root: string,
  api: ApiEntry,
  document: OpenApiDocument,
): Promise<{ checked: string[]; findings: string[] }> {
  let last: Request | undefined;
  const raw = await clientOf(root, api, (request) => {
    last = request;
  });
  const findings: string[] = [];
  const checked: string[] = [];
  for (const op of listOperations(document)) {
    for (const parameter of wireParameters(document, op)) {
      const expected = expectedWire(parameter);
      const where = `${api.name} ${op.name} (${op.method.toUpperCase()} ${op.path}) ${parameter.in} ${parameter.name} (${parameter.style}${parameter.explode ? "+explode" : ""}, ${parameter.shape})`;
      checked.push(where);
      if (expected === undefined) {
        findings.push(`${where}: the spec's style is undefined for this shape`);
        continue;
      }
      const params: Params = { path: {}, query: {}, header: {} };
      for (const other of mergedParameters(document, op.pathItem, op.operation)) {
        const location = other["in"];
        if ((location === "path" || location === "query" || location === "header") && other["required"] === true)
          params[location][String(other["name"])] = location === "path" ? "wire-path" : filler(document, other);
      }
      params[parameter.in][parameter.name] = sampleOf(parameter);
      last = undefined;
      const method = raw[op.method.toUpperCase()];
      if (!method) continue;
      await method(op.path, { params }).catch(() => undefined);
      const request = last as Request | undefined;
      if (!request) {
        findings.push(`${where}: the client sent nothing`);
        continue;
      }
      const sent =
        parameter.in === "header" ? (request.headers.get(parameter.name) ?? undefined) : sentPairs(new URL(request.url), parameter);
      if (show(sent) !== show(expected)) findings.push(`${where}: the spec says ${show(expected)}, the client sends ${show(sent)}`);
    }
  }
  return { checked, findings };
}

export async function checkWireFormat(
  root: string,
  apis: ApiEntry[],
  documentOf: (api: ApiEntry) => OpenApiDocument = (api) => readSpec(api.specPath),
): Promise<GateResult & { checked: string[] }> {
  const findings: string[] = [];
  const checked: string[] = [];
  for (const api of apis) {
    const result = await checkApiWireFormat(root, api, documentOf(api));
    findings.push(...result.findings);
    checked.push(...result.checked);
  }
  return { passed: findings.length === 0, findings, checked };
}
