// What the contract run records: one observation per request a mock answered and what it answered.
// The coverage gate counts these records; the test's name rides along for the HTML report. The mock (src/mock) observes each
// exchange inside its own HTTP server, so no recording proxy sits between client and mock.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { MockObservation } from "../../../src/mock/index.js";

export interface Observation extends MockObservation {
  /** The contract test that sent the request (`file > describe > test`), when the run knows it. */
  test?: string;
}

/** The request header through which a contract test names itself to the recorder (contract-tests/support/test-names.ts). */
export const TEST_NAME_HEADER = "x-contract-test";

/** Collects observations in memory and writes them where the coverage gate reads them. */
export interface Recorder {
  record(observation: Observation): void;
  readonly observations: readonly Observation[];
  write(path: string): void;
}

export function createRecorder(): Recorder {
  const observations: Observation[] = [];
  return {
    record: (observation) => {
      observations.push(observation);
    },
    observations,
    write(path) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(observations, null, 1));
    },
  };
}
