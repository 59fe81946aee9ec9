// Peak memory for one large body read buffered, streamed, as an error body, and by undici's own
// request() (scripts/bench/memory.ts). Prints numbers; asserts nothing.
//   npm run bench:memory
import { benchMemory } from "./bench/memory.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";

export const command = {
  name: "npm run bench:memory --",
  summary:
    "Print the peak RSS of reading a large body each way (buffered, streamed, a 500's body, undici request()), each in a fresh process.",
  options: {
    mb: { type: "string", value: "N", description: "body size in MB (default: 200)" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const mb = Number(parsed.values.mb ?? 200);
  if (!Number.isInteger(mb) || mb < 1) throw new UsageError(`${command.name}: --mb takes a positive integer`);
  io.out(await benchMemory(mb * 2 ** 20));
  return 0;
});

runIfEntry(import.meta.url, main);
