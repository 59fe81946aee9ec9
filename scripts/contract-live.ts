// Checks one API's read-only operations against a real server through a Prism validating proxy.
//   npm run contract:live -- --api pipedream --base-url https://api.pipedream.com/v1 [--allow-writes] [--json]
// The credential comes from the environment (see CREDENTIALS in scripts/lib/live-check.ts).
// Exit: 0 all sent operations passed, 1 some failed, 2 the check could not run.
import { parseArgs } from "node:util";
import { credentialValues, formatLiveCheck, redact, runLiveCheck } from "./lib/live-check.js";

const USAGE = "usage: contract-live --api NAME --base-url URL [--allow-writes] [--json]";
const secrets = credentialValues(process.env);
const fail = (message: string): never => {
  process.stderr.write(`${redact(message, secrets)}\n`);
  process.exit(2);
};

let values: { api?: string; "base-url"?: string; "allow-writes"?: boolean; json?: boolean; help?: boolean } = {};
try {
  ({ values } = parseArgs({
    options: {
      api: { type: "string" },
      "base-url": { type: "string" },
      "allow-writes": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const api = values.api ?? fail(`--api is required\n${USAGE}`);
const baseUrl = values["base-url"] ?? fail(`--base-url is required\n${USAGE}`);

try {
  const result = await runLiveCheck({ api, baseUrl, env: process.env, allowWrites: values["allow-writes"] === true });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`${formatLiveCheck(result)}\n`);
  }
  process.exitCode = result.summary.failed > 0 ? 1 : 0;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
