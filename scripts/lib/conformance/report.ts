// The conformance gate's printed SDK × operation table.
import type { ConformanceResult } from "./types.js";

/** The SDK × operation table. */
export function formatConformance(result: ConformanceResult): string {
  const rows = [
    ["SDK", "call", "operation", "result", "first violation"],
    ["---", "---", "---", "---", "---"],
    ...result.calls.map((c) => [
      c.sdk,
      c.call,
      c.operation,
      c.accepted ? `accepted (${c.status})` : `REFUSED${c.status ? ` (${c.status})` : ""}`,
      c.detail.replace(/\|/g, "\\|"),
    ]),
  ];
  const accepted = result.calls.filter((c) => c.accepted).length;
  return [
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    ...result.notes.map((n) => `note: ${n}`),
    `vendor-SDK conformance: ${accepted}/${result.calls.length} calls accepted`,
  ].join("\n");
}
