// Gate: the contract tests of these APIs against their own Prism mocks (`npm run test:contract`);
// CONTRACT_APIS limits the mocks, and the run records what reached them for the coverage gate.
import type { ApiEntry } from "../spec/apis.js";
import { exec } from "../harness/exec.js";
import type { GateResult } from "./result.js";

/**
 * vitest's path filters for these APIs' contract tests: contract-tests/<api>/ and
 * contract-tests/<api>.test.ts. vitest keeps a file whose path contains a filter, so a bare
 * `contract-tests/<api>` would also run another API whose name starts with it (`pipedreamx2` for
 * `pipedream`), without its mock.
 */
export function contractTestFilters(apis: Pick<ApiEntry, "name">[]): string[] {
  return apis.flatMap((api) => [`contract-tests/${api.name}/`, `contract-tests/${api.name}.test.ts`]);
}

/**
 * `firstFailure`: stop at the first failing test (vitest's --bail), for a caller that needs only
 * the verdict and its first evidence (the drift score), not every failure of a drifted client.
 */
export async function checkContract(
  root: string,
  apis: Pick<ApiEntry, "name">[],
  options: { firstFailure?: boolean } = {},
): Promise<GateResult> {
  const filters = contractTestFilters(apis);
  // Two workers: the files of one API share their clients and specs (isolate: false), so more
  // workers only load those again (botpress alone: 9.0 CPU s on two, 10.8 on four, no slower).
  const args = ["node_modules/vitest/vitest.mjs", "run", "--project", "contract", "--maxWorkers", "2"];
  if (options.firstFailure) args.push("--bail", "1");
  args.push(...filters);
  const result = await exec(root, process.execPath, args, {
    CONTRACT_APIS: apis.map((api) => api.name).join(","),
  });
  if (result.code === 0) return { passed: true, findings: [] };
  const lines = result.output
    .split("\n")
    .filter((line) => /FAIL|Error|×/.test(line))
    .map((line) => line.trim());
  return { passed: false, findings: lines.length > 0 ? lines.slice(0, 20) : [`vitest exited ${result.code}`] };
}
