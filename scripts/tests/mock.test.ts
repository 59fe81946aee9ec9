// `npm run mock`: argument handling (in-process), and that a signal to any process of its tree
// stops all of it. Those spawn real processes (about a second each), so they are few.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../mock.js";
import { runInMemory } from "../lib/cli/args.js";
import { repoRoot } from "../lib/spec/apis.js";
import { waitUntil } from "./support/wait.js";

const started: ChildProcess[] = [];
const treePids = new Set<number>();
afterEach(() => {
  // Whatever a failed test left behind.
  for (const pid of treePids) if (alive(pid)) process.kill(pid, "SIGKILL");
  treePids.clear();
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

function run(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  started.push(child);
  return child;
}

/** The command in-process (the argument errors, which end it before anything starts). */
const runScript = (args: string[]) => runInMemory(main, args);

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return server;
    }),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  return ports;
}

/** A pid that exists and is not a zombie (an exited process its parent has not reaped yet). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

function isEsbuild(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("esbuild");
  } catch {
    return false;
  }
}

/** The pid and every descendant's, from /proc/<pid>/task/<tid>/children. */
function descendants(pid: number): number[] {
  const found = [pid];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = "";
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8");
    } catch {
      continue;
    }
    for (const child of children.split(" ").filter(Boolean).map(Number)) found.push(...descendants(child));
  }
  return found;
}

/**
 * `npm run mock -- patchworks pipedrive --port A --port B` (two small specs: the mock starts
 * sooner): checks the lines and a request, returns the tree's pids.
 */
async function startMockTree(): Promise<{ npm: ChildProcess; pids: number[] }> {
  const [patchworksPort, pipedrivePort] = await freePorts(2);
  const npm = run("npm", [
    "run",
    "--silent",
    "mock",
    "--",
    "patchworks",
    "pipedrive",
    "--port",
    String(patchworksPort),
    "--port",
    String(pipedrivePort),
  ]);
  let stdout = "";
  let stderr = "";
  npm.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
  npm.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  let exited = false;
  npm.once("exit", () => (exited = true));
  await waitUntil(
    () => `the mock's lines (stdout: ${stdout} stderr: ${stderr})`,
    () => stdout.split("\n").length > 2,
    () => exited,
  );
  // Ports are honoured in the order the APIs are typed, not redocly.yaml's (pipedrive before patchworks).
  expect(stdout.trim().split("\n")).toEqual([
    `patchworks → http://127.0.0.1:${patchworksPort}`,
    `pipedrive → http://127.0.0.1:${pipedrivePort}`,
  ]);
  const answer = await fetch(`http://127.0.0.1:${pipedrivePort}/v1/channels/wa-1`, {
    method: "DELETE",
    headers: { authorization: "Bearer t" },
  });
  expect(answer.status).toBe(200);
  const pids = descendants(npm.pid ?? -1);
  for (const pid of pids) treePids.add(pid);
  // npm and node: the script execs node (no shell, no tsx CLI process in between). tsx's esbuild
  // service may run beside them for a moment while modules load; it must go with the tree too.
  expect(pids.filter((pid) => !isEsbuild(pid)).length).toBe(2);
  return { npm, pids };
}

async function expectTreeGone(pids: number[]): Promise<void> {
  await waitUntil(
    () => `every process of the tree to exit (left: ${pids.filter(alive).join(", ")})`,
    () => pids.every((p) => !alive(p)),
  );
  expect(pids.filter(alive)).toEqual([]);
}

describe("npm run mock", () => {
  it("--help prints the usage; unknown APIs and flags are one line and exit 2, no stack trace", async () => {
    const [help, unknownApi, unknownFlag, badPort, tooManyPorts] = await Promise.all([
      runScript(["--help"]),
      runScript(["pipedrive", "nosuchapi"]),
      runScript(["--prot", "4010"]),
      runScript(["pipedrive", "--port", "http"]),
      runScript(["pipedrive", "--port", "4010", "--port", "4011"]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("usage: npm run mock -- [options] [API...]");
    expect(help.stdout).toMatch(/-p, --port PORT \(repeatable\) +port of the APIs in the order they are typed/);
    expect(help.stdout).toContain("dynamiq, pipedrive, patchworks, pipedream, botpress");

    for (const result of [unknownApi, unknownFlag, badPort, tooManyPorts]) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(unknownApi.stderr).toMatch(
      /^npm run mock --: unknown API "nosuchapi"; known APIs: dynamiq, pipedrive, patchworks, pipedream, botpress\n$/,
    );
    expect(unknownFlag.stderr).toMatch(/^npm run mock --: Unknown option '--prot' \(see --help\)\n$/);
    expect(badPort.stderr).toMatch(/^npm run mock --: --port "http" is not a port number/);
    expect(tooManyPorts.stderr).toMatch(/^npm run mock --: 2 ports given for 1 API/);
  });

  // Ctrl-C in a terminal signals the whole process group; these signal one process only.
  it.each([
    ["SIGTERM", "npm"],
    ["SIGINT", "npm"],
    ["SIGTERM", "node"],
    // npm cannot forward this one: node must notice that it was re-parented.
    ["SIGKILL", "npm"],
  ] as const)("%s to the %s process stops every process of the tree", async (signal, target) => {
    const { npm, pids } = await startMockTree();
    const innermost = pids.filter((pid) => !isEsbuild(pid)).at(-1) ?? -1;
    expect(readFileSync(`/proc/${innermost}/cmdline`, "utf8")).toContain("scripts/mock.ts");
    if (target === "npm") npm.kill(signal);
    else process.kill(innermost, signal);
    await expectTreeGone(pids);
  });
});
