// Gate: generated/ is exactly what the specs produce (`npm run generate:check`).
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { renderApi } from "../codegen/render.js";
import type { ApiEntry } from "../spec/apis.js";
import type { GateResult } from "./result.js";

/** Renders every API in memory and compares; a spec that does not parse or lint is a finding too. */
export async function checkGenerated(root: string, apis: ApiEntry[]): Promise<GateResult> {
  const findings: string[] = [];
  for (const api of apis) {
    try {
      for (const [path, content] of await renderApi(api, root)) {
        if (!existsSync(path) || readFileSync(path, "utf8") !== content) {
          findings.push(`stale: ${relative(root, path)} differs from what its spec generates (run npm run generate)`);
        }
      }
    } catch (error) {
      findings.push(
        `${error instanceof Error ? error.message : String(error)}\n${api.name}: not generated; previous output left untouched`,
      );
    }
  }
  return { passed: findings.length === 0, findings };
}
