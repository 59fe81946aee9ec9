// The answers the MSW handlers give from the spec, as the Prism mock does: by default the first
// example of the operation's lowest 2xx response; `Prefer: code=404` or an override's status picks
// another response, `Prefer: example=NAME` or an override's `example` a named example.
import { asObject, resolveRef, type JsonObject, type OpenApiDocument } from "../core/internal/openapi-document.js";

export interface SpecAnswer {
  status: number;
  /** The example's value; undefined when the response documents no body or no example. */
  body: unknown;
  contentType: string | undefined;
}

/** The operation's lowest documented 2xx status, else its lowest status. */
export function defaultStatus(operation: JsonObject): number {
  const codes = documentedStatuses(operation);
  return codes.find((code) => code >= 200 && code < 300) ?? codes[0] ?? 200;
}

export function documentedStatuses(operation: JsonObject): number[] {
  return Object.keys(asObject(operation["responses"]) ?? {})
    .filter((code) => /^\d{3}$/.test(code))
    .map(Number)
    .sort((a, b) => a - b);
}

/** `Prefer: code=404, example=name` as the Prism mock reads it. */
export function readPrefer(header: string | null): { status?: number; example?: string } {
  const status = /code=(\d{3})/.exec(header ?? "")?.[1];
  const example = /example=([^,\s]+)/.exec(header ?? "")?.[1];
  return { ...(status ? { status: Number(status) } : {}), ...(example ? { example } : {}) };
}

/** The spec's answer for `status` (its first example, or the one named `example`). */
export function specAnswer(document: OpenApiDocument, operation: JsonObject, status: number, example?: string): SpecAnswer {
  const responses = asObject(operation["responses"]) ?? {};
  const response = resolveRef(document, responses[String(status)] ?? responses["default"]);
  const content = asObject(response?.["content"]) ?? {};
  const contentType = Object.keys(content)[0];
  const media = contentType ? (asObject(content[contentType]) ?? {}) : {};
  return { status, body: exampleOf(document, media, example), contentType };
}

function exampleOf(document: OpenApiDocument, media: JsonObject, name: string | undefined): unknown {
  const examples = asObject(media["examples"]) ?? {};
  if (name !== undefined && examples[name] !== undefined) return resolveRef(document, examples[name])?.["value"];
  if (media["example"] !== undefined) return media["example"];
  const first = Object.values(examples)[0];
  if (first !== undefined) return resolveRef(document, first)?.["value"];
  const schema = resolveRef(document, media["schema"]);
  return schema?.["example"] ?? (Array.isArray(schema?.["examples"]) ? schema["examples"][0] : undefined);
}
