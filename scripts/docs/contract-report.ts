// The HTML contract report of one API (`npm run docs` writes dist-docs/<api>-contract.html beside
// the reference page): the operation × documented-status grid of the last contract run (exercised
// or not, and by which tests), the vendor-SDK conformance calls, and the planted-drift kinds aimed
// at each operation with the gates that caught them, and this change's breaking report (a status the
// change stopped documenting is marked in its cell). One self-contained page: inline CSS, no script.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { covers, matchOperation, type SpecOperation } from "../lib/gates/coverage.js";
import type { Observation } from "../lib/harness/recorder.js";
import type { Change } from "../lib/breaking/schema.js";
import { type BreakingResults, type ConformanceResults, type DriftResults, type DriftRow, REPORT_FILES } from "../lib/report/gates.js";

export interface ContractReportInput {
  api: string;
  title: string;
  operations: SpecOperation[];
  /** The contract run's observations (all APIs), or undefined when there was no run. */
  observations: Observation[] | undefined;
  conformance: ConformanceResults | undefined;
  drift: DriftResults | undefined;
  /** The breaking-change report of this change (all APIs), or undefined when it did not run. */
  breaking: BreakingResults | undefined;
}

/** This API's changes in the breaking report. */
const changesOf = (input: ContractReportInput): Change[] => input.breaking?.specs.find((spec) => spec.api === input.api)?.changes ?? [];

export const contractPageName = (api: string): string => `${api}-contract.html`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The operation's label as the drift plants write it: `name (METHOD /path)`. */
const label = (op: SpecOperation): string => `${op.name} (${op.method.toUpperCase()} ${op.path})`;

function statusOrder(a: string, b: string): number {
  const rank = (s: string): string => (s === "default" ? "9zz" : s.toUpperCase());
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}

/** Tests (by name) that drew each documented status of each operation. */
function testsByCell(input: ContractReportInput): Map<SpecOperation, Map<string, Set<string>>> {
  const cells = new Map<SpecOperation, Map<string, Set<string>>>();
  for (const o of input.observations ?? []) {
    if (o.api !== input.api) continue;
    const op = matchOperation(input.operations, o.method, o.path);
    if (!op) continue;
    const byStatus = cells.get(op) ?? new Map<string, Set<string>>();
    cells.set(op, byStatus);
    for (const documented of op.statuses.filter((s) => covers(s, o.status))) {
      const tests = byStatus.get(documented) ?? new Set<string>();
      tests.add(o.test ?? "(a test that did not name itself)");
      byStatus.set(documented, tests);
    }
  }
  return cells;
}

function driftCell(rows: DriftRow[]): string {
  if (rows.length === 0) return "";
  return rows
    .map(
      (row) =>
        `<div class="${row.caught.length ? "caught" : "missed"}">${escapeHtml(row.kind)} → ${escapeHtml(row.caught.length ? row.caught.join(", ") : "NOT CAUGHT")}</div>`,
    )
    .join("");
}

function grid(input: ContractReportInput): string {
  if (!input.observations)
    return `<p class="missing">No contract run recorded (.contract-coverage/observed.json): run <code>npm run test:contract</code>, then <code>npm run docs</code>.</p>`;
  const statuses = [...new Set(input.operations.flatMap((op) => op.statuses))].sort(statusOrder);
  const cells = testsByCell(input);
  const driftRows = input.drift?.rows.filter((row) => row.where.startsWith(`${input.api}: `)) ?? [];
  const changes = changesOf(input);
  const header = `<tr><th scope="col">operation</th>${statuses.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join("")}<th scope="col">drift kinds planted here → caught by</th></tr>`;
  const body = input.operations.map((op) => {
    const byStatus = cells.get(op) ?? new Map<string, Set<string>>();
    const opChanges = changes.filter((change) => change.operation === op.name);
    const tds = statuses.map((status) => {
      const removed = opChanges.find((change) => change.location === `responses/${status}` && !op.statuses.includes(status));
      if (removed)
        return `<td class="removed" data-status="${escapeHtml(status)}" title="${escapeHtml(removed.message)}">removed by this change</td>`;
      if (!op.statuses.includes(status)) return `<td class="na" data-status="${escapeHtml(status)}">·</td>`;
      const tests = [...(byStatus.get(status) ?? [])].sort();
      if (status === "default")
        return `<td class="na" data-status="default" title="not counted by the coverage gate">${tests.length ? `✓ ${tests.length}` : "default"}</td>`;
      if (tests.length === 0)
        return `<td class="miss" data-status="${escapeHtml(status)}" title="never answered in the contract run">✗</td>`;
      return `<td class="hit" data-status="${escapeHtml(status)}" title="${escapeHtml(tests.join("\n"))}">✓ ${tests.length}</td>`;
    });
    const tests = [...byStatus.entries()].sort(([a], [b]) => statusOrder(a, b));
    const details = tests.length
      ? `<details><summary>tests</summary><ul>${tests
          .map(
            ([status, names]) =>
              `<li><b>${escapeHtml(status)}</b>: ${[...names]
                .sort()
                .map((n) => `<span class="test">${escapeHtml(n)}</span>`)
                .join(", ")}</li>`,
          )
          .join("")}</ul></details>`
      : "";
    const drift = driftRows.filter((row) => row.where.includes(label(op)));
    const flagged = opChanges
      .map(
        (change) =>
          `<div class="change ${escapeHtml(change.severity)}">${escapeHtml(change.severity)}: ${escapeHtml(change.message)}</div>`,
      )
      .join("");
    return `<tr data-operation="${escapeHtml(op.name)}"><th scope="row"><code>${escapeHtml(op.name)}</code><br><small>${escapeHtml(op.method.toUpperCase())} ${escapeHtml(op.path)}</small>${flagged}${details}</th>${tds.join("")}<td class="drift">${driftCell(drift)}</td></tr>`;
  });
  const exercised = input.operations.filter((op) => op.statuses.filter((s) => s !== "default").every((s) => cells.get(op)?.has(s))).length;
  return `<p id="grid-summary">${exercised}/${input.operations.length} operations with every documented status exercised. ✓ N: exercised by N tests (hover, or open "tests"); ✗: never answered; ·: not documented; "removed by this change": documented before this change (the breaking report).</p>
<table id="grid"><thead>${header}</thead><tbody>
${body.join("\n")}
</tbody></table>`;
}

function conformanceSection(input: ContractReportInput): string {
  if (!input.conformance)
    return `<p class="missing">No conformance report (reports/${REPORT_FILES.conformance}.json): run <code>npm run check:conformance -- --report-dir reports</code>.</p>`;
  const names = new Set(input.operations.map((op) => op.name));
  const calls = input.conformance.calls.filter((c) => names.has(c.operation));
  if (calls.length === 0)
    return `<p>No vendor SDK call reaches this API's operations (the conformance gate drives official SDKs only where one exists).</p>`;
  const rows = calls.map(
    (c) =>
      `<tr class="${c.accepted ? "hit" : "miss"}"><td>${escapeHtml(c.sdk)}</td><td><code>${escapeHtml(c.call)}</code></td><td><code>${escapeHtml(c.operation)}</code></td><td>${c.accepted ? `accepted (${c.status})` : `REFUSED${c.status ? ` (${c.status})` : ""}`}</td><td>${escapeHtml(c.detail)}</td></tr>`,
  );
  return `<table id="conformance"><thead><tr><th>SDK</th><th>call</th><th>operation</th><th>result</th><th>first violation</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}

function changesSection(input: ContractReportInput): string {
  if (!input.breaking)
    return `<p class="missing">No breaking-change report (reports/${REPORT_FILES.breaking}.json): run <code>npm run breaking -- --report-dir reports</code>.</p>`;
  const changes = changesOf(input);
  const intro = `<p>Compared with ${escapeHtml(input.breaking.base)}: ${changes.filter((c) => c.severity === "breaking").length} breaking, ${changes.filter((c) => c.severity !== "breaking").length} non-breaking in this API.</p>`;
  if (changes.length === 0) return intro;
  const rows = changes.map(
    (c) =>
      `<tr class="${c.severity === "breaking" ? "miss" : ""}"><td>${escapeHtml(c.severity)}</td><td><code>${escapeHtml(c.operation ?? "(document)")}</code></td><td>${escapeHtml(c.message)}</td><td><code>${escapeHtml(c.location)}</code></td><td>${escapeHtml(c.rule)}</td></tr>`,
  );
  return `${intro}<table id="changes"><thead><tr><th>severity</th><th>operation</th><th>change</th><th>where</th><th>rule</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}

function driftSection(input: ContractReportInput): string {
  if (!input.drift)
    return `<p class="missing">No drift score (reports/${REPORT_FILES.drift}.json): run <code>npm run drift:score -- --report-dir reports</code>.</p>`;
  const rows = input.drift.rows.filter(
    (row) => row.where.startsWith(`${input.api}: `) && !input.operations.some((op) => row.where.includes(label(op))),
  );
  const intro = `<p>Planted-drift score ${input.drift.score}% (seed ${input.drift.seed}). The grid's last column shows the kinds planted on an operation; these were planted on this API elsewhere (the document, a schema, the client):</p>`;
  if (rows.length === 0) return `${intro}<p>None.</p>`;
  return `${intro}<ul id="drift-elsewhere">${rows.map((row) => `<li>${escapeHtml(row.kind)}: ${escapeHtml(row.where.slice(input.api.length + 2))} → ${escapeHtml(row.caught.join(", ") || "NOT CAUGHT")}</li>`).join("")}</ul>`;
}

export function contractReportPage(input: ContractReportInput): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(input.title)}: contract report</title>
  <style>
    body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#222}
    table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top;text-align:left}
    thead th{position:sticky;top:0;background:#f4f4f4}td.hit,tr.hit td{background:#dff3df}td.miss,tr.miss td{background:#f8d7d7}td.na{color:#999;text-align:center}
    td[data-status]{text-align:center;white-space:nowrap}.drift div{white-space:nowrap}.caught{color:#1a5e1a}.missed{color:#a00;font-weight:bold}
    .missing{color:#a00}td.removed{background:#f8d7d7;color:#a00;font-weight:bold}.change.breaking{color:#a00;font-weight:bold}details{font-weight:normal}.test{font-family:ui-monospace,monospace;font-size:12px}code{font-size:13px}
  </style>
</head>
<body>
  <h1>${escapeHtml(input.title)}: contract report</h1>
  <p><a href="./${escapeHtml(input.api)}.html">API reference</a> · <a href="./index.html">all APIs</a></p>
  <h2>Breaking changes of this change</h2>
  ${changesSection(input)}
  <h2>Operations × documented statuses (last contract run)</h2>
  ${grid(input)}
  <h2>Vendor-SDK conformance</h2>
  ${conformanceSection(input)}
  <h2>Planted drift</h2>
  ${driftSection(input)}
</body>
</html>
`;
}

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
}

/** What the pages read: the contract run's observations and the gates' reports, each optional. */
export function readReportInputs(
  observedFile: string,
  reportDir: string,
): Pick<ContractReportInput, "observations" | "conformance" | "drift" | "breaking"> {
  return {
    observations: readJson<Observation[]>(observedFile),
    conformance: readJson<ConformanceResults>(join(reportDir, `${REPORT_FILES.conformance}.json`)),
    drift: readJson<DriftResults>(join(reportDir, `${REPORT_FILES.drift}.json`)),
    breaking: readJson<BreakingResults>(join(reportDir, `${REPORT_FILES.breaking}.json`)),
  };
}
