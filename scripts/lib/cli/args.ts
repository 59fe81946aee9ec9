// The one argument parser of every CLI in scripts/: node:util parseArgs in strict mode, a
// generated --help, and one clear line (exit 2) for an unknown flag, a missing value or a
// stray positional.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** Placeholder for the value in --help, e.g. `REF`. */
  value?: string;
  description: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** The command as a user types it, e.g. `npm run breaking --`. */
  name: string;
  summary: string;
  options: O;
  /** Positional arguments, when the command takes any (e.g. API names). */
  positionals?: { name: string; description: string };
}

type ValueOf<S extends OptionSpec> = S["type"] extends "boolean"
  ? boolean | undefined
  : S["multiple"] extends true
    ? string[] | undefined
    : string | undefined;
export type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]: ValueOf<O[K]> };

/** A bad invocation: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export type Parsed<O extends Record<string, OptionSpec>> = { help: string } | { values: Values<O>; positionals: string[] };

export function usage<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>): string {
  const flags = Object.entries(spec.options).map(([name, option]) => {
    const left = `${option.short ? `-${option.short}, ` : "    "}--${name}${option.type === "string" ? ` ${option.value ?? "VALUE"}` : ""}${option.multiple ? " (repeatable)" : ""}`;
    return [left, option.description] as const;
  });
  flags.push(["-h, --help", "print this help and exit"]);
  const width = Math.max(...flags.map(([left]) => left.length));
  const positional = spec.positionals ? ` [${spec.positionals.name}...]` : "";
  return [
    `usage: ${spec.name} [options]${positional}`,
    spec.summary,
    ...(spec.positionals ? ["", `  ${spec.positionals.name}: ${spec.positionals.description}`] : []),
    "",
    "options:",
    ...flags.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`),
  ].join("\n");
}

/** Parses `argv` strictly; throws UsageError naming the bad argument. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: readonly string[]): Parsed<O> {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (error) {
    throw new UsageError(`${spec.name}: ${oneLine(error)} (see --help)`);
  }
  if (parsed.values["help"] === true) return { help: usage(spec) };
  const values = { ...parsed.values };
  delete values["help"];
  return { values: values as Values<O>, positionals: parsed.positionals };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs explains how to pass a dash-led value; that hint is noise for a mistyped flag.
  return (
    message
      .split("\n")[0]
      ?.replace(/\. To specify a positional argument.*$/, "")
      .replace(/\.$/, "") ?? message
  );
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A CLI entry: returns its exit code; UsageError → exit 2 with one line. */
export type Main = (argv: string[], io: Io) => Promise<number | "keep-running">;

/**
 * A command's `main`: parses `argv` strictly against `spec`, answers `--help`, and hands the
 * parsed values to `run` (with any extra arguments tests pass, such as an environment).
 */
export function commandMain<O extends Record<string, OptionSpec>, Extra extends unknown[], Result extends number | "keep-running">(
  spec: CommandSpec<O>,
  run: (parsed: { values: Values<O>; positionals: string[] }, io: Io, ...extra: Extra) => Promise<Result>,
): (argv: string[], io: Io, ...extra: Extra) => Promise<Result | 0> {
  return async (argv, io, ...extra) => {
    const parsed = parseCommandLine(spec, argv);
    if ("help" in parsed) {
      io.out(parsed.help);
      return 0;
    }
    return run(parsed, io, ...extra);
  };
}

/** A `main` that runs a command given after `--`: what comes before is parsed as its own, what comes after is handed over. */
export function withCommandAfterDashes(parse: (argv: string[], io: Io, command: readonly string[]) => Promise<number>): Main {
  return (argv, io) => {
    const split = argv.indexOf("--");
    return parse(split < 0 ? argv : argv.slice(0, split), io, split < 0 ? [] : argv.slice(split + 1));
  };
}

/** Runs `main` when the module is the process entry point (not when a test imports it). */
export function runIfEntry(moduleUrl: string, main: Main): void {
  const entry = process.argv[1];
  if (!entry) return;
  let isEntry: boolean;
  try {
    isEntry = realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    isEntry = false;
  }
  if (!isEntry) return;
  void runMain(main, process.argv.slice(2), processIo).then((code) => {
    if (code !== "keep-running") process.exitCode = code;
  });
}

/** `main` with usage errors and crashes turned into exit codes 2 and 1. */
export async function runMain(main: Main, argv: string[], io: Io): Promise<number | "keep-running"> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** Runs `main` as runMain does, with its output in memory (tests): the exit code and what it printed. */
export async function runInMemory(main: Main, argv: string[]): Promise<{ code: number | "keep-running"; stdout: string; stderr: string }> {
  const io = memoryIo();
  const code = await runMain(main, argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** Collects a CLI's output in memory (tests). */
export function memoryIo(): Io & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (l) => void out.push(l),
    err: (l) => void err.push(l),
    stdout: () => out.map((l) => `${l}\n`).join(""),
    stderr: () => err.map((l) => `${l}\n`).join(""),
  };
}
