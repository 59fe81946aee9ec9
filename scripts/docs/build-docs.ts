// npm run docs — an offline HTML reference per API plus an index page, in dist-docs/ (git-ignored).
// Each page is `redocly build-docs --inlineBundle`: the Redoc bundle is embedded in the page, so
// nothing is loaded from a CDN (npm run check:docs proves it with the network blocked). Beside each,
// <api>-contract.html: the API's contract report (contract-report.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { OBSERVED_FILE, operationsWithStatuses } from "../lib/gates/coverage.js";
import { readSpec } from "../lib/spec/load.js";
import { commandMain, runIfEntry } from "../lib/cli/args.js";
import { repoRoot, run } from "../package/shared.js";
import { docsApis, DOCS_DIR, type DocsApi } from "./apis.js";
import { contractPageName, contractReportPage, readReportInputs } from "./contract-report.js";

/**
 * Remote assets the inlined Redoc still names. Each is replaced by an inline equivalent; the
 * network-blocked check fails on any that appears later.
 */
const REMOTE_ASSETS: ReadonlyArray<{ url: string; replacement: string }> = [
  // The "API docs by Redocly" badge's logo.
  {
    url: "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
    replacement: "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E",
  },
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function indexPage(apis: readonly DocsApi[]): string {
  const items = apis
    .map(
      (api) =>
        `    <li><a href="./${api.name}.html">${escapeHtml(api.title)}</a> <small>${escapeHtml(api.version)}</small> <code>${escapeHtml(api.spec)}</code> · <a href="./${contractPageName(api.name)}">${escapeHtml(api.title)} contract report</a></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>typed-api-clients: API reference</title>
  <style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}li{margin:.4rem 0}code{color:#555}</style>
</head>
<body>
  <h1>typed-api-clients: API reference</h1>
  <p>One page per API, rendered from the hand-written OpenAPI specs. The pages work offline.</p>
  <ul>
${items}
  </ul>
</body>
</html>
`;
}

/** The contract report page of each API (scripts/docs/contract-report.ts), from the last run's records. */
function writeContractPages(outDir: string, apis: readonly DocsApi[], reportDir: string): string[] {
  const inputs = readReportInputs(join(repoRoot, OBSERVED_FILE), reportDir);
  return apis.map((api) => {
    const output = join(outDir, contractPageName(api.name));
    const operations = operationsWithStatuses(readSpec(join(repoRoot, api.spec)));
    writeFileSync(output, contractReportPage({ api: api.name, title: api.title, operations, ...inputs }));
    return output;
  });
}

export async function buildDocs(outDir: string = DOCS_DIR, reportDir: string = join(repoRoot, "reports")): Promise<string[]> {
  const apis = docsApis();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const cli = join(repoRoot, "node_modules", "@redocly", "cli", "bin", "cli.js");
  const written: string[] = [];
  for (const api of apis) {
    const output = join(outDir, `${api.name}.html`);
    const result = await run(
      process.execPath,
      [cli, "build-docs", api.spec, "--inlineBundle", "--title", `${api.title} reference`, "-o", output],
      {
        env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    if (result.code !== 0)
      throw new Error(
        `redocly build-docs ${api.spec} failed: ${`${result.stderr}\n${result.stdout}`.split("\n").find((line) => /error/i.test(line)) ?? `exit ${result.code}`}`,
      );
    let html = readFileSync(output, "utf8");
    for (const asset of REMOTE_ASSETS) html = html.split(asset.url).join(asset.replacement);
    writeFileSync(output, html);
    written.push(output);
  }
  written.push(...writeContractPages(outDir, apis, reportDir));
  const index = join(outDir, "index.html");
  writeFileSync(index, indexPage(apis));
  written.push(index);
  return written;
}

export const command = {
  name: "npm run docs --",
  summary:
    "Build an offline HTML reference and contract report per API (redocly build-docs --inlineBundle) and an index page in dist-docs/.",
  options: {
    "report-dir": {
      type: "string",
      value: "DIR",
      description: "the gates' reports folder the contract pages read conformance and drift results from (default: reports)",
    },
  },
} as const;

export const main = commandMain(command, async ({ values }, io): Promise<number> => {
  const started = performance.now();
  const written = await buildDocs(DOCS_DIR, resolve(values["report-dir"] ?? join(repoRoot, "reports")));
  for (const file of written) io.out(`wrote ${file.slice(repoRoot.length + 1)} (${(readFileSync(file).length / 1024).toFixed(0)} KiB)`);
  io.out(`docs built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
});

runIfEntry(import.meta.url, main);
