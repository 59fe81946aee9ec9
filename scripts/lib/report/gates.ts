// What each gate writes into the reports folder: its results as JSON (read by
// `npm run report:summary` and the HTML contract report) and as a JUnit suite (one case per thing
// it checked; a failed check is a <failure>).
import type { SpecReport } from "../breaking/report.js";
import type { ConformanceResult } from "../conformance/types.js";
import type { CoverageReport } from "../gates/coverage.js";
import type { Observation } from "../harness/recorder.js";
import type { JunitCase, JunitSuite } from "./junit.js";

/** The file stem of each gate's report (`<stem>.json`, `<stem>.junit.xml`). */
export const REPORT_FILES = {
  coverage: "coverage",
  conformance: "conformance",
  drift: "drift-score",
  breaking: "breaking",
} as const;

export interface CoverageResults {
  passed: boolean;
  operations: {
    api: string;
    operation: string;
    method: string;
    path: string;
    requests: number;
    coveredStatuses: string[];
    missingStatuses: string[];
  }[];
  unmatched: Observation[];
}

export function coverageResults(report: CoverageReport): CoverageResults {
  return {
    passed: report.ok,
    operations: report.rows.map((row) => ({
      api: row.api,
      operation: row.operation.name,
      method: row.operation.method.toUpperCase(),
      path: row.operation.path,
      requests: row.requests,
      coveredStatuses: row.coveredStatuses,
      missingStatuses: row.missingStatuses,
    })),
    unmatched: report.unmatched,
  };
}

export function coverageSuite(results: CoverageResults, output: string): JunitSuite {
  const cases = results.operations.map((op): JunitCase => {
    const name = `${op.operation} (${op.method} ${op.path})`;
    if (op.requests === 0) return { classname: op.api, name, failure: { message: "never called by a contract test" } };
    if (op.missingStatuses.length > 0)
      return { classname: op.api, name, failure: { message: `status ${op.missingStatuses.join(", ")} never answered` } };
    return { classname: op.api, name };
  });
  for (const o of results.unmatched)
    cases.push({
      classname: o.api,
      name: `${o.method} ${o.path}`,
      failure: { message: `answered ${o.status} but matches no operation in the spec` },
    });
  return { name: "contract coverage", cases, output };
}

export type ConformanceResults = Pick<ConformanceResult, "passed" | "calls" | "notes" | "findings">;

export function conformanceSuite(results: ConformanceResults, output: string): JunitSuite {
  const cases = results.calls.map(
    (call): JunitCase => ({
      classname: call.sdk,
      name: `${call.call} → ${call.operation}`,
      ...(call.accepted ? {} : { failure: { message: `refused${call.status ? ` with ${call.status}` : ""}`, detail: call.detail } }),
    }),
  );
  if (results.calls.length === 0)
    cases.push({ classname: "conformance", name: "any SDK call", failure: { message: "no SDK call was made" } });
  return { name: "vendor-SDK conformance", cases, output };
}

export interface DriftRow {
  kind: string;
  where: string;
  caught: string[];
  evidence: string;
  seconds: number;
  error?: string;
}

export interface DriftResults {
  passed: boolean;
  seed: number;
  score: number;
  rows: DriftRow[];
  /** Gates that tripped on the unplanted copy (the score then fails before planting). */
  baselineProblems: string[];
}

export function driftSuite(results: DriftResults, output: string): JunitSuite {
  const cases = results.rows.map(
    (row): JunitCase => ({
      classname: "planted drift",
      name: `${row.kind}: ${row.where}`,
      seconds: row.seconds,
      ...(row.caught.length > 0
        ? {}
        : { failure: { message: row.error ? `not planted: ${row.error}` : "no gate caught it", detail: row.error ?? row.where } }),
    }),
  );
  for (const problem of results.baselineProblems)
    cases.push({
      classname: "baseline",
      name: problem,
      seconds: 0,
      failure: { message: "a gate trips without any drift", detail: problem },
    });
  return { name: "planted-drift score", cases, output };
}

export interface BreakingResults {
  base: string;
  breaking: number;
  nonBreaking: number;
  specs: SpecReport[];
}

/** A breaking change is a <failure> so CI lists it; the CI run itself fails only with --fail-on-breaking. */
export function breakingSuite(results: BreakingResults, output: string): JunitSuite {
  const cases = results.specs.flatMap((spec): JunitCase[] =>
    spec.changes.length === 0
      ? [{ classname: spec.api, name: spec.isNew ? "new API" : "no changes" }]
      : spec.changes.map((change) => ({
          classname: spec.api,
          name: `${change.operation ?? "(document)"}: ${change.message} @ ${change.location}`,
          ...(change.severity === "breaking" ? { failure: { message: `breaking [${change.rule}]`, detail: change.message } } : {}),
        })),
  );
  return { name: `breaking changes since ${results.base}`, cases, output };
}
