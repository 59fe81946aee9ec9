// Gate: Redocly lint of the specs with the rules of redocly.yaml (`npm run lint` runs the same CLI),
// and the disclosure check (every constraint names its source).
import type { ApiEntry } from "../spec/apis.js";
import { exec } from "../harness/exec.js";
import { checkDisclosure } from "./disclosure.js";
import type { GateResult } from "./result.js";

/** Redocly's rules, then the disclosure check (`npm run lint` runs both). */
export async function checkLint(root: string, apis: ApiEntry[]): Promise<GateResult> {
  const [redocly, disclosure] = [await checkRedocly(root, apis), checkDisclosure(root, apis)];
  return { passed: redocly.passed && disclosure.passed, findings: [...redocly.findings, ...disclosure.findings] };
}

async function checkRedocly(root: string, apis: ApiEntry[]): Promise<GateResult> {
  const result = await exec(
    root,
    process.execPath,
    ["node_modules/@redocly/cli/bin/cli.js", "lint", "--format", "stylish", ...apis.map((a) => a.name)],
    {
      REDOCLY_TELEMETRY: "off",
    },
  );
  if (result.code === 0) return { passed: true, findings: [] };
  const problems = result.output
    .split("\n")
    .filter((line) => /^\s*\d+:\d+\s+(error|warning)\s/.test(line))
    .map((line) => line.trim());
  return {
    passed: false,
    findings: problems.length > 0 ? problems : [result.output.trim().split("\n").at(-1) ?? `redocly lint exited ${result.code}`],
  };
}
