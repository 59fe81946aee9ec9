// `npm test`: the test run in the foreground (its output live) with npm scripts beside it (their
// output printed whole once they end). The test run leaves part of a core idle; lint and tsc fill it,
// so `npm test` takes the test run's time instead of the sum. Exit 1 when anything failed.
//   tsx scripts/run-beside.ts lint typecheck -- vitest run
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { commandMain, runIfEntry, UsageError, withCommandAfterDashes, type Io, type Main } from "./lib/cli/args.js";
import { exec } from "./lib/harness/exec.js";

export const command = {
  name: "tsx scripts/run-beside.ts",
  summary: "Run a command in the foreground and npm scripts beside it; fail if any failed.",
  options: {
    dir: { type: "string", value: "DIR", description: "where to run (its package.json's scripts; default: the current directory)" },
  },
  positionals: { name: "SCRIPT... -- COMMAND", description: "npm scripts to run beside; after --, the foreground command" },
} as const;

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** The foreground command, its output shown as it comes; resolves with its exit code. */
function runInForeground(command: string, args: readonly string[], cwd: string, io: Io): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: "inherit" });
    child.on("error", (error) => {
      io.err(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** An npm script beside it: its output kept whole (the gates' `exec`), and timed. */
async function runBeside(script: string, cwd: string): Promise<{ script: string; code: number; output: string; seconds: number }> {
  const started = performance.now();
  // No deadline: on a busy machine tsc can take minutes, which is slow, not failed.
  const { code, output } = await exec(cwd, npm, ["run", "--silent", script], {}, null);
  return { script, code, output: output.trimEnd(), seconds: (performance.now() - started) / 1000 };
}

const parse = commandMain(command, async (parsed, io, foreground: readonly string[]): Promise<number> => {
  const scripts = parsed.positionals;
  const [program, ...args] = foreground;
  if (scripts.length === 0 || !program) throw new UsageError(`${command.name}: usage: SCRIPT... -- COMMAND [ARG...]`);
  const cwd = parsed.values.dir ?? process.cwd();
  const beside = scripts.map((script) => runBeside(script, cwd));
  const front = await runInForeground(program, args, cwd, io);
  const failed = front === 0 ? [] : [foreground.join(" ")];
  for (const ended of await Promise.all(beside)) {
    io.out(`> npm run ${ended.script} (${ended.code === 0 ? "passed" : `FAILED, exit ${ended.code}`}, ${ended.seconds.toFixed(1)} s)`);
    if (ended.output) io.out(ended.output);
    if (ended.code !== 0) failed.push(`npm run ${ended.script}`);
  }
  if (failed.length > 0) io.err(`failed: ${failed.join(", ")}`);
  return failed.length === 0 ? 0 : 1;
});

export const main: Main = withCommandAfterDashes(parse);

runIfEntry(import.meta.url, main);
