// @botpress/client: which methods share an operation with the spec (found by calling each), and driving them.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { listOperations, type DocumentOperation, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { headerExample, parameterInputs, sdkBody } from "./arguments.js";
import { attempt } from "./calls.js";
import { attemptError, botpressReader, errorStatuses, preferStatus } from "./errors.js";
import { matchOperation } from "./match.js";
import type { ConformanceCall, SdkDriver } from "./types.js";
import { loadVendorSdks, type VendorSdks } from "./vendor-sdks.js";

type BotpressModule = VendorSdks["botpress"];
type BotpressClient = InstanceType<BotpressModule["Client"]>;

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
export async function discoverBotpressRoutes(
  sdk: BotpressModule = loadVendorSdks().botpress,
): Promise<Map<string, { method: string; path: string }>> {
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
    const client = new sdk.Client({
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
  sdk?: BotpressModule,
): Promise<{ shared: { method: string; op: DocumentOperation }[]; routes: Map<string, { method: string; path: string }> }> {
  const shared: { method: string; op: DocumentOperation }[] = [];
  const routes = await discoverBotpressRoutes(sdk);
  for (const [method, route] of routes) {
    const op = matchOperation(doc, route.method, route.path, DISCOVERY_PLACEHOLDERS);
    if (op) shared.push({ method, op });
  }
  return { shared, routes };
}

/**
 * SDK methods named like a spec operation that send to another route, each for a stated reason.
 * Any other such method is refused: the vendor moved a route our spec still has.
 */
export const KNOWN_ROUTE_DISAGREEMENTS: Readonly<Record<string, string>> = Object.fromEntries(
  ["listFiles", "getFile", "deleteFile"].map((method) => [
    method,
    "the seed document and api-docs/README put files under /v1/storage/files; @botpress/client and the vendor's Files API page use /v1/files (specs/README.md)",
  ]),
);

export const driveBotpress: SdkDriver = async (doc, served, options, notes, sdks) => {
  const url = served.urls.botpress;
  if (!url) return [];
  const { shared, routes } = await sharedBotpressOperations(doc, sdks.botpress);
  const covered = new Set(shared.map((s) => s.op.name));
  const calls: ConformanceCall[] = [];
  for (const op of listOperations(doc)) {
    if (covered.has(op.name) || (options.operations && !options.operations.includes(op.name))) continue;
    const route = routes.get(op.name);
    const spec = `${op.method.toUpperCase()} ${op.path}`;
    if (!route) {
      notes.push(`botpress: ${op.name} (${spec}): no @botpress/client method sends it`);
      continue;
    }
    // A method of the operation's name that sends elsewhere: the SDK and the spec disagree on the route.
    const sent = `${route.method} ${route.path.replaceAll(DISCOVERY_ID, "{id}")}`;
    const known = KNOWN_ROUTE_DISAGREEMENTS[op.name];
    if (known) notes.push(`botpress: ${op.name} (${spec}): @botpress/client's ${op.name}() sends ${sent} instead (known: ${known})`);
    else
      calls.push({
        sdk: "@botpress/client",
        operation: op.name,
        call: op.name,
        accepted: false,
        status: 0,
        detail: `the SDK sends ${sent}, a route the spec does not have (the spec: ${spec})`,
      });
  }
  const clientFor = (headers: Record<string, string>): BotpressClient =>
    new sdks.botpress.Client({
      apiUrl: url,
      token: "conformance-token",
      botId: headerExample(doc, "x-bot-id", "conformance-bot"),
      workspaceId: headerExample(doc, "x-workspace-id", "conformance-workspace"),
      retry: { retries: 0 },
      timeout: options.timeoutMs ?? 5000,
      headers,
    });
  const client = clientFor({});
  const read = botpressReader(sdks.botpress.isApiError);
  const run = (on: BotpressClient, method: string, input: unknown) => async () => {
    const fn = (on as unknown as Record<string, AnyMethod>)[method];
    return fn ? fn.call(on, input) : Promise.reject(new Error(`no method ${method}`));
  };
  for (const { method, op } of shared) {
    if (options.operations && !options.operations.includes(op.name)) continue;
    const input = { ...parameterInputs(doc, op), ...(sdkBody("botpress", doc, op) ?? {}) };
    const base = { sdk: "@botpress/client", operation: op.name, call: method };
    const request = await attempt(served, "botpress", base, run(client, method, input));
    calls.push(request);
    // A refused request already fails the gate; its error answers would be refusals too.
    if (options.errorAnswers === false || !request.accepted) continue;
    for (const status of errorStatuses(op))
      calls.push(await attemptError(served, "botpress", base, status, read, run(clientFor(preferStatus(status)), method, input)));
  }
  return calls;
};
