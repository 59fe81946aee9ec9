// The text of the breaking-change report (`npm run breaking`).
import type { Change } from "./schema.js";

export function formatChange(change: Change): string {
  const tag = change.severity === "breaking" ? "BREAKING" : "ok      ";
  return `${tag}  ${change.operation ?? "(document)"}  ${change.message} @ ${change.location} [${change.rule}]`;
}

export interface SpecReport {
  api: string;
  /** Spec path as shown, e.g. `specs/pipedrive.yaml`. */
  spec: string;
  /** True when the spec did not exist at the base ref. */
  isNew: boolean;
  changes: Change[];
}

export function formatReport(reports: SpecReport[]): { text: string; breaking: number; nonBreaking: number } {
  const lines: string[] = [];
  let breaking = 0;
  let nonBreaking = 0;
  for (const report of reports) {
    const count = report.changes.filter((c) => c.severity === "breaking").length;
    breaking += count;
    nonBreaking += report.changes.length - count;
    const state = report.isNew
      ? "new API"
      : report.changes.length === 0
        ? "no changes"
        : `${count} breaking, ${report.changes.length - count} non-breaking`;
    lines.push(`== ${report.api} (${report.spec}): ${state}`);
    for (const change of report.changes) lines.push(formatChange(change));
  }
  lines.push(
    `breaking changes: ${breaking} (non-breaking: ${nonBreaking}) across ${reports.length} spec${reports.length === 1 ? "" : "s"}`,
  );
  return { text: lines.join("\n"), breaking, nonBreaking };
}
