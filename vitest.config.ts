import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Most suites wait on sockets and timers, not the CPU: more workers than this machine's 2
    // cores overlap those waits.
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: "contract",
          include: ["contract-tests/**/*.test.ts"],
          globalSetup: ["contract-tests/support/global-setup.ts"],
          // The files share one in-process mock and mock nothing themselves: reusing the module
          // graph across files (clients, bundled specs) halves the run.
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/tests/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        // The core's suites again, through a fetch function instead of undici (see src/core/tests/support/transport.ts).
        test: {
          name: "unit-fetch",
          include: ["src/core/tests/**/*.test.ts"],
          env: { CLIENT_TRANSPORT: "fetch" },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
