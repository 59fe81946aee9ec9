// Every entry point of scripts/ on the one argument parser (lib/cli/args.ts), found rather than
// listed: each `scripts/*.ts` and `scripts/{package,runtimes,docs,release}/*.ts` exporting `main`
// is imported in-process and must print its usage for --help (exit 0) and refuse --frobnicate in
// one line naming it (exit 2). The same files must not read process.argv themselves (only
// args.ts does) and must not do anything when imported but declare and call runIfEntry.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the samples are source text that contains ${…} on purpose
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { memoryIo, runInMemory, runMain, type Main } from "../lib/cli/args.js";
import { repoRoot } from "../lib/spec/apis.js";

const FOLDERS = ["scripts", "scripts/package", "scripts/runtimes", "scripts/docs", "scripts/release"];

interface Analysis {
  exportsMain: boolean;
  /** `runIfEntry(import.meta.url, main);` as a top-level statement. */
  callsRunIfEntry: boolean;
  /** Lines (1-based) where code, not string text, reads `process.argv`. */
  argvLines: number[];
  /** Top-level statements that do something on import (beyond declaring), with their line. */
  importEffects: string[];
}

function isFunctionLike(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || ts.isClassLike(node);
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Reads a module's syntax tree. Text inside string and template literals is not code, so a
 * `process.argv` in a script written for another process (a probe, a worker) does not count. */
function analyse(fileName: string, text: string): Analysis {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const line = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const analysis: Analysis = { exportsMain: false, callsRunIfEntry: false, argvLines: [], importEffects: [] };

  const visit = (node: ts.Node, topLevel: boolean): void => {
    const isProcess = (expression: ts.Expression): boolean => ts.isIdentifier(expression) && expression.text === "process";
    if (ts.isPropertyAccessExpression(node) && isProcess(node.expression) && node.name.text === "argv") analysis.argvLines.push(line(node));
    if (
      ts.isElementAccessExpression(node) &&
      isProcess(node.expression) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === "argv"
    ) {
      analysis.argvLines.push(line(node));
    }
    if (topLevel && (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)))
      analysis.importEffects.push(`line ${line(node)}: top-level await`);
    ts.forEachChild(node, (child) => visit(child, topLevel && !isFunctionLike(child)));
  };

  for (const statement of source.statements) {
    visit(statement, !isFunctionLike(statement));
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === "main" && hasExportModifier(statement)) analysis.exportsMain = true;
    if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      if (
        statement.declarationList.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === "main")
      )
        analysis.exportsMain = true;
    }
    const declares =
      ts.isImportDeclaration(statement) ||
      ts.isExportDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isVariableStatement(statement);
    if (declares) continue;
    const call = ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression) ? statement.expression : undefined;
    const args = call?.arguments.map((argument) => argument.getText(source));
    if (call && ts.isIdentifier(call.expression) && call.expression.text === "runIfEntry" && args?.join(", ") === "import.meta.url, main") {
      analysis.callsRunIfEntry = true;
      continue;
    }
    analysis.importEffects.push(`line ${line(statement)}: ${statement.getText(source).split("\n")[0] ?? ""}`);
  }
  return analysis;
}

interface ScriptFile {
  /** Repo-relative, e.g. `scripts/docs/check-docs.ts`. */
  file: string;
  analysis: Analysis;
}

function scriptFiles(): ScriptFile[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
      .map((entry) => `${folder}/${entry.name}`),
  )
    .sort()
    .map((file) => ({ file, analysis: analyse(file, readFileSync(join(repoRoot, file), "utf8")) }));
}

const FILES = scriptFiles();
const ENTRY_POINTS = FILES.filter(({ analysis }) => analysis.exportsMain);

interface EntryModule {
  main: Main;
  command: { name: string; positionals?: unknown };
}

async function load(file: string): Promise<EntryModule> {
  const module = (await import(pathToFileURL(join(repoRoot, file)).href)) as Partial<EntryModule>;
  if (typeof module.main !== "function" || typeof module.command?.name !== "string")
    throw new Error(`${file}: exports no main and command`);
  return { main: module.main, command: module.command };
}

describe("the gate's own reading of a module", () => {
  it("finds process.argv in code, in a template's ${…} and through ['argv'], but not in string text", () => {
    const found = analyse(
      "sample.ts",
      [
        "const PROBE = `await import(process.argv[1]); process.exit(0);`;", // 1: text for another process
        'const worker = `${exit ? `process.exit(0)` : ""}`;', // 2: text inside a nested template
        'const quoted = "process.argv";', // 3: a plain string
        "const args = process.argv.slice(2);", // 4
        "const entry = `file://${process.argv[1]}`;", // 5: code inside a template substitution
        'function f() { return process["argv"]; }', // 6
      ].join("\n"),
    );
    expect(found.argvLines).toEqual([4, 5, 6]);
  });

  it("tells a module that runs on import from one that only declares and calls runIfEntry", () => {
    const quiet = analyse(
      "quiet.ts",
      [
        'import { runIfEntry } from "./lib/cli/args.js";',
        "export const command = { name: 'x' } as const;",
        "export async function main(argv: string[]): Promise<number> { await Promise.resolve(argv); return 0; }",
        "runIfEntry(import.meta.url, main);",
      ].join("\n"),
    );
    expect(quiet).toEqual({ exportsMain: true, callsRunIfEntry: true, argvLines: [], importEffects: [] });

    const loud = analyse(
      "loud.ts",
      [
        "async function main(): Promise<void> {}",
        "const data = await fetchIt();",
        "if (import.meta.url === 'x') console.log(data);",
        "console.log(1);",
        "await main();",
        "runIfEntry(import.meta.url, other);",
      ].join("\n"),
    );
    expect(loud.exportsMain).toBe(false);
    expect(loud.callsRunIfEntry).toBe(false);
    expect(loud.importEffects).toEqual([
      "line 2: top-level await",
      "line 3: if (import.meta.url === 'x') console.log(data);",
      "line 4: console.log(1);",
      "line 5: top-level await",
      "line 5: await main();",
      "line 6: runIfEntry(import.meta.url, other);",
    ]);
  });
});

describe("scripts/ entry points", () => {
  it("are found: every command of package.json that runs a scripts/ module is among them", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const run = Object.values(pkg.scripts).flatMap((script) => [...script.matchAll(/\bscripts\/[\w/-]+\.ts\b/g)].map((match) => match[0]));
    expect(run.length).toBeGreaterThanOrEqual(15);
    const entries = ENTRY_POINTS.map(({ file }) => file);
    for (const file of new Set(run)) expect(entries, `${file} is run by package.json but exports no main`).toContain(file);
    expect(entries).toContain("scripts/package/cold-imports.ts");
  });

  it("read process.argv only through lib/cli/args.ts", () => {
    const readers = FILES.filter(({ analysis }) => analysis.argvLines.length > 0).map(
      ({ file, analysis }) => `${file}:${analysis.argvLines.join(",")}`,
    );
    expect(readers, "use parseCommandLine + runIfEntry (scripts/lib/cli/args.ts) instead").toEqual([]);
    // The gate does look at these files: two of them hold process.argv in text for other processes.
    const texts = ["scripts/package/cold-imports.ts", "scripts/package/check-package.ts"].map((file) =>
      readFileSync(join(repoRoot, file), "utf8"),
    );
    for (const text of texts) expect(text).toContain("process.argv");
  });

  it("do nothing on import (entry points only call runIfEntry(import.meta.url, main))", () => {
    const problems = FILES.flatMap(({ file, analysis }) => [
      ...(analysis.exportsMain && !analysis.callsRunIfEntry
        ? [`${file}: exports main but has no top-level runIfEntry(import.meta.url, main)`]
        : []),
      ...(!analysis.exportsMain && analysis.callsRunIfEntry ? [`${file}: calls runIfEntry but exports no main`] : []),
      ...analysis.importEffects.map((effect) => `${file} ${effect}`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe.each(ENTRY_POINTS.map(({ file }) => ({ file })))("$file", ({ file }) => {
  it("prints its usage for --help (exit 0) and refuses --frobnicate in one line naming it (exit 2)", async () => {
    const { main, command } = await load(file);
    const help = memoryIo();
    expect(await runMain(main, ["--help"], help)).toBe(0);
    expect(help.stdout().startsWith(`usage: ${command.name} [options]`)).toBe(true);
    expect(help.stdout()).toMatch(/^ {2}-h, --help +print this help and exit$/m);
    expect(help.stderr()).toBe("");

    const wrong = memoryIo();
    expect(await runMain(main, ["--frobnicate"], wrong)).toBe(2);
    expect(wrong.stderr()).toBe(`${command.name}: Unknown option '--frobnicate' (see --help)\n`);
    expect(wrong.stdout()).toBe("");

    if (command.positionals === undefined) {
      const stray = memoryIo();
      expect(await runMain(main, ["stray"], stray)).toBe(2);
      expect(stray.stderr()).toMatch(
        new RegExp(`^${command.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: Unexpected argument 'stray'[^\\n]*\\n$`),
      );
    }
  });
});

describe("values the parser cannot judge", () => {
  const oneLine = async (file: string, argv: string[]): Promise<{ code: number | "keep-running"; stderr: string; stdout: string }> => {
    const { main } = await load(file);
    return runInMemory(main, argv);
  };

  it("check:bundle refuses a --limit-kib that is not a positive number", async () => {
    for (const value of ["abc", "0", "-3", ""]) {
      const result = await oneLine("scripts/package/check-bundle.ts", [`--limit-kib=${value}`]);
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `npm run check:bundle --: --limit-kib: expected a positive number of KiB, got "${value}"\n`,
      });
    }
  });

  it("test:runtimes refuses an --only naming no runtime (it used to pass with none run)", async () => {
    const result = await oneLine("scripts/runtimes/run-matrix.ts", ["--only", "node20,nosuch"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `npm run test:runtimes --: --only: no runtime matches "nosuch" (runtimes: node20, node24, bun, deno, workerd, chromium)\n`,
    );
    expect((await oneLine("scripts/runtimes/run-matrix.ts", ["--only", ","])).code).toBe(2);
  });

  it("check:docs says in one line that dist-docs/ has not been built, exit 1", async () => {
    const { main } = await import("../docs/check-docs.js");
    const empty = mkdtempSync(join(tmpdir(), "tac-no-docs-"));
    try {
      const io = memoryIo();
      expect(await runMain((argv, out) => main(argv, out, empty), [], io)).toBe(1);
      expect(io.stdout()).toBe("");
      expect(io.stderr()).toBe(
        `check:docs: ${relative(repoRoot, empty)}/ has not been built (missing index.html, dynamiq.html, dynamiq-contract.html, pipedrive.html, pipedrive-contract.html, patchworks.html, patchworks-contract.html, pipedream.html, pipedream-contract.html, botpress.html, botpress-contract.html): run npm run docs first\n`,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
