// The kinds of drift the score plants, one at a time, each choosing its target across every
// spec in redocly.yaml with a seeded random pick (not wired to one operation).
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, stringify } from "yaml";
import type { ApiEntry } from "../apis.js";
import {
  exampleValues,
  isObject,
  mediaExamples,
  objectsIn,
  operations,
  payloadSchema,
  pick,
  renameKey,
  requestSchema,
  resolve,
  schemasDeclaring,
  successSchema,
  type Json,
  type OperationAt,
} from "./spec-walk.js";

export type DriftCategory = "spec" | "generated" | "client" | "docs" | "server";

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

// ---------------------------------------------------------------- spec helpers

function readSpec(api: ApiEntry): Json {
  return parse(readFileSync(api.specPath, "utf8")) as Json;
}

function writeSpec(api: ApiEntry, doc: Json): void {
  writeFileSync(api.specPath, stringify(doc, { lineWidth: 0 }));
}

interface Candidate<T> {
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

function choose<T>(ctx: PlantContext, kind: string, find: (doc: Json) => T[]): Candidate<T> {
  const chosen = pick(candidates(ctx, find), ctx.random);
  if (!chosen) throw new Error(`${kind}: no spec offers a target`);
  return chosen;
}

const label = (op: OperationAt): string => `${String(op.operation["operationId"] ?? "")} (${op.method.toUpperCase()} ${op.path})`;

/** Required properties of success payloads: what a client reads. */
function responseProperties(doc: Json, type?: string): { op: OperationAt; name: string }[] {
  return operations(doc).flatMap((op) => {
    const payload = payloadSchema(doc, successSchema(doc, op.operation));
    const required = Array.isArray(payload?.["required"]) ? (payload["required"] as string[]) : [];
    const properties = isObject(payload?.["properties"]) ? (payload["properties"] as Json) : {};
    return required
      .filter((name) => name !== "data" && (!type || resolve(doc, properties[name])?.["type"] === type))
      .map((name) => ({ op, name }));
  });
}

function renameEverywhere(doc: Json, from: string, to: string): void {
  for (const schema of schemasDeclaring(doc, from)) {
    renameKey(schema["properties"] as Json, from, to);
    if (Array.isArray(schema["required"])) schema["required"] = (schema["required"] as string[]).map((r) => (r === from ? to : r));
  }
  for (const example of exampleValues(doc)) for (const object of objectsIn(example)) if (from in object) renameKey(object, from, to);
}

function removeEverywhere(doc: Json, name: string): void {
  for (const schema of schemasDeclaring(doc, name)) {
    delete (schema["properties"] as Json)[name];
    if (Array.isArray(schema["required"])) schema["required"] = (schema["required"] as string[]).filter((r) => r !== name);
  }
  for (const example of exampleValues(doc)) for (const object of objectsIn(example)) delete object[name];
}

function sampleFor(doc: Json, schema: unknown): unknown {
  const resolved = resolve(doc, schema) ?? {};
  if (Array.isArray(resolved["enum"])) return resolved["enum"][0];
  const type = Array.isArray(resolved["type"]) ? resolved["type"][0] : resolved["type"];
  if (type === "boolean") return true;
  if (type === "integer" || type === "number") return 1;
  if (type === "array") return [];
  if (type === "object") return {};
  return "drift";
}

// ---------------------------------------------------------------- code helpers

/** Routes the API factory's options through an extra openapi-fetch middleware (client drift). */
function injectMiddleware(root: string, api: string, middleware: string): string {
  const file = join(root, "src", `${api}.ts`);
  const text = readFileSync(file, "utf8");
  const match = /\n(\s+)(options|clientOptions),\n(\s+)\);\n\}\s*$/.exec(text);
  if (!match) throw new Error(`cannot find the factory's options in src/${api}.ts`);
  const name = match[2] ?? "options";
  const replaced = `${text.slice(0, match.index)}\n${match[1] ?? ""}{ ...${name}, middleware: [...(${name}.middleware ?? []), ${middleware}] },\n${match[3] ?? ""});\n}\n`;
  writeFileSync(file, replaced);
  return `src/${api}.ts`;
}

/** An operation whose JSON request body is closed (additionalProperties: false) and has a required field. */
function closedBodies(doc: Json): { op: OperationAt; required: string }[] {
  return operations(doc).flatMap((op) => {
    const schema = requestSchema(doc, op.operation);
    const required = Array.isArray(schema?.["required"]) ? (schema["required"] as string[]) : [];
    return schema?.["additionalProperties"] === false && required[0] ? [{ op, required: required[0] }] : [];
  });
}

// ---------------------------------------------------------------- the kinds

function specKind(kind: string, mutate: (ctx: PlantContext) => { api: ApiEntry; doc: Json; where: string }): DriftKind {
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

export const DRIFT_KINDS: DriftKind[] = [
  specKind("rename a response property", (ctx) => {
    const { api, doc, target } = choose(ctx, "rename", (d) => responseProperties(d));
    renameEverywhere(doc, target.name, `${target.name}_renamed`);
    return { api, doc, where: `${label(target.op)} .${target.name} → .${target.name}_renamed` };
  }),
  specKind("remove a response property", (ctx) => {
    const { api, doc, target } = choose(ctx, "remove", (d) => responseProperties(d));
    removeEverywhere(doc, target.name);
    return { api, doc, where: `${label(target.op)} .${target.name} removed` };
  }),
  specKind("retype a response property", (ctx) => {
    const { api, doc, target } = choose(ctx, "retype", (d) => responseProperties(d, "string"));
    for (const schema of schemasDeclaring(doc, target.name)) {
      (schema["properties"] as Json)[target.name] = { type: "integer", description: "retyped by the drift score" };
    }
    for (const example of exampleValues(doc)) for (const object of objectsIn(example)) if (target.name in object) object[target.name] = 12345;
    return { api, doc, where: `${label(target.op)} .${target.name} string → integer` };
  }),
  specKind("make an optional request field required", (ctx) => {
    const { api, doc, target } = choose(ctx, "optional→required", (d) =>
      operations(d).flatMap((op) => {
        const schema = requestSchema(d, op.operation);
        const required = Array.isArray(schema?.["required"]) ? (schema["required"] as string[]) : [];
        const optional = Object.keys(isObject(schema?.["properties"]) ? (schema["properties"] as Json) : {}).filter((p) => !required.includes(p));
        return schema ? optional.map((name) => ({ op, schema, name })) : [];
      }),
    );
    target.schema["required"] = [...((target.schema["required"] as string[] | undefined) ?? []), target.name];
    const value = sampleFor(doc, (target.schema["properties"] as Json)[target.name]);
    for (const example of mediaExamples(doc, target.op.operation["requestBody"])) if (!(target.name in example)) example[target.name] = value;
    return { api, doc, where: `${label(target.op)} body .${target.name} now required` };
  }),
  specKind("add a required query parameter", (ctx) => {
    const { api, doc, target } = choose(ctx, "required query", (d) => operations(d));
    const parameters = Array.isArray(target.operation["parameters"]) ? (target.operation["parameters"] as unknown[]) : [];
    target.operation["parameters"] = [...parameters, { name: "drift_required", in: "query", required: true, description: "added by the drift score", schema: { type: "string" } }];
    return { api, doc, where: `${label(target)} ?drift_required (required)` };
  }),
  specKind("rename a path segment", (ctx) => {
    const { api, doc, target } = choose(ctx, "path segment", (d) =>
      Object.keys(isObject(d["paths"]) ? (d["paths"] as Json) : {}).flatMap((path) =>
        path
          .split("/")
          .map((segment, index) => ({ path, segment, index }))
          .filter(({ segment, index }) => index > 1 && /^[a-z][a-z_-]*$/.test(segment)),
      ),
    );
    const paths = doc["paths"] as Json;
    const segments = target.path.split("/");
    segments[target.index] = `${target.segment}-renamed`;
    const renamed = segments.join("/");
    const rebuilt: Json = {};
    for (const [path, item] of Object.entries(paths)) rebuilt[path === target.path ? renamed : path] = item;
    doc["paths"] = rebuilt;
    return { api, doc, where: `${target.path} → ${renamed}` };
  }),
  specKind("remove an operation", (ctx) => {
    const { api, doc, target } = choose(ctx, "remove operation", (d) => operations(d));
    const item = (doc["paths"] as Json)[target.path] as Json;
    delete item[target.method];
    if (!operations({ paths: { [target.path]: item } }).length) delete (doc["paths"] as Json)[target.path];
    return { api, doc, where: `${label(target)} removed` };
  }),
  specKind("narrow an enum", (ctx) => {
    const { api, doc, target } = choose(ctx, "enum", (d) =>
      [...objectsIn(d["paths"]), ...objectsIn(d["components"])].filter((o) => Array.isArray(o["enum"]) && (o["enum"] as unknown[]).length >= 2 && o["type"] === "string"),
    );
    const values = target["enum"] as string[];
    const dropped = values[values.length - 1] ?? "";
    target["enum"] = values.slice(0, -1);
    if (target["default"] === dropped) target["default"] = values[0];
    for (const example of exampleValues(doc)) {
      for (const object of objectsIn(example)) for (const [k, v] of Object.entries(object)) if (v === dropped) object[k] = values[0];
    }
    return { api, doc, where: `enum ${JSON.stringify(values)} loses "${dropped}"` };
  }),
  specKind("change a success status", (ctx) => {
    const { api, doc, target } = choose(ctx, "status", (d) => operations(d).filter((op) => isObject(op.operation["responses"]) && "200" in (op.operation["responses"] as Json)));
    renameKey(target.operation["responses"] as Json, "200", "201");
    return { api, doc, where: `${label(target)} 200 → 201` };
  }),
  specKind("change a parameter's location", (ctx) => {
    const { api, doc, target } = choose(ctx, "parameter location", (d) =>
      [...objectsIn(d["paths"]), ...objectsIn(d["components"])].filter((o) => o["in"] === "query" && typeof o["name"] === "string"),
    );
    target["in"] = "header";
    target["name"] = `X-${String(target["name"])}`;
    delete target["style"];
    delete target["explode"];
    return { api, doc, where: `query ${String(target["name"]).slice(2)} → header ${String(target["name"])}` };
  }),
  specKind("change an auth scheme", (ctx) => {
    const { api, doc, target } = choose(ctx, "auth", (d) => {
      const schemes = isObject(d["components"]) && isObject((d["components"] as Json)["securitySchemes"]) ? ((d["components"] as Json)["securitySchemes"] as Json) : {};
      return Object.entries(schemes).map(([name, scheme]) => ({ name, scheme: scheme as Json }));
    });
    const before = `${String(target.scheme["type"])}${target.scheme["scheme"] ? ` ${String(target.scheme["scheme"])}` : ""}`;
    for (const key of Object.keys(target.scheme)) delete target.scheme[key];
    Object.assign(target.scheme, { type: "apiKey", in: "header", name: "X-Drift-Key", description: "changed by the drift score" });
    return { api, doc, where: `securityScheme ${target.name}: ${before} → apiKey X-Drift-Key` };
  }),
  specKind("add an operation no test calls", (ctx) => {
    const { api, doc, target } = choose(ctx, "new operation", (d) => operations(d).filter((op) => op.method === "get"));
    // A copy of an existing GET under a new path: lint-clean, typed, and called by nobody.
    const copy = structuredClone(target.operation);
    copy["operationId"] = "driftUntested";
    copy["summary"] = "Added by the drift score";
    const item = (doc["paths"] as Json)[target.path] as Json;
    (doc["paths"] as Json)[`${target.path}/drift-untested`] = { ...(item["parameters"] ? { parameters: item["parameters"] } : {}), get: copy };
    return { api, doc, where: `GET ${target.path}/drift-untested added` };
  }),
  specKind("a spec example that contradicts its schema", (ctx) => {
    const { api, doc, target } = choose(ctx, "example", (d) =>
      operations(d).flatMap((op) =>
        Object.values(op.operation["responses"] as Json).flatMap((response) =>
          mediaExamples(d, response).flatMap((example) =>
            [...objectsIn(example)].flatMap((object) =>
              Object.entries(object)
                .filter(([, v]) => typeof v === "string")
                .slice(0, 1)
                .map(([name]) => ({ op, object, name })),
            ),
          ),
        ),
      ),
    );
    target.object[target.name] = 98765;
    return { api, doc, where: `${label(target.op)} example .${target.name} = 98765` };
  }),

  {
    kind: "hand-edit a generated file",
    category: "generated",
    plant(ctx) {
      const api = pick(ctx.apis, ctx.random);
      if (!api) throw new Error("no API");
      const text = readFileSync(api.typesPath, "utf8");
      const index = text.indexOf(": string;");
      writeFileSync(api.typesPath, `${text.slice(0, index)}: string | number;${text.slice(index + ": string;".length)}`);
      return { api: api.name, where: `${relative(ctx.root, api.typesPath)}: first string field widened to string | number` };
    },
  },

  {
    kind: "a client that sends an extra body field",
    category: "client",
    plant(ctx) {
      const { api } = choose(ctx, "closed body", closedBodies);
      const file = injectMiddleware(
        ctx.root,
        api.name,
        `{ async onRequest({ request }) { if (!request.headers.get("content-type")?.includes("json")) return undefined; const body = await request.clone().json().catch(() => undefined); if (!body || typeof body !== "object" || Array.isArray(body)) return undefined; return new Request(request, { body: JSON.stringify({ ...body, drift_extra: true }) }); } }`,
      );
      return { api: api.name, where: `${file}: every JSON body gains "drift_extra"` };
    },
  },
  {
    kind: "a client that sends a misspelled body field",
    category: "client",
    plant(ctx) {
      const { api, target } = choose(ctx, "closed body", closedBodies);
      const misspelled = `${target.required.slice(0, -1)}`;
      const file = injectMiddleware(
        ctx.root,
        api.name,
        `{ async onRequest({ request }) { if (!request.headers.get("content-type")?.includes("json")) return undefined; const body = await request.clone().json().catch(() => undefined); if (!body || typeof body !== "object" || !(${JSON.stringify(target.required)} in body)) return undefined; const { ${JSON.stringify(target.required)}: value, ...rest } = body; return new Request(request, { body: JSON.stringify({ ...rest, ${JSON.stringify(misspelled)}: value }) }); } }`,
      );
      return { api: api.name, where: `${file}: "${target.required}" sent as "${misspelled}"` };
    },
  },
  {
    kind: "a client that omits a required header",
    category: "client",
    plant(ctx) {
      const { api, target } = choose(ctx, "required header", (doc) => {
        const headers = new Set<string>();
        for (const object of [...objectsIn(doc["paths"]), ...objectsIn(doc["components"])]) {
          if (object["in"] === "header" && object["required"] === true && typeof object["name"] === "string") headers.add(object["name"]);
        }
        return [...headers];
      });
      const file = injectMiddleware(ctx.root, api.name, `{ onRequest({ request }) { const headers = new Headers(request.headers); headers.delete(${JSON.stringify(target)}); return new Request(request, { headers }); } }`);
      return { api: api.name, where: `${file}: never sends ${target}` };
    },
  },

  {
    kind: "a documented example that no longer matches its schema",
    category: "docs",
    plant(ctx) {
      const fixtures = ctx.apis.flatMap((api) => {
        const dir = join(ctx.root, "contract-tests", "fixtures", api.name);
        return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => ({ api, file: join(dir, f) })) : [];
      });
      const chosen = pick(fixtures, ctx.random);
      if (!chosen) throw new Error("no documentation fixture");
      const value: unknown = JSON.parse(readFileSync(chosen.file, "utf8"));
      // Retype the first string leaf: what a doc edit the spec did not follow looks like.
      const target = [...objectsIn(value)].find((o) => Object.values(o).some((v) => typeof v === "string"));
      const key = target ? Object.keys(target).find((k) => typeof target[k] === "string") : undefined;
      if (!target || !key) throw new Error(`${chosen.file}: no string field to change`);
      target[key] = 4242;
      writeFileSync(chosen.file, JSON.stringify(value, null, 2));
      return { api: chosen.api.name, where: `${relative(ctx.root, chosen.file)}: .${key} = 4242` };
    },
  },

  serverKind("a server that omits a required field", (example) => {
    const copy = structuredClone(example);
    const target = [...objectsIn(copy)].find((o) => Object.keys(o).length > 1);
    const key = target ? Object.keys(target)[0] : undefined;
    if (target && key) delete target[key];
    return { status: 200, contentType: "application/json", body: JSON.stringify(copy) };
  }),
  serverKind("a server that returns a wrong type", (example) => {
    const copy = structuredClone(example);
    const target = [...objectsIn(copy)].find((o) => Object.values(o).some((v) => typeof v === "string"));
    const key = target ? Object.keys(target).find((k) => typeof target[k] === "string") : undefined;
    if (target && key) target[key] = { drift: true };
    return { status: 200, contentType: "application/json", body: JSON.stringify(copy) };
  }),
  serverKind("a server that returns an undocumented status", () => ({ status: 418, contentType: "application/json", body: JSON.stringify({ error: "teapot" }) })),
  serverKind("a server that returns a wrong content type", () => ({ status: 200, contentType: "text/html", body: "<html><body>maintenance</body></html>" })),
];

/** GET operations whose path parameters all have examples, so a live check can call them. */
function callableGets(doc: Json): { op: OperationAt; pathParams: Record<string, string> }[] {
  return operations(doc).flatMap((op) => {
    if (op.method !== "get" || !successSchema(doc, op.operation)) return [];
    const itemParameters = isObject((doc["paths"] as Json)[op.path]) ? ((doc["paths"] as Json)[op.path] as Json)["parameters"] : undefined;
    const parameters = [...(Array.isArray(itemParameters) ? itemParameters : []), ...(Array.isArray(op.operation["parameters"]) ? op.operation["parameters"] : [])]
      .map((p) => resolve(doc, p))
      .filter((p): p is Json => p !== undefined);
    if (parameters.some((p) => p["required"] === true && p["in"] !== "path")) return [];
    const pathParams: Record<string, string> = {};
    for (const parameter of parameters.filter((p) => p["in"] === "path")) {
      const example = parameter["example"] ?? resolve(doc, parameter["schema"])?.["example"];
      if (typeof example !== "string" && typeof example !== "number") return [];
      pathParams[String(parameter["name"])] = String(example);
    }
    return [{ op, pathParams }];
  });
}

function serverKind(kind: string, respond: ServerDrift["respond"]): DriftKind {
  return {
    kind,
    category: "server",
    plant(ctx) {
      const { api, target } = choose(ctx, kind, callableGets);
      return {
        api: api.name,
        where: `local server answering ${label(target.op)}`,
        server: { path: target.op.path, method: "GET", pathParams: target.pathParams, respond },
      };
    },
  };
}
