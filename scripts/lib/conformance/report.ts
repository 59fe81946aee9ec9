// The conformance gate's printed SDK × operation table.
import type { ConformanceCall, ConformanceResult } from "./types.js";

/** The SDK × operation table. */
export function formatConformance(result: ConformanceResult): string {
  const rows = [
    ["SDK", "call", "operation", "status", "result", "first violation / read as"],
    ["---", "---", "---", "---", "---", "---"],
    ...result.calls.map((c) => [c.sdk, c.call, c.operation, String(c.expected ?? "2xx"), verdict(c), c.detail.replace(/\|/g, "\\|")]),
  ];
  const requests = result.calls.filter((c) => c.expected === undefined);
  const errors = result.calls.filter((c) => c.expected !== undefined);
  return [
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    ...result.notes.map((n) => `note: ${n}`),
    `vendor-SDK conformance: ${requests.filter((c) => c.accepted).length}/${requests.length} calls accepted, ` +
      `${errors.filter((c) => c.accepted).length}/${errors.length} error answers read as the SDK's typed error`,
  ].join("\n");
}

function verdict(call: ConformanceCall): string {
  if (call.expected !== undefined) return call.accepted ? "typed error" : `UNREADABLE${call.status ? ` (${call.status})` : ""}`;
  return call.accepted ? `accepted (${call.status})` : `REFUSED${call.status ? ` (${call.status})` : ""}`;
}
