// Connections under pressure, against a local server in this process and a client in a child
// (connections-probe.ts): sockets opened by 5,000 calls in flight to one origin; the same under
// `ulimit -n 1024`, and how many calls fail (and how they say so); and POSTs spaced around a
// server's idle close (no Keep-Alive hint): how many fail on a stale keep-alive socket.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { fileURLToPath } from "node:url";
import type { ConnectionsProbe, ConnectionsResult } from "./connections-probe.js";

const PROBE = fileURLToPath(new URL("./connections-probe.ts", import.meta.url));

interface CountingServer {
  url: string;
  server: Server;
  stats: { connections: number; peak: number; requests: number };
}

/** Answers `{"success":true}` after `delayMs`; with `idleMs`, closes a keep-alive socket idle that long, without a hint. */
function startServer(delayMs: number, idleMs?: number): Promise<CountingServer> {
  const stats = { connections: 0, peak: 0, requests: 0 };
  const open = new Set<Socket>();
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      stats.requests++;
      setTimeout(() => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"success":true}');
      }, delayMs);
    });
  });
  server.keepAliveTimeout = 0;
  server.on("connection", (socket: Socket) => {
    stats.connections++;
    open.add(socket);
    stats.peak = Math.max(stats.peak, open.size);
    socket.on("close", () => open.delete(socket));
    if (idleMs === undefined) return;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const arm = (): void => {
      clearTimeout(idle);
      idle = setTimeout(() => socket.destroy(), idleMs);
    };
    arm();
    socket.on("data", () => clearTimeout(idle));
    socket.on("drain", arm);
    const onFinish = (): void => arm();
    server.on("request", (request, response) => {
      if (request.socket === socket) response.on("finish", onFinish);
    });
  });
  server.setMaxListeners(0);
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, stats }));
  });
}

function runProbe(probe: ConnectionsProbe, url: string, fileLimit?: number): Promise<ConnectionsResult> {
  const node = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(PROBE)}`;
  const command = fileLimit === undefined ? `exec ${node}` : `ulimit -n ${fileLimit} && exec ${node}`;
  const child = spawn("bash", ["-c", command], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, CONNECTIONS_PROBE: JSON.stringify(probe), CONNECTIONS_PROBE_URL: url },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      const line = output.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as ConnectionsResult);
      else reject(new Error(`connections probe exited ${code}: ${output}`));
    });
  });
}

function failures(result: ConnectionsResult): string[] {
  return Object.entries(result.failures)
    .sort((a, b) => b[1] - a[1])
    .map(([message, count]) => `      ${count} × ${message}`);
}

export async function benchConnections(calls: number, stalePosts: number): Promise<string> {
  const lines: string[] = [];
  const cases: { fileLimit?: number; cap?: null; label: string }[] = [
    { label: "" },
    { fileLimit: 1024, label: ", ulimit -n 1024" },
    { fileLimit: 1024, cap: null, label: ", ulimit -n 1024, maxConnectionsPerOrigin: Infinity (how EMFILE reads)" },
  ];
  for (const { fileLimit, cap, label } of cases) {
    const counting = await startServer(300);
    try {
      const result = await runProbe({ mode: "in-flight", calls, ...(cap === undefined ? {} : { cap }) }, counting.url, fileLimit);
      lines.push(
        `${calls} calls in flight to one origin${label}: ${counting.stats.connections} sockets opened (${counting.stats.peak} at once), ${result.ok} ok, ${result.failed} failed`,
        ...failures(result),
      );
    } finally {
      counting.server.closeAllConnections();
      counting.server.close();
    }
  }
  const idleMs = 20;
  const stale = await startServer(0, idleMs);
  try {
    const result = await runProbe({ mode: "stale", calls: stalePosts, idleMs }, stale.url);
    lines.push(
      `${stalePosts} POSTs spaced ${idleMs - 3}–${idleMs + 3} ms apart, server closing sockets idle ${idleMs} ms (no Keep-Alive hint): ${result.failed} failed (${((100 * result.failed) / stalePosts).toFixed(1)} %), server read ${stale.stats.requests} requests`,
      ...failures(result),
    );
  } finally {
    stale.server.closeAllConnections();
    stale.server.close();
  }
  return lines.join("\n");
}
