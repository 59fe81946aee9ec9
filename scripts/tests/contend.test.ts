// `npm run test:contended`: the busy processes run while the command runs, are gone after it,
// and the command's exit code is the run's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { memoryIo, runMain } from "../lib/cli/args.js";
import { main } from "../contend.js";
import { waitUntil } from "./support/wait.js";

/** Alive and not a zombie. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

const pidsIn = (text: string): number[] => (/pids ([\d, ]+)\)/.exec(text)?.[1] ?? "").split(", ").map(Number);

describe("contend", () => {
  it("runs the command while the CPU-bound processes run, stops them after, and exits with the command's code", async () => {
    const io = memoryIo();
    // The command checks that both busy processes are there (the two newest children of its parent).
    const probe =
      "const seen = require('fs').readdirSync('/proc').filter((p) => /^\\d+$/.test(p)).filter((p) => { try { return require('fs').readFileSync('/proc/' + p + '/cmdline', 'utf8').includes('process.ppid !== parent'); } catch { return false; } }); process.exit(seen.length >= 2 ? 7 : 3);";
    const code = await runMain(main, ["--hogs", "2", "--", process.execPath, "-e", probe], io);
    expect(code).toBe(7);
    const pids = pidsIn(io.stdout());
    expect(pids).toHaveLength(2);
    expect(io.stdout()).toContain("FAILED (exit 7)");
    await waitUntil(
      () => `the busy processes ${pids.join(", ")} to be stopped`,
      () => pids.filter(running).length === 0,
    );
  });

  it("refuses a --hogs that is not a count and a command not after --", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["--hogs", "many"], io)).toBe(2);
    expect(await runMain(main, ["npm", "test"], io)).toBe(2);
    expect(io.stderr()).toContain('--hogs "many" is not a count');
    expect(io.stderr()).toContain("put the command after --");
  });
});
