// The vendor-release drift kinds: each builds a drifted copy of @botpress/client beside an untouched
// repo, and only the conformance gate, driving that copy, sees it. Also the gate's half of it: a
// method named like a spec operation that sends elsewhere is refused unless it is a known, stated
// disagreement, and every known one still is one.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../../../src/core/internal/openapi-document.js";
import { listOperations } from "../../../../src/core/internal/openapi-document.js";
import { loadSpec } from "../../../../src/mock/apis.js";
import { seededRandom } from "../../../lib/drift/spec-walk.js";
import { labelledOperation } from "../../../lib/drift/plant-kit.js";
import { RELEASE_DIR, VENDOR_KINDS } from "../../../lib/drift/vendor-plants.js";
import { checkConformance, KNOWN_ROUTE_DISAGREEMENTS, sharedBotpressOperations } from "../../../lib/gates/conformance.js";
import { main as checkConformanceMain } from "../../../check-conformance.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const digest = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

function plant(kindIndex: number, seed: number, root = mkdtempSync(join(tmpdir(), "vendor-plant-"))): { sdkFrom: string; where: string } {
  const kind = VENDOR_KINDS[kindIndex];
  if (!kind) throw new Error(`no vendor kind ${kindIndex}`);
  roots.push(root);
  const apis = loadApis(repoRoot);
  const specs = apis.map((api) => digest(api.specPath));
  const planted = kind.plant({ root, apis, random: seededRandom(seed) });
  // Nothing of the repo changed: no spec gate, tsc or contract test has anything to see.
  expect(apis.map((api) => digest(api.specPath))).toEqual(specs);
  expect(planted.api).toBe("botpress");
  expect(planted.sdkFrom).toBe(join(root, RELEASE_DIR));
  return { sdkFrom: planted.sdkFrom ?? "", where: planted.where };
}

/** A chat call (x-bot-id) and an admin call (x-workspace-id), beside the planted operation. */
const SCOPED = ["getUser", "createUser", "listBots", "getBot"];

/** Refused Botpress calls; `operations` keeps the run to the calls a test is about (the full run takes seconds). */
const refusals = async (sdkFrom?: string, operations?: string[]): Promise<string[]> => {
  const result = await checkConformance({
    apis: ["botpress"],
    errorAnswers: false, // request-side releases, as the drift score drives them
    ...(sdkFrom ? { sdkFrom } : {}),
    ...(operations ? { operations } : {}),
  });
  expect(result.calls.length).toBeGreaterThan(operations ? 0 : 40);
  return result.calls.filter((c) => !c.accepted).map((c) => `${c.call} → ${c.operation}: ${c.detail}`);
};

describe("vendor-release drift kinds", () => {
  it("the installed SDK has no refusal to begin with", async () => {
    expect(await refusals()).toEqual([]);
  });

  it("a release sending an undeclared body field is refused by the mock, with Prism's violation", async () => {
    const { sdkFrom, where } = plant(0, 20261121);
    const refused = await refusals(sdkFrom, [labelledOperation(where), ...SCOPED]);
    expect(refused, where).toHaveLength(1);
    expect(refused[0]).toMatch(/additional properties.*releaseField/);
  });

  it("a release moving an operation's route is refused as a route the spec does not have", async () => {
    const { sdkFrom, where } = plant(1, 7);
    const refused = await refusals(sdkFrom, [labelledOperation(where), ...SCOPED]);
    expect(refused, where).toHaveLength(1);
    expect(refused[0]).toMatch(/the SDK sends [A-Z]+ \/v2\/.*a route the spec does not have/);
  });

  it("a release renaming a scope header the spec requires is refused where the spec requires it", async () => {
    // Seed 1 picks x-bot-id (the chat/storage calls), seed 2 x-workspace-id (the admin calls).
    for (const [seed, header] of [
      [1, "x-bot-id"],
      [2, "x-workspace-id"],
    ] as const) {
      const { sdkFrom, where } = plant(2, seed);
      expect(where).toContain(`instead of ${header}`);
      const refused = await refusals(sdkFrom, SCOPED);
      // The two calls that send the renamed header are refused, naming it; the other two pass.
      expect(refused, where).toHaveLength(2);
      for (const line of refused) expect(line).toContain(header);
    }
  });

  it("a release laid out again at the same path is driven anew (not from Node's module cache)", async () => {
    const root = mkdtempSync(join(tmpdir(), "vendor-plant-"));
    const first = plant(0, 20261121, root);
    expect((await refusals(first.sdkFrom, [labelledOperation(first.where)]))[0]).toMatch(/releaseField/);
    rmSync(join(root, RELEASE_DIR), { recursive: true, force: true });
    const second = plant(1, 20261121, root);
    expect(second.sdkFrom).toBe(first.sdkFrom);
    const refused = await refusals(second.sdkFrom, [labelledOperation(first.where), labelledOperation(second.where)]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/\/v2\//);
  });

  it("check:conformance --sdk-from drives the release, names it, and exits 1", async () => {
    const { sdkFrom } = plant(0, 3);
    const out: string[] = [];
    const code = await checkConformanceMain(["--api", "botpress", "--requests-only", "--sdk-from", sdkFrom], {
      out: (line) => void out.push(line),
      err: (line) => void out.push(line),
    });
    expect(code).toBe(1);
    expect(out.join("\n")).toMatch(/SDKs driven: @botpress\/client@\d+\.\d+\.\d+ \(.*vendor-release/);
  });
});

describe("known route disagreements", () => {
  it("each names a client method that still sends elsewhere than the spec operation of its name", async () => {
    const doc = (await loadSpec("botpress")) as OpenApiDocument;
    const { shared, routes } = await sharedBotpressOperations(doc);
    const sharedNames = new Set(shared.map((s) => s.op.operationId));
    const names = Object.keys(KNOWN_ROUTE_DISAGREEMENTS);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const op = listOperations(doc).find((o) => o.operationId === name);
      expect(op, `${name} is no spec operation`).toBeDefined();
      expect(sharedNames.has(name), `${name} is shared now: drop it from the list`).toBe(false);
      expect(routes.get(name), `${name} is no client method`).toBeDefined();
    }
  });
});
