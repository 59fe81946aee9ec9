// The coverage gate's command: exit codes, the report, and a spec operation no test calls.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../check-coverage.js";
import { runInMemory } from "../lib/cli/args.js";
import { operationsWithStatuses, type ApiOperations } from "../lib/gates/coverage.js";
import { createSandbox, tsxArgs, type Sandbox } from "../lib/harness/sandbox.js";
import { loadApis } from "../lib/spec/apis.js";
import { readSpec } from "../lib/spec/load.js";
import { completeRun } from "./support/observations.js";

const apis: ApiOperations[] = loadApis().map((api) => ({ api: api.name, operations: operationsWithStatuses(readSpec(api.specPath)) }));

describe("npm run coverage:gate", () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    sandbox = createSandbox();
  });
  afterAll(() => sandbox.dispose());

  it("exits 1 naming an operation added to a spec that no contract test calls", async () => {
    sandbox.write(".observed.json", JSON.stringify(completeRun(apis)));
    const gate = () => runInMemory(main, ["--root", sandbox.root, "--observed", ".observed.json"]);
    expect((await gate()).code).toBe(0);

    sandbox.edit("specs/patchworks.yaml", (t) =>
      t.replace(
        "  /api/v1/flows/{flow}/callbacks/{callback}:\n",
        `  /api/v1/flows/{flow}/callbacks/{callback}/run:
    post:
      operationId: runFlowCallback
      responses:
        '200':
          description: ok
        '401':
          description: no
  /api/v1/flows/{flow}/callbacks/{callback}:
`,
      ),
    );
    const result = await gate();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("NOT CALLED  runFlowCallback (POST /api/v1/flows/{flow}/callbacks/{callback}/run)");
    expect(result.stdout).toContain("FAIL");
  });

  it("exits 1 when there is no record of a contract run (the real CLI, spawned)", () => {
    const [node, args] = tsxArgs("scripts/check-coverage.ts", "--observed", "missing.json");
    const result = sandbox.run(node, args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("run the contract tests first");
  });
});
