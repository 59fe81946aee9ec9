// npm run report:summary: the Markdown of a reports folder, to $GITHUB_STEP_SUMMARY or stdout.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo, runMain } from "../../../lib/cli/args.js";
import type { BreakingResults, ConformanceResults, CoverageResults } from "../../../lib/report/gates.js";
import { junitXml } from "../../../lib/report/junit.js";
import { main } from "../../../report-summary.js";

const dir = mkdtempSync(join(tmpdir(), "report-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const coverage: CoverageResults = {
  passed: false,
  operations: [
    {
      api: "botpress",
      operation: "getUser",
      method: "GET",
      path: "/v1/chat/users/{id}",
      requests: 3,
      coveredStatuses: ["200", "404"],
      missingStatuses: [],
    },
    {
      api: "botpress",
      operation: "deleteUser",
      method: "DELETE",
      path: "/v1/chat/users/{id}",
      requests: 1,
      coveredStatuses: ["200"],
      missingStatuses: ["404"],
    },
    { api: "dynamiq", operation: "listRuns", method: "GET", path: "/runs", requests: 2, coveredStatuses: ["200"], missingStatuses: [] },
  ],
  unmatched: [],
};
const breaking: BreakingResults = {
  base: "merge base with main (abc123)",
  breaking: 1,
  nonBreaking: 0,
  specs: [
    {
      api: "botpress",
      spec: "specs/botpress.yaml",
      isNew: false,
      changes: [
        {
          severity: "breaking",
          operation: "getUser",
          location: "responses/404",
          message: "documented status 404 removed",
          rule: "response-status-removed",
        },
      ],
    },
  ],
};
const conformance: ConformanceResults = {
  passed: true,
  findings: [],
  notes: [],
  calls: [{ sdk: "@botpress/client", call: "getUser", operation: "getUser", accepted: true, status: 200, detail: "" }],
};

function writeReports(): void {
  writeFileSync(join(dir, "coverage.json"), JSON.stringify(coverage));
  writeFileSync(join(dir, "breaking.json"), JSON.stringify(breaking));
  writeFileSync(join(dir, "conformance.json"), JSON.stringify(conformance));
  writeFileSync(
    join(dir, "vitest.junit.xml"),
    junitXml([
      {
        name: "unit",
        cases: [
          { classname: "a.test.ts", name: "works" },
          { classname: "b.test.ts", name: "pipes | and <tags>", failure: { message: "boom" } },
        ],
      },
    ]),
  );
}

describe("npm run report:summary", () => {
  it("prints one Markdown page: a line per gate, the failed test, coverage gaps, the breaking change, a gate that did not run", async () => {
    writeReports();
    const io = memoryIo();
    expect(await runMain((argv, out) => main(argv, out, {}), ["--report-dir", dir], io)).toBe(0);
    const markdown = io.stdout();
    expect(markdown).toContain("- ❌ tests: 1/2 passed");
    expect(markdown).toContain("- ❌ b.test.ts > pipes \\| and <tags>");
    expect(markdown).toContain("- ❌ Contract coverage per API");
    expect(markdown).toContain("| ❌ botpress | 1/2 | 3/4 |");
    expect(markdown).toContain("| ✅ dynamiq | 1/1 | 1/1 |");
    expect(markdown).toContain("- botpress `deleteUser` (DELETE /v1/chat/users/{id}): status 404 never answered");
    expect(markdown).toContain("- ❌ Breaking changes of this change");
    expect(markdown).toContain(
      "| botpress | **breaking** | getUser | documented status 404 removed @ responses/404 | response-status-removed |",
    );
    expect(markdown).toContain("- ⏭️ Planted-drift score: not run");
    expect(markdown).toContain("- ✅ Vendor-SDK conformance");
  });

  it("appends to $GITHUB_STEP_SUMMARY when it is set, and fails on a folder that does not exist", async () => {
    writeReports();
    const target = join(dir, "step-summary.md");
    writeFileSync(target, "earlier step\n");
    const io = memoryIo();
    expect(await runMain((argv, out) => main(argv, out, { GITHUB_STEP_SUMMARY: target }), ["--report-dir", dir], io)).toBe(0);
    expect(io.stdout()).toBe("report:summary: appended to $GITHUB_STEP_SUMMARY\n");
    const written = readFileSync(target, "utf8");
    expect(written.startsWith("earlier step\n# typed-api-clients CI")).toBe(true);

    const missing = memoryIo();
    expect(await runMain((argv, out) => main(argv, out, {}), ["--report-dir", join(dir, "nope")], missing)).toBe(1);
    expect(missing.stderr()).toContain("does not exist");
  });
});
