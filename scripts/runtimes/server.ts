// The scripted HTTP server every runtime of the matrix talks to: Node http on 127.0.0.1, a free
// port, CORS headers for the browser, and fixed answers for the smoke scenarios (see
// scenarios.ts). `/hang/…` never answers; its sockets are destroyed when the server stops.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { FIXTURE } from "./fixture.js";

export interface Asset {
  contentType: string;
  body: string | Uint8Array;
}

export interface ScriptedServer {
  origin: string;
  /** Requests seen, as `METHOD /path` (for diagnostics). */
  requests: string[];
  close(): Promise<void>;
}

function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "authorization, content-type",
    "access-control-expose-headers": "*",
    "access-control-max-age": "600",
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1024 * 1024) request.destroy(new Error("request body over 1 MiB"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function conversation(index: number): Record<string, unknown> {
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
  return { id, title: `Conversation ${index}`, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };
}

async function answer(request: IncomingMessage, url: URL): Promise<{ status: number; body?: unknown } | "hang"> {
  const route = `${request.method ?? "GET"} ${url.pathname}`;
  const auth = request.headers.authorization ?? "";
  if (url.pathname.startsWith("/hang/")) return "hang";
  switch (route) {
    case "POST /pipedrive/v1/channels": {
      if (auth !== `Bearer ${FIXTURE.pipedriveToken}`) return { status: 401, body: { success: false, error: "Unauthorized" } };
      const body = parseJson(await readBody(request));
      return {
        status: 200,
        body: { success: true, data: { id: FIXTURE.channelId, name: body.name, provider_channel_id: body.provider_channel_id } },
      };
    }
    case "DELETE /pipedrive/v1/channels/missing":
      return { status: 404, body: { success: false, error: FIXTURE.notFoundMessage, errorCode: 404 } };
    case "GET /dynamiq/v1/conversations": {
      if (auth !== `Bearer ${FIXTURE.dynamiqToken}`) return { status: 401, body: { error: { code: "unauthorized", message: "no key" } } };
      const page = Number(url.searchParams.get("page") ?? "1");
      const size = FIXTURE.pageSize;
      const total = FIXTURE.conversationCount;
      const pageCount = Math.ceil(total / size);
      const data = [];
      for (let index = (page - 1) * size + 1; index <= Math.min(page * size, total); index += 1) data.push(conversation(index));
      return { status: 200, body: { data, pagination: { page, page_size: size, page_count: pageCount, total_count: total } } };
    }
    case "POST /pipedream/oauth/token": {
      const body = parseJson(await readBody(request));
      const ok =
        body.grant_type === "client_credentials" &&
        body.client_id === FIXTURE.pipedreamClientId &&
        body.client_secret === FIXTURE.pipedreamClientSecret;
      if (!ok) return { status: 401, body: { error: "invalid_client" } };
      return { status: 200, body: { access_token: FIXTURE.pipedreamAccessToken, token_type: "Bearer", expires_in: 3600 } };
    }
    case "GET /pipedream/users/me":
      if (auth !== `Bearer ${FIXTURE.pipedreamAccessToken}`) return { status: 401, body: { error: "bad bearer" } };
      return { status: 200, body: { data: { id: "u_abc123", username: FIXTURE.username, email: "ada@example.com" } } };
    case "GET /pipedream/apps/app_leak":
      // An upstream that echoes the caller's credentials: the client must redact them.
      return { status: 403, body: { error: `forbidden for ${auth} (client_secret=${FIXTURE.pipedreamClientSecret})` } };
    default:
      return { status: 404, body: { error: `the scripted server has no route ${route}` } };
  }
}

/** Starts the server on 127.0.0.1 and a free port; `assets` are served verbatim by path. */
export async function startScriptedServer(assets: ReadonlyMap<string, Asset> = new Map()): Promise<ScriptedServer> {
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push(`${request.method ?? "GET"} ${url.pathname}`);
    const cors = corsHeaders(request);
    if (request.method === "OPTIONS") {
      response.writeHead(204, cors).end();
      return;
    }
    const asset = assets.get(url.pathname);
    if (asset) {
      response.writeHead(200, { ...cors, "content-type": asset.contentType, "cache-control": "no-store" }).end(asset.body);
      return;
    }
    answer(request, url).then(
      (result) => {
        if (result === "hang") return; // never answer; the socket is destroyed on close()
        response.writeHead(result.status, { ...cors, "content-type": "application/json", "x-request-id": "req-1" });
        response.end(result.body === undefined ? undefined : JSON.stringify(result.body));
      },
      (error: unknown) => {
        response.writeHead(500, { ...cors, "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
      },
    );
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
