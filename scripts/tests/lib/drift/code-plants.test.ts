// Client plants edit the factory through its syntax tree: a reformatted factory is planted the
// same way, and a factory the plant cannot find fails loudly instead of scoring.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PlantTargetError, spliceMiddleware } from "../../../lib/drift/code-plants.js";
import { loadApis, repoRoot } from "../../../lib/spec/apis.js";

const MIDDLEWARE = "{ onRequest() { return undefined; } }";
const committed = readFileSync(join(repoRoot, "src", "pipedrive.ts"), "utf8");

/** The options argument of the factory's createApiClient call, as text, found by syntax. */
function optionsArgument(text: string): string {
  const source = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "createApiClient")
      found = node.arguments[1]?.getText(source);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (found === undefined) throw new Error("no createApiClient call");
  return found;
}

/** Every syntax error of a module (a plant must leave valid TypeScript). */
function syntaxErrors(text: string): string[] {
  const output = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
  return (output.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const PLANTED = `{ ...options, middleware: [...(options.middleware ?? []), ${MIDDLEWARE}] }`;

describe("spliceMiddleware", () => {
  it("routes the committed factory's options through the extra middleware", () => {
    const planted = spliceMiddleware(committed, "src/pipedrive.ts", MIDDLEWARE);
    expect(optionsArgument(planted)).toBe(PLANTED);
    expect(syntaxErrors(planted)).toEqual([]);
    // Nothing else changed.
    expect(planted.replace(PLANTED, "options")).toBe(committed);
  });

  it("plants a reformatted factory the same way (blank lines, comments, one-line call, trailing text)", () => {
    const reformatted = committed
      .replace(
        /return createApiClient<paths, PipedriveErrorBody>\(\s*\{/,
        "\n\n  // a comment\n  return createApiClient<paths, PipedriveErrorBody>({",
      )
      .replace(/\},\s*options,\s*\);\s*\}/, "}, options);\n\n}\n\n// trailing comment\nexport const AFTER = 1;\n");
    expect(reformatted).not.toBe(committed);
    expect(reformatted).toContain("}, options);");
    const planted = spliceMiddleware(reformatted, "src/pipedrive.ts", MIDDLEWARE);
    expect(optionsArgument(planted)).toBe(PLANTED);
    expect(syntaxErrors(planted)).toEqual([]);
    expect(planted).toContain("export const AFTER = 1;");
  });

  it("plants a factory whose options parameter has another name", () => {
    const renamed = committed
      .replace("{ token, ...options }", "{ token, ...clientOptions }")
      .replace(/\n(\s+)options,\n/, "\n$1clientOptions,\n");
    expect(optionsArgument(spliceMiddleware(renamed, "src/pipedrive.ts", MIDDLEWARE))).toBe(
      `{ ...clientOptions, middleware: [...(clientOptions.middleware ?? []), ${MIDDLEWARE}] }`,
    );
  });

  it("plants every client module of the repo, overloaded factories included", () => {
    for (const api of loadApis().map((a) => a.name)) {
      const text = readFileSync(join(repoRoot, "src", `${api}.ts`), "utf8");
      const planted = spliceMiddleware(text, `src/${api}.ts`, MIDDLEWARE);
      expect(optionsArgument(planted), api).toContain(`middleware: [...(`);
      expect(syntaxErrors(planted), api).toEqual([]);
    }
  });

  it("fails loudly, naming the file, when it cannot find its target", () => {
    expect(() => spliceMiddleware("export const x = 1;\n", "src/x.ts", MIDDLEWARE)).toThrow(PlantTargetError);
    expect(() => spliceMiddleware("export const x = 1;\n", "src/x.ts", MIDDLEWARE)).toThrow(
      "src/x.ts: expected one exported create…Client function, found 0",
    );
    const noCall = committed.replace(/return createApiClient</, "return makeClient<");
    expect(() => spliceMiddleware(noCall, "src/pipedrive.ts", MIDDLEWARE)).toThrow(
      "src/pipedrive.ts: expected one createApiClient(...) call in the factory, found 0",
    );
    const oneArgument = committed.replace(/\},\s*options,\s*\);/, "});");
    expect(() => spliceMiddleware(oneArgument, "src/pipedrive.ts", MIDDLEWARE)).toThrow("does not take (definition, options)");
  });
});
