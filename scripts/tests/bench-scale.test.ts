// bench:scale: replicas wired to their own client, mock and generated code (as the drift score
// plants into them), and what it prints of a drift score (which kinds failed, not a tail).
import { readdirSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { driftFailures, driftVerdict, replicate } from "../bench-scale.js";
import { createSandbox, type Sandbox } from "../lib/harness/sandbox.js";
import { loadApis } from "../lib/spec/apis.js";

/** The shape of a failing `npm run drift:score` run, as score-drift.ts prints it (abbreviated). */
const FAILING_SCORE = [
  "planted-drift score: 34 kinds, seed 20261121, 2 sandbox(es), tsc and contract tests only where no quicker gate caught the drift",
  "baseline: no gate trips without drift (86.3 s)",
  "  MISSED  a client that sends an extra body field (34.8 s)",
  "  caught  rename a response property (3.1 s)",
  "",
  "| # | drift kind | where planted | caught by | first evidence |",
  "| --- | --- | --- | --- | --- |",
  "| 1 | rename a response property | dynamiq: specs/dynamiq.yaml: op .url → .url_renamed | doc fixtures, breaking report | dynamiq/x.json: /url \\| missing |",
  '| 15 | a client that sends an extra body field | botpressx2: src/botpressx2.ts: every JSON body gains "drift_extra" | NOT CAUGHT |  |',
  "| 16 | a client that omits a required header | (not planted) | NOT PLANTED: src/x.ts: expected one createApiClient(...) call in the factory, found 0 |  |",
  "| 17 | a server that returns a wrong type | pipedream: local server answering getApp (GET /apps/{app_id}) | live proxy | NOT CAUGHT elsewhere |",
  "",
  "planted-drift score: 32/34 kinds caught = 94.1% (seed 20261121, 286.1 s)",
  "0m1.0s 0m0.5s",
  "4m59.7s 0m57.6s",
].join("\n");

describe("bench:scale drift score output", () => {
  it("names every kind not caught or not planted, and the score", () => {
    expect(driftFailures(FAILING_SCORE)).toEqual([
      '| 15 | a client that sends an extra body field | botpressx2: src/botpressx2.ts: every JSON body gains "drift_extra" | NOT CAUGHT |  |',
      "| 16 | a client that omits a required header | (not planted) | NOT PLANTED: src/x.ts: expected one createApiClient(...) call in the factory, found 0 |  |",
      "planted-drift score: 32/34 kinds caught = 94.1% (seed 20261121, 286.1 s)",
    ]);
  });

  it("names a baseline problem (the score stops before planting)", () => {
    const output = "planted-drift score: 34 kinds, seed 1\nbaseline: tsc trips without any drift: src/a.ts(1,1): error\n0m1.0s 0m0.5s";
    expect(driftFailures(output)).toEqual(["baseline: tsc trips without any drift: src/a.ts(1,1): error"]);
  });

  it("reads the score as its verdict, and none from a run that never scored", () => {
    expect(driftVerdict(FAILING_SCORE)).toBe("32/34 kinds caught");
    expect(driftVerdict("planted-drift score: 34 kinds, seed 1\nbaseline: tsc trips without any drift")).toBeUndefined();
  });
});

describe("bench:scale replicate()", () => {
  const sandboxes: Sandbox[] = [];
  const sandbox = (): Sandbox => {
    const created = createSandbox("scale-test-");
    sandboxes.push(created);
    return created;
  };
  afterEach(() => {
    for (const created of sandboxes.splice(0)) created.dispose();
  });

  /** The repo files (relative to the root) a module imports with a relative specifier. */
  const relativeImports = (root: string, file: string, text: string): string[] =>
    [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)"(\.[^"]+)"/g)].map((m) =>
      relative(root, resolve(dirname(join(root, file)), m[1] ?? "")),
    );

  it("wires each replica's contract tests, support and reads to the replica's own modules, never the original's", () => {
    const copy = sandbox();
    const originals = loadApis(copy.root).map((api) => api.name);
    const stems = replicate(copy, 2);
    expect(stems).toEqual(originals.map((api) => `${api}x2`));
    for (const stem of stems) {
      const api = stem.replace(/x2$/, "");
      const files = [
        `contract-tests/support/${stem}.ts`,
        `contract-tests/support/${stem}-reads.ts`,
        ...readdirSync(join(copy.root, "contract-tests", stem), { recursive: true, encoding: "utf8" })
          .filter((f) => f.endsWith(".ts"))
          .map((f) => `contract-tests/${stem}/${f}`),
      ];
      const imports = files.flatMap((file) => relativeImports(copy.root, file, copy.read(file)).map((target) => ({ file, target })));
      // The original's client, support or generated code reached from a replica: a plant in the replica goes unseen.
      const original = new RegExp(`^${api}(?:-reads)?\\.`);
      expect(imports.filter(({ target }) => original.test(basename(target)))).toEqual([]);
      const support = copy.read(`contract-tests/support/${stem}.ts`);
      expect(relativeImports(copy.root, `contract-tests/support/${stem}.ts`, support)).toContain(`src/${stem}.js`);
      expect(support).toContain(`mockUrl("${stem}")`);
      expect(
        relativeImports(copy.root, `contract-tests/support/${stem}-reads.ts`, copy.read(`contract-tests/support/${stem}-reads.ts`)),
      ).toContain(`generated/${stem}.js`);
      expect(imports.map(({ target }) => target)).toContain(`contract-tests/support/${stem}.js`);
    }
  });

  it("gives a replica the live check's extra variables of its original, named after the stem", async () => {
    const copy = sandbox();
    replicate(copy, 3);
    const live = (await import(join(copy.root, "scripts/lib/live/credentials.ts"))) as typeof import("../lib/live/credentials.js");
    expect(live.LIVE_ONLY_ENV["dynamiqx2"]).toEqual({ connectToken: "DYNAMIQX2_CONNECT_TOKEN" });
    expect(live.LIVE_ONLY_ENV["dynamiqx3"]).toEqual({ connectToken: "DYNAMIQX3_CONNECT_TOKEN" });
    expect(live.LIVE_ONLY_ENV["dynamiq"]).toEqual({ connectToken: "DYNAMIQ_CONNECT_TOKEN" });
    expect(live.LIVE_ONLY_ENV["pipedrivex2"]).toBeUndefined();
  });

  it("fails loudly when an original's tests reach its modules in a way it does not rewrite", () => {
    const copy = sandbox();
    copy.write(
      "contract-tests/pipedrive/extra.test.ts",
      'import type { paths } from "../../generated/pipedrive.js";\nexport type P = paths;\n',
    );
    expect(() => replicate(copy, 2)).toThrow(/contract-tests\/pipedrive\/extra\.test\.ts: imports \.\.\/\.\.\/generated\/pipedrive\.js/);
  });

  it("fails loudly when a support module no longer has the text it rewrites", () => {
    const copy = sandbox();
    copy.edit("contract-tests/support/dynamiq.ts", (text) => text.replace('mockUrl("dynamiq")', 'mockUrl(["dynamiq"].join(""))'));
    expect(() => replicate(copy, 2)).toThrow(/contract-tests\/support\/dynamiq\.ts: mockUrl\("dynamiq"\) not found/);
  });
});
