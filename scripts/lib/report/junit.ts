// The one JUnit XML writer of the gates (coverage, conformance, drift score, breaking report): CI
// systems show a JUnit file's failures per test case, so each gate maps what it checked to cases.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface JunitCase {
  /** Grouping shown by CI, e.g. the API. */
  classname: string;
  name: string;
  /** Present when the case failed: a one-line message and, optionally, the detail. */
  failure?: { message: string; detail?: string };
  /** Present when the case was not checked (for example a gate that did not run on it). */
  skipped?: string;
  seconds?: number;
}

export interface JunitSuite {
  name: string;
  cases: JunitCase[];
  /** Plain text kept beside the cases (e.g. the gate's printed report). */
  output?: string;
}

/** Removes what XML 1.0 cannot carry at all and escapes what it cannot carry literally. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value))}"`;

function caseXml(testCase: JunitCase): string {
  const open = `    <testcase${attr("classname", testCase.classname)}${attr("name", testCase.name)}${attr("time", (testCase.seconds ?? 0).toFixed(3))}`;
  if (testCase.failure) {
    const detail = testCase.failure.detail ?? testCase.failure.message;
    return `${open}>\n      <failure${attr("message", testCase.failure.message)}>${escapeXml(detail)}</failure>\n    </testcase>`;
  }
  if (testCase.skipped !== undefined) return `${open}>\n      <skipped${attr("message", testCase.skipped)}/>\n    </testcase>`;
  return `${open}/>`;
}

/** A JUnit XML document with one <testsuite> per suite. */
export function junitXml(suites: readonly JunitSuite[]): string {
  const count = (suite: JunitSuite, pick: (c: JunitCase) => boolean): number => suite.cases.filter(pick).length;
  const total = (pick: (c: JunitCase) => boolean): number => suites.reduce((n, s) => n + count(s, pick), 0);
  const time = (cases: readonly JunitCase[]): string => cases.reduce((n, c) => n + (c.seconds ?? 0), 0).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attr(
      "tests",
      total(() => true),
    )}${attr(
      "failures",
      total((c) => c.failure !== undefined),
    )}${attr("errors", 0)}${attr("time", time(suites.flatMap((s) => s.cases)))}>`,
  ];
  for (const suite of suites) {
    lines.push(
      `  <testsuite${attr("name", suite.name)}${attr("tests", suite.cases.length)}${attr(
        "failures",
        count(suite, (c) => c.failure !== undefined),
      )}${attr("errors", 0)}${attr(
        "skipped",
        count(suite, (c) => c.skipped !== undefined && !c.failure),
      )}${attr("time", time(suite.cases))}>`,
    );
    for (const testCase of suite.cases) lines.push(caseXml(testCase));
    if (suite.output) lines.push(`    <system-out>${escapeXml(suite.output)}</system-out>`);
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>", "");
  return lines.join("\n");
}

/**
 * Writes a gate's files into the reports folder: `<gate>.junit.xml` for CI's test view and
 * `<gate>.json` (its results, machine-readable) for `npm run report:summary`.
 */
export function writeGateReport(dir: string, gate: string, suite: JunitSuite, results: unknown): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${gate}.junit.xml`), junitXml([suite]));
  writeFileSync(join(dir, `${gate}.json`), `${JSON.stringify(results, null, 1)}\n`);
}
