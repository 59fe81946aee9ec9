// Gate: the project type-checks (`tsc -p .`, in-process) and so does every ```ts block of
// README.md against the current sources, so an example a newcomer copies cannot drift from the
// clients. `typed-api-clients/<x>` resolves to src/. `npm run typecheck` runs this gate.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { compilerHost, typecheckProject } from "../harness/typescript.js";
import { repoRoot } from "../spec/apis.js";
import type { GateResult } from "./result.js";

export interface ReadmeBlock {
  /** 1-based README line of the block's first code line. */
  line: number;
  code: string;
}

export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i] ?? "")) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !(lines[end] ?? "").startsWith("```")) end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

export function checkReadme(root: string = repoRoot): string[] {
  const readmePath = join(root, "README.md");
  const blocks = readmeBlocks(readFileSync(readmePath, "utf8"));
  const dir = join(root, ".readme-check");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const files = blocks.map((block, index) => {
      const file = join(dir, `example-${index + 1}.ts`);
      // `export {}` makes each block a module, so top-level await and imports behave as in an app.
      writeFileSync(file, `${block.code}\nexport {};\n`);
      return file;
    });
    const config = ts.readConfigFile(join(root, "tsconfig.json"), (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const options: ts.CompilerOptions = {
      ...parsed.options,
      noEmit: true,
      baseUrl: root,
      paths: {
        "typed-api-clients/core": ["src/core/index.ts"],
        "typed-api-clients/mock": ["src/mock/index.ts"],
        "typed-api-clients/msw": ["src/msw/index.ts"],
        "typed-api-clients/*": ["src/*.ts"],
      },
    };
    const program = ts.createProgram(files, options, compilerHost(options));
    const problems: string[] = [];
    // Only the blocks' own diagnostics (plus the program-wide ones): the sources they import are
    // the project's, which typecheckProject checks; checking them again here doubled tsc's time.
    const blockFiles = files.flatMap((file) => program.getSourceFile(file) ?? []);
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...blockFiles.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ];
    for (const diagnostic of diagnostics) {
      const file = diagnostic.file;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
      const index = file ? files.indexOf(file.fileName) : -1;
      const block = blocks[index];
      if (file && block && diagnostic.start !== undefined) {
        const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
        problems.push(`README.md:${block.line + line}:${character + 1} error TS${diagnostic.code}: ${message}`);
      } else {
        problems.push(`${file ? relative(root, file.fileName) : "README.md"}: error TS${diagnostic.code}: ${message}`);
      }
    }
    if (blocks.length === 0) problems.push("README.md: no ```ts example found to check");
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The whole gate: the project's tsc errors, then the README's. */
export function checkTypes(root: string = repoRoot): GateResult {
  const findings = [...typecheckProject(root), ...checkReadme(root)];
  return { passed: findings.length === 0, findings };
}
