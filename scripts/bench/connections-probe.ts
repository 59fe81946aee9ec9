// One connections case in a process of its own (so `ulimit -n` applies to it alone): many calls
// in flight to one origin, or POSTs spaced around a server's idle-close time. Prints one JSON line.
import { createPipedriveClient } from "../../src/pipedrive.js";

export interface ConnectionsProbe {
  mode: "in-flight" | "stale";
  calls: number;
  /** stale: the server's idle close, in ms; POSTs are spaced around it. */
  idleMs?: number;
  /** maxConnectionsPerOrigin for the client (undefined: its default; null: no cap). */
  cap?: number | null;
}

export interface ConnectionsResult {
  ok: number;
  failed: number;
  /** Failure messages with numbers and ports blanked, and how often each occurred. */
  failures: Record<string, number>;
}

const channel = { name: "Acme", provider_channel_id: "wa-1" };

function shape(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\d+/g, "N").slice(0, 200);
}

async function run(probe: ConnectionsProbe, baseUrl: string): Promise<ConnectionsResult> {
  const cap = probe.cap === undefined ? {} : { maxConnectionsPerOrigin: probe.cap ?? Number.POSITIVE_INFINITY };
  const client = createPipedriveClient({ token: "bench-token", baseUrl, timeoutMs: 60_000, ...cap });
  const result: ConnectionsResult = { ok: 0, failed: 0, failures: {} };
  const record = (outcome: PromiseSettledResult<unknown>): void => {
    if (outcome.status === "fulfilled") result.ok++;
    else {
      result.failed++;
      const key = shape(outcome.reason);
      result.failures[key] = (result.failures[key] ?? 0) + 1;
    }
  };
  if (probe.mode === "in-flight") {
    const calls = Array.from({ length: probe.calls }, () => client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }));
    for (const outcome of await Promise.allSettled(calls)) record(outcome);
    return result;
  }
  const idleMs = probe.idleMs ?? 20;
  for (let i = 0; i < probe.calls; i++) {
    await new Promise((resolve) => setTimeout(resolve, idleMs - 3 + Math.random() * 6));
    const [outcome] = await Promise.allSettled([client.POST("/v1/channels", { body: channel })]);
    if (outcome) record(outcome);
  }
  return result;
}

const probe = JSON.parse(process.env["CONNECTIONS_PROBE"] ?? "{}") as ConnectionsProbe;
const result = await run(probe, process.env["CONNECTIONS_PROBE_URL"] ?? "");
process.stdout.write(`${JSON.stringify(result)}\n`);
