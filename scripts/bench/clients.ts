// Per-call cost of this client against the alternatives, in one run, against one server in a
// separate process: undici Pool.request (the practical limit), global fetch, stock
// openapi-fetch, this client on each transport, the vendor's official SDK, and this client while
// MSW listens (as in an application's tests). Prints numbers
// (median sequential latency, throughput at 64 in flight, CPU per call, heap after 100k calls);
// it asserts nothing: the machine is shared and noisy, so read the ratios.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Client as BotpressSdk } from "@botpress/client";
import createOpenApiFetch from "openapi-fetch";
import { v1 as pipedriveSdk } from "pipedrive";
import { Pool } from "undici";
import type { paths as BotpressPaths } from "../../generated/botpress.js";
import type { paths as PipedrivePaths } from "../../generated/pipedrive.js";
import { createBotpressClient } from "../../src/botpress.js";
import { createPipedriveClient } from "../../src/pipedrive.js";
import { collectGarbage } from "./gc.js";

type Call = () => Promise<unknown>;
interface Contender {
  name: string;
  call: Call;
  /** Runs the measurement inside this (a patch active only while this contender is measured). */
  during?: <T>(work: () => Promise<T>) => Promise<T>;
}
export interface Measurement {
  name: string;
  medianUs: number;
  perSecond: number;
  cpuUsPerCall: number;
}

const SERVER = fileURLToPath(new URL("./server.ts", import.meta.url));

export async function startBenchServer(): Promise<{ url: string; stop(): void }> {
  const child = fork(SERVER, { execArgv: ["--import", "tsx"], stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`bench server exited (${code}) before listening`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

async function sequentialMedianUs(call: Call, calls: number): Promise<number> {
  // Enough calls for every contender's code to be optimised before timing starts.
  for (let i = 0; i < 3_000; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await call();
    samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

/** Calls per second with `inFlight` lanes, and the client process's CPU per call. */
async function throughput(call: Call, calls: number, inFlight: number): Promise<{ perSecond: number; cpuUsPerCall: number }> {
  let started = 0;
  const lane = async (): Promise<void> => {
    while (started < calls) {
      started++;
      await call();
    }
  };
  const cpu = process.cpuUsage();
  const at = performance.now();
  await Promise.all(Array.from({ length: inFlight }, lane));
  const seconds = (performance.now() - at) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: calls / seconds, cpuUsPerCall: (used.user + used.system) / calls };
}

async function measure(contender: Contender, sequentialCalls: number, parallelCalls: number): Promise<Measurement> {
  const run = async (): Promise<Measurement> => {
    collectGarbage();
    const medianUs = await sequentialMedianUs(contender.call, sequentialCalls);
    const { perSecond, cpuUsPerCall } = await throughput(contender.call, parallelCalls, 64);
    return { name: contender.name, medianUs, perSecond, cpuUsPerCall };
  };
  return contender.during ? contender.during(run) : run();
}

/**
 * MSW's setupServer listening with no handler for the bench's requests: what an application's
 * test suite runs with. It patches globalThis.fetch, so the client sends through fetch and MSW
 * passes each request on to the server.
 */
async function withMswListening<T>(work: () => Promise<T>): Promise<T> {
  const { setupServer } = await import("msw/node");
  const server = setupServer();
  server.listen({ onUnhandledRequest: "bypass" });
  try {
    return await work();
  } finally {
    server.close();
  }
}

const TOKEN = "bench-token";
const channelBody = { name: "Acme WhatsApp", provider_channel_id: "wa-5551234" };

function pipedriveContenders(url: string, pool: Pool): Contender[] {
  const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
  const body = JSON.stringify(channelBody);
  const stock = createOpenApiFetch<PipedrivePaths>({ baseUrl: url, headers: { Authorization: `Bearer ${TOKEN}` } });
  const onUndici = createPipedriveClient({ token: TOKEN, baseUrl: url });
  const onFetch = createPipedriveClient({ token: TOKEN, baseUrl: url, fetch: (request) => globalThis.fetch(request) });
  const sdk = new pipedriveSdk.ChannelsApi(new pipedriveSdk.Configuration({ accessToken: TOKEN, basePath: `${url}/v1` }));
  return [
    {
      name: "undici Pool.request",
      call: async () => (await pool.request({ path: "/v1/channels", method: "POST", headers, body })).body.json(),
    },
    { name: "global fetch", call: async () => (await fetch(`${url}/v1/channels`, { method: "POST", headers, body })).json() },
    { name: "stock openapi-fetch", call: () => stock.POST("/v1/channels", { body: channelBody }) },
    { name: "this client (undici)", call: () => onUndici.POST("/v1/channels", { body: channelBody }) },
    { name: "this client (fetch)", call: () => onFetch.POST("/v1/channels", { body: channelBody }) },
    { name: "official SDK (pipedrive v1.ChannelsApi)", call: () => sdk.addChannel({ AddChannelRequest: channelBody }) },
    {
      name: "this client, MSW listening (passthrough)",
      call: () => onUndici.POST("/v1/channels", { body: channelBody }),
      during: withMswListening,
    },
  ];
}

function botpressContenders(url: string, pool: Pool): Contender[] {
  const headers = { authorization: `Bearer ${TOKEN}`, "x-bot-id": "bot_1" };
  const path = "/v1/chat/conversations/conv_1";
  const stock = createOpenApiFetch<BotpressPaths>({ baseUrl: url, headers: { Authorization: `Bearer ${TOKEN}` } });
  const onUndici = createBotpressClient({ token: TOKEN, botId: "bot_1", baseUrl: url });
  const onFetch = createBotpressClient({ token: TOKEN, botId: "bot_1", baseUrl: url, fetch: (request) => globalThis.fetch(request) });
  const sdk = new BotpressSdk({ token: TOKEN, botId: "bot_1", apiUrl: url });
  const params = { params: { path: { id: "conv_1" } } };
  return [
    { name: "undici Pool.request", call: async () => (await pool.request({ path, method: "GET", headers })).body.json() },
    { name: "global fetch", call: async () => (await fetch(`${url}${path}`, { headers })).json() },
    {
      name: "stock openapi-fetch",
      call: () => stock.GET("/v1/chat/conversations/{id}", { params: { path: { id: "conv_1" }, header: { "x-bot-id": "bot_1" } } }),
    },
    { name: "this client (undici)", call: () => onUndici.GET("/v1/chat/conversations/{id}", params) },
    { name: "this client (fetch)", call: () => onFetch.GET("/v1/chat/conversations/{id}", params) },
    { name: "official SDK (@botpress/client)", call: () => sdk.getConversation({ id: "conv_1" }) },
    {
      name: "this client, MSW listening (passthrough)",
      call: () => onUndici.GET("/v1/chat/conversations/{id}", params),
      during: withMswListening,
    },
  ];
}

function table(title: string, rows: Measurement[]): string {
  const limit = rows.find((row) => row.name.startsWith("undici"));
  const sdk = rows.find((row) => row.name.startsWith("official"));
  const lines = [
    title,
    "| contender | sequential median µs | × Pool.request | req/s at 64 in flight | × official SDK | CPU µs/call |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const latencyRatio = limit ? (row.medianUs / limit.medianUs).toFixed(2) : "–";
    const speedRatio = sdk ? (row.perSecond / sdk.perSecond).toFixed(2) : "–";
    lines.push(
      `| ${row.name} | ${row.medianUs.toFixed(0)} | ${latencyRatio} | ${Math.round(row.perSecond)} | ${speedRatio} | ${row.cpuUsPerCall.toFixed(0)} |`,
    );
  }
  return lines.join("\n");
}

/** Heap used (after a full GC) at a few points over `calls` calls of this client, in MB. */
async function heapOverCalls(call: Call, calls: number): Promise<string> {
  const points: string[] = [];
  const step = calls / 4;
  for (let done = 0; done <= calls; done += step) {
    if (done > 0) await throughput(call, step, 64);
    collectGarbage();
    points.push(`${done / 1000}k: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB`);
  }
  return points.join(", ");
}

export async function benchClients(options: { sequentialCalls: number; parallelCalls: number; heapCalls: number }): Promise<string> {
  const server = await startBenchServer();
  const pool = new Pool(server.url);
  const out: string[] = [];
  try {
    // The server's own JIT warms up on the first few thousand requests; without this the first
    // contender measured would pay for it.
    for (const contender of [...pipedriveContenders(server.url, pool).slice(0, 1), ...botpressContenders(server.url, pool).slice(0, 1)]) {
      await throughput(contender.call, 5_000, 16);
    }
    const pipedrive: Measurement[] = [];
    for (const contender of pipedriveContenders(server.url, pool))
      pipedrive.push(await measure(contender, options.sequentialCalls, options.parallelCalls));
    out.push(table("Pipedrive addChannel (POST /v1/channels)", pipedrive));
    const botpress: Measurement[] = [];
    for (const contender of botpressContenders(server.url, pool))
      botpress.push(await measure(contender, options.sequentialCalls, options.parallelCalls));
    out.push(table("Botpress getConversation (GET /v1/chat/conversations/{id})", botpress));
    const client = createPipedriveClient({ token: TOKEN, baseUrl: server.url });
    out.push(
      `heap over ${options.heapCalls / 1000}k calls of this client (undici, Pipedrive addChannel): ${await heapOverCalls(() => client.POST("/v1/channels", { body: channelBody }), options.heapCalls)}`,
    );
  } finally {
    await pool.close();
    server.stop();
  }
  return out.join("\n\n");
}
