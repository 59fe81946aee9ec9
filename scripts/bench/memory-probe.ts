// One memory case, in a process of its own so its peak RSS is its own: a 200 MB body from the
// parent's local server read one way (see memory.ts). Prints one JSON line and exits.
import { request } from "undici";
import { createBotpressClient } from "../../src/botpress.js";
import type { FetchLike } from "../../src/core/index.js";

export interface ProbeCase {
  name: string;
  way: "idle" | "buffered" | "streamed" | "error" | "undici-request";
  transport: "undici" | "fetch";
  /** maxResponseBytes for the call; undefined: the client's default. */
  maxResponseBytes?: number;
}

export interface ProbeResult {
  bytes: number;
  peakRssMb: number;
  outcome: string;
}

const params = { path: { id: "file_1" } };

async function drain(stream: AsyncIterable<Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) bytes += chunk.byteLength;
  return bytes;
}

async function run(probe: ProbeCase, baseUrl: string): Promise<{ bytes: number; outcome: string }> {
  if (probe.way === "idle") return { bytes: 0, outcome: "nothing read (the process's own footprint)" };
  if (probe.way === "undici-request") {
    const { body } = await request(`${baseUrl}/v1/storage/files/file_1/download`);
    return { bytes: await drain(body), outcome: "ok" };
  }
  const fetchOption: { fetch?: FetchLike } = probe.transport === "fetch" ? { fetch: (r) => globalThis.fetch(r) } : {};
  const client = createBotpressClient({ token: "bench-token", botId: "bot_1", baseUrl, retry: false, ...fetchOption });
  const limit = probe.maxResponseBytes === undefined ? {} : { maxResponseBytes: probe.maxResponseBytes };
  const path = "/v1/storage/files/{id}/download";
  try {
    if (probe.way === "streamed") {
      const { data } = await client.GET(path, { params, parseAs: "stream", ...limit });
      return { bytes: await drain(data as unknown as AsyncIterable<Uint8Array>), outcome: "ok" };
    }
    const { data } = await client.GET(path, { params, parseAs: "arrayBuffer", ...limit });
    return { bytes: data.byteLength, outcome: "ok" };
  } catch (error) {
    const kind = (error as { kind?: string }).kind ?? "foreign";
    const body = (error as { body?: unknown }).body;
    return { bytes: typeof body === "string" ? body.length : 0, outcome: `${kind}: ${(error as Error).message.slice(0, 120)}` };
  }
}

const probe = JSON.parse(process.env["MEMORY_PROBE"] ?? "{}") as ProbeCase;
const baseUrl = process.env["MEMORY_PROBE_URL"] ?? "";
const { bytes, outcome } = await run(probe, baseUrl);
const result: ProbeResult = { bytes, peakRssMb: process.resourceUsage().maxRSS / 1024, outcome };
process.stdout.write(`${JSON.stringify(result)}\n`);
