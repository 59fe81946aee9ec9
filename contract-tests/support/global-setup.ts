// Starts one Prism mock per spec in redocly.yaml (request validation on), each behind a
// recording proxy, hands their URLs to the tests, and on teardown stops them all and writes
// what reached them for the coverage gate (scripts/coverage-gate.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadApis, repoRoot, selectApis } from "../../scripts/lib/apis.js";
import { OBSERVED_FILE } from "../../scripts/lib/coverage.js";
import { startPrism, type PrismServer } from "../../scripts/lib/prism.js";
import { startRecordingProxy, type Observation, type RecordingProxy } from "../../scripts/lib/recorder.js";

const observedPath = join(repoRoot, OBSERVED_FILE);

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of each API's mock, by the API's name in redocly.yaml. */
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(observedPath, { force: true });
  const observations: Observation[] = [];
  const prisms: PrismServer[] = [];
  const proxies: RecordingProxy[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all([...proxies.map((p) => p.stop()), ...prisms.map((p) => p.stop())]);
  };

  try {
    // CONTRACT_APIS=pipedrive,dynamiq limits the mocks to those APIs (the drift score runs one API at a time).
    const only = (process.env["CONTRACT_APIS"] ?? "").split(",").filter(Boolean);
    const apis = selectApis(loadApis(), only);
    const started = await Promise.all(apis.map((api) => startPrism(api.specPath)));
    prisms.push(...started);
    const mockUrls: Record<string, string> = {};
    for (const [index, api] of apis.entries()) {
      const proxy = await startRecordingProxy(api.name, started[index]?.url ?? "", (o) => observations.push(o));
      proxies.push(proxy);
      mockUrls[api.name] = proxy.url;
    }
    project.provide("mockUrls", mockUrls);
  } catch (error) {
    await stopAll();
    throw error;
  }

  return async () => {
    await stopAll();
    mkdirSync(dirname(observedPath), { recursive: true });
    writeFileSync(observedPath, JSON.stringify(observations, null, 1));
  };
}
