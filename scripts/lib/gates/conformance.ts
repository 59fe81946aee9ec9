// Gate: the vendors' own SDKs against our mocks (`npm run check:conformance`). The official
// `@botpress/client`, `pipedrive` (v1.ChannelsApi, once per auth scheme the spec declares) and
// `@pipedream/sdk` (the token endpoint) call every operation they share with our specs, pointed at an
// in-process Prism mock with request validation on. A call is accepted when the mock answered 2xx and
// the SDK resolved with what it read; refused when the mock rejected the request (Prism's 4xx with
// its `sl-violations`) or the SDK threw while reading the answer. Any refusal fails the gate.
//
// Which Botpress client methods share an operation with the spec is found, not listed: every method
// of the client is called once against a local recording server, and the method + path it sends is
// matched against the spec's path templates. A new shared operation is therefore never skipped.
import { channel, type Channel } from "node:diagnostics_channel";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Client as BotpressClient } from "@botpress/client";
import { OauthTokensClient } from "@pipedream/sdk/oauthTokens";
import { v1 as pipedriveV1 } from "pipedrive";
import {
  asObject,
  listOperations,
  resolveRef,
  type DocumentOperation,
  type OpenApiDocument,
} from "../../../src/core/internal/openapi-document.js";
import { startMock } from "../../../src/mock/index.js";
import type { GateResult } from "./result.js";

export const CONFORMANCE_APIS = ["botpress", "pipedrive", "pipedream"] as const;
export type ConformanceApi = (typeof CONFORMANCE_APIS)[number];

export interface ConformanceCall {
  sdk: string;
  /** The spec's operationId (or `METHOD path`). */
  operation: string;
  /** The SDK's own name for the call, e.g. `deleteUser` or `ChannelsApi.addChannel (oauth2)`. */
  call: string;
  accepted: boolean;
  /** HTTP status the mock answered (0 when no answer reached the SDK). */
  status: number;
  /** For a refusal: the first of Prism's violations, or what the SDK threw. */
  detail: string;
}

export interface ConformanceResult extends GateResult {
  calls: ConformanceCall[];
  /** Spec operations no SDK method sends, and SDKs left out, with the reason. */
  notes: string[];
}

export interface ConformanceOptions {
  /**
   * The OpenAPI documents to serve (bundled, local $refs kept). Without them, `startMock` serves the
   * repo's own generated documents; with them (a sandbox copy, a test's planted fault) a Prism server
   * configured as `startMock` configures it serves each given document.
   */
  documents?: Partial<Record<ConformanceApi, OpenApiDocument>>;
  /** Only these APIs (default: all three). */
  apis?: readonly ConformanceApi[];
  /** Only these operationIds (default: every shared one); for quick tests. */
  operations?: readonly string[];
  /** Per-call timeout in ms (default 5000). */
  timeoutMs?: number;
}

interface Observation {
  status: number;
  violations?: string;
}

interface Served {
  urls: Partial<Record<ConformanceApi, string>>;
  /** The last answer each API's mock sent. */
  last: Partial<Record<ConformanceApi, Observation>>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Serving the specs

type PrismModules = {
  createServer: typeof import("@stoplight/prism-http-server").createServer;
  getHttpOperationsFromSpec: typeof import("@stoplight/prism-http").getHttpOperationsFromSpec;
  createLogger: typeof import("@stoplight/prism-core").createLogger;
};

async function serveDocuments(
  documents: Partial<Record<ConformanceApi, OpenApiDocument>>,
  apis: readonly ConformanceApi[],
): Promise<Served> {
  const [server, http, core] = await Promise.all([
    import("@stoplight/prism-http-server"),
    import("@stoplight/prism-http"),
    import("@stoplight/prism-core"),
  ]);
  const prism: PrismModules = {
    createServer: server.createServer,
    getHttpOperationsFromSpec: http.getHttpOperationsFromSpec,
    createLogger: core.createLogger,
  };
  const logger = prism.createLogger("CONFORMANCE", { level: "silent" });
  const last: Served["last"] = {};
  const urls: Served["urls"] = {};
  const byPort = new Map<number, ConformanceApi>();
  const closers: (() => Promise<void>)[] = [];
  const live = new Set<Server>();
  const apiOf = (s: Server): ConformanceApi | undefined => {
    const address = s.address();
    return address && typeof address === "object" ? byPort.get((address as AddressInfo).port) : undefined;
  };
  // As in src/mock: the diagnostics channel hands over Prism's http.Server and each finished answer.
  const onStart = (message: unknown): void => {
    const s = (message as { server: Server }).server;
    if (apiOf(s)) live.add(s);
  };
  const onFinish = (message: unknown): void => {
    const { response, server: s } = message as { response: ServerResponse; server: Server };
    const api = apiOf(s);
    if (!api) return;
    const violations = response.getHeader("sl-violations");
    last[api] = { status: response.statusCode, ...(typeof violations === "string" ? { violations } : {}) };
  };
  const started: Channel = channel("http.server.request.start");
  const finished: Channel = channel("http.server.response.finish");
  started.subscribe(onStart);
  finished.subscribe(onFinish);
  const close = async (): Promise<void> => {
    const closing = Promise.all(closers.map((c) => c()));
    for (const s of live) s.closeAllConnections();
    await closing;
    started.unsubscribe(onStart);
    finished.unsubscribe(onFinish);
  };
  try {
    for (const api of apis) {
      const document = documents[api];
      if (!document) throw new Error(`conformance: no document given for ${api}`);
      const operations = await prism.getHttpOperationsFromSpec(structuredClone(document) as Record<string, unknown>);
      const instance = prism.createServer(operations, {
        cors: true,
        config: {
          isProxy: false,
          validateRequest: true,
          validateResponse: true,
          checkSecurity: true,
          errors: false,
          upstreamProxy: undefined,
          mock: { dynamic: false, ignoreExamples: false },
        },
        components: { logger: logger.child({ name: api }) },
      });
      const address = await instance.listen(0, "127.0.0.1");
      closers.push(() => instance.close());
      const port = Number(new URL(address).port);
      byPort.set(port, api);
      urls[api] = `http://127.0.0.1:${port}`;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { urls, last, close };
}

async function serveRepoMock(apis: readonly ConformanceApi[]): Promise<Served> {
  const last: Served["last"] = {};
  const mock = await startMock({
    apis,
    onObservation: (o) => {
      last[o.api as ConformanceApi] = { status: o.status, ...(o.violations ? { violations: o.violations } : {}) };
    },
  });
  return { urls: mock.urls, last, close: () => mock.close() };
}

// ---------------------------------------------------------------------------------------------
// Values for the calls, taken from the spec

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2024-05-01T00:00:00.000Z",
  date: "2024-05-01",
  uuid: "00000000-0000-4000-8000-000000000001",
  email: "conformance@example.com",
  uri: "https://example.com/conformance",
};

/** A parameter's example (its own, its schema's, or its first enum value), else a placeholder. */
function parameterValue(doc: OpenApiDocument, parameter: Record<string, unknown>): unknown {
  if (parameter["example"] !== undefined) return parameter["example"];
  const examples = asObject(parameter["examples"]);
  const first = examples ? resolveRef(doc, Object.values(examples)[0]) : undefined;
  if (first && first["value"] !== undefined) return first["value"];
  const schema = resolveRef(doc, parameter["schema"]) ?? {};
  if (schema["example"] !== undefined) return schema["example"];
  if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) return schema["examples"][0];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  if (schema["type"] === "integer" || schema["type"] === "number") return 1;
  if (schema["type"] === "boolean") return true;
  return FORMAT_SAMPLES[String(schema["format"])] ?? "conformance-1";
}

function parametersOf(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown>[] {
  const all = [
    ...(Array.isArray(op.pathItem["parameters"]) ? op.pathItem["parameters"] : []),
    ...(Array.isArray(op.operation["parameters"]) ? op.operation["parameters"] : []),
  ];
  return all.map((p) => resolveRef(doc, p)).filter((p): p is Record<string, unknown> => p !== undefined);
}

/** The first example of the operation's JSON request body (resolved), if it documents one. */
export function requestExample(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> | undefined {
  const body = resolveRef(doc, op.operation["requestBody"]);
  const content = asObject(body?.["content"]) ?? {};
  for (const [media, entry] of Object.entries(content)) {
    if (!media.includes("json")) continue;
    const mediaObject = asObject(entry) ?? {};
    const direct = asObject(mediaObject["example"]);
    if (direct) return structuredClone(direct);
    for (const example of Object.values(asObject(mediaObject["examples"]) ?? {})) {
      const value = asObject(resolveRef(doc, example)?.["value"]);
      if (value) return structuredClone(value);
    }
  }
  return undefined;
}

/**
 * Top-level body fields each SDK call puts on the wire when its caller gives them, per
 * `<api>.<operationId>`: read from the SDKs' request code (@botpress/client 1.45.0's body builders,
 * pipedrive 33.7.0's ChannelsApi models, @pipedream/sdk 3.1.6's token request, which adds
 * `grant_type` itself), limited to the fields our specs declared when this list was written. The
 * calls send them even when the spec stops declaring one, so a spec that loses a field the vendor's
 * own client sends is refused here instead of passing unnoticed. The conformance test checks that
 * the SDKs really send every field listed.
 */
export const SDK_BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  "botpress.callAction": ["type", "input"],
  "botpress.createBot": ["name", "code", "tags", "states", "events", "recurringEvents", "configuration", "medias", "dev"],
  "botpress.createConversation": ["channel", "tags", "integrationName"],
  "botpress.createEvent": ["type", "payload", "schedule"],
  "botpress.createIntegration": [
    "name",
    "version",
    "title",
    "description",
    "public",
    "code",
    "channels",
    "events",
    "actions",
    "configuration",
    "user",
  ],
  "botpress.createMessage": ["type", "payload", "userId", "conversationId", "tags"],
  "botpress.createUser": ["tags", "integrationName"],
  "botpress.getOrCreateConversation": ["channel", "tags", "integrationName"],
  "botpress.getOrCreateMessage": ["type", "payload", "userId", "conversationId", "tags"],
  "botpress.getOrCreateUser": ["tags", "integrationName"],
  "botpress.patchState": ["payload"],
  "botpress.setState": ["payload", "expiry"],
  "botpress.transferBot": ["targetWorkspaceId"],
  "botpress.updateBot": ["name", "blocked", "authentication", "integrations"],
  "botpress.updateConversation": ["tags"],
  "botpress.updateIntegration": ["title", "description"],
  "botpress.updateMessage": ["tags"],
  "botpress.updateUser": ["tags"],
  "pipedrive.addChannel": ["name", "provider_channel_id", "avatar_url", "template_support", "provider_type"],
  "pipedrive.receiveMessage": [
    "id",
    "channel_id",
    "sender_id",
    "conversation_id",
    "message",
    "status",
    "created_at",
    "reply_by",
    "conversation_link",
    "attachments",
  ],
  "pipedream.createOAuthToken": ["client_id", "client_secret", "grant_type"],
};

/** A value valid for `schema` where that is easy to make (example, enum, format, type), else a string. */
function sampleValue(doc: OpenApiDocument, raw: unknown): unknown {
  const schema = resolveRef(doc, raw);
  if (!schema) return "conformance";
  if (schema["example"] !== undefined) return schema["example"];
  if (Array.isArray(schema["examples"]) && schema["examples"].length > 0) return schema["examples"][0];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  const type = Array.isArray(schema["type"]) ? schema["type"][0] : schema["type"];
  if (type === "integer" || type === "number") return 1;
  if (type === "boolean") return true;
  if (type === "array") return [];
  if (type === "object") return {};
  return FORMAT_SAMPLES[String(schema["format"])] ?? "conformance";
}

function requestSchemaOf(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> | undefined {
  const content = asObject(resolveRef(doc, op.operation["requestBody"])?.["content"]) ?? {};
  const media = Object.keys(content).find((m) => m.includes("json"));
  return media ? resolveRef(doc, asObject(content[media])?.["schema"]) : undefined;
}

/**
 * The body an SDK call is given: the spec's request example, plus every field the SDK is known to
 * send (SDK_BODY_FIELDS) that the example lacks, valued from the spec's schema where it declares the
 * field and as a plain string where it no longer does.
 */
export function sdkBody(api: ConformanceApi, doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> | undefined {
  const example = requestExample(doc, op);
  const fields = SDK_BODY_FIELDS[`${api}.${op.operationId ?? ""}`] ?? [];
  if (!example && fields.length === 0) return undefined;
  const body = example ?? {};
  const properties = asObject(requestSchemaOf(doc, op)?.["properties"]) ?? {};
  for (const field of fields) if (!(field in body)) body[field] = sampleValue(doc, properties[field]);
  return body;
}

/** Path parameters and required query parameters, by name, from the spec's examples. */
function parameterInputs(doc: OpenApiDocument, op: DocumentOperation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of parametersOf(doc, op)) {
    const name = p["name"];
    if (typeof name !== "string") continue;
    if (p["in"] === "path" || (p["in"] === "query" && p["required"] === true)) out[name] = parameterValue(doc, p);
  }
  return out;
}

/** The example value of a header parameter named `name` anywhere in the spec (x-bot-id and the like). */
function headerExample(doc: OpenApiDocument, name: string, fallback: string): string {
  for (const op of listOperations(doc))
    for (const p of parametersOf(doc, op))
      if (p["in"] === "header" && String(p["name"]).toLowerCase() === name) {
        const value = parameterValue(doc, p);
        if (typeof value === "string") return value;
      }
  return fallback;
}

// ---------------------------------------------------------------------------------------------
// Matching what an SDK sends to the spec's operations

/**
 * The spec operation for a method + concrete path: literal segments beat templated ones. With
 * `placeholders`, a templated segment matches only one of those values (what the SDK was given for
 * its parameters), so an SDK route with a literal segment (`/v1/admin/bots/baks`) is not taken for
 * a parameter (`/v1/admin/bots/{id}`).
 */
export function matchOperation(
  doc: OpenApiDocument,
  method: string,
  path: string,
  placeholders?: ReadonlySet<string>,
): DocumentOperation | undefined {
  const segments = path.split("?")[0]?.split("/") ?? [];
  let best: { op: DocumentOperation; literals: number } | undefined;
  for (const op of listOperations(doc)) {
    if (op.method !== method.toLowerCase()) continue;
    const template = op.path.split("/");
    if (template.length !== segments.length) continue;
    let literals = 0;
    let matches = true;
    for (let i = 0; i < template.length; i++) {
      const t = template[i] ?? "";
      if (/^\{[^}]+\}$/.test(t)) {
        if (placeholders && !placeholders.has(decodeURIComponent(segments[i] ?? ""))) {
          matches = false;
          break;
        }
        continue;
      }
      if (t !== decodeURIComponent(segments[i] ?? "")) {
        matches = false;
        break;
      }
      literals++;
    }
    if (matches && (!best || literals > best.literals)) best = { op, literals };
  }
  return best?.op;
}

type AnyMethod = (input: unknown) => Promise<unknown>;

function botpressMethods(client: BotpressClient): string[] {
  const names = new Set<string>();
  for (let o: object | null = client; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null)
    for (const key of Object.getOwnPropertyNames(o))
      if (key !== "constructor" && typeof (client as unknown as Record<string, unknown>)[key] === "function") names.add(key);
  return [...names].sort();
}

const DISCOVERY_ID = "discovery-id";
/** What a path segment reads when the discovery call gave the SDK no value for it. */
const DISCOVERY_PLACEHOLDERS: ReadonlySet<string> = new Set([DISCOVERY_ID, "undefined"]);

/** One request per Botpress client method against a recording server: method name → `METHOD /path`. */
export async function discoverBotpressRoutes(): Promise<Map<string, { method: string; path: string }>> {
  const routes = new Map<string, { method: string; path: string }>();
  let current = "";
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    request.on("end", () => {
      if (!routes.has(current)) routes.set(current, { method: request.method ?? "GET", path: (request.url ?? "/").split("?")[0] ?? "/" });
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const client = new BotpressClient({
      apiUrl: `http://127.0.0.1:${port}`,
      token: "discovery",
      botId: "discovery",
      workspaceId: "discovery",
      retry: { retries: 0 },
      timeout: 2000,
    });
    for (const name of botpressMethods(client)) {
      current = name;
      const method = (client as unknown as Record<string, AnyMethod>)[name];
      try {
        await method?.call(client, { id: DISCOVERY_ID });
      } catch {
        // Only the request matters here; what the method makes of `{}` does not.
      }
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return routes;
}

/** Botpress client method → spec operation, for every operation the two share; and every method's route. */
export async function sharedBotpressOperations(
  doc: OpenApiDocument,
): Promise<{ shared: { method: string; op: DocumentOperation }[]; routes: Map<string, { method: string; path: string }> }> {
  const shared: { method: string; op: DocumentOperation }[] = [];
  const routes = await discoverBotpressRoutes();
  for (const [method, route] of routes) {
    const op = matchOperation(doc, route.method, route.path, DISCOVERY_PLACEHOLDERS);
    if (op) shared.push({ method, op });
  }
  return { shared, routes };
}

// ---------------------------------------------------------------------------------------------
// Reading the outcome of one call

function firstViolation(violations: string | undefined): string {
  if (!violations) return "";
  try {
    const parsed = JSON.parse(violations) as { message?: string; location?: string[] }[];
    const first = parsed[0];
    if (first) return `${first.location?.join(".") ?? ""}: ${first.message ?? ""}`.replace(/^: /, "");
  } catch {
    // Not JSON: show it as sent.
  }
  return violations.slice(0, 200);
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.slice(0, 200) ?? "";
}

/**
 * The mock's record of the answer. It is made when the server finished sending, which can come a
 * turn of the event loop after the SDK has read the answer: wait a little for it.
 */
async function observation(served: Served, api: ConformanceApi): Promise<Observation | undefined> {
  for (let turn = 0; turn < 50 && !served.last[api]; turn++) await new Promise((resolve) => setTimeout(resolve, turn < 10 ? 0 : 5));
  return served.last[api];
}

async function attempt(
  served: Served,
  api: ConformanceApi,
  base: Omit<ConformanceCall, "accepted" | "status" | "detail">,
  run: () => Promise<unknown>,
): Promise<ConformanceCall> {
  delete served.last[api];
  try {
    const value = await run();
    const observed = await observation(served, api);
    const status = observed?.status ?? 0;
    if (status >= 200 && status < 300 && value !== undefined) return { ...base, accepted: true, status, detail: "" };
    return { ...base, accepted: false, status, detail: firstViolation(observed?.violations) || `SDK resolved on status ${status}` };
  } catch (error) {
    const observed = await observation(served, api);
    const status = observed?.status ?? 0;
    const violation = firstViolation(observed?.violations);
    const detail =
      status >= 200 && status < 300 ? `SDK could not read the ${status} answer: ${errorText(error)}` : violation || errorText(error);
    return { ...base, accepted: false, status, detail };
  }
}

// ---------------------------------------------------------------------------------------------
// The three SDKs

async function driveBotpress(
  doc: OpenApiDocument,
  served: Served,
  options: ConformanceOptions,
  notes: string[],
): Promise<ConformanceCall[]> {
  const url = served.urls.botpress;
  if (!url) return [];
  const { shared, routes } = await sharedBotpressOperations(doc);
  const covered = new Set(shared.map((s) => s.op.name));
  for (const op of listOperations(doc)) {
    if (covered.has(op.name)) continue;
    // A method of the operation's name that sends elsewhere is a route the spec and the SDK disagree on.
    const route = routes.get(op.name);
    const where = route
      ? `@botpress/client's ${op.name}() sends ${route.method} ${route.path.replaceAll(DISCOVERY_ID, "{id}")} instead`
      : "no @botpress/client method sends it";
    notes.push(`botpress: ${op.name} (${op.method.toUpperCase()} ${op.path}): ${where}`);
  }
  const client = new BotpressClient({
    apiUrl: url,
    token: "conformance-token",
    botId: headerExample(doc, "x-bot-id", "conformance-bot"),
    workspaceId: headerExample(doc, "x-workspace-id", "conformance-workspace"),
    retry: { retries: 0 },
    timeout: options.timeoutMs ?? 5000,
  });
  const calls: ConformanceCall[] = [];
  for (const { method, op } of shared) {
    if (options.operations && !options.operations.includes(op.name)) continue;
    const input = { ...parameterInputs(doc, op), ...(sdkBody("botpress", doc, op) ?? {}) };
    const fn = (client as unknown as Record<string, AnyMethod>)[method];
    calls.push(
      await attempt(served, "botpress", { sdk: "@botpress/client", operation: op.name, call: method }, async () =>
        fn ? fn.call(client, input) : Promise.reject(new Error(`no method ${method}`)),
      ),
    );
  }
  return calls;
}

/** Every scheme in components.securitySchemes, as the pipedrive SDK's Configuration takes it. */
interface PipedriveAuth {
  name: string;
  config: { accessToken?: string; apiKey?: string };
}

function pipedriveAuths(doc: OpenApiDocument): PipedriveAuth[] {
  const schemes = asObject(asObject(doc["components"])?.["securitySchemes"]) ?? {};
  return Object.entries(schemes).flatMap(([name, raw]): PipedriveAuth[] => {
    const scheme = resolveRef(doc, raw) ?? {};
    if (scheme["type"] === "oauth2" || (scheme["type"] === "http" && scheme["scheme"] === "bearer"))
      return [{ name, config: { accessToken: "conformance-token" } }];
    if (scheme["type"] === "apiKey") return [{ name, config: { apiKey: "conformance-key" } }];
    return [];
  });
}

async function drivePipedrive(
  doc: OpenApiDocument,
  served: Served,
  options: ConformanceOptions,
  notes: string[],
): Promise<ConformanceCall[]> {
  const url = served.urls.pipedrive;
  if (!url) return [];
  const ops = new Map(listOperations(doc).map((op) => [`${op.method} ${op.path}`, op]));
  // ChannelsApi's four methods, with the route each sends (read from the SDK's request code).
  type Api = InstanceType<typeof pipedriveV1.ChannelsApi>;
  const table: { call: string; route: string; run: (api: Api, op: DocumentOperation) => Promise<unknown> }[] = [
    {
      call: "addChannel",
      route: "post /v1/channels",
      run: (api, op) => api.addChannel({ AddChannelRequest: sdkBody("pipedrive", doc, op) as never }),
    },
    {
      call: "receiveMessage",
      route: "post /v1/channels/messages/receive",
      run: (api, op) => api.receiveMessage({ ReceiveMessageRequest: sdkBody("pipedrive", doc, op) as never }),
    },
    {
      call: "deleteChannel",
      route: "delete /v1/channels/{id}",
      run: (api, op) => api.deleteChannel({ id: String(parameterInputs(doc, op)["id"]) }),
    },
    {
      call: "deleteConversation",
      route: "delete /v1/channels/{channel-id}/conversations/{conversation-id}",
      run: (api, op) => {
        const params = parameterInputs(doc, op);
        return api.deleteConversation({ channel_id: String(params["channel-id"]), conversation_id: String(params["conversation-id"]) });
      },
    },
  ];
  const calls: ConformanceCall[] = [];
  for (const auth of pipedriveAuths(doc)) {
    const api = new pipedriveV1.ChannelsApi(new pipedriveV1.Configuration({ ...auth.config, basePath: `${url}/v1` }));
    for (const entry of table) {
      const op = ops.get(entry.route);
      const base = { sdk: "pipedrive v1.ChannelsApi", call: `${entry.call} (${auth.name})` };
      if (!op) {
        calls.push({ ...base, operation: entry.route, accepted: false, status: 0, detail: "the spec has no such operation" });
        continue;
      }
      if (options.operations && !options.operations.includes(op.name)) continue;
      calls.push(await attempt(served, "pipedrive", { ...base, operation: op.name }, () => entry.run(api, op)));
    }
  }
  if (pipedriveAuths(doc).length === 0) notes.push("pipedrive: the spec declares no security scheme the SDK supports");
  return calls;
}

async function drivePipedream(doc: OpenApiDocument, served: Served, options: ConformanceOptions): Promise<ConformanceCall[]> {
  const url = served.urls.pipedream;
  if (!url) return [];
  const op = matchOperation(doc, "post", "/oauth/token");
  const base = { sdk: "@pipedream/sdk", call: "oauthTokens.create" };
  if (!op) return [{ ...base, operation: "POST /oauth/token", accepted: false, status: 0, detail: "the spec has no such operation" }];
  if (options.operations && !options.operations.includes(op.name)) return [];
  const example = sdkBody("pipedream", doc, op) ?? {};
  // The SDK joins its base URL with `v1/oauth/token`; our spec's server URL ends in `/v1`, which Prism
  // does not serve (it routes from `/`). This fetch drops that base path and nothing else.
  const local: typeof fetch = (input, init) => {
    const target = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    return fetch(target.replace(`${url}/v1/`, `${url}/`), init);
  };
  // The resource client the SDK's `PipedreamClient.oauthTokens` is, built directly because only it
  // passes `fetch` through; projectEnvironment as the SDK's wrapper defaults it for client credentials.
  const client = {
    oauthTokens: new OauthTokensClient({
      projectId: "conformance-project",
      projectEnvironment: "production",
      baseUrl: url,
      clientId: String(example["client_id"] ?? "conformance-client"),
      clientSecret: String(example["client_secret"] ?? "conformance-secret"),
      fetch: local,
      maxRetries: 0,
      timeoutInSeconds: Math.ceil((options.timeoutMs ?? 5000) / 1000),
    }),
  };
  return [
    await attempt(served, "pipedream", { ...base, operation: op.name }, () =>
      client.oauthTokens.create({
        clientId: String(example["client_id"] ?? "conformance-client"),
        clientSecret: String(example["client_secret"] ?? "conformance-secret"),
      }),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------

async function repoDocuments(apis: readonly ConformanceApi[]): Promise<Partial<Record<ConformanceApi, OpenApiDocument>>> {
  const { loadSpec } = await import("../../../src/mock/apis.js");
  return Object.fromEntries(await Promise.all(apis.map(async (api) => [api, await loadSpec(api)] as const)));
}

/** Drives every shared operation with each vendor SDK against the mocks; fails on any refusal. */
export async function checkConformance(options: ConformanceOptions = {}): Promise<ConformanceResult> {
  const apis = options.apis ?? CONFORMANCE_APIS;
  // The documents the calls are built from are the documents served.
  const documents = options.documents ?? (await repoDocuments(apis));
  const served = options.documents ? await serveDocuments(options.documents, apis) : await serveRepoMock(apis);
  const notes: string[] = [];
  const calls: ConformanceCall[] = [];
  try {
    for (const api of apis) {
      const doc = documents[api];
      if (!doc) continue;
      if (api === "botpress") calls.push(...(await driveBotpress(doc, served, options, notes)));
      if (api === "pipedrive") calls.push(...(await drivePipedrive(doc, served, options, notes)));
      if (api === "pipedream") calls.push(...(await drivePipedream(doc, served, options)));
    }
  } finally {
    await served.close();
  }
  const findings = calls
    .filter((c) => !c.accepted)
    .map((c) => `${c.sdk} ${c.call} → ${c.operation}: refused${c.status ? ` with ${c.status}` : ""}${c.detail ? ` (${c.detail})` : ""}`);
  if (calls.length === 0) findings.push("no SDK call was made: nothing was checked");
  return { passed: findings.length === 0, findings, calls, notes };
}

/** The SDK × operation table. */
export function formatConformance(result: ConformanceResult): string {
  const rows = [
    ["SDK", "call", "operation", "result", "first violation"],
    ["---", "---", "---", "---", "---"],
    ...result.calls.map((c) => [
      c.sdk,
      c.call,
      c.operation,
      c.accepted ? `accepted (${c.status})` : `REFUSED${c.status ? ` (${c.status})` : ""}`,
      c.detail.replace(/\|/g, "\\|"),
    ]),
  ];
  const accepted = result.calls.filter((c) => c.accepted).length;
  return [
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    ...result.notes.map((n) => `note: ${n}`),
    `vendor-SDK conformance: ${accepted}/${result.calls.length} calls accepted`,
  ].join("\n");
}
