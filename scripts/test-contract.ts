// `npm run test:contract`: the contract suite against the in-process mocks, then the coverage gate.
// `-- --shard i/n` runs one part of the suite (vitest's own file split); each part records its
// observations in a file of its own, and once all parts have run, `npm run coverage:gate -- --merge
// .contract-coverage/shards` (or the folder CI gathered the parts' files into) checks their union.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main as coverageGate } from "./check-coverage.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { shardObservedFile } from "./lib/gates/coverage.js";
import { repoRoot } from "./lib/spec/apis.js";

export const command = {
  name: "npm run test:contract --",
  summary: "Run the contract tests against the mocks, then the coverage gate (or one shard of the tests, without the gate).",
  options: {
    shard: {
      type: "string",
      value: "I/N",
      description: "run only part I of N of the test files (no gate: merge the parts with coverage:gate --merge)",
    },
    "report-dir": { type: "string", value: "DIR", description: "passed on to the coverage gate" },
  },
} as const;

/** `i/n` with 1 ≤ i ≤ n, as vitest's --shard takes it. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count)
    throw new UsageError(`${command.name}: --shard ${text}: expected I/N with 1 <= I <= N, e.g. 2/3`);
  return { index, count };
}

export const main = commandMain(command, async ({ values }, io): Promise<number> => {
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const vitest = [join(repoRoot, "node_modules", "vitest", "vitest.mjs"), "run", "--project", "contract"];
  if (shard) vitest.push("--shard", `${shard.index}/${shard.count}`);
  const run = spawnSync(process.execPath, vitest, { cwd: repoRoot, stdio: "inherit" });
  if (run.status !== 0) return run.status ?? 1;
  if (shard) {
    io.out(
      `part ${shard.index}/${shard.count} recorded in ${shardObservedFile(shard.index, shard.count)}; once every part has run: npm run coverage:gate -- --merge .contract-coverage/shards`,
    );
    return 0;
  }
  return coverageGate(values["report-dir"] ? ["--report-dir", values["report-dir"]] : [], io);
});

runIfEntry(import.meta.url, main);
