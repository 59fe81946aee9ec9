// A contract run split into shards: each part's observations land in a file of their own and the
// coverage gate's --merge reads their union, which must equal the one-machine run's observations.
// The parts are cut from recorder data (each observation names its test file) with vitest's own
// shard split (BaseSequencer.shard), so no mock runs twice here.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BaseSequencer, type TestSpecification, type Vitest } from "vitest/node";
import { main as coverageGate } from "../../../check-coverage.js";
import { memoryIo, runMain } from "../../../lib/cli/args.js";
import { observationFiles, operationsWithStatuses, shardObservedFile, type ApiOperations } from "../../../lib/gates/coverage.js";
import type { Observation } from "../../../lib/harness/recorder.js";
import { loadApis, repoRoot, selectApis } from "../../../lib/spec/apis.js";
import { readSpec } from "../../../lib/spec/load.js";
import { completeRun } from "../../support/observations.js";

// One API keeps the gate's spec reading short; the split is over every contract test file all the same.
const API = "dynamiq";
const apis: ApiOperations[] = selectApis(loadApis(), [API]).map((api) => ({
  api: api.name,
  operations: operationsWithStatuses(readSpec(api.specPath)),
}));
const contractFiles = readdirSync(join(repoRoot, "contract-tests"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => `contract-tests/${file.split("\\").join("/")}`)
  .sort();

/** A full run as the recorder writes it: every observation names the test (file) that sent it. */
function fullRun(): Observation[] {
  return completeRun(apis).map((observation, i) => {
    const own = contractFiles.filter((file) => file.startsWith(`contract-tests/${observation.api}/`));
    return { ...observation, test: `${own[i % own.length] ?? "contract-tests/doc-examples.test.ts"} > case ${i}` };
  });
}

/** The test files vitest gives shard `index` of `count`. */
async function shardFiles(index: number, count: number): Promise<string[]> {
  const context = { config: { root: repoRoot, shard: { index, count } } } as unknown as Vitest;
  const specs = contractFiles.map((file) => ({ moduleId: join(repoRoot, file) }) as TestSpecification);
  const picked = await new BaseSequencer(context).shard(specs);
  return picked.map((spec) => relative(repoRoot, spec.moduleId).split("\\").join("/"));
}

const sortKey = (o: Observation): string => JSON.stringify([o.test, o.api, o.method, o.path, o.status]);

describe("coverage:gate --merge over the shards of a contract run", () => {
  const dir = mkdtempSync(join(tmpdir(), "coverage-shards-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads back exactly the one-machine run from three parts, and passes or fails as it does", async () => {
    const full = fullRun();
    const count = 3;
    const parts = join(dir, "parts");
    mkdirSync(parts);
    const assigned: string[] = [];
    for (let index = 1; index <= count; index += 1) {
      const files = await shardFiles(index, count);
      assigned.push(...files);
      const part = full.filter((o) => files.includes(o.test?.split(" > ")[0] ?? ""));
      writeFileSync(join(parts, basename(shardObservedFile(index, count))), JSON.stringify(part));
    }
    expect([...assigned].sort()).toEqual(contractFiles);

    const { files, findings } = observationFiles(repoRoot, { parts: [parts] });
    expect(findings).toEqual([]);
    const merged = files.flatMap((file) => JSON.parse(readFileSync(file, "utf8")) as Observation[]);
    expect(merged.map(sortKey).sort()).toEqual(full.map(sortKey).sort());

    writeFileSync(join(dir, "full.json"), JSON.stringify(full));
    const gate = async (...args: string[]): Promise<{ code: number | string; report: unknown }> => {
      const io = memoryIo();
      const out = join(dir, `report-${args.join("-").replace(/\W+/g, "_")}`);
      const code = await runMain(coverageGate, [...args, "--api", API, "--report-dir", out], io);
      return { code, report: JSON.parse(readFileSync(join(out, "coverage.json"), "utf8")) };
    };
    const one = await gate("--observed", join(dir, "full.json"));
    expect(one.code).toBe(0);
    expect(await gate("--merge", parts)).toEqual(one);

    // A part left out of the merge is a coverage gap the gate reports.
    const fewer = join(dir, "fewer");
    mkdirSync(fewer);
    writeFileSync(join(fewer, "1-of-3.json"), readFileSync(join(parts, "1-of-3.json")));
    writeFileSync(join(fewer, "2-of-3.json"), readFileSync(join(parts, "2-of-3.json")));
    expect((await gate("--merge", fewer)).code).toBe(1);
  });

  it("names a part that is missing or a folder with no parts", async () => {
    const io = memoryIo();
    mkdirSync(join(dir, "empty"));
    expect(await runMain(coverageGate, ["--merge", join(dir, "empty"), "--merge", join(dir, "nope.json")], io)).toBe(1);
    expect(io.stderr()).toContain("holds no observations (*.json)");
    expect(io.stderr()).toContain("nope.json does not exist");
  });
});
