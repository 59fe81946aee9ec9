// The coverage gate must trip on an operation nobody calls and on a documented status never answered.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeCoverage, formatCoverage, operationsWithStatuses, checkCoverage, type ApiOperations } from "../../../lib/gates/coverage.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";
import { readSpec } from "../../../lib/spec/load.js";
import { completeRun } from "../../support/observations.js";

const apis: ApiOperations[] = loadApis().map((api) => ({ api: api.name, operations: operationsWithStatuses(readSpec(api.specPath)) }));

describe("computeCoverage", () => {
  it("passes a run that exercised every operation and documented status", () => {
    const report = computeCoverage(apis, completeRun(apis));
    expect(report.ok).toBe(true);
    expect(report.rows.length).toBeGreaterThanOrEqual(11);
  });

  it("trips on an operation nobody called", () => {
    const observations = completeRun(apis).filter((o) => !(o.api === "pipedrive" && o.method === "DELETE" && o.path === "/v1/channels/x1"));
    const report = computeCoverage(apis, observations);
    expect(report.ok).toBe(false);
    expect(formatCoverage(report)).toContain("NOT CALLED  deleteChannel (DELETE /v1/channels/{id})");
  });

  it("trips on a documented status never answered", () => {
    const observations = completeRun(apis).filter((o) => !(o.api === "dynamiq" && o.path === "/v1/conversations" && o.status === 403));
    const report = computeCoverage(apis, observations);
    expect(report.ok).toBe(false);
    expect(formatCoverage(report)).toMatch(/MISSING +listConversations .*status 403 never answered/);
  });

  it("trips on a request that matches no operation in the spec", () => {
    const report = computeCoverage(apis, [...completeRun(apis), { api: "pipedrive", method: "GET", path: "/v1/channels", status: 405 }]);
    expect(report.ok).toBe(false);
    expect(formatCoverage(report)).toContain("UNMATCHED   pipedrive: GET /v1/channels");
  });

  it("maps a literal segment before a parameter", () => {
    const report = computeCoverage(apis, [{ api: "pipedrive", method: "POST", path: "/v1/channels/messages/receive", status: 200 }]);
    const row = report.rows.find((r) => r.operation.name === "receiveMessage");
    expect(row?.requests).toBe(1);
  });
});

describe("checkCoverage", () => {
  it("passes a complete run and fails, with findings, an incomplete or missing one", () => {
    const dir = mkdtempSync(join(tmpdir(), "coverage-gate-"));
    try {
      const file = join(dir, "observed.json");
      writeFileSync(file, JSON.stringify(completeRun(apis)));
      expect(checkCoverage(repoRoot, loadApis(), file)).toMatchObject({ passed: true, findings: [] });
      writeFileSync(file, JSON.stringify(completeRun(apis).filter((o) => !(o.api === "pipedrive" && o.method === "DELETE"))));
      const gate = checkCoverage(repoRoot, loadApis(), file);
      expect(gate.passed).toBe(false);
      expect(gate.findings).toContain("uncovered: pipedrive deleteChannel never called");
      expect(checkCoverage(repoRoot, loadApis(), join(dir, "missing.json")).findings[0]).toContain("run the contract tests first");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
