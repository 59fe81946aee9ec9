// The list of APIs comes from redocly.yaml `apis:` and nowhere else, so a new spec joins
// lint, generation, the coverage gate and the drift checks by adding one entry there.
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export interface ApiEntry {
  /** Alias in redocly.yaml, e.g. `pipedrive`; also the file stem across specs/, generated/, src/. */
  name: string;
  /** Absolute path of the spec. */
  specPath: string;
  /** Absolute path of the openapi-typescript output. */
  typesPath: string;
}

interface RedoclyApiConfig {
  root?: unknown;
  "x-openapi-ts"?: { output?: unknown };
}

export function loadApis(root: string = repoRoot): ApiEntry[] {
  const configPath = join(root, "redocly.yaml");
  const config: unknown = parse(readFileSync(configPath, "utf8"));
  const apis = (config as { apis?: Record<string, RedoclyApiConfig> } | null)?.apis;
  if (!apis || typeof apis !== "object") {
    throw new Error(`${configPath}: no \`apis:\` section`);
  }
  return Object.entries(apis).map(([name, entry]) => {
    const spec = entry.root;
    const output = entry["x-openapi-ts"]?.output;
    if (typeof spec !== "string" || typeof output !== "string") {
      throw new Error(`${configPath}: apis.${name} needs \`root\` and \`x-openapi-ts.output\``);
    }
    const abs = (p: string): string => (isAbsolute(p) ? p : join(root, p));
    return { name, specPath: abs(spec), typesPath: abs(output) };
  });
}

export function selectApis(all: ApiEntry[], names: string[]): ApiEntry[] {
  if (names.length === 0) return all;
  const unknown = names.filter((n) => !all.some((a) => a.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown API ${unknown.join(", ")}; redocly.yaml lists: ${all.map((a) => a.name).join(", ")}`);
  }
  return all.filter((a) => names.includes(a.name));
}
