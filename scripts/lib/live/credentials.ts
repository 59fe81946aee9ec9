// Credentials of the live check, derived rather than tabled: the variable names come from the
// `<API>_ENV` constant each client module exports (src/<api>.ts), how a credential travels from
// the spec's security scheme (http bearer / oauth2 → `Authorization: Bearer`, apiKey → its header).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { asObject, type OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import { LiveCheckSetupError, type Env } from "./types.js";

export interface CredentialSource {
  /** Environment variables tried in order; the first one set is used. */
  env: readonly string[];
  /** Header that carries the credential. */
  header: string;
  /** `bearer`: `Bearer <value>`; `raw`: the value as is. */
  format: "bearer" | "raw";
}

export interface ApiCredentials {
  /** By security scheme name (components.securitySchemes of the API's spec). */
  schemes: Readonly<Record<string, CredentialSource>>;
  /** Header parameters filled from an environment variable wherever an operation declares them. */
  headers?: Readonly<Record<string, string>>;
}

/** Variables the live check reads beyond the client's own (a scheme the client takes through `token`). */
export const LIVE_ONLY_ENV: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dynamiq: { connectToken: "DYNAMIQ_CONNECT_TOKEN" },
};

/** `<API>_ENV` of src/<api>.ts, e.g. BOTPRESS_ENV = { token: "BP_TOKEN", botId: "BP_BOT_ID", … }. */
export async function loadEnvNames(root: string, api: string): Promise<Record<string, string>> {
  const file = join(root, "src", `${api}.ts`);
  const constant = `${api.toUpperCase()}_ENV`;
  if (!existsSync(file)) throw new LiveCheckSetupError(`src/${api}.ts: no such client module (redocly.yaml lists ${api})`);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const names = asObject(module[constant]);
  const entries = Object.entries(names ?? {});
  if (!names || entries.length === 0 || entries.some(([, v]) => typeof v !== "string")) {
    throw new LiveCheckSetupError(`src/${api}.ts: does not export ${constant} (an object of environment variable names)`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** `x-bot-id` → `botId`: the option (and `_ENV` key) a header parameter corresponds to. */
const optionName = (header: string): string =>
  header
    .toLowerCase()
    .replace(/^x-/, "")
    .replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/** How each security scheme of `document` gets its credential, and which header parameters come from the environment. */
export function credentialsFor(api: string, document: OpenApiDocument, envNames: Readonly<Record<string, string>>): ApiCredentials {
  const components = asObject(document["components"]);
  const schemes: Record<string, CredentialSource> = {};
  const credential = envNames["token"] ?? envNames["apiKey"];
  for (const [name, raw] of Object.entries(asObject(components?.["securitySchemes"]) ?? {})) {
    const scheme = asObject(raw) ?? {};
    const variable = LIVE_ONLY_ENV[api]?.[name] ?? credential;
    if (!variable)
      throw new LiveCheckSetupError(
        `${api}: ${api.toUpperCase()}_ENV in src/${api}.ts names no token or apiKey variable for security scheme ${name}`,
      );
    const type = scheme["type"];
    if (type === "apiKey" && scheme["in"] === "header" && typeof scheme["name"] === "string")
      schemes[name] = { env: [variable], header: scheme["name"].toLowerCase(), format: "raw" };
    else if ((type === "http" && String(scheme["scheme"]).toLowerCase() === "bearer") || type === "oauth2" || type === "openIdConnect") {
      schemes[name] = { env: [variable], header: "authorization", format: "bearer" };
    } else throw new LiveCheckSetupError(`${api}: security scheme ${name} (${String(type)}) is not one the live check can send`);
  }
  const headers: Record<string, string> = {};
  const declared = [...Object.values(asObject(components?.["parameters"]) ?? {}), ...collectInlineParameters(document)];
  for (const parameter of declared.map(asObject)) {
    if (parameter?.["in"] !== "header" || typeof parameter["name"] !== "string") continue;
    const variable = envNames[optionName(parameter["name"])];
    if (variable) headers[parameter["name"].toLowerCase()] = variable;
  }
  return Object.keys(headers).length > 0 ? { schemes, headers } : { schemes };
}

function collectInlineParameters(document: OpenApiDocument): unknown[] {
  const out: unknown[] = [];
  for (const item of Object.values(asObject(document["paths"]) ?? {})) {
    const pathItem = asObject(item) ?? {};
    for (const holder of [pathItem, ...Object.values(pathItem).map(asObject)]) {
      const list = holder?.["parameters"];
      if (Array.isArray(list)) out.push(...list);
    }
  }
  return out;
}

/** Every credential variable name of these tables (what must never be printed). */
export function credentialNames(tables: Iterable<ApiCredentials>): string[] {
  return [...new Set([...tables].flatMap((t) => Object.values(t.schemes).flatMap((s) => s.env)))];
}

/** Every value of a credential variable set in `env`. */
export function credentialValues(env: Env, names: readonly string[]): string[] {
  return names.map((name) => env[name]).filter((v): v is string => typeof v === "string" && v.length > 0);
}

/** Replaces every occurrence of the secrets in every string of `value` (deeply). */
export function redact<T>(value: T, secrets: readonly string[]): T {
  const live = secrets.filter((s) => s.length > 0);
  if (live.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return live.reduce((text, secret) => text.split(secret).join("[redacted]"), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [walk(k) as string, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
