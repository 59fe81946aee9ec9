// `npm run bench:scale`: how the cost of each step grows with the number of specs. In a temporary
// copy of the repo (never the work tree), every spec is replicated ×N under new stems (specs,
// redocly.yaml entries, generated code, contract tests and their fixtures, the mock's API list),
// then generate, lint, typecheck, the contract run and the drift score are timed. Prints one row
// per step with the growth from ×1; linear growth is ×N, and a step growing faster fails the run.
// The growth is read from CPU seconds (user + system of the step's whole process tree), which a busy
// machine changes far less than wall-clock seconds; both are printed.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseDocument } from "yaml";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { createSandbox, tsxArgs, type Sandbox } from "./lib/harness/sandbox.js";
import { LIVE_ONLY_ENV } from "./lib/live/credentials.js";
import { loadApis } from "./lib/spec/apis.js";

export const command = {
  name: "npm run bench:scale --",
  summary:
    "Time generate, lint, typecheck, the contract run and the drift score with the specs replicated ×1, ×3, ×10 in a temporary copy.",
  options: {
    factors: { type: "string", value: "LIST", description: "replication factors (default: 1,3,10)" },
    "contract-factors": { type: "string", value: "LIST", description: "factors at which the contract run is timed (default: all)" },
    "drift-factors": {
      type: "string",
      value: "LIST",
      description: "factors at which the drift score runs too (default: 1,3; it plants every drift kind once, each re-checking every spec)",
    },
    tolerance: { type: "string", value: "X", description: "allowed excess over linear growth, for timing noise (default: 1.25)" },
  },
} as const;

interface Step {
  name: string;
  command: (sandbox: Sandbox) => [string, string[]];
  /** The option that lists the factors this step runs at, when not every factor. */
  only?: "contract-factors" | "drift-factors";
  /** The step's own verdict, printed beside its time (e.g. how many drift kinds were caught). */
  verdict?: (output: string) => string | undefined;
  /** The lines a reviewer must see of a failed run; its last lines when this finds none. */
  failures?: (output: string) => string[];
}

/** `34/34 kinds caught` from the drift score's last line. */
export function driftVerdict(output: string): string | undefined {
  return /^planted-drift score: (\d+\/\d+ kinds caught)/m.exec(output)?.[1];
}

/**
 * What failed in a drift score: each row not caught or not planted (which kind, where it was
 * planted), each baseline problem, and the score. A tail of the output would show only the last rows.
 */
export function driftFailures(output: string): string[] {
  return output
    .split("\n")
    .filter(
      (line) =>
        /^\| \d+ \| .* \| (?:NOT CAUGHT|NOT PLANTED: .*) \| .*\|$/.test(line) ||
        (line.startsWith("baseline: ") && !line.startsWith("baseline: no gate trips")) ||
        /^planted-drift score: \d+\/\d+ kinds caught/.test(line),
    );
}

const STEPS: Step[] = [
  { name: "generate", command: () => tsxArgs("scripts/generate.ts") },
  { name: "lint", command: () => ["npm", ["run", "-s", "lint"]] },
  { name: "typecheck", command: () => tsxArgs("scripts/check-types.ts") },
  {
    name: "contract run",
    command: () => [process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", "contract"]],
    only: "contract-factors",
  },
  {
    name: "drift score",
    command: () => tsxArgs("scripts/score-drift.ts"),
    only: "drift-factors",
    verdict: driftVerdict,
    failures: driftFailures,
  },
];

function factors(name: string, text: string): number[] {
  const list = text.split(",").map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 1))
    throw new UsageError(`${command.name}: --${name} ${text}: expected integers >= 1, e.g. 1,3,10`);
  return list;
}

/** Copies every API `factor - 1` more times under the stem `<api>x<copy>`, everywhere a stem is read. */
export function replicate(sandbox: Sandbox, factor: number): string[] {
  const root = sandbox.root;
  const apis = loadApis(root).map((api) => api.name);
  const config = parseDocument(sandbox.read("redocly.yaml"));
  const ignores = parseDocument(sandbox.read(".redocly.lint-ignore.yaml"));
  let mockApis = sandbox.read("src/mock/apis.ts");
  const stems: string[] = [];
  for (const api of apis) {
    for (let copy = 2; copy <= factor; copy += 1) {
      const stem = `${api}x${copy}`;
      stems.push(stem);
      cpSync(join(root, "specs", `${api}.yaml`), join(root, "specs", `${stem}.yaml`));
      config.setIn(["apis", stem], { root: `specs/${stem}.yaml`, "x-openapi-ts": { output: `generated/${stem}.ts` } });
      const accepted: unknown = ignores.getIn([`specs/${api}.yaml`]);
      if (accepted !== undefined) ignores.setIn([`specs/${stem}.yaml`], accepted);
      if (existsSync(join(root, "contract-tests", "fixtures", api)))
        cpSync(join(root, "contract-tests", "fixtures", api), join(root, "contract-tests", "fixtures", stem), { recursive: true });
      replicateContractTests(sandbox, api, stem);
      mockApis = mockApis
        .replace(/export const MOCK_APIS = \[/, `export const MOCK_APIS = ["${stem}", `)
        .replace(
          /const loaders: Record<MockApi, \(\) => Promise<DocumentModule>> = \{/,
          (head) => `${head}\n  ${stem}: () => import("../../generated/${stem}.openapi.js"),`,
        );
    }
  }
  sandbox.write("redocly.yaml", config.toString());
  sandbox.write(".redocly.lint-ignore.yaml", ignores.toString());
  if (stems.length > 0 && mockApis === sandbox.read("src/mock/apis.ts"))
    throw new Error("src/mock/apis.ts: MOCK_APIS or loaders not found; bench:scale needs updating");
  sandbox.write("src/mock/apis.ts", mockApis);
  if (stems.length > 0) replicateApiKeyedCode(sandbox, apis, stems);
  return stems;
}

/** `text` with every `from` replaced by its `to`; fails loudly when a `from` is gone from the original. */
function renamed(path: string, text: string, pairs: [from: string, to: string][]): string {
  return pairs.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`${path}: ${from} not found; bench:scale needs updating`);
    return out.split(from).join(to);
  }, text);
}

/**
 * Import specifiers in `text` that name a module of `api` itself: its client (src/<api>.js), its
 * contract-test support or reads, its generated code. A shared module (`helpers.js`,
 * `internal/botpress-expiry.js`) or another API's client does not count.
 */
function importsOf(text: string, api: string): string[] {
  const own = new RegExp(`(?:^|/)${api}(?:-reads)?(?:\\.[\\w.]+)?(?:/|$)`);
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? "").filter((s) => own.test(s));
}

/**
 * The replica's contract tests, their support module and reads, each wired to the replica's own
 * client (src/<stem>.ts), mock and generated code as the original's are to the original's. Wired to
 * the original client instead, a client plant on the replica (src/<stem>.ts) would be exercised by
 * no test, and the drift score would miss it.
 */
function replicateContractTests(sandbox: Sandbox, api: string, stem: string): void {
  const root = sandbox.root;
  const support = `contract-tests/support/${api}.ts`;
  sandbox.write(
    `contract-tests/support/${stem}.ts`,
    renamed(support, sandbox.read(support), [
      [`mockUrl("${api}")`, `mockUrl("${stem}")`],
      [`"../../src/${api}.js"`, `"../../src/${stem}.js"`],
    ]),
  );
  const reads = `contract-tests/support/${api}-reads.ts`;
  sandbox.write(
    `contract-tests/support/${stem}-reads.ts`,
    renamed(reads, sandbox.read(reads), [[`"../../generated/${api}.js"`, `"../../generated/${stem}.js"`]]),
  );
  const tests = join(root, "contract-tests", api);
  for (const file of readdirSync(tests, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(join(tests, file), "utf8")
      .split(`"../support/${api}.js"`)
      .join(`"../support/${stem}.js"`)
      .split(`"../../src/${api}.js"`)
      .join(`"../../src/${stem}.js"`);
    // Any other way of reaching the original (a new import form) must fail here, not test the original.
    const left = importsOf(text, api);
    if (left.length > 0) throw new Error(`contract-tests/${api}/${file}: imports ${left.join(", ")}; bench:scale needs updating`);
    mkdirSync(dirname(join(root, "contract-tests", stem, file)), { recursive: true });
    writeFileSync(join(root, "contract-tests", stem, file), text);
  }
}

/** The prefix of an API's constants and environment variables (`PIPEDREAM_`). */
const envPrefix = (api: string): string => `${api.toUpperCase()}_`;

/** The original API of a replica stem (`botpressx3` → `botpress`). */
const originalOf = (stem: string): string => stem.replace(/x\d+$/, "");

/** Rewrites `path` in the sandbox with `edit`; fails loudly when the text it expects is gone. */
function patch(sandbox: Sandbox, path: string, expected: RegExp, edit: (text: string) => string): void {
  const text = sandbox.read(path);
  if (!expected.test(text)) throw new Error(`${path}: ${expected} not found; bench:scale needs updating`);
  sandbox.write(path, edit(text));
}

/**
 * Code keyed by API name, made to treat a replica as its original: a client module per replica
 * (the drift gates load src/<stem>.ts and its <STEM>_ENV, <STEM>_BASE_URL), the live check's extra
 * variables, the mock's vendor error shapes, the MSW kit's types, and the documents' examples
 * (their bundled specs and fixture counts).
 */
function replicateApiKeyedCode(sandbox: Sandbox, apis: string[], stems: string[]): void {
  for (const stem of stems) {
    const api = originalOf(stem);
    const methods = (name: string): string => `${name.charAt(0).toUpperCase()}${name.slice(1)}OperationMethods`;
    const client = renamed(`src/${api}.ts`, sandbox.read(`src/${api}.ts`), [
      [`"../generated/${api}.`, `"../generated/${stem}.`],
      [methods(api), methods(stem)],
      // <API>_ENV, <API>_BASE_URL and the variables' names: the gates read them by the module's stem.
      [envPrefix(api), envPrefix(stem)],
    ]);
    sandbox.write(`src/${stem}.ts`, client);
  }
  // The live check's extra variables (Dynamiq's connect token), named after the stem as its client's are.
  const liveOnly = /export const LIVE_ONLY_ENV: [^\n]*= \{\n/;
  patch(sandbox, "scripts/lib/live/credentials.ts", liveOnly, (text) =>
    text.replace(liveOnly, (head) => {
      const entries = stems.flatMap((stem) => {
        const names = LIVE_ONLY_ENV[originalOf(stem)];
        if (!names) return [];
        const own = Object.entries(names).map(([option, name]) => [option, name.replace(envPrefix(originalOf(stem)), envPrefix(stem))]);
        return [`  ${stem}: ${JSON.stringify(Object.fromEntries(own))},\n`];
      });
      return `${head}${entries.join("")}`;
    }),
  );
  const originals = apis.map((api) => JSON.stringify(api)).join(" | ");
  patch(sandbox, "src/mock/refusal.ts", /\n {2}switch \(api\) \{/, (text) =>
    text.replace(/\n {2}switch \(api\) \{/, `\n  switch (api.replace(/x\\d+$/, "") as ${originals}) {`),
  );
  patch(sandbox, "src/msw/types.ts", /export interface ApiTypes \{\n/, (text) =>
    text.replace(
      /export interface ApiTypes \{\n/,
      (head) => `${head}${stems.map((stem) => `  ${stem}: ApiTypes[${JSON.stringify(originalOf(stem))}];\n`).join("")}`,
    ),
  );
  const documentsTable = /const documents: Record<string, .*> = \{\n/;
  patch(sandbox, "contract-tests/doc-examples.test.ts", documentsTable, (text) =>
    text.replace(
      documentsTable,
      (head) => `${head}${stems.map((stem) => `  ${stem}: () => import("../generated/${stem}.openapi.js"),\n`).join("")}`,
    ),
  );
  patch(sandbox, "contract-tests/doc-examples.test.ts", /expect\(counts\)\.toEqual\(\{/, (text) =>
    text.replace(/expect\(counts\)\.toEqual\(\{([^}]*)\}\)/, (_whole, entries: string) => {
      const counts = new Map([...entries.matchAll(/(\w+): (\d+)/g)].map((m) => [m[1] ?? "", m[2] ?? "0"]));
      const all = [...counts, ...stems.map((stem) => [stem, counts.get(originalOf(stem)) ?? "0"] as const)];
      return `expect(counts).toEqual({ ${all.map(([name, count]) => `${name}: ${count}`).join(", ")} })`;
    }),
  );
}

interface Measured {
  wall: number;
  cpu: number;
}

interface Timing {
  factor: number;
  operations: number;
  seconds: Record<string, Measured | "failed" | "skipped">;
  /** Each step's own verdict at this factor, where it has one. */
  verdicts: Record<string, string>;
}

/** Runs a step under bash, whose `times` reports the CPU seconds of every process it waited for. */
function measure(sandbox: Sandbox, cmd: string, args: string[]): { measured?: Measured; code: number; output: string } {
  const started = performance.now();
  const result = sandbox.run("bash", ["-c", '"$@"; code=$?; times >&2; exit $code', "bash", cmd, ...args], 7_200_000);
  const wall = (performance.now() - started) / 1000;
  const children = result.stderr.trim().split("\n").at(-1) ?? "";
  const parts = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (result.code !== 0) return { code: result.code, output: result.output };
  if (parts.length !== 2) throw new Error(`bash times printed no CPU seconds: ${children}`);
  return { measured: { wall, cpu: (parts[0] ?? 0) + (parts[1] ?? 0) }, code: 0, output: result.output };
}

function countOperations(sandbox: Sandbox): number {
  return loadApis(sandbox.root).reduce((n, api) => n + (readFileSync(api.specPath, "utf8").match(/^\s+operationId:/gm)?.length ?? 0), 0);
}

export const main = commandMain(command, async ({ values }, io): Promise<number> => {
  const list = factors("factors", values.factors ?? "1,3,10");
  const runsAt = {
    "contract-factors": factors("contract-factors", values["contract-factors"] ?? list.join(",")),
    "drift-factors": factors("drift-factors", values["drift-factors"] ?? "1,3"),
  };
  const tolerance = Number(values.tolerance ?? "1.25");
  if (!(tolerance >= 1)) throw new UsageError(`${command.name}: --tolerance ${values.tolerance}: expected a number >= 1`);
  const timings: Timing[] = [];
  for (const factor of list) {
    const sandbox = createSandbox("scale-");
    try {
      replicate(sandbox, factor);
      const timing: Timing = { factor, operations: countOperations(sandbox), seconds: {}, verdicts: {} };
      // generate first: the later steps read the replicas' generated code.
      for (const step of STEPS) {
        if (step.only && !runsAt[step.only].includes(factor)) {
          timing.seconds[step.name] = "skipped";
          continue;
        }
        const [cmd, args] = step.command(sandbox);
        const result = measure(sandbox, cmd, args);
        timing.seconds[step.name] = result.measured ?? "failed";
        const verdict = step.verdict?.(result.output);
        if (verdict) timing.verdicts[step.name] = verdict;
        io.out(
          `×${factor} (${timing.operations} operations) ${step.name}: ${result.measured ? `${result.measured.cpu.toFixed(1)} s CPU, ${result.measured.wall.toFixed(1)} s wall` : `FAILED (exit ${result.code})`}${verdict ? `; ${verdict}` : ""}`,
        );
        if (!result.measured) {
          const named = step.failures?.(result.output) ?? [];
          io.err((named.length > 0 ? named : result.output.split("\n").filter(Boolean).slice(-15)).join("\n"));
        }
      }
      timings.push(timing);
    } finally {
      sandbox.dispose();
    }
  }
  const { text, superlinear } = growthTable(timings, tolerance);
  io.out(`\n${text}`);
  return superlinear.length === 0 && timings.every((t) => Object.values(t.seconds).every((s) => s !== "failed")) ? 0 : 1;
});

/** The Markdown table: seconds per step and factor, and the growth from the first factor against linear. */
export function growthTable(timings: Timing[], tolerance: number): { text: string; superlinear: string[] } {
  const base = timings[0];
  const superlinear: string[] = [];
  const header = [
    "step",
    ...timings.map((t) => `×${t.factor} (${t.operations} ops)`),
    ...timings.slice(1).map((t) => `growth ×${t.factor / (base?.factor ?? 1)}`),
  ];
  const rows = STEPS.map((step) => {
    const cells = timings.map((t) => {
      const s = t.seconds[step.name];
      return typeof s === "object" ? `${s.cpu.toFixed(1)} s CPU (${s.wall.toFixed(0)} s wall)` : (s ?? "-");
    });
    const growth = timings.slice(1).map((t) => {
      const first = base?.seconds[step.name];
      const now = t.seconds[step.name];
      if (typeof first !== "object" || typeof now !== "object" || !base) return "-";
      const ratio = now.cpu / first.cpu;
      const linear = t.factor / base.factor;
      if (ratio > linear * tolerance) superlinear.push(`${step.name} ×${t.factor}`);
      return `${ratio.toFixed(2)}× (linear ${linear}×)`;
    });
    return [step.name, ...cells, ...growth];
  });
  const lines = [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`);
  for (const step of STEPS) {
    const verdicts = timings.flatMap((t) => (t.verdicts[step.name] ? [`×${t.factor} ${t.verdicts[step.name]}`] : []));
    if (verdicts.length > 0) lines.push("", `${step.name}: ${verdicts.join(", ")}`);
  }
  lines.push("", superlinear.length ? `worse than linear: ${superlinear.join(", ")}` : "every step grows linearly or better");
  return { text: lines.join("\n"), superlinear };
}

runIfEntry(import.meta.url, main);
