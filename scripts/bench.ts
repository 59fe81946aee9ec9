// Benchmarks that print numbers (not timed tests): how long `generate --watch` takes from a spec
// save to the regenerated file, and one client call's overhead over plain fetch.
//   npm run bench
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createPipedriveClient } from "../src/pipedrive.js";
import { parseCommandLine, runIfEntry, UsageError, type Io } from "./lib/cli/args.js";
import { createSandbox, tsxArgs } from "./lib/harness/sandbox.js";

function summary(label: string, samples: number[], unit: string): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `${label}: median ${at(0.5).toFixed(1)} ${unit}, p90 ${at(0.9).toFixed(1)} ${unit}, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ${unit} (n=${samples.length})`;
}

async function watchLatency(rounds: number): Promise<number[]> {
  const sandbox = createSandbox("bench-");
  const [node, args] = tsxArgs("scripts/generate.ts", "--watch");
  const child = spawn(node, args, { cwd: sandbox.root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const waitFor = async (text: string, from: number): Promise<void> => {
    while (!output.slice(from).includes(text)) await new Promise((r) => setTimeout(r, 2));
  };
  try {
    await waitFor("watching", 0);
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const from = output.length;
      const started = performance.now();
      sandbox.edit("specs/patchworks.yaml", (t: string) => t.replace(/Payload format the callback accepts[^\n]*/, `Payload format the callback accepts (bench ${i})`));
      await waitFor("patchworks: wrote", from);
      samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    child.kill("SIGTERM");
    sandbox.dispose();
  }
}

async function callOverhead(calls: number): Promise<{ client: number[]; plain: number[] }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end('{"success":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createPipedriveClient({ token: "bench", baseUrl: url });
  const viaClient: number[] = [];
  const plain: number[] = [];
  try {
    for (let i = 0; i < calls; i++) {
      let started = performance.now();
      await client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } });
      viaClient.push((performance.now() - started) * 1000);
      started = performance.now();
      const response = await fetch(`${url}/v1/channels/wa-1`, { method: "DELETE", headers: { authorization: "Bearer bench" } });
      await response.json();
      plain.push((performance.now() - started) * 1000);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return { client: viaClient.slice(100), plain: plain.slice(100) };
}

export const command = {
  name: "npm run bench --",
  summary: "Print the watch latency (spec saved → types written) and a client call's cost over plain fetch.",
  options: {
    rounds: { type: "string", value: "N", description: "spec saves to time (default: 10)" },
    calls: { type: "string", value: "N", description: "calls to time, after 100 warm-up calls (default: 1000)" },
  },
} as const;

export async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandLine(command, argv);
  if ("help" in parsed) {
    io.out(parsed.help);
    return 0;
  }
  const rounds = Number(parsed.values.rounds ?? 10);
  const calls = Number(parsed.values.calls ?? 1_000);
  if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(calls) || calls < 1) throw new UsageError(`${command.name}: --rounds and --calls take a positive integer`);
  const watch = await watchLatency(rounds);
  io.out(summary("generate --watch, spec saved → generated file written", watch, "ms"));
  const { client, plain } = await callOverhead(calls + 100);
  io.out(summary("client call (loopback, keep-alive)", client, "µs"));
  io.out(summary("plain fetch (same server)", plain, "µs"));
  return 0;
}

runIfEntry(import.meta.url, main);
