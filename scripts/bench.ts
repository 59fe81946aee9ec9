// Benchmarks that print numbers (not timed tests): how long `generate --watch` takes from a spec
// save to the regenerated file, and what a client call costs next to undici, fetch, stock
// openapi-fetch and the vendors' official SDKs (scripts/bench/clients.ts).
//   npm run bench
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { benchClients } from "./bench/clients.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { createSandbox, tsxArgs } from "./lib/harness/sandbox.js";
import { formatBundleTable, measureBundles } from "./package/bundle.js";
import { formatColdImports, measureColdImports } from "./package/cold-imports.js";

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
      sandbox.edit("specs/patchworks.yaml", (t: string) =>
        t.replace(/Payload format the callback accepts[^\n]*/, `Payload format the callback accepts (bench ${i})`),
      );
      await waitFor("patchworks: wrote", from);
      samples.push(performance.now() - started);
    }
    return samples;
  } finally {
    child.kill("SIGTERM");
    sandbox.dispose();
  }
}

export const command = {
  name: "npm run bench --",
  summary:
    "Print the watch latency (spec saved → types written), bundle sizes and cold imports, and each client's cost next to undici, fetch, stock openapi-fetch and the official SDKs.",
  options: {
    rounds: { type: "string", value: "N", description: "spec saves to time (default: 10)" },
    calls: { type: "string", value: "N", description: "calls per contender at 64 in flight (default: 10000; sequential: a fifth of it)" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const rounds = Number(parsed.values.rounds ?? 10);
  const calls = Number(parsed.values.calls ?? 10_000);
  if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(calls) || calls < 1)
    throw new UsageError(`${command.name}: --rounds and --calls take a positive integer`);
  const watch = await watchLatency(rounds);
  io.out(summary("generate --watch, spec saved → generated file written", watch, "ms"));
  io.out("");
  io.out("Browser bundles (esbuild, minified; gzip -9), this package's clients next to stock openapi-fetch and the official SDKs:");
  io.out(formatBundleTable(await measureBundles({ comparisons: true })));
  io.out("");
  io.out("Cold import in a fresh node process (median of 5):");
  io.out(formatColdImports(await measureColdImports()));
  io.out("");
  io.out(await benchClients({ sequentialCalls: Math.max(1, Math.round(calls / 5)), parallelCalls: calls, heapCalls: 100_000 }));
  return 0;
});

runIfEntry(import.meta.url, main);
