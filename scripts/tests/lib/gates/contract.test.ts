// The contract gate's test selection, checked by vitest itself (`vitest list`): the filters for one API
// select its files and no other API's, also when another API's name starts with this one's. And
// its run, on a project of three failing tests: every failure, or only the first when asked.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContract, contractTestFilters } from "../../../lib/gates/contract.js";
import { repoRoot } from "../../../lib/spec/apis.js";

const FILES = [
  "contract-tests/pipedream/apps.test.ts",
  "contract-tests/pipedream/nested/deep.test.ts",
  "contract-tests/pipedream.test.ts",
  "contract-tests/pipedreamx2/apps.test.ts",
  "contract-tests/pipedreamx2.test.ts",
  "contract-tests/pipedrive/channels.test.ts",
];

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "contract-filters-"));
  for (const file of FILES) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), "");
  }
  writeFileSync(join(root, "vitest.config.mjs"), 'export default { test: { include: ["contract-tests/**/*.test.ts"] } };\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The files vitest would run with these filters (it only lists them: nothing is executed). */
function listed(filters: string[]): string[] {
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, "node_modules", "vitest", "vitest.mjs"), "list", "--filesOnly", "--config", "vitest.config.mjs", ...filters],
    { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
  );
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.endsWith(".test.ts"))
    .sort();
}

describe("contract gate test filters", () => {
  it("select an API's folder and file, not another API whose name starts with it", () => {
    expect(listed(contractTestFilters([{ name: "pipedream" }]))).toEqual([
      "contract-tests/pipedream.test.ts",
      "contract-tests/pipedream/apps.test.ts",
      "contract-tests/pipedream/nested/deep.test.ts",
    ]);
  });

  it("select the union for several APIs", () => {
    expect(listed(contractTestFilters([{ name: "pipedreamx2" }, { name: "pipedrive" }]))).toEqual([
      "contract-tests/pipedreamx2.test.ts",
      "contract-tests/pipedreamx2/apps.test.ts",
      "contract-tests/pipedrive/channels.test.ts",
    ]);
  });
});

describe("the contract gate's run", () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "contract-run-"));
    symlinkSync(join(repoRoot, "node_modules"), join(project, "node_modules"), "dir");
    writeFileSync(
      join(project, "vitest.config.mjs"),
      'export default { test: { projects: [{ test: { name: "contract", include: ["contract-tests/**/*.test.ts"] } }] } };\n',
    );
    mkdirSync(join(project, "contract-tests"));
    writeFileSync(
      join(project, "contract-tests", "x.test.ts"),
      [
        'import { expect, it } from "vitest";',
        ...["one", "two", "three"].map((name) => `it("${name}", () => expect("${name}").toBe(""));`),
      ].join("\n"),
    );
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** The gate's verdict and the failing tests it names. */
  async function run(options: { firstFailure?: boolean }): Promise<{ passed: boolean; failed: string[] }> {
    const result = await checkContract(project, [{ name: "x" }], options);
    return { passed: result.passed, failed: result.findings.filter((line) => line.startsWith("×")) };
  }

  it("reports every failing test", async () => {
    expect(await run({})).toEqual({
      passed: false,
      failed: [expect.stringMatching(/^× one/), expect.stringMatching(/^× two/), expect.stringMatching(/^× three/)],
    });
  });

  it("stops at the first failing test with firstFailure (the drift score needs only the verdict)", async () => {
    expect(await run({ firstFailure: true })).toEqual({ passed: false, failed: [expect.stringMatching(/^× one/)] });
  });
});
