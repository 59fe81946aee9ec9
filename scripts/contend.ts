// `npm run test:contended`: a command (default `npm test`) with CPU-bound processes running beside
// it, as on a shared CI runner, to show that no test's verdict depends on how busy the machine is.
// The busy processes are always stopped: when the command ends, on Ctrl-C/SIGTERM, and, should
// this process be killed outright, by themselves once they are re-parented.
//   tsx scripts/contend.ts [--hogs N] [-- COMMAND ARG...]
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { commandMain, runIfEntry, UsageError, withCommandAfterDashes, type Io, type Main } from "./lib/cli/args.js";

export const command = {
  name: "tsx scripts/contend.ts",
  summary: "Run a command (default: npm test) with CPU-bound processes beside it; exit with its code.",
  options: {
    hogs: { type: "string", value: "N", description: "CPU-bound processes to run beside it (default: 2)" },
  },
  positionals: { name: "-- COMMAND", description: "the command to run under contention (default: npm test)" },
} as const;

/** Spins until its parent is gone (checked every few million turns, so it stays CPU-bound). */
const HOG = "const parent = process.ppid; for (let i = 0; ; i++) if (i % 5e6 === 0 && process.ppid !== parent) process.exit(0);";

export function startHogs(count: number): { pids: number[]; stop(): void } {
  const hogs: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, ["-e", HOG], { stdio: "ignore" }));
  return {
    pids: hogs.map((hog) => hog.pid ?? -1),
    stop: () => {
      for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill("SIGKILL");
    },
  };
}

function hogCount(text: string | undefined): number {
  if (text === undefined) return 2;
  const count = Number(text);
  if (!/^\d+$/.test(text) || count > 64) throw new UsageError(`${command.name}: --hogs "${text}" is not a count (0-64)`);
  return count;
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

const parse = commandMain(command, async (parsed, io: Io, foreground: readonly string[]): Promise<number> => {
  if (parsed.positionals.length > 0) throw new UsageError(`${command.name}: put the command after --`);
  const count = hogCount(parsed.values.hogs);
  const [program = "npm", ...args] = foreground.length > 0 ? foreground : ["npm", "test"];
  const hogs = startHogs(count);
  let running: ChildProcess | undefined;
  const stopOnSignal = (signal: NodeJS.Signals): void => {
    running?.kill(signal); // the command goes too, not only the busy processes
    hogs.stop();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  io.out(`contend: ${count} CPU-bound processes (pids ${hogs.pids.join(", ")}) beside: ${[program, ...args].join(" ")}`);
  io.out(`contend: load average before: ${load()}`);
  const started = performance.now();
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(program, args, { stdio: "inherit" });
      running = child;
      child.on("error", (error) => {
        io.err(`${program}: ${error.message}`);
        resolve(1);
      });
      child.on("close", (exit) => resolve(exit ?? 1));
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.out(`contend: ${[program, ...args].join(" ")} ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds} s`);
    io.out(`contend: load average after: ${load()}`);
    return code;
  } finally {
    hogs.stop();
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
  }
});

export const main: Main = withCommandAfterDashes(parse);

runIfEntry(import.meta.url, main);
