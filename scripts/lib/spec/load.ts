// Parses and lints one spec, reporting every problem as `file:line:col message` so a newcomer
// can jump straight to it. Lint uses the same @redocly/openapi-core engine openapi-typescript
// runs internally, with the rules of redocly.yaml, so generation refuses exactly what it would.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import {
  BaseResolver,
  bundle,
  getLineColLocation,
  lintDocument,
  loadConfig,
  makeDocumentFromString,
  type Config,
  type NormalizedProblem,
} from "@redocly/openapi-core";
import { LineCounter, parse, parseDocument } from "yaml";
import { asObject, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { repoRoot, type ApiEntry } from "./apis.js";

export class SpecProblemError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      problems.length === 1 && problems[0]?.startsWith(`${file}: `)
        ? problems[0]
        : `${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    this.name = "SpecProblemError";
  }
}

/**
 * Rules this engine (1.34, bundled with openapi-typescript) gets wrong and `npm run lint`
 * (the CLI's newer engine, which runs first in `npm test`) checks instead: its example
 * validator rejects valid examples of a schema that combines `additionalProperties: false`
 * with an `anyOf` of required fields (Pipedream's "one of component_id/code/url").
 */
const LEFT_TO_THE_CLI = ["no-invalid-media-type-examples"];

// Per repo root: the ignore file's paths are relative to the redocly.yaml they sit beside.
const silentConfigs = new Map<string, Promise<Config>>();
/**
 * The same config with every rule off, for openapi-typescript: loadCheckedSpec has already
 * linted (honouring .redocly.lint-ignore.yaml, which openapi-typescript's own pass does not).
 */
export function generationConfig(root: string = repoRoot): Promise<Config> {
  let config = silentConfigs.get(root);
  if (!config) {
    config = loadConfig({ configPath: `${root}/redocly.yaml` }).then((loaded) => {
      for (const rules of Object.values(loaded.styleguide.rules)) for (const rule of Object.keys(rules)) rules[rule] = "off";
      return loaded;
    });
    silentConfigs.set(root, config);
  }
  return config;
}

const configs = new Map<string, Promise<Config>>();
/** The redocly.yaml config of a repo root, loaded once per process. */
export function redoclyConfig(root: string = repoRoot): Promise<Config> {
  let config = configs.get(root);
  if (!config) {
    config = loadConfig({ configPath: `${root}/redocly.yaml` }).then((loaded) => {
      for (const rules of Object.values(loaded.styleguide.rules)) {
        for (const rule of LEFT_TO_THE_CLI) if (rules[rule] !== undefined) rules[rule] = "off";
      }
      return loaded;
    });
    configs.set(root, config);
  }
  return config;
}

/** Returns the spec's text after checking that it parses and lints clean; throws SpecProblemError otherwise. */
export async function loadCheckedSpec(specPath: string, root: string = repoRoot): Promise<string> {
  // Named from the repo it belongs to: a sandbox copy's spec reads specs/<api>.yaml too, not a temporary path.
  const shown = relative(root, specPath) || specPath;
  let text: string;
  try {
    text = readFileSync(specPath, "utf8");
  } catch (error) {
    throw new SpecProblemError(shown, [`cannot read: ${(error as Error).message}`]);
  }

  // YAML syntax first: the yaml parser gives exact positions for every syntax error.
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, prettyErrors: false });
  if (parsed.errors.length > 0) {
    throw new SpecProblemError(
      shown,
      parsed.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${shown}:${pos.line}:${pos.col} ${e.message.split("\n")[0]}`;
      }),
    );
  }

  const config = await redoclyConfig(root);
  const document = makeDocumentFromString(text, specPath);
  const problems = await lintDocument({
    document,
    config: config.styleguide,
    externalRefResolver: new BaseResolver(config.resolve),
  });
  // .redocly.lint-ignore.yaml (each entry with its reason) applies here as it does to `npm run lint`.
  const failing = problems
    .map((p) => config.styleguide.addProblemToIgnore(p))
    .filter((p) => !p.ignored && (p.severity === "error" || p.severity === "warn"));
  if (failing.length > 0) {
    throw new SpecProblemError(
      shown,
      failing.map((p) => formatProblem(shown, p)),
    );
  }
  return text;
}

function formatProblem(shown: string, problem: NormalizedProblem): string {
  const location = problem.location[0];
  if (!location) return `${shown} ${problem.message} [${problem.ruleId}]`;
  const { start } = getLineColLocation(location);
  return `${shown}:${start.line}:${start.col} ${problem.message} (at ${location.pointer}) [${problem.ruleId}]`;
}

/** A YAML/JSON spec text as a document; `where` names it in the error (file, and ref when read from git). */
export function parseSpecText(text: string, where: string): OpenApiDocument {
  const known = parsedTexts.get(text);
  if (known) {
    // Most recently used last: the repo's own five texts stay while planted ones come and go.
    parsedTexts.delete(text);
    parsedTexts.set(text, known);
    // A copy: callers may edit what they get (plants do).
    return structuredClone(known);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new SpecProblemError(where, [`${where}: cannot parse: ${(error as Error).message.split("\n")[0] ?? ""}`]);
  }
  const object = asObject(document);
  if (!object || !("paths" in object || "openapi" in object)) throw new SpecProblemError(where, [`${where}: not an OpenAPI document`]);
  if (parsedTexts.size >= PARSED_TEXTS_KEPT) parsedTexts.delete(parsedTexts.keys().next().value ?? "");
  parsedTexts.set(text, structuredClone(object));
  return object;
}

/**
 * Specs parsed in this process, by text. The gates, the breaking report and the drift score parse
 * the same five texts again and again; YAML parsing is most of their time (136 ms for
 * botpress.yaml, against 2 ms for a copy of the result).
 */
const parsedTexts = new Map<string, OpenApiDocument>();
const PARSED_TEXTS_KEPT = 32;

/** Reads and parses a spec file (no lint), naming the file in any error. */
export function readSpec(specPath: string): OpenApiDocument {
  const shown = relative(repoRoot, specPath) || specPath;
  let text: string;
  try {
    text = readFileSync(specPath, "utf8");
  } catch (error) {
    throw new SpecProblemError(shown, [`${shown}: cannot read: ${(error as Error).message}`]);
  }
  return parseSpecText(text, shown);
}

/** The spec with external files inlined and local $refs kept: what generated/<api>.openapi.ts holds. */
export async function bundleSpec(root: string, api: ApiEntry): Promise<OpenApiDocument> {
  const config = await redoclyConfig(root);
  const bundled = await bundle({ ref: api.specPath, config, dereference: false });
  return bundled.bundle.parsed as OpenApiDocument;
}
