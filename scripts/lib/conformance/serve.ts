// The mocks the conformance calls go to: `startMock` serving the repo's specs or the given documents, recording each API's last answer.
import type { OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { startMock } from "../../../src/mock/index.js";
import type { ConformanceApi, Served } from "./types.js";

/** Serves each of `apis` from `documents` when given (every one must have its document), else from the repo's specs. */
export async function serveConformance(
  apis: readonly ConformanceApi[],
  documents?: Partial<Record<ConformanceApi, OpenApiDocument>>,
): Promise<Served> {
  const missing = documents ? apis.find((api) => !documents[api]) : undefined;
  if (missing) throw new Error(`conformance: no document given for ${missing}`);
  const last: Served["last"] = {};
  const mock = await startMock({
    apis,
    ...(documents ? { documents } : {}),
    onObservation: (o) => {
      last[o.api as ConformanceApi] = { status: o.status, ...(o.violations ? { violations: o.violations } : {}) };
    },
  });
  return { urls: mock.urls, origins: mock.origins, last, close: () => mock.close() };
}

/** The repo's own documents (private copies), the ones `startMock` serves by default. */
export async function repoDocuments(apis: readonly ConformanceApi[]): Promise<Partial<Record<ConformanceApi, OpenApiDocument>>> {
  const { loadSpec } = await import("../../../src/mock/apis.js");
  return Object.fromEntries(await Promise.all(apis.map(async (api) => [api, await loadSpec(api)] as const)));
}
