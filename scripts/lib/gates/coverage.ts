// Gate: contract coverage. Which operations, and which documented statuses of each, the requests
// that reached the mocks exercised (`npm run coverage:gate`).
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { asObject, listOperations, type DocumentOperation, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import type { Observation } from "../harness/recorder.js";
import type { ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

/** Where the contract run records what reached the mocks, relative to the repo root. */
export const OBSERVED_FILE = ".contract-coverage/observed.json";

/** An operation with its documented response statuses (ranges and `default` kept as written). */
export interface SpecOperation extends DocumentOperation {
  statuses: string[];
}

export function operationsWithStatuses(document: OpenApiDocument): SpecOperation[] {
  return listOperations(document).map((op) => ({ ...op, statuses: Object.keys(asObject(op.operation["responses"]) ?? {}) }));
}

export interface ApiOperations {
  api: string;
  operations: SpecOperation[];
}

function templateRegex(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}/?$`);
}

/** The operation a request addressed; a literal segment beats a parameter, as routers do. */
export function matchOperation<T extends { method: string; path: string }>(operations: T[], method: string, path: string): T | undefined {
  const candidates = operations.filter((op) => op.method.toUpperCase() === method.toUpperCase() && templateRegex(op.path).test(path));
  candidates.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  return candidates[0];
}

export interface OperationCoverage {
  api: string;
  operation: SpecOperation;
  requests: number;
  coveredStatuses: string[];
  missingStatuses: string[];
}

export interface CoverageReport {
  rows: OperationCoverage[];
  /** Requests that matched no operation of their API (a client calling a path the spec lacks). */
  unmatched: Observation[];
  ok: boolean;
}

function covers(documented: string, status: number): boolean {
  if (documented === String(status)) return true;
  return /^[1-5]XX$/i.test(documented) && documented[0] === String(status)[0];
}

export function computeCoverage(apis: ApiOperations[], observations: Observation[]): CoverageReport {
  const rows: OperationCoverage[] = [];
  const unmatched: Observation[] = [];
  const seen = new Map<SpecOperation, number[]>();
  for (const observation of observations) {
    const api = apis.find((a) => a.api === observation.api);
    const operation = api ? matchOperation(api.operations, observation.method, observation.path) : undefined;
    if (!operation) {
      unmatched.push(observation);
      continue;
    }
    seen.set(operation, [...(seen.get(operation) ?? []), observation.status]);
  }
  for (const { api, operations } of apis) {
    for (const operation of operations) {
      const statuses = seen.get(operation) ?? [];
      const documented = operation.statuses.filter((s) => s !== "default");
      rows.push({
        api,
        operation,
        requests: statuses.length,
        coveredStatuses: documented.filter((d) => statuses.some((s) => covers(d, s))),
        missingStatuses: documented.filter((d) => !statuses.some((s) => covers(d, s))),
      });
    }
  }
  const complete = rows.every((r) => r.requests > 0 && r.missingStatuses.length === 0);
  return { rows, unmatched, ok: complete && unmatched.length === 0 };
}

export function formatCoverage(report: CoverageReport): string {
  const lines: string[] = [];
  const byApi = new Map<string, OperationCoverage[]>();
  for (const row of report.rows) byApi.set(row.api, [...(byApi.get(row.api) ?? []), row]);
  for (const [api, rows] of byApi) {
    const full = rows.filter((r) => r.requests > 0 && r.missingStatuses.length === 0).length;
    const statuses = rows.reduce((n, r) => n + r.coveredStatuses.length, 0);
    const documented = rows.reduce((n, r) => n + r.coveredStatuses.length + r.missingStatuses.length, 0);
    lines.push(`${api}: ${full}/${rows.length} operations fully covered, ${statuses}/${documented} documented statuses exercised`);
    for (const row of rows) {
      if (row.requests === 0)
        lines.push(`  NOT CALLED  ${row.operation.name} (${row.operation.method.toUpperCase()} ${row.operation.path})`);
      else if (row.missingStatuses.length > 0)
        lines.push(
          `  MISSING     ${row.operation.name} (${row.operation.method.toUpperCase()} ${row.operation.path}): status ${row.missingStatuses.join(", ")} never answered`,
        );
    }
  }
  for (const o of report.unmatched)
    lines.push(`  UNMATCHED   ${o.api}: ${o.method} ${o.path} answered ${o.status} matches no operation in the spec`);
  const operations = report.rows.length;
  const covered = report.rows.filter((r) => r.requests > 0 && r.missingStatuses.length === 0).length;
  lines.push(`contract coverage: ${covered}/${operations} operations with every documented status — ${report.ok ? "PASS" : "FAIL"}`);
  return lines.join("\n");
}

/**
 * The whole gate: every operation of every API, and every documented status of each, reached a
 * mock in the last contract run (recorded at `observedPath`).
 */
export function checkCoverage(
  root: string,
  apis: ApiEntry[],
  observedPath: string = join(root, OBSERVED_FILE),
): GateResult & { report?: CoverageReport } {
  if (!existsSync(observedPath)) {
    return {
      passed: false,
      findings: [`${relative(root, observedPath) || observedPath} does not exist; run the contract tests first (npm run test:contract)`],
    };
  }
  let observations: Observation[];
  try {
    observations = JSON.parse(readFileSync(observedPath, "utf8")) as Observation[];
  } catch (error) {
    return { passed: false, findings: [`${relative(root, observedPath)}: not JSON: ${(error as Error).message}`] };
  }
  const report = computeCoverage(
    apis.map((api) => ({ api: api.name, operations: operationsWithStatuses(readSpec(api.specPath)) })),
    observations,
  );
  const findings = [
    ...report.rows.filter((r) => r.requests === 0).map((r) => `uncovered: ${r.api} ${r.operation.name} never called`),
    ...report.rows
      .filter((r) => r.requests > 0 && r.missingStatuses.length > 0)
      .map((r) => `uncovered: ${r.api} ${r.operation.name} status ${r.missingStatuses.join(", ")} never answered`),
    ...report.unmatched.map((o) => `unmatched: ${o.api} ${o.method} ${o.path} matches no operation in the spec`),
  ];
  return { passed: report.ok, findings, report };
}
