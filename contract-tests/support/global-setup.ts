// Starts the in-process Prism mock (src/mock: request validation on, one port per API) for every
// spec in redocly.yaml, hands the URLs to the tests, and on teardown stops it and writes what
// reached it for the coverage gate (scripts/check-coverage.ts).
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadApis, repoRoot, selectApis } from "../../scripts/lib/spec/apis.js";
import { OBSERVED_FILE } from "../../scripts/lib/gates/coverage.js";
import { createRecorder } from "../../scripts/lib/harness/recorder.js";
import { isMockApi, startMock } from "../../src/mock/index.js";

const observedPath = join(repoRoot, OBSERVED_FILE);

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of each API's mock, by the API's name in redocly.yaml. */
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(observedPath, { force: true });
  // CONTRACT_APIS=pipedrive,dynamiq limits the mocks to those APIs (the drift score runs one API at a time).
  const only = (process.env["CONTRACT_APIS"] ?? "").split(",").filter(Boolean);
  const names = selectApis(loadApis(), only).map((api) => api.name);
  const unservable = names.filter((name) => !isMockApi(name));
  if (unservable.length > 0) throw new Error(`redocly.yaml lists ${unservable.join(", ")}, which src/mock/apis.ts does not serve`);
  const recorder = createRecorder();
  const mock = await startMock({ apis: names.filter(isMockApi), onObservation: recorder.record });
  const mockUrls: Record<string, string> = {};
  for (const [api, url] of Object.entries(mock.urls)) mockUrls[api] = url;
  project.provide("mockUrls", mockUrls);

  return async () => {
    await mock.close();
    recorder.write(observedPath);
  };
}
