// `npm start`: the product in one command. Starts the in-process mock of every API (Prism, request
// validation on, on 127.0.0.1) and takes each API's client through its typical calls: typed
// results, a typed error, pagination over several pages, the token exchange. An API whose
// credentials are in the environment is toured against the vendor instead, read-only unless
// --allow-writes. The mock is stopped at the end, whatever happened.
import { startMock, type Mock, type MockApi } from "../src/mock/index.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { type Env, STOPS } from "./lib/tour/stops.js";

export const command = {
  name: "npm start --",
  summary: [
    "A short tour of the five typed clients against the in-process mock of their specs: typed results,",
    "a typed error, pagination, the token exchange. An API whose credentials are in the environment",
    "(see the README's credentials table) is toured against the real API instead, read-only.",
  ].join("\n"),
  options: {
    "allow-writes": { type: "boolean", description: "against a real API, also send the tour's writes (creating a Pipedrive channel)" },
    "mock-only": { type: "boolean", description: "tour every API against the mock, even when credentials are in the environment" },
  },
  positionals: { name: "API", description: `APIs to tour (default: all): ${STOPS.map((stop) => stop.api).join(", ")}` },
} as const;

export const main = commandMain(command, async (parsed, io, env: Env = process.env): Promise<number> => {
  const unknown = parsed.positionals.filter((name) => !STOPS.some((stop) => stop.api === name));
  if (unknown.length > 0)
    throw new UsageError(`${command.name}: unknown API ${unknown.join(", ")}; known: ${STOPS.map((stop) => stop.api).join(", ")}`);
  const stops = STOPS.filter((stop) => parsed.positionals.length === 0 || parsed.positionals.includes(stop.api));
  const live = (api: MockApi): boolean =>
    parsed.values["mock-only"] !== true && (stops.find((stop) => stop.api === api)?.hasCredentials(env) ?? false);
  const mocked = stops.map((stop) => stop.api).filter((api) => !live(api));

  let mock: Mock | undefined;
  let failed = 0;
  try {
    if (mocked.length > 0) {
      mock = await startMock({ apis: mocked });
      io.out(`mock: ${mocked.map((api) => `${api} → ${mock?.urls[api]}`).join(", ")}`);
    }
    for (const stop of stops) {
      const mockUrl = mock && !live(stop.api) ? mock.urls[stop.api] : undefined;
      io.out(`\n${stop.api} (${mockUrl === undefined ? "the real API, credentials from the environment" : "mock"})`);
      try {
        await stop.run({ mockUrl, allowWrites: parsed.values["allow-writes"] === true, env, say: io.out });
      } catch (error) {
        failed++;
        io.err(`  ${stop.api}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
  } finally {
    await mock?.close();
  }
  io.out(failed === 0 ? "\ntour done; `npm test` runs the contract suite." : `\ntour: ${failed} API(s) failed`);
  return failed === 0 ? 0 : 1;
});

runIfEntry(import.meta.url, main);
