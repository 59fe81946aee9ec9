// One TypeScript file that exists only in memory, placed in the repo so its relative imports
// resolve, checked with the project's compiler options through the language service: what an
// editor would show for it (diagnostics, completions, hovers), without writing it to disk.
import { join } from "node:path";
import ts from "typescript";

export interface VirtualFile {
  fileName: string;
  service: ts.LanguageService;
  /** The errors of this file only (what it imports is checked as far as this file needs). */
  errors(): { code: number; line: number; message: string }[];
  /** Offset just after the last occurrence of `marker`. */
  after(marker: string): number;
}

function projectOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root).options;
}

/** `relativePath` is where the file pretends to live, e.g. `src/tests/_virtual.ts`. */
export function virtualFile(root: string, relativePath: string, text: string): VirtualFile {
  const fileName = join(root, relativePath);
  const options = projectOptions(root);
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const content = name === fileName ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  return {
    fileName,
    service,
    errors: () => {
      const source = service.getProgram()?.getSourceFile(fileName);
      return [...service.getSyntacticDiagnostics(fileName), ...service.getSemanticDiagnostics(fileName)].map((diagnostic) => ({
        code: diagnostic.code,
        line: source && diagnostic.start !== undefined ? source.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0,
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
      }));
    },
    after: (marker) => {
      const index = text.lastIndexOf(marker);
      if (index < 0) throw new Error(`${relativePath}: no "${marker}" in the virtual file`);
      return index + marker.length;
    },
  };
}
