// The API list is one: package.json exports, the README's API table and contract:live's
// credential variables agree with redocly.yaml, and each disagreement planted in memory is found.
import { beforeAll, describe, expect, it } from "vitest";
import { checkApiList, loadApiListInputs, readmeApiTable, type ApiListInputs } from "../../../lib/gates/api-list.js";
import { repoRoot } from "../../../lib/spec/apis.js";

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
