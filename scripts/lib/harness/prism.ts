// Starts and stops the Prism CLI (mock or validating proxy) as a child process on 127.0.0.1 and a free port.
// Only `npm run contract:live` (proxy mode) needs it now; the mocks run in-process (src/mock).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./prism-child.cjs", import.meta.url));
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
const running = new Set<ChildProcess>();

// Last line of defence if a caller forgets stop(): the IPC channel also ends the child.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export interface PrismServer {
  url: string;
  pid: number;
  /** Everything Prism printed so far (for error reports). */
  output(): string;
  stop(): Promise<void>;
}

export type PrismMode = { mode: "mock" } | { mode: "proxy"; upstream: string; errors?: boolean };

export async function startPrism(
  specPath: string,
  mode: PrismMode = { mode: "mock" },
  port = 0,
  // Ready in about a second on a quiet machine; the bound is only against one that never starts.
  startTimeoutMs = 180_000,
): Promise<PrismServer> {
  const listen = ["-h", "127.0.0.1", "-p", String(port)];
  const args =
    mode.mode === "mock"
      ? ["mock", ...listen, specPath]
      : ["proxy", ...listen, ...(mode.errors ? ["--errors"] : []), specPath, mode.upstream];
  const child = spawn(process.execPath, [CHILD, ...args], {
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  running.add(child);
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => running.delete(child));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within ${startTimeoutMs} ms for ${specPath}`)), startTimeoutMs);
    function fail(error: Error): void {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message}\n${output.slice(-4000)}`));
    }
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => fail(new Error(`Prism exited (${signal ?? code}) before listening, for ${specPath}`)));
  });

  return {
    url,
    pid: child.pid ?? -1,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
