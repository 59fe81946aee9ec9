// Serves Prism mocks of the named APIs (all when none is named) from this one process until
// Ctrl-C / SIGTERM, with request validation on, so a client under development can be tried
// against the spec. `npm run mock` runs `exec node --import tsx scripts/mock.ts`: the shell npm
// starts scripts with becomes node, so npm forwards SIGINT/SIGTERM straight to this process
// (a shell in between would swallow SIGINT and die on SIGTERM, leaving node behind).
import { isMockApi, startMock, type Mock, type MockApi } from "../src/mock/index.js";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { loadApis } from "./lib/spec/apis.js";

export const command = {
  name: "npm run mock --",
  summary: [
    "Serve a Prism mock (request validation on, answers from the spec's examples) of each named API,",
    "all of them when none is named, from one process on 127.0.0.1, until Ctrl-C or SIGTERM.",
    "Try `Prefer: code=404` or `Prefer: example=NAME` request headers for other documented answers.",
  ].join("\n"),
  options: {
    port: {
      type: "string",
      short: "p",
      multiple: true,
      value: "PORT",
      description: "port of the APIs in the order they are typed (--port 4010 --port 4011); APIs without one get a free port",
    },
  },
  positionals: {
    name: "API",
    description: `one of: ${loadApis()
      .map((a) => a.name)
      .join(", ")} (default: all)`,
  },
} as const;

interface Plan {
  apis: MockApi[];
  ports: Partial<Record<MockApi, number>>;
}

function plan(values: { port?: string[] | undefined }, positionals: string[]): Plan {
  const fail = (message: string): UsageError => new UsageError(`${command.name}: ${message}`);
  const known = loadApis().map((a) => a.name);
  const unknown = positionals.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw fail(`unknown API ${unknown.map((n) => `"${n}"`).join(", ")}; known APIs: ${known.join(", ")}`);
  }
  const repeated = positionals.filter((name, i) => positionals.indexOf(name) !== i);
  if (repeated.length > 0) throw fail(`API "${repeated[0]}" named twice`);
  const names = positionals.length > 0 ? positionals : known;
  const apis = names.filter(isMockApi);
  if (apis.length !== names.length)
    throw fail(`redocly.yaml lists ${names.filter((n) => !isMockApi(n)).join(", ")}, which src/mock does not serve`);

  const portArgs = values.port ?? [];
  if (portArgs.length > apis.length) throw fail(`${portArgs.length} ports given for ${apis.length} API(s): ${apis.join(", ")}`);
  const ports: Partial<Record<MockApi, number>> = {};
  for (const [index, text] of portArgs.entries()) {
    const port = Number(text);
    if (!/^\d+$/.test(text) || port > 65535) throw fail(`--port "${text}" is not a port number (0-65535)`);
    const api = apis[index];
    if (api) ports[api] = port;
  }
  return { apis, ports };
}

export const main = commandMain(command, async (parsed, io): Promise<number | "keep-running"> => {
  const chosen = plan(parsed.values, parsed.positionals);

  let mock: Mock<MockApi> | undefined;
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1); // a second signal: do not wait
    stopping = true;
    const done = (): never => process.exit(0);
    if (!mock) done();
    void mock?.close().then(done, (error: unknown) => {
      console.error(`mock: error while stopping on ${signal}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  };
  // Installed before the servers start, so a signal during start-up is not lost.
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);
  // Being re-parented means whoever started us is gone (npm SIGKILLed, or run without `exec`
  // under a shell that died): stop too rather than serve as an orphan.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("SIGHUP");
  }, 200).unref();

  try {
    mock = await startMock({ apis: chosen.apis, ports: chosen.ports });
  } catch (error) {
    console.error(`mock: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (stopping) {
    await mock.close();
    process.exit(0);
  }
  for (const api of chosen.apis) io.out(`${api} → ${mock.urls[api]}`);
  return "keep-running";
});

runIfEntry(import.meta.url, main);
