// vitest.config.ts starts the slow suites first (a name that no longer exists would quietly lose
// that), and gives every project the one long deadline: a shorter one fails a slow machine, and
// worker threads, as vitest resolves them (a root option does not reach the projects).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createVitest } from "vitest/node";
import config, { RUNNER_TIMEOUT_MS, SLOW_FIRST } from "../../vitest.config.js";
import { repoRoot } from "../lib/spec/apis.js";

describe("vitest.config.ts", () => {
  it("names only test files that exist in SLOW_FIRST", () => {
    expect(SLOW_FIRST.length).toBeGreaterThan(0);
    for (const file of SLOW_FIRST) expect(existsSync(join(repoRoot, file)), file).toBe(true);
  });

  it("gives every project the runner's timeout for tests and hooks, nothing shorter", () => {
    const projects = (config.test?.projects ?? []).map((project) => {
      const test = typeof project === "object" && "test" in project ? project.test : undefined;
      return { name: test?.name, testTimeout: test?.testTimeout, hookTimeout: test?.hookTimeout };
    });
    expect(projects.length).toBeGreaterThan(4);
    for (const project of projects)
      expect(project).toEqual({ name: project.name, testTimeout: RUNNER_TIMEOUT_MS, hookTimeout: RUNNER_TIMEOUT_MS });
  });

  it("runs every project on worker threads, as vitest resolves each project's config", async () => {
    // A project takes vitest's defaults, not the root's options: before PROJECT_DEFAULTS every
    // project ran on forks although the root said threads.
    const vitest = await createVitest("test", { watch: false, config: join(repoRoot, "vitest.config.ts") }, {}, {});
    try {
      const pools = Object.fromEntries(vitest.projects.map((project) => [project.name, project.config.pool]));
      expect(Object.keys(pools).length).toBeGreaterThan(4);
      for (const [name, pool] of Object.entries(pools)) expect({ name, pool }).toEqual({ name, pool: "threads" });
    } finally {
      await vitest.close();
    }
  });
});
