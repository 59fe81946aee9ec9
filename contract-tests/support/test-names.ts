// Names the running contract test in a header of every request it sends (the recorder reads it,
// so the HTML contract report can say which test exercised an operation and status). Undici
// announces each request it creates on this diagnostics channel, for its own package and for
// Node's fetch alike, before the request is sent, which is when a header can still be added.
import { channel } from "node:diagnostics_channel";
import { relative } from "node:path";
import { expect } from "vitest";
import { TEST_NAME_HEADER } from "../../scripts/lib/harness/recorder.js";
import { repoRoot } from "../../scripts/lib/spec/apis.js";

interface UndiciRequest {
  addHeader(name: string, value: string): unknown;
}

const SUBSCRIBED = Symbol.for("typed-api-clients.contract-test-names");
const registry = globalThis as { [SUBSCRIBED]?: true };

// The files share one module graph (isolate: false) but each runs its setup files: subscribe once per worker.
if (!registry[SUBSCRIBED]) {
  registry[SUBSCRIBED] = true;
  channel("undici:request:create").subscribe((message) => {
    const { testPath, currentTestName } = expect.getState();
    if (!testPath || !currentTestName) return;
    const name = `${relative(repoRoot, testPath).split("\\").join("/")} > ${currentTestName}`;
    (message as { request: UndiciRequest }).request.addHeader(TEST_NAME_HEADER, encodeURIComponent(name));
  });
}
