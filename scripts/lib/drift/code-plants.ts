// Plants in code and data: a hand-edited generated file, a client that drifts (an extra
// middleware spliced into its factory through the TypeScript compiler API), and a
// documentation fixture that no longer matches.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { choose, closedBodies, type DriftKind } from "./plant-kit.js";
import { objectsIn, pick } from "./spec-walk.js";

/** Thrown when a plant cannot find the code it edits: the score must not count it as planted. */
export class PlantTargetError extends Error {
  override name = "PlantTargetError";
}

/**
 * Routes the factory's options through an extra openapi-fetch middleware: in `text` (a client
 * module), finds the exported `create…Client` function, the `createApiClient(definition, options)`
 * call it makes, and replaces that call's options argument with options that add `middleware`.
 * Found by syntax, so blank lines, comments or another wrapping do not matter.
 */
export function spliceMiddleware(text: string, file: string, middleware: string): string {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const factories = source.statements.filter(
    (s): s is ts.FunctionDeclaration =>
      ts.isFunctionDeclaration(s) &&
      !!s.body &&
      !!s.name &&
      /^create\w+Client$/.test(s.name.text) &&
      !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
  ); // overload signatures have no body: only the implementation counts
  if (factories.length !== 1)
    throw new PlantTargetError(`${file}: expected one exported create…Client function, found ${factories.length}`);
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "createApiClient") calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(factories[0] as ts.FunctionDeclaration);
  const call = calls[0];
  if (calls.length !== 1 || !call)
    throw new PlantTargetError(`${file}: expected one createApiClient(...) call in the factory, found ${calls.length}`);
  const options = call.arguments[1];
  if (!options || call.arguments.length !== 2)
    throw new PlantTargetError(`${file}: createApiClient(...) does not take (definition, options)`);
  const name = options.getText(source);
  const replacement = `{ ...${name}, middleware: [...(${name}.middleware ?? []), ${middleware}] }`;
  return `${text.slice(0, options.getStart(source))}${replacement}${text.slice(options.getEnd())}`;
}

/** Edits src/<api>.ts of the sandbox; returns the file as shown in the table. */
function injectMiddleware(root: string, api: string, middleware: string): string {
  const file = join(root, "src", `${api}.ts`);
  writeFileSync(file, spliceMiddleware(readFileSync(file, "utf8"), `src/${api}.ts`, middleware));
  return `src/${api}.ts`;
}

export const CODE_KINDS: DriftKind[] = [
  {
    kind: "hand-edit a generated file",
    category: "generated",
    plant(ctx) {
      const api = pick(ctx.apis, ctx.random);
      if (!api) throw new Error("no API");
      const text = readFileSync(api.typesPath, "utf8");
      const index = text.indexOf(": string;");
      writeFileSync(api.typesPath, `${text.slice(0, index)}: string | number;${text.slice(index + ": string;".length)}`);
      return { api: api.name, where: `${relative(ctx.root, api.typesPath)}: first string field widened to string | number` };
    },
  },

  {
    kind: "a client that sends an extra body field",
    category: "client",
    plant(ctx) {
      const { api } = choose(ctx, "closed body", closedBodies);
      const file = injectMiddleware(
        ctx.root,
        api.name,
        `{ async onRequest({ request }) { if (!request.headers.get("content-type")?.includes("json")) return undefined; const body = await request.clone().json().catch(() => undefined); if (!body || typeof body !== "object" || Array.isArray(body)) return undefined; return new Request(request, { body: JSON.stringify({ ...body, drift_extra: true }) }); } }`,
      );
      return { api: api.name, where: `${file}: every JSON body gains "drift_extra"` };
    },
  },
  {
    kind: "a client that sends a misspelled body field",
    category: "client",
    plant(ctx) {
      const { api, target } = choose(ctx, "closed body", closedBodies);
      const misspelled = `${target.required.slice(0, -1)}`;
      const file = injectMiddleware(
        ctx.root,
        api.name,
        `{ async onRequest({ request }) { if (!request.headers.get("content-type")?.includes("json")) return undefined; const body = await request.clone().json().catch(() => undefined); if (!body || typeof body !== "object" || !(${JSON.stringify(target.required)} in body)) return undefined; const { ${JSON.stringify(target.required)}: value, ...rest } = body; return new Request(request, { body: JSON.stringify({ ...rest, ${JSON.stringify(misspelled)}: value }) }); } }`,
      );
      return { api: api.name, where: `${file}: "${target.required}" sent as "${misspelled}"` };
    },
  },
  {
    kind: "a client that omits a required header",
    category: "client",
    plant(ctx) {
      const { api, target } = choose(ctx, "required header", (doc) => {
        const headers = new Set<string>();
        for (const object of [...objectsIn(doc["paths"]), ...objectsIn(doc["components"])]) {
          if (object["in"] === "header" && object["required"] === true && typeof object["name"] === "string") headers.add(object["name"]);
        }
        return [...headers];
      });
      const file = injectMiddleware(
        ctx.root,
        api.name,
        `{ onRequest({ request }) { const headers = new Headers(request.headers); headers.delete(${JSON.stringify(target)}); return new Request(request, { headers }); } }`,
      );
      return { api: api.name, where: `${file}: never sends ${target}` };
    },
  },

  {
    kind: "a documented example that no longer matches its schema",
    category: "docs",
    plant(ctx) {
      const fixtures = ctx.apis.flatMap((api) => {
        const dir = join(ctx.root, "contract-tests", "fixtures", api.name);
        return existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => f.endsWith(".json"))
              .map((f) => ({ api, file: join(dir, f) }))
          : [];
      });
      const chosen = pick(fixtures, ctx.random);
      if (!chosen) throw new Error("no documentation fixture");
      const value: unknown = JSON.parse(readFileSync(chosen.file, "utf8"));
      // Retype the first string leaf: what a doc edit the spec did not follow looks like.
      const target = [...objectsIn(value)].find((o) => Object.values(o).some((v) => typeof v === "string"));
      const key = target ? Object.keys(target).find((k) => typeof target[k] === "string") : undefined;
      if (!target || !key) throw new Error(`${chosen.file}: no string field to change`);
      target[key] = 4242;
      writeFileSync(chosen.file, JSON.stringify(value, null, 2));
      return { api: chosen.api.name, where: `${relative(ctx.root, chosen.file)}: .${key} = 4242` };
    },
  },
];
