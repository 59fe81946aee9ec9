// `npm run report:summary`: the Markdown summary of the reports folder (the test run's JUnit file and
// each gate's JSON), appended to $GITHUB_STEP_SUMMARY when it is set (GitHub Actions shows it on the
// run's page) and printed otherwise.
import { appendFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { commandMain, runIfEntry } from "./lib/cli/args.js";
import { renderSummary } from "./lib/report/summary.js";

export const command = {
  name: "npm run report:summary --",
  summary: "Summarise the reports folder in Markdown: to $GITHUB_STEP_SUMMARY when set, else to stdout.",
  options: {
    "report-dir": { type: "string", value: "DIR", description: "the reports folder (default: reports)" },
  },
} as const;

export const main = commandMain(command, async ({ values }, io, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  const dir = resolve(values["report-dir"] ?? "reports");
  if (!existsSync(dir)) {
    io.err(`report:summary: ${values["report-dir"] ?? "reports"}/ does not exist: run the gates with --report-dir first (.ci/run does)`);
    return 1;
  }
  const markdown = renderSummary(dir);
  const target = env["GITHUB_STEP_SUMMARY"];
  if (target) {
    appendFileSync(target, markdown);
    io.out(`report:summary: appended to $GITHUB_STEP_SUMMARY`);
  } else io.out(markdown);
  return 0;
});

runIfEntry(import.meta.url, main);
