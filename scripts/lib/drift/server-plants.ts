// Plants that make a local server drift from the spec on one GET operation.
import { mergedParameters, pointerSegment, type DocumentOperation } from "../../../src/core/internal/openapi-document.js";
import { createResponseValidator } from "../../../src/core/internal/response-validation.js";
import { choose, label, operations, type DriftKind, type ServerDrift } from "./plant-kit.js";
import { isObject, objectsIn, resolve, successExample, successSchema, type Json } from "./spec-walk.js";

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

/** Every property of `value` as a JSON pointer with its holder, parents first. */
function* propertyPointers(value: unknown, at = ""): Generator<{ pointer: string; holder: Json; key: string }> {
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* propertyPointers(item, `${at}/${index}`);
  else if (isObject(value))
    for (const [key, inner] of Object.entries(value)) {
      yield { pointer: `${at}/${pointerSegment(key)}`, holder: value, key };
      yield* propertyPointers(inner, `${at}/${pointerSegment(key)}`);
    }
}

/**
 * Documented optional properties the example of a callable GET carries: leaving one out keeps the
 * answer valid (Prism and validateResponses accept it) and makes it subtractive drift.
 */
function optionalInExamples(doc: Json): { op: DocumentOperation; pathParams: Record<string, string>; pointer: string }[] {
  const validator = createResponseValidator(doc);
  return callableGets(doc).flatMap(({ op, pathParams }) => {
    const example = successExample(doc, op.operation);
    const operation = { method: "GET", path: op.path };
    const before = new Set(validator.absent(operation, 200, "application/json", example));
    return [...propertyPointers(example)].flatMap(({ pointer }) => {
      const without = structuredClone(example);
      const found = [...propertyPointers(without)].find((p) => p.pointer === pointer);
      if (found) delete found.holder[found.key];
      const valid = validator.validate(operation, 200, "application/json", without).length === 0;
      const lost = validator.absent(operation, 200, "application/json", without).filter((p) => !before.has(p));
      return valid && lost.includes(pointer) ? [{ op, pathParams, pointer }] : [];
    });
  });
}

export const SUBTRACTIVE_KINDS: DriftKind[] = [
  {
    kind: "a server stops sending a documented optional property",
    category: "server",
    plant(ctx) {
      const { api, target } = choose(ctx, "optional property", optionalInExamples);
      const respond: ServerDrift["respond"] = (example) => {
        const copy = structuredClone(example);
        const found = [...propertyPointers(copy)].find((p) => p.pointer === target.pointer);
        if (found) delete found.holder[found.key];
        return { status: 200, contentType: "application/json", body: JSON.stringify(copy) };
      };
      return {
        api: api.name,
        where: `local server answering ${label(target.op)} without ${target.pointer}`,
        server: { path: target.op.path, method: "GET", pathParams: target.pathParams, respond },
      };
    },
  },
];
