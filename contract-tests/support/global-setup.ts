// Starts the in-process Prism mock (src/mock: request validation on, one port per API) for every
// spec in redocly.yaml, hands the URLs to the tests, and on teardown stops it and writes what
// reached it for the coverage gate (scripts/check-coverage.ts). A sharded run (`--shard i/n`)
// writes its part to a file of its own, which `npm run coverage:gate -- --merge` reads with the others.
import { channel } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { loadApis, repoRoot, selectApis } from "../../scripts/lib/spec/apis.js";
import { OBSERVED_FILE, shardObservedFile } from "../../scripts/lib/gates/coverage.js";
import { createRecorder, TEST_NAME_HEADER } from "../../scripts/lib/harness/recorder.js";
import { isMockApi, startMock } from "../../src/mock/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of each API's mock, by the API's name in redocly.yaml. */
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shard = project.vitest.config.shard;
  const observedPath = join(repoRoot, shard ? shardObservedFile(shard.index, shard.count) : OBSERVED_FILE);
  rmSync(observedPath, { force: true });
  // CONTRACT_APIS=pipedrive,dynamiq limits the mocks to those APIs (the drift score runs one API at a time).
  const only = (process.env["CONTRACT_APIS"] ?? "").split(",").filter(Boolean);
  const names = selectApis(loadApis(), only).map((api) => api.name);
  const unservable = names.filter((name) => !isMockApi(name));
  if (unservable.length > 0) throw new Error(`redocly.yaml lists ${unservable.join(", ")}, which src/mock/apis.ts does not serve`);
  const recorder = createRecorder();
  // The test's name header of the answered request (support/test-names.ts). Subscribed before the
  // mock's own observer, so it runs first for the same response: channel subscribers run in order.
  let testName: string | undefined;
  const finished = channel("http.server.response.finish");
  const noteTestName = (message: unknown): void => {
    const header = (message as { request: IncomingMessage }).request.headers[TEST_NAME_HEADER];
    testName = typeof header === "string" ? decodeURIComponent(header) : undefined;
  };
  finished.subscribe(noteTestName);
  const mock = await startMock({
    apis: names.filter(isMockApi),
    onObservation: (observation) => recorder.record(testName ? { ...observation, test: testName } : observation),
  });
  const mockUrls: Record<string, string> = {};
  for (const [api, url] of Object.entries(mock.urls)) mockUrls[api] = url;
  project.provide("mockUrls", mockUrls);

  return async () => {
    await mock.close();
    finished.unsubscribe(noteTestName);
    recorder.write(observedPath);
  };
}
