// Gate: no breaking change between two versions of a spec (`npm run breaking -- --fail-on-breaking`).
import { compareSpecs, type Change } from "../breaking/compare.js";
import { formatChange } from "../breaking/report.js";
import type { GateResult } from "./result.js";

/** Compares parsed documents; throws SpecReferenceError on a `$ref` that does not resolve. */
export function checkBreaking(before: unknown, after: unknown): GateResult & { changes: Change[] } {
  const changes = compareSpecs(before, after);
  const findings = changes.filter((c) => c.severity === "breaking").map(formatChange);
  return { passed: findings.length === 0, findings, changes };
}
