// Live contract check: sends an API's read-only (GET) operations through a Prism validating
// proxy in front of a real server and reports, per operation, what Prism found wrong with the
// real answers (`sl-violations`). Requests are built from the spec's parameter examples; the
// credential comes from the environment (CREDENTIALS below) and never reaches the result.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { asObject } from "../../src/core/internal/openapi-document.js";
import { loadApis, repoRoot, selectApis, type ApiEntry } from "./apis.js";
import { readSpecOperations, type SpecOperation } from "./operations.js";
import { startPrism, type PrismServer } from "./prism.js";

// ------------------------------------------------------------------------------------------
// Credentials: the one table. Environment variable names follow the vendors' SDKs.

export interface CredentialSource {
  /** Environment variables tried in order; the first one set is used. */
  env: readonly string[];
  /** Header that carries the credential. */
  header: string;
  /** `bearer`: `Bearer <value>`; `raw`: the value as is. */
  format: "bearer" | "raw";
}

export interface ApiCredentials {
  /** By security scheme name (components.securitySchemes of the API's spec). */
  schemes: Readonly<Record<string, CredentialSource>>;
  /** Header parameters filled from an environment variable wherever an operation declares them. */
  headers?: Readonly<Record<string, string>>;
}

export const CREDENTIALS: Readonly<Record<string, ApiCredentials>> = {
  pipedream: {
    schemes: { bearerAuth: { env: ["PIPEDREAM_API_KEY", "PIPEDREAM_ACCESS_TOKEN"], header: "authorization", format: "bearer" } },
  },
  botpress: {
    schemes: { bearerAuth: { env: ["BOTPRESS_TOKEN"], header: "authorization", format: "bearer" } },
    headers: { "x-bot-id": "BOTPRESS_BOT_ID", "x-workspace-id": "BOTPRESS_WORKSPACE_ID" },
  },
  pipedrive: {
    schemes: { oauth2: { env: ["PIPEDRIVE_API_TOKEN"], header: "authorization", format: "bearer" } },
  },
  dynamiq: {
    schemes: {
      accessKey: { env: ["DYNAMIQ_API_KEY"], header: "authorization", format: "bearer" },
      connectToken: { env: ["DYNAMIQ_CONNECT_TOKEN"], header: "authorization", format: "bearer" },
    },
  },
  patchworks: {
    schemes: { apiKey: { env: ["PATCHWORKS_API_KEY"], header: "authorization", format: "raw" } },
  },
};

/** Every value of a credential variable set in `env`: what must never be printed. */
export function credentialValues(env: Env): string[] {
  const names = new Set(Object.values(CREDENTIALS).flatMap((api) => Object.values(api.schemes).flatMap((s) => s.env)));
  return [...names].map((name) => env[name]).filter((v): v is string => typeof v === "string" && v.length > 0);
}

/** Replaces every occurrence of the secrets in every string of `value` (deeply). */
export function redact<T>(value: T, secrets: readonly string[]): T {
  const live = secrets.filter((s) => s.length > 0);
  if (live.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return live.reduce((text, secret) => text.split(secret).join("[redacted]"), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [walk(k) as string, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

// ------------------------------------------------------------------------------------------
// Errors that mean "the check could not run" (the CLI exits 2 on them).

export class LiveCheckSetupError extends Error {
  override name = "LiveCheckSetupError";
}

export class MissingCredentialError extends LiveCheckSetupError {
  override name = "MissingCredentialError";
  constructor(
    readonly api: string,
    /** Alternatives: setting any one group of these variables would do. */
    readonly variables: string[],
    operationIds: string[],
  ) {
    super(
      `${api}: missing credential: set ${variables.join(" or ")} in the environment ` +
        `(needed by ${operationIds.slice(0, 3).join(", ")}${operationIds.length > 3 ? `, and ${operationIds.length - 3} more` : ""})`,
    );
  }
}

// ------------------------------------------------------------------------------------------
// Result

export interface Violation {
  /** Which message Prism found the problem in; `proxy` for a failure of Prism or the upstream itself. */
  side: "request" | "response" | "proxy";
  /** `body`, `query`, `path`, `header`… or "" for the message as a whole. */
  part: string;
  /** JSON pointer inside `part`, e.g. `/data/0/id` in the response body; "" for the part as a whole. */
  pointer: string;
  severity: string;
  code?: string;
  message: string;
}

export type Outcome = "passed" | "failed" | "skipped";

export interface OperationResult {
  operationId: string;
  method: string;
  /** Path template, as in the spec. */
  path: string;
  outcome: Outcome;
  /** The path and query actually requested (parameter values come from the spec's examples). */
  target?: string;
  /** Status of the answer (the upstream's, when Prism replaced it). */
  status?: number;
  violations?: Violation[];
  /** Why the operation was skipped. */
  reason?: string;
}

export interface LiveCheckResult {
  api: string;
  /** The upstream, without any user-info part. */
  baseUrl: string;
  allowWrites: boolean;
  operations: OperationResult[];
  summary: { passed: number; failed: number; skipped: number };
  /** Things that may make the run meaningless (e.g. a base URL missing the spec's base path). */
  warnings: string[];
}

// ------------------------------------------------------------------------------------------
// Spec access

type Json = Record<string, unknown>;
export type Env = Readonly<Record<string, string | undefined>>;
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Follows local `$ref`s (`#/…`) until a non-reference object. */
function deref(document: unknown, value: unknown): Json | undefined {
  let current = asObject(value);
  for (let hops = 0; current && typeof current["$ref"] === "string" && hops < 32; hops++) {
    const ref = current["$ref"];
    if (!ref.startsWith("#/")) return undefined;
    let target: unknown = document;
    for (const raw of ref.slice(2).split("/")) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      target = asObject(target)?.[key];
    }
    current = asObject(target);
  }
  return current;
}

const isWrite = (method: string): boolean => method.toUpperCase() !== "GET";

/**
 * The write guard: which operations may be sent at all. Without `allowWrites` only GET
 * operations get a request built; every other operation is reported as skipped and never
 * reaches the request builder.
 */
export function partitionOperations(operations: SpecOperation[], allowWrites: boolean): { send: SpecOperation[]; withheld: SpecOperation[] } {
  if (allowWrites) return { send: operations, withheld: [] };
  return { send: operations.filter((op) => !isWrite(op.method)), withheld: operations.filter((op) => isWrite(op.method)) };
}

/** A fetch that refuses any non-GET request unless writes are allowed (second line of the guard). */
export function guardFetch(fetchImpl: FetchLike, allowWrites: boolean): FetchLike {
  return (url, init) => {
    const method = (init.method ?? "GET").toUpperCase();
    if (!allowWrites && isWrite(method)) return Promise.reject(new Error(`write guard: refusing to send ${method} ${url} without --allow-writes`));
    return fetchImpl(url, init);
  };
}

// ------------------------------------------------------------------------------------------
// Request building

export interface PlannedRequest {
  method: string;
  /** Path (with the query string) relative to the server root Prism serves from. */
  target: string;
  /** Non-secret headers (the credential is added at send time). */
  headers: Record<string, string>;
  body?: string;
  /** Security schemes whose credential the request carries (empty: none). */
  schemes: string[];
}

export type Plan = { op: SpecOperation; request: PlannedRequest } | { op: SpecOperation; skip: string };

/** A usable value for a parameter: its example, first of its examples, or its schema's example/default/enum. */
export function parameterValue(document: unknown, parameter: Json): { value: unknown } | undefined {
  const usable = (v: unknown): boolean => v !== undefined && v !== null;
  if (usable(parameter["example"])) return { value: parameter["example"] };
  const fromExamples = firstExample(document, parameter["examples"]);
  if (fromExamples) return fromExamples;
  const media = Object.values(asObject(parameter["content"]) ?? {})[0];
  const mediaObject = deref(document, media);
  if (mediaObject) {
    if (usable(mediaObject["example"])) return { value: mediaObject["example"] };
    const fromMediaExamples = firstExample(document, mediaObject["examples"]);
    if (fromMediaExamples) return fromMediaExamples;
  }
  const schema = deref(document, parameter["schema"] ?? mediaObject?.["schema"]);
  if (!schema) return undefined;
  const schemaExamples = schema["examples"];
  const enumValues = schema["enum"];
  for (const candidate of [
    schema["example"],
    Array.isArray(schemaExamples) ? schemaExamples[0] : undefined,
    schema["default"],
    schema["const"],
    Array.isArray(enumValues) ? enumValues.find(usable) : undefined,
  ]) {
    if (usable(candidate)) return { value: candidate };
  }
  return undefined;
}

function firstExample(document: unknown, examples: unknown): { value: unknown } | undefined {
  for (const entry of Object.values(asObject(examples) ?? {})) {
    const example = deref(document, entry);
    if (example && example["value"] !== undefined && example["value"] !== null) return { value: example["value"] };
  }
  return undefined;
}

const scalar = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v));

/** The operation's parameters, path-level ones overridden by operation-level ones of the same name and place. */
function parametersOf(document: unknown, pathItem: Json, operation: Json): Json[] {
  const byKey = new Map<string, Json>();
  for (const list of [pathItem["parameters"], operation["parameters"]]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parameter = deref(document, entry);
      if (parameter && typeof parameter["name"] === "string" && typeof parameter["in"] === "string") {
        byKey.set(`${parameter["in"]}:${parameter["name"].toLowerCase()}`, parameter);
      }
    }
  }
  return [...byKey.values()];
}

function requestBodyOf(document: unknown, operation: Json): { body?: string; contentType?: string } | { skip: string } {
  const requestBody = deref(document, operation["requestBody"]);
  if (!requestBody) return {};
  const content = asObject(requestBody["content"]) ?? {};
  const types = Object.keys(content).sort((a, b) => Number(!/json/i.test(a)) - Number(!/json/i.test(b)));
  for (const contentType of types) {
    const media = deref(document, content[contentType]);
    if (!media) continue;
    const example =
      media["example"] !== undefined ? { value: media["example"] } : (firstExample(document, media["examples"]) ?? schemaExample(document, media["schema"]));
    if (!example) continue;
    if (/[/+]json\b/i.test(contentType)) return { body: JSON.stringify(example.value), contentType };
    if (/^application\/x-www-form-urlencoded/i.test(contentType) && asObject(example.value)) {
      return { body: new URLSearchParams(Object.entries(asObject(example.value) ?? {}).map(([k, v]): [string, string] => [k, scalar(v)])).toString(), contentType };
    }
    if (typeof example.value === "string") return { body: example.value, contentType };
  }
  return requestBody["required"] === true ? { skip: "no request-body example in the spec" } : {};
}

function schemaExample(document: unknown, schema: unknown): { value: unknown } | undefined {
  const resolved = deref(document, schema);
  if (!resolved) return undefined;
  if (resolved["example"] !== undefined) return { value: resolved["example"] };
  const examples = resolved["examples"];
  return Array.isArray(examples) && examples.length > 0 ? { value: examples[0] } : undefined;
}

function acceptOf(document: unknown, operation: Json): string | undefined {
  const types = new Set<string>();
  for (const response of Object.values(asObject(operation["responses"]) ?? {})) {
    for (const type of Object.keys(asObject(deref(document, response)?.["content"]) ?? {})) types.add(type);
  }
  return types.size > 0 ? [...types].join(", ") : undefined;
}

/** Security requirement alternatives of an operation; `[]` or a `{}` alternative means anonymous is allowed. */
function securityOf(document: unknown, operation: Json): Json[] {
  const declared = Array.isArray(operation["security"]) ? operation["security"] : asObject(document)?.["security"];
  return Array.isArray(declared) ? declared.map((r) => asObject(r) ?? {}) : [];
}

type Auth = { schemes: string[] } | { missing: string[] };

function resolveAuth(api: string, table: ApiCredentials, requirements: Json[], env: Env): Auth {
  if (requirements.length === 0) return { schemes: [] };
  const missing: string[] = [];
  for (const requirement of requirements) {
    const schemes = Object.keys(requirement);
    const unset: string[] = [];
    for (const scheme of schemes) {
      const source = table.schemes[scheme];
      if (!source) throw new LiveCheckSetupError(`${api}: security scheme ${scheme} has no entry in CREDENTIALS (scripts/lib/live-check.ts)`);
      if (!source.env.some((name) => env[name])) unset.push(source.env.join(" or "));
    }
    if (unset.length === 0) return { schemes };
    missing.push(unset.join(" and "));
  }
  return { missing };
}

/** Builds the concrete request of one operation from the spec, or says why it cannot. */
export function planRequest(document: unknown, op: SpecOperation, env: Env, table: ApiCredentials, api = "api"): Plan | { op: SpecOperation; missing: string[] } {
  const pathItem = asObject(asObject(asObject(document)?.["paths"])?.[op.path]) ?? {};
  const operation = asObject(pathItem[op.method.toLowerCase()]) ?? {};
  const auth = resolveAuth(api, table, securityOf(document, operation), env);
  if ("missing" in auth) return { op, missing: auth.missing };

  let target = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of parametersOf(document, pathItem, operation)) {
    const name = String(parameter["name"]);
    const place = String(parameter["in"]);
    const required = parameter["required"] === true || place === "path";
    const envName = place === "header" ? table.headers?.[name.toLowerCase()] : undefined;
    const fromEnv = envName ? env[envName] : undefined;
    if (envName && !fromEnv) {
      if (required) return { op, skip: `required header ${name} needs ${envName} in the environment` };
      continue;
    }
    if (!required && !fromEnv) continue;
    const found = fromEnv !== undefined ? { value: fromEnv } : parameterValue(document, parameter);
    if (!found) return { op, skip: `no example for required parameter ${name}` };
    const value = found.value;
    if (place === "path") {
      const text = Array.isArray(value) ? value.map((v) => encodeURIComponent(scalar(v))).join(",") : encodeURIComponent(scalar(value));
      target = target.split(`{${name}}`).join(text);
    } else if (place === "query") {
      const explode = parameter["explode"] !== false;
      const style = typeof parameter["style"] === "string" ? parameter["style"] : "form";
      const object = asObject(value);
      if (Array.isArray(value)) {
        if (explode) for (const v of value) query.append(name, scalar(v));
        else query.append(name, value.map(scalar).join(","));
      } else if (object) {
        for (const [k, v] of Object.entries(object)) {
          if (style === "deepObject") query.append(`${name}[${k}]`, scalar(v));
          else if (explode) query.append(k, scalar(v));
        }
        if (style !== "deepObject" && !explode) query.append(name, Object.entries(object).flat().map(scalar).join(","));
      } else {
        query.append(name, scalar(value));
      }
    } else if (place === "header") {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.map(scalar).join(",") : scalar(value);
    } else {
      return { op, skip: `cannot send required ${place} parameter ${name}` };
    }
  }

  const body = requestBodyOf(document, operation);
  if ("skip" in body) return { op, skip: body.skip };
  if (body.contentType) headers["content-type"] = body.contentType;
  const accept = acceptOf(document, operation);
  if (accept) headers["accept"] = accept;
  const search = query.toString();
  return {
    op,
    request: {
      method: op.method,
      target: search ? `${target}?${search}` : target,
      headers,
      ...(body.body !== undefined ? { body: body.body } : {}),
      schemes: auth.schemes,
    },
  };
}

// ------------------------------------------------------------------------------------------
// Prism's answer

interface RawViolation {
  location: string[];
  severity: string;
  code?: string;
  message: string;
}

const pointerOf = (segments: string[]): string => segments.map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

/** Turns one `sl-violations` entry into a Violation; the pointer names the offending field. */
export function toViolation(raw: RawViolation): Violation {
  const [side = "", part = "", ...path] = raw.location;
  const named = [...path];
  // Prism places a missing or extra property at its parent; the field is only in the message.
  const field =
    raw.code === "required"
      ? /required property '(.+)'$/.exec(raw.message)?.[1]
      : raw.code === "additionalProperties"
        ? /; found '(.+)'$/.exec(raw.message)?.[1]
        : raw.code === "unevaluatedProperties"
          ? /: '(.+)'$/.exec(raw.message)?.[1]
          : undefined;
  if (field !== undefined) named.push(field);
  // Prism prefixes messages with "Response body property a.b.c "; the pointer says that already.
  const prefix = `${side === "request" ? "Request" : "Response"} ${part ? `${part} ` : ""}${path.length > 0 ? `${part === "body" ? "property" : "parameter"} ${path.join(".")} ` : ""}`;
  const message = part && raw.message.startsWith(prefix) ? raw.message.slice(prefix.length) : raw.message;
  return {
    side: side === "request" ? "request" : "response",
    part,
    pointer: pointerOf(named),
    severity: raw.severity,
    ...(raw.code !== undefined ? { code: String(raw.code) } : {}),
    message,
  };
}

export function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return [{ side: "proxy", part: "", pointer: "", severity: "Error", message: `unreadable sl-violations header: ${header.slice(0, 200)}` }];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map((entry) => {
    const o = asObject(entry) ?? {};
    const location = Array.isArray(o["location"]) ? o["location"].map(String) : [];
    const code = o["code"];
    return toViolation({
      location,
      severity: typeof o["severity"] === "string" ? o["severity"] : "Error",
      ...(code !== undefined && code !== null ? { code: String(code) } : {}),
      message: typeof o["message"] === "string" ? o["message"] : JSON.stringify(o),
    });
  });
}

/** Severities that fail an operation (Prism also emits Information and Hint). */
const FAILING = new Set(["Error", "Warning"]);

const UPSTREAM_LOG = /(?:The upstream call|Upstream call) to \S+ has returned (\d+)/;
const TERMINATED_LOG = /Request terminated with error/;

/** Waits (briefly) for Prism's log of this request: the upstream's real status, if it was reached. */
async function upstreamStatusFromLog(proxy: PrismServer, mark: number, waitMs = 1_500): Promise<number | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const log = proxy.output().slice(mark);
    const match = UPSTREAM_LOG.exec(log);
    if (match?.[1]) return Number(match[1]);
    if (TERMINATED_LOG.test(log) || Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Prism's own problem+json (upstream unreachable, …), as opposed to an answer of the upstream. */
function prismProblem(response: Response, text: string): string | undefined {
  if (!(response.headers.get("content-type") ?? "").includes("application/problem+json")) return undefined;
  try {
    const problem = asObject(JSON.parse(text));
    const type = problem?.["type"];
    if (typeof type === "string" && (type.startsWith("https://stoplight.io/prism/errors#") || /Error$/.test(type))) {
      return `${type.replace("https://stoplight.io/prism/errors#", "")}: ${String(problem?.["title"] ?? "")}`;
    }
  } catch {
    // not Prism's
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------
// The run

export interface LiveCheckOptions {
  /** API name as in redocly.yaml. */
  api: string;
  /** The real server, including the API's base path (Prism serves routes from `/`). */
  baseUrl: string;
  env: Env;
  allowWrites: boolean;
  fetchImpl?: FetchLike;
  /** Repo root holding redocly.yaml (tests). */
  root?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
}

function checkedBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new LiveCheckSetupError(`--base-url is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new LiveCheckSetupError(`--base-url must be http(s): ${baseUrl}`);
  return url;
}

function basePathWarning(document: unknown, base: URL): string | undefined {
  const servers = asObject(document)?.["servers"];
  const first = Array.isArray(servers) ? asObject(servers[0])?.["url"] : undefined;
  if (typeof first !== "string") return undefined;
  let basePath: string;
  try {
    basePath = new URL(first).pathname.replace(/\/+$/, "");
  } catch {
    return undefined;
  }
  if (basePath === "" || base.pathname.replace(/\/+$/, "").endsWith(basePath)) return undefined;
  return `the spec's server ${first} has the base path ${basePath} but the base URL does not end with it; Prism forwards paths to the base URL as they are, so requests will probably miss`;
}

export async function runLiveCheck(options: LiveCheckOptions): Promise<LiveCheckResult> {
  const secrets = credentialValues(options.env);
  try {
    return redact(await run(options), secrets);
  } catch (error) {
    if (error instanceof Error) {
      error.message = redact(error.message, secrets);
      if (error.stack) error.stack = redact(error.stack, secrets);
    }
    throw error;
  }
}

async function run({ api, baseUrl, env, allowWrites, fetchImpl = fetch, root = repoRoot, timeoutMs = 30_000 }: LiveCheckOptions): Promise<LiveCheckResult> {
  let entry: ApiEntry | undefined;
  try {
    [entry] = selectApis(loadApis(root), [api]);
  } catch (error) {
    throw new LiveCheckSetupError(error instanceof Error ? error.message : String(error));
  }
  if (!entry) throw new LiveCheckSetupError(`unknown API ${api}`);
  const table = CREDENTIALS[api];
  if (!table) throw new LiveCheckSetupError(`${api}: no entry in CREDENTIALS (scripts/lib/live-check.ts)`);
  const base = checkedBaseUrl(baseUrl);
  const document: unknown = parse(readFileSync(entry.specPath, "utf8"));

  // The write guard: operations other than GET are withheld here, before any request exists.
  const all = readSpecOperations(entry.specPath);
  const specOrder = all.map((op) => `${op.method} ${op.path}`);
  const { send, withheld } = partitionOperations(all, allowWrites);
  const plans = send.map((op) => planRequest(document, op, env, table, api));
  const missing = plans.filter((p): p is { op: SpecOperation; missing: string[] } => "missing" in p);
  if (missing.length > 0) {
    const first = missing[0]?.missing ?? [];
    throw new MissingCredentialError(api, first, missing.map((p) => p.op.operationId));
  }

  const key = (op: SpecOperation): string => `${op.method} ${op.path}`;
  const results = new Map<string, OperationResult>();
  const describe = (op: SpecOperation): Pick<OperationResult, "operationId" | "method" | "path"> => ({ operationId: op.operationId, method: op.method, path: op.path });
  for (const op of withheld) results.set(key(op), { ...describe(op), outcome: "skipped", reason: "write operation (pass --allow-writes to include it)" });
  const runnable: { op: SpecOperation; request: PlannedRequest }[] = [];
  for (const plan of plans) {
    if ("skip" in plan) results.set(key(plan.op), { ...describe(plan.op), outcome: "skipped", reason: plan.skip });
    else if ("request" in plan) runnable.push(plan);
  }

  if (runnable.length > 0) {
    const upstream = base.href.replace(/\/+$/, "");
    const guarded = guardFetch(fetchImpl, allowWrites);
    const proxy = await startPrism(entry.specPath, { mode: "proxy", upstream });
    try {
      for (const { op, request } of runnable) {
        results.set(key(op), { ...describe(op), ...(await sendOne(proxy, guarded, request, env, table, timeoutMs)) });
      }
    } finally {
      await proxy.stop();
    }
  }

  // Spec order.
  const operations = [...withheld, ...send]
    .sort((a, b) => specOrder.indexOf(key(a)) - specOrder.indexOf(key(b)))
    .map((op) => results.get(key(op)))
    .filter((r): r is OperationResult => r !== undefined);
  const count = (outcome: Outcome): number => operations.filter((r) => r.outcome === outcome).length;
  const shownBase = new URL(base.href);
  shownBase.username = "";
  shownBase.password = "";
  const warning = basePathWarning(document, base);
  return {
    api,
    baseUrl: shownBase.href,
    allowWrites,
    operations,
    summary: { passed: count("passed"), failed: count("failed"), skipped: count("skipped") },
    warnings: warning ? [warning] : [],
  };
}

async function sendOne(
  proxy: PrismServer,
  fetchImpl: FetchLike,
  request: PlannedRequest,
  env: Env,
  table: ApiCredentials,
  timeoutMs: number,
): Promise<Omit<OperationResult, "operationId" | "method" | "path">> {
  const headers: Record<string, string> = { ...request.headers, "user-agent": "typed-api-clients contract:live" };
  for (const scheme of request.schemes) {
    const source = table.schemes[scheme];
    const value = source?.env.map((name) => env[name]).find((v) => v);
    if (source && value) headers[source.header] = source.format === "bearer" ? `Bearer ${value}` : value;
  }
  const mark = proxy.output().length;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(`${proxy.url}${request.target}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { outcome: "failed", target: request.target, violations: [{ side: "proxy", part: "", pointer: "", severity: "Error", message: `request failed: ${message}` }] };
  }
  const violations = parseViolations(response.headers.get("sl-violations"));
  const upstreamStatus = await upstreamStatusFromLog(proxy, mark);
  let status = response.status;
  if (violations.length === 0) {
    const problem = upstreamStatus === undefined ? prismProblem(response, text) : undefined;
    if (problem) violations.push({ side: "proxy", part: "", pointer: "", severity: "Error", message: `Prism could not get an answer from the server: ${problem}` });
  }
  if (upstreamStatus === 501) {
    // Prism answers an upstream 501 with a mock of the spec; the mock says nothing about the server.
    status = 501;
    violations.length = 0;
    violations.push({ side: "response", part: "", pointer: "", severity: "Error", message: "the server answered 501 Not Implemented (Prism replaced it with a mocked answer)" });
  }
  const failing = violations.some((v) => FAILING.has(v.severity));
  return { outcome: failing ? "failed" : "passed", target: request.target, status, ...(violations.length > 0 ? { violations } : {}) };
}

// ------------------------------------------------------------------------------------------
// Text report

export function formatViolation(v: Violation): string {
  if (v.side === "response" && v.part === "body") return `${v.pointer || "body"} ${v.message}`;
  const where = [v.side, v.part, v.pointer].filter((s) => s !== "").join(" ");
  return `${where}: ${v.message}`;
}

export function formatLiveCheck(result: LiveCheckResult): string {
  const lines = result.operations.map((r) => {
    const head = `${r.operationId} ${r.method} ${r.path}`;
    if (r.outcome === "skipped") return `SKIP ${head}: ${r.reason ?? ""}`;
    const status = r.status !== undefined ? ` ${r.status}` : "";
    if (r.outcome === "passed") return `PASS ${head}${status}`;
    return `FAIL ${head}${status}: ${(r.violations ?? []).map(formatViolation).join("; ")}`;
  });
  const { passed, failed, skipped } = result.summary;
  lines.push(`live check ${result.api}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return lines.join("\n");
}
