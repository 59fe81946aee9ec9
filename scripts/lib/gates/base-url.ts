// Gate: each client's default base URL (`<API>_BASE_URL` in src/<api>.ts) is the spec's first
// server, the one a client of the spec calls by default. A vendor moving hosts (or a spec edited
// to follow them) must not leave the client calling the old host.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { asObject, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import type { ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import type { GateResult } from "./result.js";

export const baseUrlConstant = (api: string): string => `${api.toUpperCase()}_BASE_URL`;

/** The first `servers` URL of a spec, or undefined when it has none. */
export function defaultServer(document: OpenApiDocument): string | undefined {
  const servers = document["servers"];
  const url = Array.isArray(servers) ? asObject(servers[0])?.["url"] : undefined;
  return typeof url === "string" ? url : undefined;
}

const normalized = (url: string): string => url.replace(/\/+$/, "");

/** One finding when `constant` (the client's) and the spec's first server disagree. */
export function compareBaseUrl(api: ApiEntry, constant: unknown, document: OpenApiDocument): string[] {
  const name = baseUrlConstant(api.name);
  const server = defaultServer(document);
  if (typeof constant !== "string") return [`src/${api.name}.ts: does not export ${name} (a string)`];
  if (server === undefined) return [`specs/${api.name}.yaml: no servers[0].url to compare ${name} with`];
  if (normalized(constant) !== normalized(server))
    return [`src/${api.name}.ts: ${name} is ${constant} but specs/${api.name}.yaml servers[0].url is ${server}`];
  return [];
}

/** The client module's exported constant (src/<api>.ts of `root`). */
async function clientConstant(root: string, api: ApiEntry): Promise<unknown> {
  const file = join(root, "src", `${api.name}.ts`);
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return module[baseUrlConstant(api.name)];
}

export async function checkBaseUrls(root: string, apis: ApiEntry[]): Promise<GateResult> {
  const findings: string[] = [];
  for (const api of apis) findings.push(...compareBaseUrl(api, await clientConstant(root, api), readSpec(api.specPath)));
  return { passed: findings.length === 0, findings };
}
