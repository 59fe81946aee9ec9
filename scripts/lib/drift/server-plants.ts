// Plants that make a local server drift from the spec on one GET operation.
import { mergedParameters, type DocumentOperation } from "../../../src/core/internal/openapi-document.js";
import { choose, label, operations, type DriftKind, type ServerDrift } from "./plant-kit.js";
import { objectsIn, resolve, successSchema, type Json } from "./spec-walk.js";

/** GET operations whose path parameters all have examples, so a live check can call them. */
function callableGets(doc: Json): { op: DocumentOperation; pathParams: Record<string, string> }[] {
  return operations(doc).flatMap((op) => {
    if (op.method !== "get" || !successSchema(doc, op.operation)) return [];
    const parameters = mergedParameters(doc, op.pathItem, op.operation);
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

export const SERVER_KINDS: DriftKind[] = [
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
  serverKind("a server that returns an undocumented status", () => ({
    status: 418,
    contentType: "application/json",
    body: JSON.stringify({ error: "teapot" }),
  })),
  serverKind("a server that returns a wrong content type", () => ({
    status: 200,
    contentType: "text/html",
    body: "<html><body>maintenance</body></html>",
  })),
];
