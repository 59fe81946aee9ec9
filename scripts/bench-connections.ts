// Connections under pressure (scripts/bench/connections.ts): sockets at 5,000 calls in flight,
// failures under `ulimit -n 1024`, and POSTs failing on stale keep-alive sockets. Prints numbers;
// asserts nothing.
//   npm run bench:connections
import { benchConnections } from "./bench/connections.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";

export const command = {
  name: "npm run bench:connections --",
  summary: "Print the sockets 5,000 calls in flight open, how many fail under ulimit -n 1024, and the stale-socket POST failure rate.",
  options: {
    calls: { type: "string", value: "N", description: "calls in flight (default: 5000)" },
    posts: { type: "string", value: "N", description: "POSTs against the idle-closing server (default: 1000)" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const calls = Number(parsed.values.calls ?? 5_000);
  const posts = Number(parsed.values.posts ?? 1_000);
  if (!Number.isInteger(calls) || calls < 1 || !Number.isInteger(posts) || posts < 1)
    throw new UsageError(`${command.name}: --calls and --posts take a positive integer`);
  io.out(await benchConnections(calls, posts));
  return 0;
});

runIfEntry(import.meta.url, main);
