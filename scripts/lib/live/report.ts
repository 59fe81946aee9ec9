// The live check's text report.
import type { LiveCheckResult, Violation } from "./types.js";

export function formatViolation(v: Violation): string {
  if (v.side === "response" && v.part === "body") return `${v.pointer || "body"} ${v.message}`;
  const where = [v.side, v.part, v.pointer].filter((s) => s !== "").join(" ");
  return `${where}: ${v.message}`;
}

export function formatLiveCheck(result: LiveCheckResult): string {
  const lines = result.operations.map((r) => {
    const head = `${r.operationId} ${r.method} ${r.path}`;
    if (r.outcome === "skipped") return `SKIP ${head}: ${r.reason ?? ""}`;
    const status = r.status !== undefined ? ` ${r.status}` : "";
    if (r.outcome === "passed") {
      const listed = (severity: string, name: string): string => {
        const pointers = (r.violations ?? []).filter((v) => v.severity === severity).map((v) => v.pointer);
        return pointers.length > 0 ? ` (${name} drift: ${pointers.join(", ")})` : "";
      };
      return `PASS ${head}${status}${listed("Additive", "additive")}${listed("Subtractive", "subtractive")}`;
    }
    return `FAIL ${head}${status}: ${(r.violations ?? []).map(formatViolation).join("; ")}`;
  });
  const { passed, failed, skipped } = result.summary;
  lines.push(`live check ${result.api}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (result.verdict === "nothing-checked") lines.push(`live check ${result.api}: ${nothingChecked(result)}; not passed`);
  return lines.join("\n");
}

/** Why a run checked no operation at all. */
export function nothingChecked(result: LiveCheckResult): string {
  const skipped = result.operations.filter((r) => r.outcome === "skipped");
  const allWrites = skipped.length > 0 && !result.allowWrites && skipped.every((r) => r.method !== "GET");
  return allWrites
    ? "nothing checked (all operations are writes; use --allow-writes)"
    : `nothing checked (${skipped.length} operation(s) skipped)`;
}
