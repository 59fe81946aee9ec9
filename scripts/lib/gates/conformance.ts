// Gate: the vendors' own SDKs against our mocks (`npm run check:conformance`). The official
// `@botpress/client`, `pipedrive` (v1.ChannelsApi, once per auth scheme the spec declares) and
// `@pipedream/sdk` (the token endpoint) call every operation they share with our specs, pointed at an
// in-process Prism mock with request validation on. A call is accepted when the mock answered 2xx and
// the SDK resolved with what it read; refused when the mock rejected the request (Prism's 4xx with
// its `sl-violations`) or the SDK threw while reading the answer. Then every documented error status of
// each operation is asked of the mock (`Prefer: code=…`): the SDK must throw its own typed error for
// that status (errors.ts says per SDK what that is). Any refusal or unreadable error fails the gate.
//
// Which Botpress client methods share an operation with the spec is found, not listed: every method
// of the client is called once against a local recording server, and the method + path it sends is
// matched against the spec's path templates. A new shared operation is therefore never skipped, and
// a method named like a spec operation that sends elsewhere is refused (the vendor moved a route),
// unless KNOWN_ROUTE_DISAGREEMENTS states why. `sdkFrom` drives another install of the SDKs (a
// vendor release to vet before upgrading).
//
// The work is split by job under scripts/lib/conformance/: serve.ts (the mocks), arguments.ts and
// sdk-body-fields.ts (call values), match.ts, botpress.ts, pipedrive.ts, pipedream.ts (the SDKs),
// calls.ts (a call's verdict), report.ts (the table). This module is the gate its importers use.
import { driveBotpress } from "../conformance/botpress.js";
import { drivePipedream } from "../conformance/pipedream.js";
import { drivePipedrive } from "../conformance/pipedrive.js";
import { repoDocuments, serveConformance } from "../conformance/serve.js";
import { CONFORMANCE_APIS } from "../conformance/types.js";
import { loadVendorSdks } from "../conformance/vendor-sdks.js";
import type { ConformanceApi, ConformanceCall, ConformanceOptions, ConformanceResult, SdkDriver } from "../conformance/types.js";

export { requestExample, sdkBody } from "../conformance/arguments.js";
export { discoverBotpressRoutes, KNOWN_ROUTE_DISAGREEMENTS, sharedBotpressOperations } from "../conformance/botpress.js";
export { matchOperation } from "../conformance/match.js";
export { formatConformance } from "../conformance/report.js";
export { SDK_BODY_FIELDS } from "../conformance/sdk-body-fields.js";
export { CONFORMANCE_APIS } from "../conformance/types.js";
export type { ConformanceApi, ConformanceCall, ConformanceOptions, ConformanceResult } from "../conformance/types.js";
export { loadVendorSdks } from "../conformance/vendor-sdks.js";

/** The SDK that drives each API. */
const DRIVERS: Readonly<Record<ConformanceApi, SdkDriver>> = {
  botpress: driveBotpress,
  pipedrive: drivePipedrive,
  pipedream: drivePipedream,
};

/** Drives every shared operation with each vendor SDK against the mocks; fails on any refusal. */
export async function checkConformance(options: ConformanceOptions = {}): Promise<ConformanceResult> {
  const apis = options.apis ?? CONFORMANCE_APIS;
  // The documents the calls are built from are the documents served.
  const documents = options.documents ?? (await repoDocuments(apis));
  const sdks = loadVendorSdks(options.sdkFrom);
  const served = await serveConformance(apis, options.documents);
  const notes: string[] = options.sdkFrom ? [`SDKs driven: ${sdks.loaded.join(", ")}`] : [];
  const calls: ConformanceCall[] = [];
  try {
    for (const api of apis) {
      const doc = documents[api];
      if (!doc) continue;
      calls.push(...(await DRIVERS[api](doc, served, options, notes, sdks)));
    }
  } finally {
    await served.close();
  }
  const findings = calls
    .filter((c) => !c.accepted)
    .map((c) =>
      c.expected === undefined
        ? `${c.sdk} ${c.call} → ${c.operation}: refused${c.status ? ` with ${c.status}` : ""}${c.detail ? ` (${c.detail})` : ""}`
        : `${c.sdk} ${c.call} → ${c.operation}: the ${c.expected} answer is unreadable (${c.detail})`,
    );
  if (calls.length === 0) findings.push("no SDK call was made: nothing was checked");
  return { passed: findings.length === 0, findings, calls, notes };
}
