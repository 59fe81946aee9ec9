// Peak memory of one 200 MB body read each way, every case in a fresh process (memory-probe.ts)
// against a local server in this one: buffered (arrayBuffer), streamed (parseAs "stream"), a 500
// whose body is 200 MB, and undici's own request() streaming the same body for reference.
import { fork } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { ProbeCase, ProbeResult } from "./memory-probe.js";

const PROBE = fileURLToPath(new URL("./memory-probe.ts", import.meta.url));
const CHUNK = Buffer.alloc(64 * 1024, "x");

/** Serves `bytes` of filler from one reused chunk, as a 200 (octet-stream) or, under /error, a 500 (HTML). */
function startBodyServer(bytes: number): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    const failing = request.url?.startsWith("/error") === true;
    response.writeHead(failing ? 500 : 200, {
      "content-type": failing ? "text/html" : "application/octet-stream",
      "content-length": String(bytes),
    });
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        const chunk = CHUNK.subarray(0, Math.min(CHUNK.byteLength, bytes - sent));
        sent += chunk.byteLength;
        if (!response.write(chunk)) {
          response.once("drain", pump);
          return;
        }
      }
      response.end();
    };
    pump();
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }));
  });
}

function runProbe(probe: ProbeCase, url: string): Promise<ProbeResult> {
  const child = fork(PROBE, {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "inherit", "ipc"],
    env: { ...process.env, MEMORY_PROBE: JSON.stringify(probe), MEMORY_PROBE_URL: url },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      const line = output.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as ProbeResult);
      else reject(new Error(`memory probe ${probe.name} exited ${code}: ${output}`));
    });
  });
}

export const MEMORY_CASES: readonly ProbeCase[] = [
  { name: "baseline: client loaded, nothing read", way: "idle", transport: "undici" },
  { name: "buffered, default limit", way: "buffered", transport: "undici" },
  { name: "buffered, maxResponseBytes 256 MiB", way: "buffered", transport: "undici", maxResponseBytes: 256 * 2 ** 20 },
  { name: "streamed (parseAs stream)", way: "streamed", transport: "undici" },
  { name: "500 with a body of that size", way: "error", transport: "undici" },
  { name: "fetch: buffered, maxResponseBytes 256 MiB", way: "buffered", transport: "fetch", maxResponseBytes: 256 * 2 ** 20 },
  { name: "fetch: streamed (parseAs stream)", way: "streamed", transport: "fetch" },
  { name: "fetch: 500 with a body of that size", way: "error", transport: "fetch" },
  { name: "undici request(), streamed (reference)", way: "undici-request", transport: "undici" },
];

/** One line per case: peak RSS, bytes read (or error body kept), outcome. */
export async function benchMemory(bodyBytes: number): Promise<string> {
  const lines = [`Peak RSS reading a ${Math.round(bodyBytes / 2 ** 20)} MB body (each case in a fresh process):`];
  const ok = await startBodyServer(bodyBytes);
  try {
    for (const probe of MEMORY_CASES) {
      const url = probe.way === "error" ? `${ok.url}/error` : ok.url;
      const result = await runProbe(probe, url);
      lines.push(
        `  ${probe.name.padEnd(44)} peak RSS ${result.peakRssMb.toFixed(0).padStart(5)} MB, ${String(result.bytes).padStart(10)} bytes kept, ${result.outcome}`,
      );
    }
  } finally {
    ok.server.closeAllConnections();
    ok.server.close();
  }
  return lines.join("\n");
}
