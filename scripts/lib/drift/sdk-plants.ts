// Plants the vendor-SDK conformance gate is built for: the spec stops accepting what the vendor's own
// SDK sends. Targets are the operations the SDKs call with a body (SDK_BODY_FIELDS in the gate, a
// list a test checks against the SDKs' wire output), picked across the specs by the seeded walk.
import type { DocumentOperation } from "../../../src/core/internal/openapi-document.js";
import { SDK_BODY_FIELDS } from "../gates/conformance.js";
import type { ApiEntry } from "../spec/apis.js";
import { label, operations, readSpec, specKind, type DriftKind, type PlantContext } from "./plant-kit.js";
import { mediaExamples, pick, requestSchema, type Json } from "./spec-walk.js";

interface SdkTarget {
  api: ApiEntry;
  doc: Json;
  op: DocumentOperation;
  fields: readonly string[];
}

/** Every operation of every spec that a vendor SDK calls with a body, with the fields it sends. */
function sdkCalled(ctx: PlantContext): SdkTarget[] {
  return ctx.apis.flatMap((api) => {
    const doc = readSpec(api);
    return operations(doc).flatMap((op) => {
      const fields = SDK_BODY_FIELDS[`${api.name}.${op.operationId ?? ""}`];
      return fields ? [{ api, doc, op, fields }] : [];
    });
  });
}

function chooseTarget<T>(ctx: PlantContext, kind: string, targets: T[]): T {
  const chosen = pick(targets, ctx.random);
  if (!chosen) throw new Error(`${kind}: no spec offers a target`);
  return chosen;
}

export const SDK_KINDS: DriftKind[] = [
  specKind("the mock refuses a body field the vendor SDK sends", (ctx) => {
    // The field leaves a closed request body, in the schema and in the request examples of every
    // operation using that schema alike (so lint stays clean): the spec now refuses what the vendor's
    // client sends.
    const kind = "SDK body field";
    const targets = sdkCalled(ctx).flatMap((t) => {
      const schema = requestSchema(t.doc, t.op.operation);
      const properties = (schema?.["properties"] ?? {}) as Json;
      return schema && schema["additionalProperties"] === false
        ? t.fields.filter((f) => f in properties).map((field) => ({ ...t, schema, field }))
        : [];
    });
    const target = chooseTarget(ctx, kind, targets);
    delete (target.schema["properties"] as Json)[target.field];
    if (Array.isArray(target.schema["required"]))
      target.schema["required"] = (target.schema["required"] as string[]).filter((r) => r !== target.field);
    for (const op of operations(target.doc))
      if (requestSchema(target.doc, op.operation) === target.schema)
        for (const example of mediaExamples(target.doc, op.operation["requestBody"])) delete example[target.field];
    return { api: target.api, doc: target.doc, where: `${label(target.op)} body .${target.field} no longer accepted (body stays closed)` };
  }),
  specKind("a required header the SDK never sends", (ctx) => {
    const target = chooseTarget(ctx, "SDK header", sdkCalled(ctx));
    const parameters = Array.isArray(target.op.operation["parameters"]) ? (target.op.operation["parameters"] as unknown[]) : [];
    target.op.operation["parameters"] = [
      ...parameters,
      {
        name: "X-Drift-Required",
        in: "header",
        required: true,
        description: "added by the drift score",
        schema: { type: "string" },
      },
    ];
    return { api: target.api, doc: target.doc, where: `${label(target.op)} header X-Drift-Required (required)` };
  }),
];
