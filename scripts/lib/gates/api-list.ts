// Gate: the API list is one. redocly.yaml `apis:` is the list; package.json `exports`, the API
// table at the top of README.md and the credential variables of contract:live must agree with it.
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { credentialsFor, LIVE_ONLY_ENV, loadEnvNames } from "../live/credentials.js";
import { loadApis, type ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

/** package.json subpaths that are not an API. */
export const NON_API_EXPORTS = [".", "./core", "./mock", "./msw"];

export interface ApiListInputs {
  root: string;
  apis: ApiEntry[];
  packageJson: unknown;
  readme: string;
  /** Per API: its spec, and its `<API>_ENV` constant (or why it could not be read). */
  modules: Record<string, { document: OpenApiDocument; envNames: Record<string, string> | Error }>;
}

export async function loadApiListInputs(root: string): Promise<ApiListInputs> {
  const apis = loadApis(root);
  const modules: ApiListInputs["modules"] = {};
  for (const api of apis) {
    let envNames: Record<string, string> | Error;
    try {
      envNames = await loadEnvNames(root, api.name);
    } catch (error) {
      envNames = error instanceof Error ? error : new Error(String(error));
    }
    modules[api.name] = { document: readSpec(api.specPath), envNames };
  }
  return {
    root,
    apis,
    packageJson: JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as unknown,
    readme: readFileSync(join(root, "README.md"), "utf8"),
    modules,
  };
}

/** The rows of the first Markdown table of `markdown` whose header has `spec` and `client`, as cells without backticks. */
export function readmeApiTable(markdown: string): Array<Record<string, string>> {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => /^\|.*\bspec\b.*\|.*\bclient\b.*\|/.test(line));
  if (start < 0) return [];
  const cells = (line: string): string[] =>
    line
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim().replace(/^`|`$/g, ""));
  const header = cells(lines[start] ?? "");
  const rows: Array<Record<string, string>> = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const values = cells(line);
    rows.push(Object.fromEntries(header.map((name, i) => [name, values[i] ?? ""])));
  }
  return rows;
}

export function checkApiList(inputs: ApiListInputs): GateResult {
  const { root, apis } = inputs;
  const findings: string[] = [];
  const names = apis.map((a) => a.name);
  const shown = (path: string): string => relative(root, path).split(sep).join("/");

  // package.json exports: one ./<api> per API, plus the allowed non-API subpaths.
  const exportsField = (inputs.packageJson as { exports?: unknown } | null)?.exports;
  const subpaths = exportsField !== null && typeof exportsField === "object" ? Object.keys(exportsField) : [];
  for (const name of names)
    if (!subpaths.includes(`./${name}`)) findings.push(`package.json: exports has no "./${name}" (redocly.yaml lists ${name})`);
  for (const subpath of subpaths) {
    if (!NON_API_EXPORTS.includes(subpath) && !names.includes(subpath.replace(/^\.\//, "")))
      findings.push(`package.json: exports "${subpath}" is not an API in redocly.yaml (nor one of ${NON_API_EXPORTS.join(", ")})`);
  }

  // README: one row per API, naming its spec, client and import path.
  const rows = readmeApiTable(inputs.readme);
  if (rows.length === 0) findings.push("README.md: no API table (| API | spec | client | import |) found");
  for (const api of apis) {
    const spec = shown(api.specPath);
    const row = rows.find((r) => r["spec"] === spec);
    if (!row) {
      findings.push(`README.md: the API table has no row for ${api.name} (${spec})`);
      continue;
    }
    if (row["client"] !== `src/${api.name}.ts`)
      findings.push(`README.md: the ${api.name} row names client ${row["client"] ?? "(none)"}, not src/${api.name}.ts`);
    if (row["import"] !== `typed-api-clients/${api.name}`)
      findings.push(`README.md: the ${api.name} row names import ${row["import"] ?? "(none)"}, not typed-api-clients/${api.name}`);
  }
  for (const row of rows) {
    if (!apis.some((api) => shown(api.specPath) === row["spec"]))
      findings.push(`README.md: the API table row ${row["API"] ?? ""} (${row["spec"] ?? ""}) is not an API in redocly.yaml`);
  }

  // contract:live: every API's module exports <API>_ENV naming a variable for each security scheme.
  for (const name of Object.keys(LIVE_ONLY_ENV))
    if (!names.includes(name)) findings.push(`scripts/lib/live/credentials.ts: LIVE_ONLY_ENV names ${name}, not an API in redocly.yaml`);
  for (const api of apis) {
    const module = inputs.modules[api.name];
    if (!module) {
      findings.push(`src/${api.name}.ts: not read`);
      continue;
    }
    if (module.envNames instanceof Error) {
      findings.push(module.envNames.message);
      continue;
    }
    try {
      // Derives each scheme's variable from the module's <API>_ENV; throws naming what is missing.
      credentialsFor(api.name, module.document, module.envNames);
    } catch (error) {
      findings.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { passed: findings.length === 0, findings };
}
