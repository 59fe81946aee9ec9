import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Suites that spawn processes or run tsc, slowest first, then the ones that mostly wait on timers
 * (their waits overlap the others' work), within each group of projects (the scripts project runs
 * in a group of its own, after the others). Without a results cache (a fresh clone, as
 * in CI) vitest orders files by size and would start these last, where they form the run's tail;
 * with a cache it orders by the last durations, and this list only breaks ties in its favour.
 */
export const SLOW_FIRST = [
  "scripts/tests/lib/gates/types.test.ts",
  "scripts/tests/mock.test.ts",
  "scripts/tests/tour.test.ts",
  "scripts/tests/generate.test.ts",
  "scripts/tests/lib/drift/sdk-plants.test.ts",
  "scripts/tests/lib/drift/vendor-plants.test.ts",
  "scripts/tests/check-live.test.ts",
  "scripts/tests/report-breaking.test.ts",
  "scripts/tests/lib/live/run.test.ts",
  "scripts/tests/lib/harness/prism.test.ts",
  "src/core/tests/chaos.test.ts",
  "ecosystem-tests/happy-dom.test.ts",
  "src/core/tests/internal/transport/deadline.test.ts",
  "src/core/tests/internal/transport/send.test.ts",
];

/**
 * The one deadline a test or hook has: long, because beside other CPU-bound work (CI runners are
 * shared) spawning a CLI or a sandbox takes many times its quiet duration. A test must not add a
 * shorter deadline of its own for something merely slow (scripts/tests/support/wait.ts).
 */
export const RUNNER_TIMEOUT_MS = 180_000;

/**
 * What every project shares. A project does not inherit the root's test options (vitest gives it
 * its own defaults unless it says `extends: true`, which would also inherit the root's include), so
 * each spreads this. Worker threads: they start and load modules for less than forked processes
 * (npm test in alternated runs here: 208-222 CPU s against 244-276 on forks); nothing in the
 * suites needs a process of its own (they spawn what does).
 */
export const PROJECT_DEFAULTS = {
  pool: "threads",
  testTimeout: RUNNER_TIMEOUT_MS,
  hookTimeout: RUNNER_TIMEOUT_MS,
} as const;

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const index = SLOW_FIRST.indexOf(relative(file.project.config.root, file.moduleId).split("\\").join("/"));
      return index < 0 ? SLOW_FIRST.length : index;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    // Most suites wait on sockets and timers, not the CPU: more workers than this machine's 2
    // cores overlap those waits.
    maxWorkers: 4,
    sequence: { sequencer: SlowFirst },
    // The run's JUnit file for CI beside the usual output (reports/ is the folder CI publishes;
    // npm run report:summary reads it). Written once at the end: it costs the run nothing visible.
    // A second vitest run in the same CI job (test:msw-parity) names its own file, so the summary
    // reads the main run's results.
    reporters: ["default", ["junit", { outputFile: process.env["VITEST_JUNIT_FILE"] ?? "reports/vitest.junit.xml" }]],
    projects: [
      {
        test: {
          name: "contract",
          include: ["contract-tests/**/*.test.ts"],
          globalSetup: ["contract-tests/support/global-setup.ts"],
          setupFiles: ["contract-tests/support/test-names.ts"],
          // The files share one in-process mock and mock nothing themselves: reusing the module
          // graph across files (clients, bundled specs) halves the run.
          isolate: false,
          ...PROJECT_DEFAULTS,
        },
      },
      {
        // The contract tests again, answered by the validating MSW handlers (src/msw) instead of
        // Prism (contract-tests/support/msw-global-setup.ts). `npm run test:msw-parity` runs them
        // all here: the same answers and refusals from both. Not part of `npm test`.
        test: {
          name: "contract-msw",
          include: ["contract-tests/**/*.test.ts"],
          exclude: ["contract-tests/doc-examples.test.ts"],
          globalSetup: ["contract-tests/support/msw-global-setup.ts"],
          isolate: false,
          ...PROJECT_DEFAULTS,
        },
      },
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          // The files share one module graph per worker (undici, ajv and the clients load once, not
          // once per file: about 40% of this project's CPU). What a file patches it puts back in its
          // own hooks (stubbed env, MSW's interception, servers); the files pass in any order
          // (`--sequence.shuffle.files`).
          isolate: false,
          setupFiles: ["scripts/tests/support/per-file.ts"],
          ...PROJECT_DEFAULTS,
        },
      },
      {
        // The tooling's suites patch no global and mock no module, so the files of a worker share
        // one module graph: TypeScript, Prism and Redocly load once per worker instead of once per
        // file (about a fifth of these suites' CPU time). What a file sets up per file is in
        // setupFiles, which run before every file.
        test: {
          name: "scripts",
          include: ["scripts/tests/**/*.test.ts"],
          // Two workers for these, in a group of their own after the other projects (vitest runs a
          // project with its own maxWorkers in its own group): each worker loads TypeScript, Prism,
          // Redocly and the vendor SDKs, and these suites are CPU-bound, so two more workers only
          // loaded it all twice more. npm test: 113-117 s and 215-221 CPU s, against 127-128 s and
          // 242-244 CPU s with four (two runs each, alternated).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          isolate: false,
          setupFiles: ["scripts/tests/support/per-file.ts"],
          ...PROJECT_DEFAULTS,
        },
      },
      {
        // The clients as an application's tests see them: MSW, nock, stubbed fetch, undici's global
        // dispatcher, proxies. Each file patches globals, so each keeps vitest's own isolation.
        test: {
          name: "ecosystem",
          include: ["ecosystem-tests/**/*.test.ts"],
          ...PROJECT_DEFAULTS,
        },
      },
      {
        // The core's suites again, through a fetch function instead of undici (see src/core/tests/support/transport.ts).
        test: {
          name: "unit-fetch",
          include: ["src/core/tests/**/*.test.ts"],
          isolate: false, // as in `unit`
          setupFiles: ["scripts/tests/support/per-file.ts"],
          env: { CLIENT_TRANSPORT: "fetch" },
          ...PROJECT_DEFAULTS,
        },
      },
    ],
  },
});
