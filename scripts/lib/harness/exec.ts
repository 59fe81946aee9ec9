// Spawning a command with a bounded time and its whole output kept (gates that run a CLI).
import { spawn } from "node:child_process";

export interface Exec {
  code: number;
  output: string;
}

/** `timeoutMs: null` waits as long as the command runs (a step whose only deadline is the caller's). */
export function exec(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs: number | null = 180_000,
): Promise<Exec> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = timeoutMs === null ? undefined : setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
  });
}
