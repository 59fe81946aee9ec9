// The Markdown summary of a CI run (`npm run report:summary`): the test run's totals and each
// gate's results, read from the JSON files the gates wrote into the reports folder.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type BreakingResults, type ConformanceResults, type CoverageResults, type DriftResults, REPORT_FILES } from "./gates.js";

/** Where the vitest JUnit reporter writes the test run (vitest.config.ts). */
export const TEST_RUN_FILE = "vitest.junit.xml";

export interface TestRunTotals {
  tests: number;
  failures: number;
  seconds: number;
  failed: string[];
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");

/** Totals and failed cases of a JUnit document (the root element's counts, each case with a <failure>). */
export function testRunTotals(xml: string): TestRunTotals {
  const root = /<testsuites\b([^>]*)>/.exec(xml)?.[1] ?? "";
  const number = (name: string): number => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
  const failed: string[] = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    if (!match[3]?.includes("<failure")) continue;
    const attribute = (name: string): string => unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(match[1] ?? "")?.[1] ?? "");
    failed.push(`${attribute("classname")} > ${attribute("name")}`);
  }
  return { tests: number("tests"), failures: number("failures") + number("errors"), seconds: number("time"), failed };
}

/** A table cell: one line, pipes escaped. */
const cell = (text: string): string => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

const mark = (passed: boolean): string => (passed ? "✅" : "❌");

function coverageSection(results: CoverageResults): string[] {
  const apis = [...new Set(results.operations.map((op) => op.api))];
  const rows = apis.map((api) => {
    const ops = results.operations.filter((op) => op.api === api);
    const full = ops.filter((op) => op.requests > 0 && op.missingStatuses.length === 0).length;
    const covered = ops.reduce((n, op) => n + op.coveredStatuses.length, 0);
    const documented = ops.reduce((n, op) => n + op.coveredStatuses.length + op.missingStatuses.length, 0);
    return [`${mark(full === ops.length)} ${api}`, `${full}/${ops.length}`, `${covered}/${documented}`];
  });
  const gaps = results.operations.flatMap((op) =>
    op.requests === 0
      ? [`- ${op.api} \`${op.operation}\` (${op.method} ${op.path}): never called`]
      : op.missingStatuses.length > 0
        ? [`- ${op.api} \`${op.operation}\` (${op.method} ${op.path}): status ${op.missingStatuses.join(", ")} never answered`]
        : [],
  );
  const unmatched = results.unmatched.map((o) => `- ${o.api} ${o.method} ${o.path} answered ${o.status}: matches no operation in the spec`);
  return [
    ...table(["API", "operations fully covered", "documented statuses exercised"], rows),
    ...(gaps.length + unmatched.length ? ["", ...gaps, ...unmatched] : []),
  ];
}

function breakingSection(results: BreakingResults): string[] {
  const rows = results.specs.flatMap((spec) =>
    spec.changes.map((c) => [
      spec.api,
      c.severity === "breaking" ? "**breaking**" : "non-breaking",
      c.operation ?? "(document)",
      `${c.message} @ ${c.location}`,
      c.rule,
    ]),
  );
  return [
    `Compared with ${results.base}: **${results.breaking} breaking**, ${results.nonBreaking} non-breaking.`,
    ...(rows.length ? ["", ...table(["API", "severity", "operation", "change", "rule"], rows)] : []),
  ];
}

function driftSection(results: DriftResults): string[] {
  const rows = results.rows.map((row, i) => [
    String(i + 1),
    row.kind,
    row.where,
    row.caught.length ? row.caught.join(", ") : row.error ? `NOT PLANTED: ${row.error}` : "**NOT CAUGHT**",
  ]);
  const caught = results.rows.filter((r) => r.caught.length > 0).length;
  return [
    `${caught}/${results.rows.length} kinds caught = ${results.score}% (seed ${results.seed})`,
    ...results.baselineProblems.map((p) => `- baseline: ${p}`),
    ...(rows.length ? ["", ...table(["#", "drift kind", "where planted", "caught by"], rows)] : []),
  ];
}

function conformanceSection(results: ConformanceResults): string[] {
  const rows = results.calls.map((c) => [
    c.sdk,
    c.call,
    c.operation,
    c.accepted ? `accepted (${c.status})` : `**REFUSED**${c.status ? ` (${c.status})` : ""}`,
    c.detail,
  ]);
  const accepted = results.calls.filter((c) => c.accepted).length;
  return [
    `${accepted}/${results.calls.length} calls accepted`,
    "",
    ...table(["SDK", "call", "operation", "result", "first violation"], rows),
  ];
}

function readJson<T>(dir: string, stem: string): T | undefined {
  const file = join(dir, `${stem}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
}

interface Section<T> {
  title: string;
  stem: string;
  passed: (results: T) => boolean;
  render: (results: T) => string[];
}

function section<T>(dir: string, spec: Section<T>): { line: string; body: string[] } {
  const results = readJson<T>(dir, spec.stem);
  if (results === undefined)
    return { line: `⏭️ ${spec.title}: not run`, body: [`## ${spec.title}`, "", `_Not run: no ${spec.stem}.json in the reports folder._`] };
  const passed = spec.passed(results);
  return { line: `${mark(passed)} ${spec.title}`, body: [`## ${mark(passed)} ${spec.title}`, "", ...spec.render(results)] };
}

/** The whole summary from the files in `dir`; a gate without a file is shown as not run. */
export function renderSummary(dir: string): string {
  const testFile = join(dir, TEST_RUN_FILE);
  const tests = existsSync(testFile) ? testRunTotals(readFileSync(testFile, "utf8")) : undefined;
  const testPart = tests
    ? {
        line: `${mark(tests.failures === 0)} tests: ${tests.tests - tests.failures}/${tests.tests} passed`,
        body: [
          `## ${mark(tests.failures === 0)} Test run`,
          "",
          `${tests.tests} tests, ${tests.failures} failed, ${tests.seconds.toFixed(0)} s of test time.`,
          ...tests.failed.map((name) => `- ❌ ${cell(name)}`),
        ],
      }
    : { line: "⏭️ tests: not run", body: ["## Test run", "", `_Not run: no ${TEST_RUN_FILE} in the reports folder._`] };
  const parts = [
    testPart,
    section<CoverageResults>(dir, {
      title: "Contract coverage per API",
      stem: REPORT_FILES.coverage,
      passed: (r) => r.passed,
      render: coverageSection,
    }),
    section<BreakingResults>(dir, {
      title: "Breaking changes of this change",
      stem: REPORT_FILES.breaking,
      passed: (r) => r.breaking === 0,
      render: breakingSection,
    }),
    section<DriftResults>(dir, { title: "Planted-drift score", stem: REPORT_FILES.drift, passed: (r) => r.passed, render: driftSection }),
    section<ConformanceResults>(dir, {
      title: "Vendor-SDK conformance",
      stem: REPORT_FILES.conformance,
      passed: (r) => r.passed,
      render: conformanceSection,
    }),
  ];
  return ["# typed-api-clients CI", "", ...parts.map((p) => `- ${p.line}`), ...parts.flatMap((p) => ["", ...p.body]), ""].join("\n");
}
