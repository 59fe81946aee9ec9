// `npm run contract:live`: checks one API's read-only operations against a real server through a
// Prism validating proxy. Credential variables: the `<API>_ENV` constant of src/<api>.ts.
//   npm run contract:live -- --api pipedream --base-url https://api.pipedream.com/v1 [--allow-writes] [--strict] [--json]
// Exit: 0 all sent operations passed, 1 some failed or nothing was checked, 2 the check could not run.
import { parseCommandLine, runIfEntry, UsageError, type Io } from "./lib/cli/args.js";
import { checkLive } from "./lib/gates/live.js";
import { redact } from "./lib/live/credentials.js";
import { formatLiveCheck } from "./lib/live/report.js";
import { secretValues } from "./lib/live/run.js";
import type { Env } from "./lib/live/types.js";

export const command = {
  name: "npm run contract:live --",
  summary: "Check an API's operations against a live server through a validating Prism proxy.",
  options: {
    api: { type: "string", value: "NAME", description: "API name as in redocly.yaml (required)" },
    "base-url": { type: "string", value: "URL", description: "the real server, including the API's base path (required)" },
    operation: { type: "string", value: "ID", multiple: true, description: "only this operation (operationId or 'METHOD /path')" },
    "allow-writes": { type: "boolean", description: "also send POST/PUT/PATCH/DELETE operations" },
    strict: {
      type: "boolean",
      description: "fail on response properties the spec does not declare (default: list them as additive drift)",
    },
    json: { type: "boolean", description: "print the structured result as JSON" },
  },
} as const;

export async function main(argv: string[], io: Io, env: Env = process.env): Promise<number> {
  const secrets = await secretValues(env);
  try {
    const parsed = parseCommandLine(command, argv);
    if ("help" in parsed) {
      io.out(parsed.help);
      return 0;
    }
    const { values } = parsed;
    if (!values.api) throw new UsageError(`${command.name}: --api is required (see --help)`);
    if (!values["base-url"]) throw new UsageError(`${command.name}: --base-url is required (see --help)`);
    const gate = await checkLive({
      api: values.api,
      baseUrl: values["base-url"],
      env,
      allowWrites: values["allow-writes"] === true,
      strict: values.strict === true,
      ...(values.operation ? { only: values.operation } : {}),
    });
    if (values.json) io.out(JSON.stringify(gate.result, null, 2));
    else {
      for (const warning of gate.result.warnings) io.err(`warning: ${warning}`);
      io.out(formatLiveCheck(gate.result));
    }
    return gate.passed ? 0 : 1;
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error), secrets);
    io.err(message);
    return 2; // a bad invocation, a missing credential or anything else that kept the check from running
  }
}

runIfEntry(import.meta.url, main);
