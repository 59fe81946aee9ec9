// The one argument parser, and every CLI in scripts/ using it: --help prints usage and options
// (exit 0); an unknown flag, a missing value or a stray positional is one line naming it (exit 2).
import { describe, expect, it } from "vitest";
import * as bench from "../../../bench.js";
import * as checkCoverage from "../../../check-coverage.js";
import * as checkLive from "../../../check-live.js";
import * as checkTypes from "../../../check-types.js";
import * as generate from "../../../generate.js";
import { memoryIo, parseCommandLine, runMain, usage, UsageError, type Main } from "../../../lib/cli/args.js";
import * as reportBreaking from "../../../report-breaking.js";
import * as scoreDrift from "../../../score-drift.js";

const spec = {
  name: "demo",
  summary: "A demo command.",
  options: {
    base: { type: "string", value: "REF", description: "the base" },
    api: { type: "string", multiple: true, description: "an API" },
    force: { type: "boolean", short: "f", description: "force it" },
  },
} as const;

describe("parseCommandLine", () => {
  it("parses known options, repeated ones into a list", () => {
    expect(parseCommandLine(spec, ["--base", "main", "--api", "a", "--api", "b", "-f"])).toEqual({
      values: { base: "main", api: ["a", "b"], force: true },
      positionals: [],
    });
  });

  it("returns the usage for --help and -h", () => {
    const parsed = parseCommandLine(spec, ["--help"]);
    expect(parsed).toEqual({ help: usage(spec) });
    expect(usage(spec)).toContain("usage: demo [options]");
    expect(usage(spec)).toMatch(/--base REF +the base/);
    expect(usage(spec)).toMatch(/-f, --force +force it/);
    expect(parseCommandLine(spec, ["-h"])).toEqual({ help: usage(spec) });
  });

  it("refuses an unknown flag, a missing value and a stray positional, naming each in one line", () => {
    const message = (argv: string[]): string => {
      try {
        parseCommandLine(spec, argv);
      } catch (error) {
        if (error instanceof UsageError) return error.message;
        throw error;
      }
      throw new Error(`accepted ${argv.join(" ")}`);
    };
    expect(message(["--bsae", "main"])).toBe("demo: Unknown option '--bsae' (see --help)");
    expect(message(["--base"])).toMatch(/^demo: Option '--base <value>' argument missing \(see --help\)$/);
    expect(message(["stray"])).toMatch(/^demo: Unexpected argument 'stray'.* \(see --help\)$/);
    for (const argv of [["--bsae"], ["--base"], ["stray"]]) expect(message(argv)).not.toContain("\n");
  });

  it("takes positionals only when the command declares them", () => {
    expect(parseCommandLine({ ...spec, positionals: { name: "API", description: "names" } }, ["pipedrive", "-f"])).toMatchObject({
      positionals: ["pipedrive"],
    });
  });
});

const CLIS: Array<{ name: string; main: Main; takesPositionals: boolean }> = [
  { name: "generate", main: generate.main, takesPositionals: true },
  { name: "check-types", main: checkTypes.main, takesPositionals: false },
  { name: "check-coverage", main: checkCoverage.main, takesPositionals: false },
  { name: "report-breaking", main: reportBreaking.main, takesPositionals: false },
  { name: "check-live", main: (argv, io) => checkLive.main(argv, io, {}), takesPositionals: false },
  { name: "score-drift", main: scoreDrift.main, takesPositionals: false },
  { name: "bench", main: bench.main, takesPositionals: false },
];

describe.each(CLIS)("scripts/$name.ts", ({ main }) => {
  it("prints usage and options with --help, exit 0", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["--help"], io)).toBe(0);
    expect(io.stdout()).toMatch(/^usage: npm run [\w:]+ -- \[options\]/);
    expect(io.stdout()).toContain("-h, --help");
    expect(io.stderr()).toBe("");
  });

  it("refuses a mistyped flag with one line naming it, exit 2", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["--hlep"], io)).toBe(2);
    expect(io.stderr()).toMatch(/^npm run [\w:]+ --: Unknown option '--hlep' \(see --help\)\n$/);
    expect(io.stdout()).toBe("");
  });
});

describe.each(CLIS.filter((cli) => !cli.takesPositionals))("scripts/$name.ts (no positionals)", ({ main }) => {
  it("refuses a stray positional, exit 2", async () => {
    const io = memoryIo();
    expect(await runMain(main, ["stray"], io)).toBe(2);
    expect(io.stderr()).toMatch(/^npm run [\w:]+ --: Unexpected argument 'stray'.*\(see --help\)\n$/);
  });
});
