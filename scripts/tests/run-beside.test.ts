// npm test's runner: the foreground command and the npm scripts beside it all count; each script's
// output is printed whole, after the foreground; any failure fails the run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo, runMain } from "../lib/cli/args.js";
import { main } from "../run-beside.js";

const dir = mkdtempSync(join(tmpdir(), "run-beside-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, "package.json"),
  JSON.stringify({
    name: "run-beside-fixture",
    private: true,
    scripts: { ok: "node -e \"console.log('types fine')\"", bad: "node -e \"console.error('TS2322 here'); process.exit(3)\"" },
  }),
);
const node = process.execPath;

describe("run-beside", () => {
  it("passes when the foreground and every script pass, printing each script's output after it", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["--dir", dir, "ok", "--", node, "-e", "process.exit(0)"], io)).toBe(0);
    expect(io.stdout()).toMatch(/^> npm run ok \(passed, [\d.]+ s\)\ntypes fine$/m);
  });

  it("fails when a script beside fails, with its output, though the foreground passed", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["--dir", dir, "ok", "bad", "--", node, "-e", "process.exit(0)"], io)).toBe(1);
    expect(io.stdout()).toMatch(/> npm run bad \(FAILED, exit 3, [\d.]+ s\)\nTS2322 here/);
    expect(io.stderr()).toMatch(/failed: npm run bad/);
  });

  it("fails when the foreground fails, though every script passed", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["--dir", dir, "ok", "--", node, "-e", "process.exit(5)"], io)).toBe(1);
    expect(io.stderr()).toMatch(/failed: .*process\.exit\(5\)/);
  });

  it("refuses a command line without scripts or without a foreground command (exit 2)", async () => {
    expect(await runMain(main, ["--dir", dir, "ok"], memoryIo())).toBe(2);
    expect(await runMain(main, ["--dir", dir, "--", node], memoryIo())).toBe(2);
  });
});
