// The application's side of the ecosystem suite: the five clients as a user creates them, a guard
// server standing in for the vendor (every request that reaches it directly escaped the test
// double), and a plain forward proxy (absolute-form requests and CONNECT tunnels) in front of it.
import { afterAll, beforeAll } from "vitest";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import type { ClientOptions } from "../../src/core/index.js";
import { createBotpressClient } from "../../src/botpress.js";
import { createDynamiqClient } from "../../src/dynamiq.js";
import { createPatchworksClient } from "../../src/patchworks.js";
import { createPipedreamClient } from "../../src/pipedream.js";
import { createPipedriveClient } from "../../src/pipedrive.js";

/** Every mechanism answers with this header naming itself, so a test sees who answered. */
export const ANSWERED_BY = "x-answered-by";

type Options = Omit<ClientOptions, "baseUrl" | "retry">;

export interface ClientCase {
  api: string;
  /** The path the call sends to (a mechanism matching paths needs it). */
  path: string;
  method: "GET" | "DELETE";
  /** Builds the client now (with retries off) and returns the call to make later. */
  client(baseUrl: string, options?: Options): () => Promise<Response>;
}

const common = (baseUrl: string, options: Options | undefined) => ({ ...options, baseUrl, retry: false as const });

export const CLIENTS: readonly ClientCase[] = [
  {
    api: "dynamiq",
    path: "/v1/conversations",
    method: "GET",
    client(baseUrl, options) {
      const client = createDynamiqClient({ token: "test-token", ...common(baseUrl, options) });
      return async () => (await client.GET("/v1/conversations")).response;
    },
  },
  {
    api: "pipedrive",
    path: "/v1/channels/wa-1",
    method: "DELETE",
    client(baseUrl, options) {
      const client = createPipedriveClient({ token: "test-token", ...common(baseUrl, options) });
      return async () => (await client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } })).response;
    },
  },
  {
    api: "patchworks",
    path: "/api/v1/flows/42/callbacks",
    method: "GET",
    client(baseUrl, options) {
      const client = createPatchworksClient({ apiKey: "test-key", ...common(baseUrl, options) });
      return async () => (await client.GET("/api/v1/flows/{flow}/callbacks", { params: { path: { flow: "42" } } })).response;
    },
  },
  {
    api: "pipedream",
    path: "/apps",
    method: "GET",
    client(baseUrl, options) {
      const client = createPipedreamClient({ token: "test-token", ...common(baseUrl, options) });
      return async () => (await client.GET("/apps")).response;
    },
  },
  {
    api: "botpress",
    path: "/v1/chat/conversations",
    method: "GET",
    client(baseUrl, options) {
      const client = createBotpressClient({ token: "test-token", botId: "bot_1", ...common(baseUrl, options) });
      return async () => (await client.GET("/v1/chat/conversations")).response;
    },
  },
];

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface Guard {
  url: string;
  /** Requests that reached the guard on a socket of their own: escaped the mechanism under test. */
  escaped: number;
  /** Requests that arrived through the test proxy. */
  proxied: number;
  reset(): void;
  close(): Promise<void>;
}

export interface ForwardProxy {
  url: string;
  /** Requests forwarded (absolute-form) plus tunnels opened (CONNECT). */
  forwarded: number;
  /** The Proxy-Authorization header of the last request or tunnel. */
  lastAuthorization: string | undefined;
  close(): Promise<void>;
}

/** The guard and proxy of one test file: started before its tests and closed after them. */
export function setUpWorld(): { readonly guard: Guard; readonly proxy: ForwardProxy } {
  let world: { guard: Guard; proxy: ForwardProxy } | undefined;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.guard.close();
    await world?.proxy.close();
  });
  const started = (): { guard: Guard; proxy: ForwardProxy } => {
    if (!world) throw new Error("setUpWorld(): the world starts in beforeAll; use it inside tests and hooks");
    return world;
  };
  return {
    get guard() {
      return started().guard;
    },
    get proxy() {
      return started().proxy;
    },
  };
}

/** The guard and a proxy in front of it; the guard tells proxied requests by their source port. */
export async function startWorld(): Promise<{ guard: Guard; proxy: ForwardProxy }> {
  const proxyPorts = new Set<number>();
  const guard: Guard = {
    url: "",
    escaped: 0,
    proxied: 0,
    reset() {
      guard.escaped = 0;
      guard.proxied = 0;
      proxy.forwarded = 0;
      proxy.lastAuthorization = undefined;
    },
    close: () => closeServer(guardServer),
  };
  const guardServer = createServer((request, response) => {
    request.resume();
    if (proxyPorts.has(request.socket.remotePort ?? -1)) guard.proxied++;
    else guard.escaped++;
    response.writeHead(200, { "content-type": "application/json", [ANSWERED_BY]: "guard" }).end("{}");
  });

  const trackUpstream = (socket: Socket): void => {
    socket.once("connect", () => proxyPorts.add(socket.localPort ?? -1));
  };
  const proxyServer = createServer((request: IncomingMessage, response) => {
    proxy.forwarded++;
    proxy.lastAuthorization = request.headers["proxy-authorization"];
    const target = new URL(request.url ?? "/");
    const headers = { ...request.headers };
    delete headers["proxy-authorization"];
    delete headers["proxy-connection"];
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: request.method,
        headers,
        agent: false,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-through-proxy": "yes" });
        answer.pipe(response);
      },
    );
    upstream.on("socket", trackUpstream);
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  proxyServer.on("connect", (request: IncomingMessage, client: Socket, head: Buffer) => {
    proxy.forwarded++;
    proxy.lastAuthorization = request.headers["proxy-authorization"];
    const [host, port] = (request.url ?? "").split(":");
    const upstream = connect({ host, port: Number(port) }, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    trackUpstream(upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  const proxy: ForwardProxy = {
    url: "",
    forwarded: 0,
    lastAuthorization: undefined,
    close: () => closeServer(proxyServer),
  };
  guard.url = await listen(guardServer);
  proxy.url = await listen(proxyServer);
  return { guard, proxy };
}

/** A JSON body with the header naming who answered, as each mechanism's handler returns it. */
export function answer(by: string): { status: number; body: string; headers: Record<string, string> } {
  return { status: 200, body: JSON.stringify({ answeredBy: by }), headers: { "content-type": "application/json", [ANSWERED_BY]: by } };
}
