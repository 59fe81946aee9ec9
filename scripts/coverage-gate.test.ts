// The coverage gate must trip on an operation nobody calls and on a documented status never answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadApis } from "./lib/apis.js";
import { computeCoverage, formatCoverage, type ApiOperations } from "./lib/coverage.js";
import { readSpecOperations } from "./lib/operations.js";
import type { Observation } from "./lib/recorder.js";
import { createSandbox, tsxArgs, type Sandbox } from "./lib/sandbox.js";

const apis: ApiOperations[] = loadApis().map((api) => ({ api: api.name, operations: readSpecOperations(api.specPath) }));

/** One observation per documented status of every operation: what a complete run records. */
function completeRun(list: ApiOperations[]): Observation[] {
  return list.flatMap(({ api, operations }) =>
    operations.flatMap((op) => op.statuses.map((status) => ({ api, method: op.method, path: op.path.replace(/\{[^}]+\}/g, "x1"), status: Number(status) }))),
  );
}

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
    const row = report.rows.find((r) => r.operation.operationId === "receiveMessage");
    expect(row?.requests).toBe(1);
  });
});

describe("scripts/coverage-gate.ts", () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = createSandbox();
  });
  afterAll(() => sandbox.dispose());

  it("exits 1 naming an operation added to a spec that no contract test calls", () => {
    sandbox.write(".observed.json", JSON.stringify(completeRun(apis)));
    const [node, args] = tsxArgs("scripts/coverage-gate.ts", "--observed", ".observed.json");
    expect(sandbox.run(node, args).code).toBe(0);

    sandbox.edit("specs/patchworks.yaml", (t) =>
      t.replace(
        "  /api/v1/flows/{flow}/callbacks/{callback}:\n",
        `  /api/v1/flows/{flow}/callbacks/{callback}/run:
    post:
      operationId: runFlowCallback
      responses:
        '200':
          description: ok
        '401':
          description: no
  /api/v1/flows/{flow}/callbacks/{callback}:
`,
      ),
    );
    const result = sandbox.run(node, args);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("NOT CALLED  runFlowCallback (POST /api/v1/flows/{flow}/callbacks/{callback}/run)");
    expect(result.stdout).toContain("FAIL");
  });

  it("exits 1 when there is no record of a contract run", () => {
    const [node, args] = tsxArgs("scripts/coverage-gate.ts", "--observed", "missing.json");
    const result = sandbox.run(node, args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("run the contract tests first");
  });
});
