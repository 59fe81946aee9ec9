// `npm run drift:score`: in temporary copies of the repo, plants each kind of drift one at a time,
// runs the gates (scripts/lib/gates/, through scripts/lib/drift/run-gates.ts) and prints which
// caught it. Every kind must be caught (100%) and no gate may trip without drift, or it exits 1.
//   npm run drift:score [-- --seed N] [--only TEXT]... [--concurrency N] [--skip-baseline]
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { commandMain, runIfEntry, UsageError } from "./lib/cli/args.js";
import { OBSERVED_FILE } from "./lib/gates/coverage.js";
import { forgetProject } from "./lib/harness/typescript.js";
import { loadApis, repoRoot, type ApiEntry } from "./lib/spec/apis.js";
import {
  baseUrlGate,
  breakingGate,
  conformanceBaseline,
  conformanceGate,
  confirmTscClean,
  contractGates,
  docFixturesGate,
  generateCheckGate,
  lintGate,
  liveProxyGate,
  regenerate,
  responseValidationGate,
  tscGate,
  wireFormatGate,
  type GateName,
  type Verdict as GateResult,
} from "./lib/drift/run-gates.js";
import { startDriftingServer } from "./lib/drift/server.js";
import { DRIFT_KINDS, type DriftKind, type Planted } from "./lib/drift/plants.js";
import { seededRandom } from "./lib/drift/spec-walk.js";
import { RELEASE_DIR } from "./lib/drift/vendor-plants.js";
import { createSandbox, type Sandbox } from "./lib/harness/sandbox.js";
import { driftSuite, REPORT_FILES, type DriftResults } from "./lib/report/gates.js";
import { writeGateReport } from "./lib/report/junit.js";

interface Options {
  seed: number;
  only: string[];
  concurrency: number;
  skipBaseline: boolean;
  allGates: boolean;
}

export const command = {
  name: "npm run drift:score --",
  summary: "Plant each kind of drift in a temporary copy of the repo and show which gate catches it.",
  options: {
    seed: { type: "string", value: "N", description: "seed of the target choice (default: 20261121)" },
    only: {
      type: "string",
      value: "TEXT",
      multiple: true,
      description: "only the drift kinds whose name contains TEXT (each kind keeps the target it has in a full run)",
    },
    concurrency: { type: "string", value: "N", description: "sandboxes working in parallel (default: 2)" },
    "skip-baseline": { type: "boolean", description: "skip the check that no gate trips without drift" },
    "all-gates": {
      type: "boolean",
      description:
        "run lint, tsc and the contract tests even when a quicker gate already caught the drift (slower; lists every gate that catches each kind)",
    },
    "report-dir": { type: "string", value: "DIR", description: "also write drift-score.junit.xml and drift-score.json there" },
  },
} as const;

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value)) throw new UsageError(`${command.name}: --${name} needs an integer, got ${text}`);
  return value;
}

interface Row {
  kind: string;
  where: string;
  caught: GateName[];
  evidence: string;
  seconds: number;
  error?: string;
}

const RESTORED = ["specs", "generated", "src", "contract-tests"];

class Worker {
  readonly sandbox: Sandbox;
  readonly apis: ApiEntry[];
  /** Whether tsc passed in this sandbox without drift: checked the first time tsc trips in it (confirmTscClean). */
  tscClean = false;
  constructor() {
    this.sandbox = createSandbox("drift-");
    this.apis = loadApis(this.sandbox.root);
  }
  /** Puts back every file a plant may have touched. */
  reset(): void {
    this.sandbox.restore(RESTORED);
    rmSync(join(this.sandbox.root, OBSERVED_FILE), { force: true });
    rmSync(join(this.sandbox.root, RELEASE_DIR), { recursive: true, force: true });
  }
  api(name: string): ApiEntry {
    const api = this.apis.find((a) => a.name === name);
    if (!api) throw new Error(`no API ${name}`);
    return api;
  }
}

async function runGates(worker: Worker, kind: DriftKind, planted: Planted, allGates: boolean): Promise<Map<GateName, GateResult>> {
  const root = worker.sandbox.root;
  const api = worker.api(planted.api);
  const results = new Map<GateName, GateResult>();
  const record = (name: GateName, result: GateResult): void => void results.set(name, result);
  const caught = (): boolean => !allGates && [...results.values()].some((result) => result.tripped);
  // tsc and the contract run take seconds; the other gates well under one. Unless every gate is
  // asked for, the slow ones run only when no quick one has caught the drift. The contract run
  // goes first: it is a process of its own (the other sandbox's gates use this process's core
  // meanwhile), and tsc, which blocks this process, is needed only when the contract run passes.
  const slowGates = async (specs: boolean, sdkFrom?: string): Promise<void> => {
    if (caught()) return;
    // A vendor plant changes no file tsc or the contract run reads (only vendor-release/), so their
    // verdict is the baseline's; --all-gates runs them anyway, to show it.
    if (allGates || kind.category !== "vendor") {
      // Unless every gate is asked for, the first failing contract test is the verdict.
      const { contract, coverage } = await contractGates(root, [api], { firstFailure: !allGates });
      record("contract tests", contract);
      if (coverage) record("coverage gate", coverage);
      if (!caught()) record("tsc", tscGate(root));
    }
    // The vendor SDKs against the drifted spec (only the APIs with an official SDK have calls).
    if (specs) record("vendor SDK conformance", await conformanceGate(root, sdkFrom));
  };

  switch (kind.category) {
    case "spec":
    case "vendor": {
      // A vendor plant leaves the spec as it is: the spec gates run to show they cannot see it.
      if (kind.category === "vendor" && !planted.sdkFrom) throw new Error(`${kind.kind}: no SDK release`);
      const original = readFileSync(join(repoRoot, "specs", `${api.name}.yaml`), "utf8");
      record("generate", await regenerate(root, api));
      // A spec plant changes one API's spec, so only that API's generated files can go stale.
      record("generate --check", await generateCheckGate(root, [api]));
      record("doc fixtures", await docFixturesGate(root, api));
      record("breaking report", breakingGate(original, readFileSync(api.specPath, "utf8")));
      record("base URL", await baseUrlGate(root, [api]));
      record("wire format", await wireFormatGate(root, [api]));
      // Lint spawns the Redocly CLI (about a second of CPU each time: spawned for every spec kind,
      // it was a quarter of the score's CPU), so it runs only where the in-process gates above
      // caught nothing, like the slow gates below.
      if (!caught()) record("lint", await lintGate(root, [api]));
      await slowGates(true, planted.sdkFrom);
      break;
    }
    case "generated":
    case "client": {
      if (kind.category === "generated") record("generate --check", await generateCheckGate(root, [api]));
      await slowGates(false);
      break;
    }
    case "docs":
      record("doc fixtures", await docFixturesGate(root, api));
      break;
    case "server": {
      if (!planted.server) throw new Error(`${kind.kind}: no server drift`);
      const server = await startDriftingServer(api, planted.server);
      try {
        record("live proxy", await liveProxyGate(root, api, planted.server, server.url));
        record("response validation", await responseValidationGate(root, api, planted.server, server.url));
      } finally {
        await server.close();
      }
      break;
    }
  }
  return results;
}

async function plantAndCheck(worker: Worker, kind: DriftKind, index: number, seed: number, allGates: boolean): Promise<Row> {
  const started = performance.now();
  worker.reset();
  try {
    const planted = kind.plant({ root: worker.sandbox.root, apis: worker.apis, random: seededRandom(seed + index * 7919) });
    const results = await runGates(worker, kind, planted, allGates);
    if (results.get("tsc")?.tripped && !worker.tscClean) {
      confirmTscClean(worker.sandbox.root, () => worker.reset());
      worker.tscClean = true;
    }
    const caught = [...results.entries()].filter(([, r]) => r.tripped).map(([name]) => name);
    const first = [...results.values()].find((r) => r.tripped);
    return {
      kind: kind.kind,
      where: `${planted.api}: ${planted.where}`,
      caught,
      evidence: first?.evidence ?? "",
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    return {
      kind: kind.kind,
      where: "(not planted)",
      caught: [],
      evidence: "",
      error: (error as Error).message,
      seconds: (performance.now() - started) / 1000,
    };
  }
}

/**
 * Without drift no gate may trip: otherwise a gate that always fails would score 100%. (tsc is
 * checked in a sandbox the first time it trips there, confirmTscClean: most runs never need it.)
 */
async function baseline(workers: Worker[]): Promise<string[]> {
  const [first, ...others] = workers;
  if (!first) return [];
  const root = first.sandbox.root;
  const problems: string[] = [];
  const check = (name: string, result: GateResult): void => {
    if (result.tripped) problems.push(`${name} trips without any drift: ${result.evidence}`);
  };
  // The contract run is a process of its own: started first, it runs beside the gates below.
  const contractRun = contractGates(root, first.apis);
  // Every sandbox must be clean, not just the first: a gate that trips in one copy only would score
  // for free. (tsc is checked in a sandbox when it first trips there: confirmTscClean.)
  for (const worker of others)
    check(`generate --check (sandbox ${worker.sandbox.root})`, await generateCheckGate(worker.sandbox.root, worker.apis));
  check("generate --check", await generateCheckGate(root, first.apis));
  check("lint", await lintGate(root, first.apis));
  check("base URL", await baseUrlGate(root, first.apis));
  check("wire format", await wireFormatGate(root, first.apis));
  for (const api of first.apis) {
    check(`doc fixtures (${api.name})`, await docFixturesGate(root, api));
    const spec = readFileSync(api.specPath, "utf8");
    check(`breaking report (${api.name})`, breakingGate(spec, spec));
  }
  const { contract, coverage } = await contractRun;
  check("contract tests", contract);
  check("coverage gate", coverage ?? { tripped: true, evidence: "the coverage gate did not run" });
  check("vendor SDK conformance", await conformanceGate(root));
  for (const kind of DRIFT_KINDS.filter((k) => k.category === "server")) {
    // The same operation served exactly as its spec says must pass both server gates.
    const planted = kind.plant({ root, apis: first.apis, random: seededRandom(1) });
    if (!planted.server) continue;
    const honest = { ...planted.server, respond: exampleAsIs };
    const api = first.api(planted.api);
    const server = await startDriftingServer(api, honest);
    try {
      check(`live proxy (${api.name} ${honest.path})`, await liveProxyGate(root, api, honest, server.url));
      check(`response validation (${api.name} ${honest.path})`, await responseValidationGate(root, api, honest, server.url));
    } finally {
      await server.close();
    }
  }
  return problems;
}

const exampleAsIs = (example: unknown): { status: number; contentType: string; body: string } => ({
  status: 200,
  contentType: "application/json",
  body: JSON.stringify(example),
});

function table(rows: Row[]): string {
  const header = ["#", "drift kind", "where planted", "caught by", "first evidence"];
  const body = rows.map((row, i) => [
    String(i + 1),
    row.kind,
    row.where,
    row.caught.length ? row.caught.join(", ") : row.error ? `NOT PLANTED: ${row.error}` : "NOT CAUGHT",
    row.evidence.replace(/\|/g, "\\|"),
  ]);
  const lines = [header, header.map(() => "---"), ...body].map((cells) => `| ${cells.join(" | ")} |`);
  return lines.join("\n");
}

function writeReport(dir: string | undefined, results: DriftResults, text: string): void {
  if (dir) writeGateReport(resolve(dir), REPORT_FILES.drift, driftSuite(results, text), results);
}

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const options: Options = {
    seed: integer("seed", parsed.values.seed, 20261121),
    only: parsed.values.only ?? [],
    concurrency: Math.max(1, integer("concurrency", parsed.values.concurrency, 2)),
    skipBaseline: parsed.values["skip-baseline"] === true,
    allGates: parsed.values["all-gates"] === true,
  };
  const kinds = DRIFT_KINDS.filter((k) => options.only.length === 0 || options.only.some((text) => k.kind.includes(text)));
  const started = performance.now();
  const workers = Array.from({ length: Math.min(options.concurrency, kinds.length) }, () => new Worker());
  try {
    io.out(
      `planted-drift score: ${kinds.length} kinds, seed ${options.seed}, ${workers.length} sandbox(es), ${options.allGates ? "every gate on every kind" : "lint, tsc and contract tests only where no in-process gate caught the drift (--all-gates for every gate)"}`,
    );
    const first = workers[0];
    if (!options.skipBaseline && first) {
      const problems = await baseline(workers);
      if (problems.length > 0) {
        for (const p of problems) io.err(`baseline: ${p}`);
        writeReport(
          parsed.values["report-dir"],
          { passed: false, seed: options.seed, score: 0, rows: [], baselineProblems: problems },
          problems.join("\n"),
        );
        return 1;
      }
      io.out(`baseline: no gate trips without drift (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    if (kinds.some((k) => k.category === "spec" || k.category === "vendor")) {
      const known = await conformanceBaseline();
      if (known.lines.length > 0)
        io.out(
          `vendor SDK conformance: the repo's specs already refuse ${known.lines.length} SDK call(s); a plant counts only refusals beyond these:\n${known.lines.map((l) => `  ${l}`).join("\n")}`,
        );
    }
    const rows: Row[] = new Array<Row>(kinds.length);
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        while (next < kinds.length) {
          const index = next++;
          const kind = kinds[index];
          if (!kind) break;
          // The seed follows the kind's place in the full list, so --only plants the same target.
          rows[index] = await plantAndCheck(worker, kind, DRIFT_KINDS.indexOf(kind), options.seed, options.allGates);
          const row = rows[index];
          io.out(`  ${row.caught.length ? "caught" : "MISSED"}  ${row.kind} (${row.seconds.toFixed(1)} s)`);
        }
      }),
    );
    const caught = rows.filter((r) => r.caught.length > 0).length;
    const score = Math.round((caught / rows.length) * 1000) / 10;
    const text = `${table(rows)}\n\nplanted-drift score: ${caught}/${rows.length} kinds caught = ${score}% (seed ${options.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s)`;
    io.out(`\n${text}`);
    writeReport(
      parsed.values["report-dir"],
      { passed: caught === rows.length, seed: options.seed, score, rows, baselineProblems: [] },
      text,
    );
    return caught === rows.length ? 0 : 1;
  } finally {
    for (const worker of workers) {
      forgetProject(worker.sandbox.root);
      worker.sandbox.dispose();
    }
  }
});

runIfEntry(import.meta.url, main);
