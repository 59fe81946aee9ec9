// Drift between the spec and the vendor documentation: every JSON body the docs show, kept as a
// fixture beside its operation (contract-tests/fixtures/), must validate against the spec.
import { describe, expect, it } from "vitest";
import { loadApis, repoRoot } from "../scripts/lib/spec/apis.js";
import { checkFixtures, readFixtures } from "../scripts/lib/gates/doc-fixtures.js";
import type { OpenApiDocument } from "../src/core/internal/openapi-document.js";

const apis = loadApis();
const documents: Record<string, () => Promise<{ default: OpenApiDocument }>> = {
  dynamiq: () => import("../generated/dynamiq.openapi.js"),
  pipedrive: () => import("../generated/pipedrive.openapi.js"),
  patchworks: () => import("../generated/patchworks.openapi.js"),
  pipedream: () => import("../generated/pipedream.openapi.js"),
  botpress: () => import("../generated/botpress.openapi.js"),
};

describe.each(apis.map((a) => a.name))("%s documentation examples", (api) => {
  const fixtures = readFixtures(repoRoot, api);
  it("has a bundled spec to check against", () => {
    expect(documents[api], `add ${api} to the documents table of this test`).toBeDefined();
  });
  it.runIf(fixtures.length > 0).each(fixtures.map((f) => f.file))("%s matches its schema", async (file) => {
    const load = documents[api];
    if (!load) throw new Error(`no bundled spec for ${api}`);
    const problems = checkFixtures(
      (await load()).default,
      fixtures.filter((f) => f.file === file),
    );
    expect(problems.get(file)).toEqual([]);
  });
});

it("the documents carry the examples counted when they were extracted", () => {
  // Counted from ../shared/api-docs when the fixtures were written: a lost fixture fails here.
  const counts = Object.fromEntries(apis.map((a) => [a.name, readFixtures(repoRoot, a.name).length]));
  expect(counts).toEqual({ dynamiq: 4, pipedrive: 0, patchworks: 0, pipedream: 30, botpress: 20 });
});
