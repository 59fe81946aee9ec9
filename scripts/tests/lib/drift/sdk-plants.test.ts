// The two vendor-SDK drift kinds: each plants into a copy of the specs a change the vendor's SDK
// runs into, and the conformance gate then refuses a call it accepted before the plant.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { labelledOperation } from "../../../lib/drift/plant-kit.js";
import { SDK_KINDS } from "../../../lib/drift/sdk-plants.js";
import { seededRandom } from "../../../lib/drift/spec-walk.js";
import { checkConformance, type ConformanceApi } from "../../../lib/gates/conformance.js";
import { repoRoot, type ApiEntry } from "../../../lib/spec/apis.js";

const NAMES: ConformanceApi[] = ["botpress", "pipedrive", "pipedream"];
const dir = mkdtempSync(join(tmpdir(), "sdk-plants-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copies(): ApiEntry[] {
  return NAMES.map((name) => {
    const specPath = join(dir, `${name}.yaml`);
    copyFileSync(join(repoRoot, "specs", `${name}.yaml`), specPath);
    return { name, specPath, typesPath: join(dir, `${name}.ts`) };
  });
}

/**
 * The refused calls (sdk, call, operation) of the gate over the specs at these paths, for the
 * given operations only (a run over every shared operation takes seconds).
 */
async function refusals(apis: ApiEntry[], operations: string[]): Promise<string[]> {
  // The three specs use only local $refs, so the parsed file is the bundled document.
  const documents = Object.fromEntries(apis.map((api) => [api.name, parse(readFileSync(api.specPath, "utf8")) as Record<string, unknown>]));
  // Request-side plants, as the drift score runs them (lib/drift/run-gates.ts): no error answers.
  const result = await checkConformance({ documents, operations, errorAnswers: false });
  expect(result.calls.length).toBeGreaterThan(0);
  return result.calls.filter((c) => !c.accepted).map((c) => `${c.sdk} ${c.call} ${c.operation}`);
}

/** The repo's own specs, unplanted. */
const repoSpecs = (): ApiEntry[] =>
  NAMES.map((name) => ({ name, specPath: join(repoRoot, "specs", `${name}.yaml`), typesPath: join(dir, `${name}.ts`) }));

/** The unplanted refusals of an operation, computed once (seeds and kinds often plant the same one). */
const unplanted = new Map<string, Promise<string[]>>();
const refusalsBefore = (operation: string): Promise<string[]> => {
  const known = unplanted.get(operation) ?? refusals(repoSpecs(), [operation]);
  unplanted.set(operation, known);
  return known;
};

describe("vendor-SDK drift kinds", () => {
  for (const kind of SDK_KINDS) {
    for (const seed of [1, 20261121]) {
      it(`${kind.kind} (seed ${seed}): the conformance gate refuses a call it accepted before`, async () => {
        const apis = copies();
        const planted = kind.plant({ root: dir, apis, random: seededRandom(seed) });
        expect(NAMES).toContain(planted.api);
        const operation = labelledOperation(planted.where);
        const before = await refusalsBefore(operation);
        const after = await refusals(apis, [operation]);
        const fresh = after.filter((r) => !before.includes(r));
        expect(fresh.length, `${planted.where}: no new refusal`).toBeGreaterThan(0);
      });
    }
  }
});
