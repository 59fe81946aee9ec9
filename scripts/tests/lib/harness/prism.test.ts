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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (alive(pid)) {
    if (Date.now() - started > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe("Prism processes", () => {
  it("listen on 127.0.0.1 and are gone after stop()", async () => {
    const prism = await startPrism(join(repoRoot, "specs", "patchworks.yaml"));
    expect(prism.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(alive(prism.pid)).toBe(true);
    await prism.stop();
    expect(await waitUntilGone(prism.pid, 5_000)).toBe(true);
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
      const pid = await new Promise<number>((resolve, reject) => {
        let output = "";
        const timer = setTimeout(() => reject(new Error(`no Prism pid:\n${output}`)), 30_000);
        parent.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match = /PRISM_PID=(\d+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      });
      expect(alive(pid)).toBe(true);
      parent.kill("SIGKILL");
      expect(await waitUntilGone(pid, 5_000)).toBe(true);
    } finally {
      parent.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
