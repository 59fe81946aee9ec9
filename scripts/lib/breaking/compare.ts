// Compares two versions of an OpenAPI 3.1 document and classifies every difference as breaking
// or not for a typed client (operations, parameters, bodies, responses, security; schemas in
// schema.ts). Pure functions over parsed documents; scripts/report-breaking.ts feeds them a spec
// at a git ref and the same spec in the working tree.
import {
  HTTP_METHODS,
  listOperations,
  mergedParameters,
  pointerSegment,
  type DocumentOperation,
} from "../../../src/core/internal/openapi-document.js";
import { asObject } from "../../../src/core/internal/openapi-document.js";
import { asArray, asString, Collector, compareSchema, Doc, type Change, type Json, type SchemaScope } from "./schema.js";

export { SpecReferenceError, type Change, type Severity } from "./schema.js";

// --- operations ------------------------------------------------------------------------------

/** Operations keyed by method and path template with parameter names blanked, so `{id}` → `{channelId}` still matches. */
function operationsOf(doc: Doc): Map<string, DocumentOperation> {
  return new Map(listOperations(doc.root).map((op) => [`${op.method} ${op.path.replace(/\{[^}]*\}/g, "{}")}`, op]));
}

const labelOf = (entry: DocumentOperation): string => entry.name;
const operationPointer = (entry: DocumentOperation): string => `#/paths/${pointerSegment(entry.path)}/${entry.method}`;

interface Parameter {
  in: string;
  name: string;
  required: boolean;
  style: string;
  explode: boolean;
  schema: unknown;
}

function parametersOf(doc: Doc, entry: DocumentOperation): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const p of mergedParameters(doc.root, entry.pathItem, entry.operation, (raw) => doc.object(raw))) {
    const location = asString(p["in"]);
    const name = asString(p["name"]);
    if (!location || !name) continue;
    const style = asString(p["style"]) ?? (location === "query" || location === "cookie" ? "form" : "simple");
    const firstMedia = Object.values(asObject(p["content"]) ?? {})[0];
    out.set(`${location}:${location === "header" ? name.toLowerCase() : name}`, {
      in: location,
      name,
      required: location === "path" || p["required"] === true,
      style,
      explode: typeof p["explode"] === "boolean" ? p["explode"] : style === "form",
      schema: p["schema"] ?? asObject(firstMedia)?.["schema"],
    });
  }
  return out;
}

function compareParameters(out: Collector, operation: string, base: DocumentOperation, head: DocumentOperation): void {
  const before = parametersOf(out.base, base);
  const after = parametersOf(out.head, head);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const h = after.get(key);
    const p = (h ?? b) as Parameter;
    const location = `parameters/${p.in}/${pointerSegment(p.name)}`;
    const subject = `${p.in} parameter ${p.name}`;
    if (!h) out.add(operation, "breaking", "parameter-removed", location, `${subject} removed`);
    else if (!b) {
      if (h.required) out.add(operation, "breaking", "parameter-added-required", location, `required ${subject} added`);
      else out.add(operation, "non-breaking", "parameter-added-optional", location, `${subject} added (optional)`);
    } else {
      if (!b.required && h.required) out.add(operation, "breaking", "parameter-became-required", location, `${subject} became required`);
      if (b.required && !h.required)
        out.add(operation, "non-breaking", "parameter-became-optional", location, `${subject} became optional`);
      if (b.style !== h.style || b.explode !== h.explode) {
        out.add(
          operation,
          "breaking",
          "parameter-serialization-changed",
          location,
          `${subject} serialization changed from ${b.style}${b.explode ? "+explode" : ""} to ${h.style}${h.explode ? "+explode" : ""}`,
        );
      }
      compareSchema({ out, operation, side: "parameter", subject, stack: [] }, b.schema, h.schema, `${location}/schema`, "");
    }
  }
}

function compareRequestBody(out: Collector, operation: string, base: DocumentOperation, head: DocumentOperation): void {
  const hasBase = base.operation["requestBody"] !== undefined;
  const hasHead = head.operation["requestBody"] !== undefined;
  if (!hasBase && !hasHead) return;
  const b = out.base.object(base.operation["requestBody"]);
  const h = out.head.object(head.operation["requestBody"]);
  const required = h["required"] === true;
  if (!hasHead) {
    out.add(operation, "breaking", "request-body-removed", "requestBody", "request body removed");
    return;
  }
  if (!hasBase) {
    if (required) out.add(operation, "breaking", "request-body-added-required", "requestBody", "required request body added");
    else out.add(operation, "non-breaking", "request-body-added", "requestBody", "optional request body added");
    return;
  }
  if (b["required"] !== true && required)
    out.add(operation, "breaking", "request-body-became-required", "requestBody", "request body became required");
  if (b["required"] === true && !required)
    out.add(operation, "non-breaking", "request-body-became-optional", "requestBody", "request body became optional");
  compareContent(out, operation, "request", "requestBody", "request body", asObject(b["content"]) ?? {}, asObject(h["content"]) ?? {});
}

function compareContent(
  out: Collector,
  operation: string,
  side: "request" | "response",
  location: string,
  subject: string,
  base: Json,
  head: Json,
): void {
  for (const media of new Set([...Object.keys(base), ...Object.keys(head)])) {
    const at = `${location}/content/${pointerSegment(media)}`;
    if (!(media in head)) out.add(operation, "breaking", `${side}-media-type-removed`, at, `${subject}: media type ${media} removed`);
    else if (!(media in base)) out.add(operation, "non-breaking", `${side}-media-type-added`, at, `${subject}: media type ${media} added`);
    else {
      const scope: SchemaScope = { out, operation, side, subject: `${subject} (${media})`, stack: [] };
      compareSchema(scope, out.base.object(base[media])["schema"], out.head.object(head[media])["schema"], `${at}/schema`, "");
    }
  }
}

const isSuccess = (status: string): boolean => status.startsWith("2");

/** The range (`4XX`) or `default` response that still documents `status`, if any. */
function coveringResponse(responses: Map<string, unknown>, status: string): string | undefined {
  const range = `${status[0] ?? ""}XX`;
  if (status !== range && responses.has(range)) return range;
  return status !== "DEFAULT" && responses.has("DEFAULT") ? "default" : undefined;
}

function compareResponses(out: Collector, operation: string, base: DocumentOperation, head: DocumentOperation): void {
  const normalize = (responses: unknown): Map<string, unknown> =>
    new Map(Object.entries(asObject(responses) ?? {}).map(([status, r]) => [status.toUpperCase(), r]));
  const before = normalize(base.operation["responses"]);
  const after = normalize(head.operation["responses"]);
  for (const status of new Set([...before.keys(), ...after.keys()])) {
    const location = `responses/${status}`;
    const b = before.get(status);
    const h = after.get(status);
    if (h === undefined) {
      if (isSuccess(status))
        out.add(operation, "breaking", "response-success-status-removed", location, `success status ${status} removed`);
      else {
        const cover = coveringResponse(after, status);
        if (cover)
          out.add(
            operation,
            "non-breaking",
            "response-error-status-removed",
            location,
            `error status ${status} now documented by ${cover}`,
          );
        else
          out.add(
            operation,
            "breaking",
            "response-error-status-removed",
            location,
            `error status ${status} no longer documented: a client with validateResponses now throws ResponseValidationError for it instead of ApiError, so code that catches the ${status} changes behaviour`,
          );
      }
    } else if (b === undefined) {
      if (isSuccess(status))
        out.add(operation, "non-breaking", "response-success-status-added", location, `success status ${status} added`);
      else
        out.add(
          operation,
          "non-breaking",
          "response-error-status-added",
          location,
          `error status ${status} now documented (the client's error type gains it)`,
        );
    } else {
      const content = (doc: Doc, r: unknown): Json => asObject(doc.object(r)["content"]) ?? {};
      compareContent(out, operation, "response", location, `response ${status}`, content(out.base, b), content(out.head, h));
    }
  }
}

// --- security --------------------------------------------------------------------------------

/** The operation's alternatives (any one suffices), each as its scheme → scopes. */
function effectiveSecurity(doc: Doc, entry: DocumentOperation): Array<Map<string, string[]>> {
  const requirement = asArray(entry.operation["security"]) ?? asArray(doc.root["security"]) ?? [];
  return requirement.map(
    (alternative) =>
      new Map(
        Object.entries(asObject(alternative) ?? {}).map(([scheme, scopes]) => [
          scheme,
          (asArray(scopes) ?? []).filter((s): s is string => typeof s === "string"),
        ]),
      ),
  );
}

function describeSecurity(alternatives: Array<Map<string, string[]>>): string {
  if (alternatives.length === 0) return "none";
  return alternatives.map((a) => (a.size === 0 ? "anonymous" : [...a.keys()].sort().join(" + "))).join(" | ");
}

function compareSecurity(out: Collector, operation: string, base: DocumentOperation, head: DocumentOperation): void {
  const before = effectiveSecurity(out.base, base);
  const after = effectiveSecurity(out.head, head);
  const schemesKey = (a: Map<string, string[]>): string => [...a.keys()].sort().join("+");
  const beforeKeys = before.map(schemesKey).sort();
  const afterKeys = after.map(schemesKey).sort();
  if (beforeKeys.join("|") !== afterKeys.join("|") || before.length !== after.length) {
    out.add(
      operation,
      "breaking",
      "security-changed",
      "security",
      `security changed from ${describeSecurity(before)} to ${describeSecurity(after)}`,
    );
    return;
  }
  for (const alternative of after) {
    const match = before.find((a) => schemesKey(a) === schemesKey(alternative));
    for (const [scheme, scopes] of alternative) {
      const old = match?.get(scheme) ?? [];
      const added = scopes.filter((s) => !old.includes(s));
      const removed = old.filter((s) => !scopes.includes(s));
      if (added.length > 0)
        out.add(operation, "breaking", "security-scopes-added", "security", `${scheme} now needs scope(s) ${added.join(", ")}`);
      if (removed.length > 0)
        out.add(
          operation,
          "non-breaking",
          "security-scopes-removed",
          "security",
          `${scheme} no longer needs scope(s) ${removed.join(", ")}`,
        );
    }
  }
}

function compareSecuritySchemes(out: Collector): void {
  const schemes = (doc: Doc): Json => asObject(asObject(doc.root["components"])?.["securitySchemes"]) ?? {};
  const before = schemes(out.base);
  const after = schemes(out.head);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const location = `#/components/securitySchemes/${pointerSegment(name)}`;
    if (!(name in after)) {
      out.add(undefined, "breaking", "security-scheme-removed", location, `security scheme ${name} removed`);
      continue;
    }
    if (!(name in before)) {
      out.add(undefined, "non-breaking", "security-scheme-added", location, `security scheme ${name} added`);
      continue;
    }
    const b = out.base.object(before[name]);
    const h = out.head.object(after[name]);
    for (const field of ["type", "scheme", "in", "name"] as const) {
      const normalize = (v: unknown): unknown => (field === "scheme" && typeof v === "string" ? v.toLowerCase() : v);
      if (normalize(b[field]) !== normalize(h[field])) {
        out.add(
          undefined,
          "breaking",
          "security-scheme-changed",
          `${location}/${field}`,
          `security scheme ${name}: ${field} changed from ${String(b[field] ?? "(none)")} to ${String(h[field] ?? "(none)")}`,
        );
      }
    }
  }
}

// --- servers ---------------------------------------------------------------------------------

/** `https://api.example.com/v1` → origin and base path; server variables (`{region}`) stay as written. */
function splitServerUrl(url: string): { origin: string; basePath: string } {
  const match = /^([a-z][a-z0-9+.-]*:)?\/\/([^/]*)(.*)$/i.exec(url);
  if (!match) return { origin: "", basePath: url.replace(/\/+$/, "") };
  return { origin: `${(match[1] ?? "").toLowerCase()}//${(match[2] ?? "").toLowerCase()}`, basePath: (match[3] ?? "").replace(/\/+$/, "") };
}

const serverUrls = (doc: Doc): string[] =>
  (asArray(doc.root["servers"]) ?? []).flatMap((server) => asString(asObject(server)?.["url"]) ?? []);

/**
 * The first server is where a client sends by default (each client's `<API>_BASE_URL`): a new
 * host or base path sends every call somewhere else. Other servers are alternatives a caller picks.
 */
function compareServers(out: Collector): void {
  const before = serverUrls(out.base);
  const after = serverUrls(out.head);
  const [first, ...others] = before;
  const [headFirst, ...headOthers] = after;
  if (first !== undefined && headFirst === undefined)
    out.add(undefined, "breaking", "server-removed", "#/servers/0", `default server ${first} removed (clients lose their base URL)`);
  if (first !== undefined && headFirst !== undefined) {
    const b = splitServerUrl(first);
    const h = splitServerUrl(headFirst);
    if (b.origin !== h.origin)
      out.add(
        undefined,
        "breaking",
        "server-host-changed",
        "#/servers/0/url",
        `default server host changed from ${b.origin} to ${h.origin}`,
      );
    if (b.basePath !== h.basePath)
      out.add(
        undefined,
        "breaking",
        "server-base-path-changed",
        "#/servers/0/url",
        `default server base path changed from ${b.basePath || "/"} to ${h.basePath || "/"} (every operation moves)`,
      );
  }
  if (first === undefined && headFirst !== undefined)
    out.add(undefined, "non-breaking", "server-added", "#/servers/0", `default server ${headFirst} added`);
  for (const url of headOthers.filter((u) => !others.includes(u) && u !== first))
    out.add(undefined, "non-breaking", "server-added", "#/servers", `server ${url} added`);
  for (const url of others.filter((u) => !after.includes(u)))
    out.add(undefined, "non-breaking", "server-removed", "#/servers", `alternative server ${url} removed`);
}

// --- entry point -----------------------------------------------------------------------------

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byLocation = (x: Change, y: Change): number =>
  compareText(x.location, y.location) || compareText(x.rule, y.rule) || compareText(x.message, y.message);

/**
 * Every difference between two OpenAPI documents that matters to a client, ordered by
 * document-level changes first, then by path, method, location and rule.
 * Throws SpecReferenceError on a `$ref` that does not resolve.
 */
export function compareSpecs(base: unknown, head: unknown): Change[] {
  const out = new Collector(new Doc(base, "base"), new Doc(head, "head"));
  compareServers(out);
  compareSecuritySchemes(out);

  const before = operationsOf(out.base);
  const after = operationsOf(out.head);
  const order = (key: string): [string, number] => {
    const entry = (after.get(key) ?? before.get(key)) as DocumentOperation;
    return [entry.path, HTTP_METHODS.indexOf(entry.method)];
  };
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => {
    const [px, mx] = order(x);
    const [py, my] = order(y);
    return px < py ? -1 : px > py ? 1 : mx - my;
  });

  const documentLevel = out.changes.length;
  for (const key of keys) {
    const b = before.get(key);
    const h = after.get(key);
    const start = out.changes.length;
    if (!h && b)
      out.add(labelOf(b), "breaking", "operation-removed", operationPointer(b), `operation ${b.method.toUpperCase()} ${b.path} removed`);
    else if (h && !b)
      out.add(labelOf(h), "non-breaking", "operation-added", operationPointer(h), `operation ${h.method.toUpperCase()} ${h.path} added`);
    else if (h && b) {
      const operation = labelOf(h);
      const baseId = asString(b.operation["operationId"]);
      const headId = asString(h.operation["operationId"]);
      if (baseId !== headId) {
        out.add(
          operation,
          "breaking",
          "operation-id-changed",
          "operationId",
          `operationId changed from ${baseId ?? "(none)"} to ${headId ?? "(none)"} (the generated \`operations\` type is keyed by it)`,
        );
      }
      if (b.operation["deprecated"] !== true && h.operation["deprecated"] === true)
        out.add(operation, "non-breaking", "operation-deprecated", "deprecated", "operation deprecated");
      compareParameters(out, operation, b, h);
      compareRequestBody(out, operation, b, h);
      compareResponses(out, operation, b, h);
      compareSecurity(out, operation, b, h);
    }
    out.changes.push(...out.changes.splice(start).sort(byLocation));
  }
  const document = out.changes.splice(0, documentLevel).sort(byLocation);
  return [...document, ...out.changes];
}
