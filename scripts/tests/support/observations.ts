// Test helper: what a complete contract run records.
import type { ApiOperations } from "../../lib/gates/coverage.js";
import type { Observation } from "../../lib/harness/recorder.js";

/** One observation per documented status of every operation. */
export function completeRun(list: ApiOperations[]): Observation[] {
  return list.flatMap(({ api, operations }) =>
    operations.flatMap((op) =>
      op.statuses.map((status) => ({
        api,
        method: op.method.toUpperCase(),
        path: op.path.replace(/\{[^}]+\}/g, "x1"),
        status: Number(status),
      })),
    ),
  );
}
