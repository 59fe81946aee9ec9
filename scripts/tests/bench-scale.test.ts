// bench:scale: what it prints of a drift score (which kinds failed, not a tail of the output).
import { describe, expect, it } from "vitest";
import { driftFailures, driftVerdict } from "../bench-scale.js";

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
