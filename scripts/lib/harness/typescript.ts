// tsc in-process through the TypeScript compiler API: no process spawn, and a builder program
// kept per repo root so a second check re-checks only the files a change affected.
import { relative, sep } from "node:path";
import ts from "typescript";

const builders = new Map<string, ts.SemanticDiagnosticsBuilderProgram>();
const programs = new Map<string, ts.Program>();

/** Parsed files by path and parse settings: reused while their text is unchanged. */
const parsed = new Map<string, ts.SourceFile>();

/**
 * A compiler host that parses each file once per process and shares it between programs (a
 * sandbox's, the README's, the next incremental check's) until its text changes.
 */
export function compilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createIncrementalCompilerHost(options, ts.sys);
  const parse = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    const cached = parsed.get(key);
    const installed = fileName.split(/[\\/]/).includes("node_modules"); // does not change while we run
    if (cached && (installed || ts.sys.readFile(fileName) === cached.text)) return cached;
    const file = parse(fileName, languageVersion, onError, shouldCreate);
    if (file) parsed.set(key, file);
    return file;
  };
  return host;
}

/** Formats a diagnostic as tsc does: `file(line,col): error TS1234: message`, the file relative to `root`. */
export function formatDiagnostic(root: string, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const category = ts.DiagnosticCategory[diagnostic.category].toLowerCase();
  if (!diagnostic.file || diagnostic.start === undefined) return `${category} TS${diagnostic.code}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${relative(root, diagnostic.file.fileName)}(${line + 1},${character + 1}): ${category} TS${diagnostic.code}: ${message}`;
}

/**
 * `tsc -p <root>`: every error of the project that root/tsconfig.json describes. `under` narrows
 * it to the files whose path (relative to root) starts with one of these prefixes, e.g.
 * `contract-tests/pipedrive`: only their errors are reported, so what they import is checked only
 * as far as they use it (a fifth of the time of checking every file of their program).
 */
export function typecheckProject(root: string, under?: string[]): string[] {
  const configPath = ts.findConfigFile(root, (p) => ts.sys.fileExists(p), "tsconfig.json");
  if (!configPath) return [`${root}: no tsconfig.json`];
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) return [formatDiagnostic(root, read.error)];
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  if (parsed.errors.length > 0) return parsed.errors.map((d) => formatDiagnostic(root, d));
  const key = `${root}\0${(under ?? []).join("\0")}`;
  const fileNames = under
    ? parsed.fileNames.filter((file) => under.some((prefix) => relative(root, file).split(sep).join("/").startsWith(prefix)))
    : parsed.fileNames;
  const host = compilerHost(parsed.options);
  let diagnostics: readonly ts.Diagnostic[];
  if (under) {
    // A plain program (the builder's per-file cache would answer for a file whose imports
    // changed as it did before); unchanged files are not parsed again (compilerHost).
    const program = ts.createProgram({ rootNames: fileNames, options: parsed.options, host, oldProgram: programs.get(key) });
    programs.set(key, program);
    const files = fileNames.flatMap((file) => program.getSourceFile(file) ?? []);
    diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...files.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ];
  } else {
    const builder = ts.createSemanticDiagnosticsBuilderProgram(fileNames, parsed.options, host, builders.get(key));
    builders.set(key, builder);
    diagnostics = [
      ...builder.getConfigFileParsingDiagnostics(),
      ...builder.getOptionsDiagnostics(),
      ...builder.getGlobalDiagnostics(),
      ...builder.getSyntacticDiagnostics(),
      ...builder.getSemanticDiagnostics(),
    ];
  }
  return diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => formatDiagnostic(root, d));
}

/** Drops the kept program of a root (a disposed sandbox). */
export function forgetProject(root: string): void {
  for (const kept of [builders, programs]) for (const key of kept.keys()) if (key.split("\0")[0] === root) kept.delete(key);
}
