// Gate: a real (or local, drifting) server answers as the spec says, through a Prism validating
// proxy (`npm run contract:live`). An API with nothing checked does not pass.
import { nothingChecked, formatViolation } from "../live/report.js";
import { runLiveCheck, type LiveCheckOptions } from "../live/run.js";
import type { LiveCheckResult } from "../live/types.js";
import type { GateResult } from "./result.js";

export async function checkLive(options: LiveCheckOptions): Promise<GateResult & { result: LiveCheckResult }> {
  const result = await runLiveCheck(options);
  const findings = result.operations
    .filter((r) => r.outcome === "failed")
    .map(
      (r) =>
        `${r.operationId} ${r.method} ${r.path}${r.status !== undefined ? ` ${r.status}` : ""}: ${(r.violations ?? []).map(formatViolation).join("; ")}`,
    );
  if (result.verdict === "nothing-checked") findings.push(`${result.api}: ${nothingChecked(result)}`);
  return { passed: result.verdict === "passed", findings, result };
}
