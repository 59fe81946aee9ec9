import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "contract",
          include: ["contract-tests/**/*.test.ts"],
          globalSetup: ["contract-tests/support/global-setup.ts"],
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
    ],
  },
});
