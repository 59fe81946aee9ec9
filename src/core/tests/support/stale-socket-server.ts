// A keep-alive HTTP/1.1 server on raw sockets that treats idle connections the way servers
// behind load balancers do: it closes them without a `Keep-Alive: timeout` hint, so the client
// cannot know. `idleMs` closes an idle socket after that long (the race is real and timing-
// dependent); `resetRequest` decides, per request, to reset the socket instead of handling it
// (the same race made deterministic: the request reaches a socket its server has already let
// go of, and the kernel answers with a reset). Answers `200 {"id": <x-request-id>}`.
import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export interface StaleSocketServer {
  url: string;
  /** Request ids the server read and answered, in order (a resent POST appears twice). */
  answered: string[];
  /** Request ids reset unhandled, in order. */
  resetIds: string[];
  connections: number;
  close(): Promise<void>;
}

export interface StaleSocketOptions {
  idleMs?: number;
  resetRequest?: () => boolean;
}

const HEAD_END = "\r\n\r\n";

export async function startStaleSocketServer(options: StaleSocketOptions): Promise<StaleSocketServer> {
  const sockets = new Set<Socket>();
  const state: Omit<StaleSocketServer, "url" | "close"> = { answered: [], resetIds: [], connections: 0 };
  const server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let pending = Buffer.alloc(0);
    let idle: ReturnType<typeof setTimeout> | undefined;
    const armIdle = (): void => {
      if (options.idleMs !== undefined) idle = setTimeout(() => socket.destroy(), options.idleMs);
    };
    socket.on("data", (chunk: Buffer) => {
      clearTimeout(idle);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const text = pending.toString("latin1");
        const end = text.indexOf(HEAD_END);
        if (end < 0) return;
        const head = text.slice(0, end).toLowerCase();
        const length = Number(/\r\ncontent-length:\s*(\d+)/.exec(head)?.[1] ?? 0);
        if (pending.length < end + HEAD_END.length + length) return;
        const id = /\r\nx-request-id:\s*([^\r]*)/.exec(head)?.[1] ?? "";
        pending = pending.subarray(end + HEAD_END.length + length);
        if (options.resetRequest?.()) {
          state.resetIds.push(id);
          socket.resetAndDestroy();
          return;
        }
        state.answered.push(id);
        const body = JSON.stringify({ id });
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        if (pending.length === 0) armIdle();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
}
