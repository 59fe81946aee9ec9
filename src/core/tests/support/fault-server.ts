// A scriptable node:http server on 127.0.0.1 for the core's fault-injection tests: each test
// says how the next requests are answered (or not answered) and reads back what arrived.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface ReceivedRequest {
  method: string;
  /** Path and query exactly as they arrived (still percent-encoded). */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

export type FaultHandler = (request: ReceivedRequest, response: ServerResponse, attempt: number) => void;

export interface FaultServer {
  url: string;
  received: ReceivedRequest[];
  /** Answers the next requests with these handlers in turn; the last one repeats. */
  script(...handlers: FaultHandler[]): void;
  /** Destroys every open connection (e.g. the ones a never-answering handler holds). */
  dropConnections(): void;
  /** Most connections open at once since the last script() (client sockets, seen from the server). */
  peakConnections(): number;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  let handlers: FaultHandler[] = [json(200, {})];
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  // Connections opened since the last script(), to measure how many a test's calls hold at once.
  const opened = new Set<Socket>();
  let peak = 0;
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? "GET",
        url: incoming.url ?? "/",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      received.push(request);
      const attempt = received.length;
      const handler = handlers[Math.min(attempt - 1, handlers.length - 1)] ?? json(200, {});
      handler(request, response, attempt);
    });
  });
  // Never close an idle keep-alive connection from this side: on a busy machine the client can
  // reuse one at the moment the server drops it, and see a reset no test planted.
  server.keepAliveTimeout = 0;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    opened.add(socket);
    peak = Math.max(peak, opened.size);
    socket.on("close", () => {
      sockets.delete(socket);
      opened.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script(...next) {
      handlers = next;
      received.length = 0;
      opened.clear();
      peak = 0;
    },
    peakConnections: () => peak,
    dropConnections() {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// Handlers

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FaultHandler {
  return (_request, response) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };
}

export function raw(status: number, body: string, headers: Record<string, string>): FaultHandler {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

/** Drops the TCP connection without an answer (ECONNRESET on the client). */
export const reset: FaultHandler = (_request, response) => {
  response.socket?.destroy();
};

/** Never answers; the connection stays open until the client gives up or the server closes. */
export const hang: FaultHandler = () => {};

/** Answers with `handler` after `ms`. */
export function delayed(ms: number, handler: FaultHandler): FaultHandler {
  return (request, response, attempt) => void setTimeout(() => handler(request, response, attempt), ms);
}

/** Sends headers and half a body, then stalls. */
export const stallMidBody: FaultHandler = (_request, response) => {
  response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
  response.write('{"data": [');
};

/** Answers each request with a body computed from its query string (for pagination tests). */
export function pagedServer(respond: (query: URLSearchParams) => unknown): FaultHandler {
  return (request, response) => {
    const query = new URL(request.url, "http://fault.invalid").searchParams;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(respond(query)));
  };
}

/**
 * Sends `status` with a body of `bytes` filler bytes in 64 KiB chunks, honouring backpressure and
 * stopping when the client goes away (a client that stops at its limit costs the server nothing).
 * `declare`: send content-length (else chunked).
 */
export function hugeBody(status: number, bytes: number, declare = false): FaultHandler {
  const chunk = Buffer.alloc(64 * 1024, "x");
  return (_request, response) => {
    response.writeHead(status, { "content-type": "application/octet-stream", ...(declare ? { "content-length": String(bytes) } : {}) });
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes && !response.destroyed) {
        const next = chunk.subarray(0, Math.min(chunk.byteLength, bytes - sent));
        sent += next.byteLength;
        if (!response.write(next)) {
          response.once("drain", pump);
          return;
        }
      }
      if (!response.destroyed) response.end();
    };
    pump();
  };
}

/** Sends headers and `chunks` pieces of `text`, one every `everyMs`, then ends (a slow but healthy stream). */
export function trickle(text: string, chunks: number, everyMs: number): FaultHandler {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "application/octet-stream" });
    let sent = 0;
    const next = (): void => {
      if (response.destroyed) return;
      if (sent === chunks) {
        response.end();
        return;
      }
      sent++;
      response.write(text);
      setTimeout(next, everyMs);
    };
    next();
  };
}
