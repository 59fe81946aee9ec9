// Gate: contract coverage. Which operations, and which documented statuses of each, the requests
// that reached the mocks exercised (`npm run coverage:gate`).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { asObject, listOperations, type DocumentOperation, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import type { Observation } from "../harness/recorder.js";
import type { ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

/** Where the contract run records what reached the mocks, relative to the repo root. */
export const OBSERVED_FILE = ".contract-coverage/observed.json";

/** Where one part of a sharded contract run (`vitest --shard i/n`) records its observations. */
export const shardObservedFile = (index: number, count: number): string => `.contract-coverage/shards/${index}-of-${count}.json`;

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

/** Whether an answered status counts for a documented one (`404`, or a range such as `4XX`). */
export function covers(documented: string, status: number): boolean {
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

/** The observations of a contract run split into parts (shards): files, or folders whose *.json are parts. */
export interface ObservationParts {
  parts: string[];
}

/** The part files `parts` names: each file as given, each folder's *.json in name order. */
export function observationFiles(root: string, { parts }: ObservationParts): { files: string[]; findings: string[] } {
  const files: string[] = [];
  const findings: string[] = [];
  for (const part of parts) {
    const shown = relative(root, part) || part;
    if (!existsSync(part)) findings.push(`${shown} does not exist`);
    else if (statSync(part).isDirectory()) {
      const inside = readdirSync(part)
        .filter((name) => name.endsWith(".json"))
        .sort();
      if (inside.length === 0) findings.push(`${shown} holds no observations (*.json)`);
      files.push(...inside.map((name) => join(part, name)));
    } else files.push(part);
  }
  return { files, findings };
}

function readObservations(root: string, path: string): Observation[] | string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (!Array.isArray(parsed)) return `${relative(root, path) || path}: not a list of observations`;
    return parsed as Observation[];
  } catch (error) {
    return `${relative(root, path) || path}: not JSON: ${(error as Error).message}`;
  }
}

/**
 * The whole gate: every operation of every API, and every documented status of each, reached a
 * mock in the last contract run (recorded at `observed`, or split across the files of its parts).
 */
export function checkCoverage(
  root: string,
  apis: ApiEntry[],
  observed: string | ObservationParts = join(root, OBSERVED_FILE),
): GateResult & { report?: CoverageReport } {
  if (typeof observed === "string" && !existsSync(observed)) {
    return {
      passed: false,
      findings: [`${relative(root, observed) || observed} does not exist; run the contract tests first (npm run test:contract)`],
    };
  }
  const { files, findings: missing } =
    typeof observed === "string" ? { files: [observed], findings: [] } : observationFiles(root, observed);
  if (missing.length > 0) return { passed: false, findings: missing };
  const observations: Observation[] = [];
  for (const file of files) {
    const part = readObservations(root, file);
    if (typeof part === "string") return { passed: false, findings: [part] };
    observations.push(...part);
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
