// The live check's command: output, exit codes, no secret printed. In-process against a local
// drifting upstream, plus one spawn of the real CLI.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../check-live.js";
import { memoryIo } from "../lib/cli/args.js";
import type { LiveCheckResult } from "../lib/live/types.js";
import { repoRoot } from "../lib/spec/apis.js";
import { driftingUpstream, envWith, OTHER_SECRET, SECRET } from "./support/drifting-upstream.js";

const listOp = (result: LiveCheckResult) => result.operations.find((o) => o.operationId === "listFlowCallbacks");

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo();
  const code = await main(args, io, env);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

function spawnCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/check-live.ts", ...args], {
      cwd: repoRoot,
      env: { ...env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    // No deadline of its own: the runner's timeout is the only one (a busy machine is slow to start it).
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run contract:live", () => {
  const upstream = driftingUpstream();
  const { state } = upstream;
  let baseUrl = "";

  beforeAll(async () => {
    baseUrl = await upstream.listen();
  });
  beforeEach(() => {
    state.mode = "asSpecified";
    state.seen.length = 0;
  });
  afterAll(async () => {
    await upstream.close();
  });

  it("prints a line per operation and the summary, exiting 0 when all passed", async () => {
    const run = await cli(["--api", "patchworks", "--base-url", baseUrl], envWith({ PATCHWORKS_API_KEY: SECRET }));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual([
      "PASS listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200",
      "SKIP createFlowCallback POST /api/v1/flows/{flow}/callbacks: write operation (pass --allow-writes to include it)",
      "SKIP updateFlowCallback PUT /api/v1/flows/{flow}/callbacks/{callback}: write operation (pass --allow-writes to include it)",
      "SKIP deleteFlowCallback DELETE /api/v1/flows/{flow}/callbacks/{callback}: write operation (pass --allow-writes to include it)",
      "live check patchworks: 1 passed, 0 failed, 3 skipped",
    ]);
    expect(state.seen.map((r) => r.method)).toEqual(["GET"]);
  });

  it("exits 1 on a violation, printing it", async () => {
    state.mode = "wrongType";
    const run = await cli(["--api", "patchworks", "--base-url", baseUrl], envWith({ PATCHWORKS_API_KEY: SECRET }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("FAIL listFlowCallbacks GET /api/v1/flows/{flow}/callbacks 200: /data/0/id must be integer");
    expect(run.stdout).toContain("live check patchworks: 0 passed, 1 failed, 3 skipped");
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it("prints the structured result with --json", async () => {
    state.mode = "dropsField";
    const run = await cli(
      ["--api", "patchworks", "--base-url", baseUrl, "--json", "--allow-writes"],
      envWith({ PATCHWORKS_API_KEY: SECRET }),
    );
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as LiveCheckResult;
    expect(result.summary).toEqual({ passed: 3, failed: 1, skipped: 0 });
    expect(listOp(result)?.violations?.[0]?.pointer).toBe("/data/0/flow_id");
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it("exits 2 naming the missing variable, printing no secret", async () => {
    const run = await cli(["--api", "patchworks", "--base-url", baseUrl], envWith({ DYNAMIQ_API_KEY: OTHER_SECRET }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("PATCHWORKS_API_KEY");
    expect(run.stdout + run.stderr).not.toContain(OTHER_SECRET);
    expect(state.seen).toEqual([]);
  });

  it("exits 2 on a bad invocation", async () => {
    expect((await cli(["--api", "nosuch", "--base-url", baseUrl], envWith({}))).code).toBe(2);
    expect((await cli(["--api", "patchworks"], envWith({}))).code).toBe(2);
  });

  it("exits 1 when nothing was checked, saying why (the real CLI, spawned)", async () => {
    const run = await spawnCli(["--api", "pipedrive", "--base-url", baseUrl], envWith({ PIPEDRIVE_OAUTH_TOKEN: SECRET }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("live check pipedrive: 0 passed, 0 failed,");
    expect(run.stdout).toContain("nothing checked (all operations are writes; use --allow-writes)");
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(state.seen).toEqual([]);
  });

  it("prints --help and exits 0; refuses an unknown flag with one line and exit 2", async () => {
    const help = await cli(["--help"], envWith({}));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run contract:live -- \[options\]/);
    expect(help.stdout).toContain("--allow-writes");
    const bad = await cli(["--api", "patchworks", "--base-url", baseUrl, "--allow-write"], envWith({ PATCHWORKS_API_KEY: SECRET }));
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("npm run contract:live --: Unknown option '--allow-write' (see --help)");
    expect(state.seen).toEqual([]);
  });
});
