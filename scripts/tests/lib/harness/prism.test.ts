// No Prism outlives whoever started it: stop() ends it, and so does the death of the parent,
// even by SIGKILL (which runs no cleanup code at all).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../../lib/spec/apis.js";
import { startPrism } from "../../../lib/harness/prism.js";
import { waitUntil } from "../../support/wait.js";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Until the pid is gone; the runner's timeout is the only deadline (a busy machine is slow to reap). */
const waitUntilGone = (pid: number): Promise<void> =>
  waitUntil(
    () => `Prism (pid ${pid}) to exit`,
    () => !alive(pid),
  );

describe("Prism processes", () => {
  it("listen on 127.0.0.1 and are gone after stop()", async () => {
    const prism = await startPrism(join(repoRoot, "specs", "patchworks.yaml"));
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(alive(prism.pid)).toBe(true);
    await prism.stop();
    await waitUntilGone(prism.pid);
    expect(alive(prism.pid)).toBe(false);
  });

  it("exit when the process that started them is SIGKILLed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "prism-orphan-"));
    const script = join(dir, "parent.mts");
    writeFileSync(
      script,
      `import { startPrism } from ${JSON.stringify(pathToFileURL(join(repoRoot, "scripts", "lib", "harness", "prism.ts")).href)};\n` +
        `const prism = await startPrism(${JSON.stringify(join(repoRoot, "specs", "patchworks.yaml"))});\n` +
        `console.log("PRISM_PID=" + prism.pid);\nsetInterval(() => {}, 1000);\n`,
    );
    const parent = spawn(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    try {
      let output = "";
      let exited = false;
      parent.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      parent.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      parent.once("exit", () => (exited = true));
      await waitUntil(
        () => `the Prism pid from the parent:\n${output}`,
        () => /PRISM_PID=\d+/.test(output),
        () => exited,
      );
      const pid = Number(/PRISM_PID=(\d+)/.exec(output)?.[1]);
      expect(alive(pid)).toBe(true);
      parent.kill("SIGKILL");
      await waitUntilGone(pid);
      expect(alive(pid)).toBe(false);
    } finally {
      parent.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
