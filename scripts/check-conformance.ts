// `npm run check:conformance`: the vendors' own SDKs (@botpress/client, pipedrive v1.ChannelsApi,
// @pipedream/sdk's token call) drive every operation they share with our specs against in-process
// mocks; prints SDK × operation as accepted / refused and fails if any call was refused.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { conformanceSuite, REPORT_FILES } from "./lib/report/gates.js";
import { writeGateReport } from "./lib/report/junit.js";
import { CONFORMANCE_APIS, checkConformance, formatConformance, type ConformanceApi } from "./lib/gates/conformance.js";

export const command = {
  name: "npm run check:conformance --",
  summary: "Drive the official SDKs against our mocks: every request they send must be accepted.",
  options: {
    api: {
      type: "string",
      value: "NAME",
      multiple: true,
      description: `only this API (${CONFORMANCE_APIS.join(", ")}; default: all)`,
    },
    "requests-only": {
      type: "boolean",
      description: "drive only the requests, not every documented error answer (Prefer: code=…) through the SDKs",
    },
    "sdk-from": {
      type: "string",
      value: "DIR",
      description:
        "drive the SDKs installed under DIR/node_modules (a vendor release to vet: npm install --prefix DIR @botpress/client@next)",
    },
    "report-dir": { type: "string", value: "DIR", description: "also write conformance.junit.xml and conformance.json there" },
  },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const names = parsed.values.api ?? [];
  const unknown = names.filter((n) => !(CONFORMANCE_APIS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new UsageError(`${command.name}: unknown API ${unknown.join(", ")}; known: ${CONFORMANCE_APIS.join(", ")}`);
  const sdkFrom = parsed.values["sdk-from"];
  if (sdkFrom !== undefined && !existsSync(join(sdkFrom, "node_modules")))
    throw new UsageError(
      `${command.name}: --sdk-from ${sdkFrom}: no node_modules there (install the SDK release with npm install --prefix ${sdkFrom} <package>)`,
    );
  const result = await checkConformance({
    ...(names.length > 0 ? { apis: names as ConformanceApi[] } : {}),
    ...(sdkFrom !== undefined ? { sdkFrom: resolve(sdkFrom) } : {}),
    ...(parsed.values["requests-only"] === true ? { errorAnswers: false } : {}),
  });
  const text = formatConformance(result);
  io.out(text);
  if (parsed.values["report-dir"]) {
    const { passed, calls, notes, findings } = result;
    const results = { passed, calls, notes, findings };
    writeGateReport(resolve(parsed.values["report-dir"]), REPORT_FILES.conformance, conformanceSuite(results, text), results);
  }
  for (const finding of result.findings) io.err(`conformance gate: ${finding}`);
  return result.passed ? 0 : 1;
});

runIfEntry(import.meta.url, main);
