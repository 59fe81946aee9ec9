// Helpers the drift plants use to find targets in a parsed spec and to change it consistently
// (a property renamed in its schemas is renamed in the examples too, so lint stays clean and the
// drift gates, not lint, have to find it).
import { asObject, isJsonMediaType, resolveRef } from "../../../src/core/internal/openapi-document.js";

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => asObject(value) !== undefined;

export function resolve(doc: Json, value: unknown): Json | undefined {
  return resolveRef(doc, value);
}

/** The JSON schema of an operation's success response (first 2xx with JSON content). */
export function successSchema(doc: Json, operation: Json): Json | undefined {
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  const status = Object.keys(responses).find((s) => s.startsWith("2"));
  const response = status ? resolve(doc, responses[status]) : undefined;
  const content = isObject(response?.["content"]) ? (response["content"] as Json) : {};
  const media = Object.keys(content).find(isJsonMediaType);
  return media ? resolve(doc, (content[media] as Json)["schema"]) : undefined;
}

export function requestSchema(doc: Json, operation: Json): Json | undefined {
  const body = resolve(doc, operation["requestBody"]);
  const content = isObject(body?.["content"]) ? (body["content"] as Json) : {};
  const media = Object.keys(content).find(isJsonMediaType);
  return media ? resolve(doc, (content[media] as Json)["schema"]) : undefined;
}

/** The object schema whose fields a client reads: the body itself, or its `data` envelope. */
export function payloadSchema(doc: Json, schema: Json | undefined): Json | undefined {
  if (!schema) return undefined;
  const properties = isObject(schema["properties"]) ? schema["properties"] : {};
  const data = resolve(doc, properties["data"]);
  if (data && isObject(data["properties"])) return data;
  return isObject(schema["properties"]) ? schema : undefined;
}

/** Every object anywhere in `value` (examples, schemas), depth-first. */
export function* objectsIn(value: unknown): Generator<Json> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (isObject(value)) {
    yield value;
    for (const inner of Object.values(value)) yield* objectsIn(inner);
  }
}

/** Example values of the document: media-type `example`, `examples[*].value`, components.examples. */
export function* exampleValues(doc: Json): Generator<unknown> {
  for (const object of objectsIn(doc)) {
    if ("example" in object && !("type" in object)) yield object["example"];
    if (isObject(object["examples"])) {
      for (const example of Object.values(object["examples"])) if (isObject(example) && "value" in example) yield example["value"];
    }
  }
  const components = isObject(doc["components"]) ? doc["components"] : {};
  for (const example of Object.values(isObject(components["examples"]) ? components["examples"] : {})) {
    if (isObject(example) && "value" in example) yield example["value"];
  }
}

/** Schemas (objects with `properties`) anywhere in the document that declare `name`. */
export function schemasDeclaring(doc: Json, name: string): Json[] {
  return [...objectsIn(doc)].filter((o) => isObject(o["properties"]) && name in (o["properties"] as Json));
}

export function renameKey(object: Json, from: string, to: string): void {
  const entries = Object.entries(object).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const key of Object.keys(object)) delete object[key];
  for (const [k, v] of entries) object[k] = v;
}

/** A small deterministic generator, so a run can be repeated with --seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

/**
 * The example bodies of a response or request body (following $refs to components.responses,
 * requestBodies and examples), as live references the caller may edit in place.
 */
export function mediaExamples(doc: Json, holder: unknown): Json[] {
  const resolved = resolve(doc, holder);
  const content = isObject(resolved?.["content"]) ? (resolved["content"] as Json) : {};
  const out: Json[] = [];
  for (const media of Object.values(content)) {
    if (!isObject(media)) continue;
    if (isObject(media["example"])) out.push(media["example"]);
    for (const example of Object.values(isObject(media["examples"]) ? (media["examples"] as Json) : {})) {
      const value = resolve(doc, example)?.["value"];
      if (isObject(value)) out.push(value);
    }
  }
  return out;
}

/** The first example body of an operation's first 2xx response. */
export function successExample(doc: Json, operation: Json): unknown {
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  const status = Object.keys(responses).find((s) => s.startsWith("2"));
  return status ? mediaExamples(doc, responses[status])[0] : undefined;
}
