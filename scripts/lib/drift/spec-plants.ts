// Plants that edit a spec (through the yaml document model, never by line position).
import { isObject, exampleValues, mediaExamples, objectsIn, renameKey, requestSchema, schemasDeclaring, type Json } from "./spec-walk.js";
import {
  choose,
  label,
  operations,
  removeEverywhere,
  renameEverywhere,
  responseProperties,
  sampleFor,
  specKind,
  type DriftKind,
} from "./plant-kit.js";

export const SPEC_KINDS: DriftKind[] = [
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
    for (const example of exampleValues(doc))
      for (const object of objectsIn(example)) if (target.name in object) object[target.name] = 12345;
    return { api, doc, where: `${label(target.op)} .${target.name} string → integer` };
  }),
  specKind("make an optional request field required", (ctx) => {
    const { api, doc, target } = choose(ctx, "optional→required", (d) =>
      operations(d).flatMap((op) => {
        const schema = requestSchema(d, op.operation);
        const required = Array.isArray(schema?.["required"]) ? (schema["required"] as string[]) : [];
        const optional = Object.keys(isObject(schema?.["properties"]) ? (schema["properties"] as Json) : {}).filter(
          (p) => !required.includes(p),
        );
        return schema ? optional.map((name) => ({ op, schema, name })) : [];
      }),
    );
    target.schema["required"] = [...((target.schema["required"] as string[] | undefined) ?? []), target.name];
    const value = sampleFor(doc, (target.schema["properties"] as Json)[target.name]);
    for (const example of mediaExamples(doc, target.op.operation["requestBody"]))
      if (!(target.name in example)) example[target.name] = value;
    return { api, doc, where: `${label(target.op)} body .${target.name} now required` };
  }),
  specKind("add a required query parameter", (ctx) => {
    const { api, doc, target } = choose(ctx, "required query", (d) => operations(d));
    const parameters = Array.isArray(target.operation["parameters"]) ? (target.operation["parameters"] as unknown[]) : [];
    target.operation["parameters"] = [
      ...parameters,
      { name: "drift_required", in: "query", required: true, description: "added by the drift score", schema: { type: "string" } },
    ];
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
      [...objectsIn(d["paths"]), ...objectsIn(d["components"])].filter(
        (o) => Array.isArray(o["enum"]) && (o["enum"] as unknown[]).length >= 2 && o["type"] === "string",
      ),
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
    const { api, doc, target } = choose(ctx, "status", (d) =>
      operations(d).filter((op) => isObject(op.operation["responses"]) && "200" in (op.operation["responses"] as Json)),
    );
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
      const schemes =
        isObject(d["components"]) && isObject((d["components"] as Json)["securitySchemes"])
          ? ((d["components"] as Json)["securitySchemes"] as Json)
          : {};
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
    (doc["paths"] as Json)[`${target.path}/drift-untested`] = {
      ...(item["parameters"] ? { parameters: item["parameters"] } : {}),
      get: copy,
    };
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
];
