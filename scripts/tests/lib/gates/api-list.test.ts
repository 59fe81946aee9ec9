// The API list is one: package.json exports, the README's API table and contract:live's
// credential variables agree with redocly.yaml, and each disagreement planted in memory is found.
// Beside it (same client modules loaded once), the base URL gate: each client's <API>_BASE_URL is
// its spec's first server.
import { beforeAll, describe, expect, it } from "vitest";
import { checkApiList, loadApiListInputs, readmeApiTable, type ApiListInputs } from "../../../lib/gates/api-list.js";
import { checkBaseUrls, compareBaseUrl } from "../../../lib/gates/base-url.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";
import { readSpec } from "../../../lib/spec/load.js";

let inputs: ApiListInputs;
beforeAll(async () => {
  inputs = await loadApiListInputs(repoRoot);
});

const planted = (change: (copy: ApiListInputs) => void): string[] => {
  const copy: ApiListInputs = { ...inputs, packageJson: structuredClone(inputs.packageJson), modules: { ...inputs.modules } };
  change(copy);
  return checkApiList(copy).findings;
};
const exportsOf = (copy: ApiListInputs): Record<string, unknown> => (copy.packageJson as { exports: Record<string, unknown> }).exports;

describe("the API list", () => {
  it("agrees everywhere as committed", () => {
    expect(inputs.apis.length).toBeGreaterThanOrEqual(5);
    expect(readmeApiTable(inputs.readme).length).toBe(inputs.apis.length);
    expect(checkApiList(inputs)).toEqual({ passed: true, findings: [] });
  });

  it("finds an API missing from package.json exports, and an export that is no API", () => {
    expect(planted((copy) => delete exportsOf(copy)["./botpress"])).toEqual([
      'package.json: exports has no "./botpress" (redocly.yaml lists botpress)',
    ]);
    expect(planted((copy) => (exportsOf(copy)["./slack"] = {}))).toEqual([
      'package.json: exports "./slack" is not an API in redocly.yaml (nor one of ., ./core, ./mock, ./msw)',
    ]);
  });

  it("finds a README table that lacks an API, names the wrong client or import, or lists an extra one", () => {
    expect(planted((copy) => (copy.readme = copy.readme.replace(/^\| Botpress Cloud .*\n/m, "")))).toEqual([
      "README.md: the API table has no row for botpress (specs/botpress.yaml)",
    ]);
    expect(planted((copy) => (copy.readme = copy.readme.replace("`src/pipedrive.ts`", "`src/pipedrive-client.ts`")))).toEqual([
      "README.md: the pipedrive row names client src/pipedrive-client.ts, not src/pipedrive.ts",
    ]);
    expect(planted((copy) => (copy.readme = copy.readme.replace("`typed-api-clients/dynamiq`", "`typed-api-clients/dq`")))).toEqual([
      "README.md: the dynamiq row names import typed-api-clients/dq, not typed-api-clients/dynamiq",
    ]);
    const extra = "| Slack | `specs/slack.yaml` | `src/slack.ts` | `typed-api-clients/slack` |\n";
    expect(planted((copy) => (copy.readme = copy.readme.replace(/^(\| Botpress Cloud .*\n)/m, `$1${extra}`)))).toEqual([
      "README.md: the API table row Slack (specs/slack.yaml) is not an API in redocly.yaml",
    ]);
  });

  it("finds an API whose module names no credential variable, or does not export its _ENV", () => {
    expect(
      planted((copy) => {
        const module = copy.modules["pipedrive"];
        if (!module || module.envNames instanceof Error) throw new Error("pipedrive not loaded");
        copy.modules["pipedrive"] = { ...module, envNames: { baseUrl: "PIPEDRIVE_BASE_URL" } };
      }),
    ).toEqual(["pipedrive: PIPEDRIVE_ENV in src/pipedrive.ts names no token or apiKey variable for security scheme oauth2"]);
    expect(
      planted((copy) => {
        const module = copy.modules["botpress"];
        if (!module) throw new Error("botpress not loaded");
        copy.modules["botpress"] = {
          ...module,
          envNames: new Error("src/botpress.ts: does not export BOTPRESS_ENV (an object of environment variable names)"),
        };
      }),
    ).toEqual(["src/botpress.ts: does not export BOTPRESS_ENV (an object of environment variable names)"]);
  });
});

const apis = loadApis(repoRoot);
const pipedream = apis.find((api) => api.name === "pipedream");

describe("the base URL gate", () => {
  it("finds every client's default base URL equal to its spec's first server", async () => {
    expect(apis.length).toBeGreaterThanOrEqual(5);
    expect(await checkBaseUrls(repoRoot, apis)).toEqual({ passed: true, findings: [] });
  });

  it("finds a spec whose host or base path moved while the client's constant stayed", () => {
    if (!pipedream) throw new Error("no pipedream API");
    const moved = (url: string) => ({ ...readSpec(pipedream.specPath), servers: [{ url }] });
    const constant = "https://api.pipedream.com/v1";
    expect(compareBaseUrl(pipedream, constant, moved("https://api.pipedream.com/v1/"))).toEqual([]);
    expect(compareBaseUrl(pipedream, constant, moved("https://api.pipedream.net/v1"))).toEqual([
      "src/pipedream.ts: PIPEDREAM_BASE_URL is https://api.pipedream.com/v1 but specs/pipedream.yaml servers[0].url is https://api.pipedream.net/v1",
    ]);
    expect(compareBaseUrl(pipedream, constant, moved("https://api.pipedream.com/v2"))).toHaveLength(1);
    expect(compareBaseUrl(pipedream, undefined, moved(constant))).toEqual([
      "src/pipedream.ts: does not export PIPEDREAM_BASE_URL (a string)",
    ]);
    expect(compareBaseUrl(pipedream, constant, { openapi: "3.1.0" })).toEqual([
      "specs/pipedream.yaml: no servers[0].url to compare PIPEDREAM_BASE_URL with",
    ]);
  });
});
