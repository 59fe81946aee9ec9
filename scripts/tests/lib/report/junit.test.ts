// The gates' JUnit writer: well-formed XML whatever the text (XMLValidator of fast-xml-parser),
// and a failing check is a <failure> that CI counts.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { computeCoverage, formatCoverage, operationsWithStatuses, type ApiOperations } from "../../../lib/gates/coverage.js";
import { coverageResults, coverageSuite, driftSuite } from "../../../lib/report/gates.js";
import { escapeXml, junitXml, writeGateReport } from "../../../lib/report/junit.js";
import { testRunTotals } from "../../../lib/report/summary.js";
import { loadApis, selectApis } from "../../../lib/spec/apis.js";
import { readSpec } from "../../../lib/spec/load.js";
import { completeRun } from "../../support/observations.js";

const HOSTILE = `a <b> & "c" 'd' ]]> \u0001\u001b\uFFFE \uD800 é ✓ 𝄞 </testcase>`;

describe("junitXml", () => {
  it("escapes names, messages and output into well-formed XML that keeps the readable text", () => {
    const xml = junitXml([
      {
        name: HOSTILE,
        cases: [
          { classname: HOSTILE, name: HOSTILE },
          { classname: "x", name: "y", failure: { message: HOSTILE, detail: HOSTILE } },
          { classname: "x", name: "z", skipped: HOSTILE },
        ],
        output: HOSTILE,
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; ]]&gt;");
    expect(xml).toContain("é ✓ 𝄞");
    for (const forbidden of ["\u0001", "\u001b", "\uFFFE"]) expect(xml).not.toContain(forbidden);
    // The writer's own output must be what a validator rejects when left unescaped.
    expect(XMLValidator.validate(`<a n="${HOSTILE}"/>`)).not.toBe(true);
  });

  it("counts a failing case as a <failure> in its suite and in the totals", () => {
    const xml = junitXml([
      {
        name: "gate",
        cases: [
          { classname: "api", name: "ok" },
          { classname: "api", name: "bad", failure: { message: "broke" } },
        ],
      },
    ]);
    expect(xml).toMatch(/<testsuites tests="2" failures="1"/);
    expect(xml).toMatch(/<testsuite name="gate" tests="2" failures="1"/);
    expect(xml).toContain('<testcase classname="api" name="bad" time="0.000">\n      <failure message="broke">broke</failure>');
    expect(testRunTotals(xml)).toMatchObject({ tests: 2, failures: 1, failed: ["api > bad"] });
  });

  it("escapes & once, so an entity in the text survives a round trip", () => {
    expect(escapeXml("&lt; & <")).toBe("&amp;lt; &amp; &lt;");
    expect(testRunTotals(junitXml([{ name: "s", cases: [{ classname: "&lt;", name: "<&>", failure: { message: "m" } }] }])).failed).toEqual(
      ["&lt; > <&>"],
    );
  });
});

describe("the coverage gate's report", () => {
  const apis: ApiOperations[] = selectApis(loadApis(), ["dynamiq", "pipedrive"]).map((api) => ({
    api: api.name,
    operations: operationsWithStatuses(readSpec(api.specPath)),
  }));

  it("has one passing case per operation on a complete run, and a <failure> naming an operation no test called", () => {
    const full = computeCoverage(apis, completeRun(apis));
    const passing = coverageSuite(coverageResults(full), formatCoverage(full));
    expect(passing.cases).toHaveLength(apis.reduce((n, a) => n + a.operations.length, 0));
    expect(passing.cases.filter((c) => c.failure)).toEqual([]);

    const target = apis[0]?.operations[0];
    if (!target) throw new Error("no operation to leave out");
    const partial = computeCoverage(
      apis,
      completeRun(apis).filter((o) => !(o.method === target.method.toUpperCase() && o.path === target.path.replace(/\{[^}]+\}/g, "x1"))),
    );
    const dir = mkdtempSync(join(tmpdir(), "junit-"));
    try {
      writeGateReport(dir, "coverage", coverageSuite(coverageResults(partial), formatCoverage(partial)), coverageResults(partial));
      const xml = readFileSync(join(dir, "coverage.junit.xml"), "utf8");
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(testRunTotals(xml).failed).toContain(`${apis[0]?.api} > ${target.name} (${target.method.toUpperCase()} ${target.path})`);
      expect(JSON.parse(readFileSync(join(dir, "coverage.json"), "utf8"))).toMatchObject({ passed: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("drift score: a kind no gate caught and a baseline trip are failures", () => {
    const suite = driftSuite(
      {
        passed: false,
        seed: 1,
        score: 50,
        rows: [
          { kind: "caught", where: "w", caught: ["lint"], evidence: "e", seconds: 1 },
          { kind: "missed", where: "w", caught: [], evidence: "", seconds: 1 },
        ],
        baselineProblems: ["tsc trips without any drift"],
      },
      "",
    );
    expect(suite.cases.filter((c) => c.failure).map((c) => c.name)).toEqual(["missed: w", "tsc trips without any drift"]);
  });
});
