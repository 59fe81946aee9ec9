// Plants for drift a client notices only when it reads or sends: the default host moves, a query
// array's wire form flips, a documented error status goes, a response field becomes optional or
// nullable, a default leaves its own bounds (issue 21). Each edits a spec through the yaml model.
import { mergedParameters } from "../../../src/core/internal/openapi-document.js";
import { choose, label, operations, responseProperties, specKind, type DriftKind } from "./plant-kit.js";
import { isObject, objectsIn, payloadSchema, resolve, successSchema, type Json } from "./spec-walk.js";

/** `https://api.example.com/v1` → `https://api-moved.example.com/v1`. */
const movedHost = (url: string): string => url.replace(/^(https?:\/\/)([^./]+)/, "$1$2-moved");

/** The payload schema (resolved, editable in place) of a required response property. */
function requiredResponseProperty(doc: Json) {
  return responseProperties(doc).flatMap(({ op, name }) => {
    const payload = payloadSchema(doc, successSchema(doc, op.operation));
    return payload ? [{ op, name, payload }] : [];
  });
}

export const READER_KINDS: DriftKind[] = [
  specKind("the default server moves to another host", (ctx) => {
    const { api, doc, target } = choose(ctx, "server host", (d) =>
      (Array.isArray(d["servers"]) ? (d["servers"] as Json[]) : []).slice(0, 1).filter((s) => typeof s["url"] === "string"),
    );
    const before = String(target["url"]);
    target["url"] = movedHost(before);
    return { api, doc, where: `servers[0].url ${before} → ${String(target["url"])}` };
  }),
  specKind("a query array's explode flips", (ctx) => {
    const { api, doc, target } = choose(ctx, "query array", (d) =>
      operations(d).flatMap((op) =>
        mergedParameters(d, op.pathItem, op.operation)
          .filter((p) => p["in"] === "query" && resolve(d, p["schema"])?.["type"] === "array" && (p["style"] ?? "form") === "form")
          .map((parameter) => ({ op, parameter })),
      ),
    );
    const explode = target.parameter["explode"] !== false;
    target.parameter["explode"] = !explode;
    return { api, doc, where: `${label(target.op)} query ${String(target.parameter["name"])} explode ${explode} → ${!explode}` };
  }),
  specKind("remove a documented error status", (ctx) => {
    const { api, doc, target } = choose(ctx, "error status", (d) =>
      operations(d).flatMap((op) => {
        const responses = isObject(op.operation["responses"]) ? (op.operation["responses"] as Json) : {};
        const covered = (status: string) => `${status[0]}XX` in responses || "default" in responses;
        return Object.keys(responses)
          .filter((status) => /^[45]\d\d$/.test(status) && !covered(status))
          .map((status) => ({ op, responses, status }));
      }),
    );
    delete target.responses[target.status];
    return { api, doc, where: `${label(target.op)} status ${target.status} no longer documented` };
  }),
  specKind("a response field becomes optional", (ctx) => {
    const { api, doc, target } = choose(ctx, "optional", requiredResponseProperty);
    target.payload["required"] = (target.payload["required"] as string[]).filter((name) => name !== target.name);
    return { api, doc, where: `${label(target.op)} .${target.name} no longer required` };
  }),
  specKind("a response field becomes nullable", (ctx) => {
    const { api, doc, target } = choose(ctx, "nullable", (d) =>
      requiredResponseProperty(d).filter(({ payload, name }) => {
        const property = (payload["properties"] as Json)[name];
        const type = resolve(d, property)?.["type"];
        return isObject(property) && !(Array.isArray(type) && type.includes("null"));
      }),
    );
    const properties = target.payload["properties"] as Json;
    const property = properties[target.name] as Json;
    if (typeof property["type"] === "string") property["type"] = [property["type"], "null"];
    else if (Array.isArray(property["type"])) property["type"] = [...property["type"], "null"];
    else properties[target.name] = { anyOf: [property, { type: "null" }] };
    return { api, doc, where: `${label(target.op)} .${target.name} may now be null` };
  }),
  specKind("a default outside its own bounds", (ctx) => {
    const { api, doc, target } = choose(ctx, "default", (d) =>
      [...objectsIn(d["paths"]), ...objectsIn(d["components"])].filter(
        (o) => "default" in o && (typeof o["maximum"] === "number" || (Array.isArray(o["enum"]) && o["type"] === "string")),
      ),
    );
    const before = JSON.stringify(target["default"]);
    target["default"] = typeof target["maximum"] === "number" ? target["maximum"] + 1 : `${String((target["enum"] as unknown[])[0])}-drift`;
    return { api, doc, where: `default ${before} → ${JSON.stringify(target["default"])} (outside its own bounds)` };
  }),
];
