// Live contract check: sends an API's read-only (GET) operations through a Prism validating
// proxy in front of a real server and reports, per operation, what Prism found wrong with the
// real answers (`sl-violations`). Requests are built from the spec's examples (plan.ts); the
// credential comes from the environment (credentials.ts) and never reaches the result.
import {
  asObject,
  isJsonMediaType,
  listOperations,
  type DocumentOperation,
  type OpenApiDocument,
} from "../../../src/core/internal/openapi-document.js";
import { createResponseValidator } from "../../../src/core/internal/response-validation.js";
import { startProxy, type PrismServer } from "../harness/prism.js";
import { loadApis, repoRoot, selectApis, type ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import { credentialsFor, credentialValues, LIVE_ONLY_ENV, loadEnvNames, redact, type ApiCredentials } from "./credentials.js";
import { guardFetch, partitionOperations, planRequest, type PlannedRequest } from "./plan.js";
import {
  LiveCheckSetupError,
  MissingCredentialError,
  type Env,
  type SendFetch,
  type LiveCheckResult,
  type OperationResult,
  type Outcome,
  type Verdict,
  type Violation,
} from "./types.js";
import { FAILING, parseViolations, prismProblem, upstreamStatusFromLog } from "./violations.js";

/** `_ENV` keys whose variables hold secrets (redacted from every output). */
const SECRET_KEYS = ["token", "apiKey", "clientSecret"];

/** The values of every secret variable of every API in redocly.yaml that `env` sets. */
export async function secretValues(env: Env, root: string = repoRoot): Promise<string[]> {
  const names: string[] = Object.values(LIVE_ONLY_ENV).flatMap((vars) => Object.values(vars));
  for (const api of loadApis(root)) {
    try {
      const envNames = await loadEnvNames(root, api.name);
      for (const key of SECRET_KEYS) if (envNames[key]) names.push(envNames[key]);
    } catch {
      // an API without its module cannot have a credential set for it
    }
  }
  return credentialValues(env, names);
}

export interface LiveCheckOptions {
  /** API name as in redocly.yaml. */
  api: string;
  /** The real server, including the API's base path (Prism serves routes from `/`). */
  baseUrl: string;
  env: Env;
  allowWrites: boolean;
  fetchImpl?: SendFetch;
  /** Repo root holding redocly.yaml (tests). */
  root?: string;
  /** Per-request timeout. */
  timeoutMs?: number;
  /** Only these operations (operationId or `METHOD path`); default: all. */
  only?: string[];
  /**
   * A validating Prism proxy of this API's spec already running in front of `baseUrl`, reused
   * (and left running) instead of starting one per run (tests that check many times).
   */
  proxy?: PrismServer;
  /** Fail on response properties the spec does not declare (default: list them as additive drift). */
  strict?: boolean;
}

function checkedBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new LiveCheckSetupError(`--base-url is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new LiveCheckSetupError(`--base-url must be http(s): ${baseUrl}`);
  return url;
}

function basePathWarning(document: unknown, base: URL): string | undefined {
  const servers = asObject(document)?.["servers"];
  const first = Array.isArray(servers) ? asObject(servers[0])?.["url"] : undefined;
  if (typeof first !== "string") return undefined;
  let basePath: string;
  try {
    basePath = new URL(first).pathname.replace(/\/+$/, "");
  } catch {
    return undefined;
  }
  if (basePath === "" || base.pathname.replace(/\/+$/, "").endsWith(basePath)) return undefined;
  return `the spec's server ${first} has the base path ${basePath} but the base URL does not end with it; Prism forwards paths to the base URL as they are, so requests will probably miss`;
}

export async function runLiveCheck(options: LiveCheckOptions): Promise<LiveCheckResult> {
  const secrets = await secretValues(options.env, options.root);
  try {
    return redact(await run(options), secrets);
  } catch (error) {
    if (error instanceof Error) {
      error.message = redact(error.message, secrets);
      if (error.stack) error.stack = redact(error.stack, secrets);
    }
    throw error;
  }
}

async function run({
  api,
  baseUrl,
  env,
  allowWrites,
  fetchImpl = fetch,
  root = repoRoot,
  timeoutMs = 30_000,
  only,
  proxy: running,
  strict = false,
}: LiveCheckOptions): Promise<LiveCheckResult> {
  let entry: ApiEntry | undefined;
  try {
    [entry] = selectApis(loadApis(root), [api]);
  } catch (error) {
    throw new LiveCheckSetupError(error instanceof Error ? error.message : String(error));
  }
  if (!entry) throw new LiveCheckSetupError(`unknown API ${api}`);
  const base = checkedBaseUrl(baseUrl);
  const document: OpenApiDocument = readSpec(entry.specPath);
  const table = credentialsFor(api, document, await loadEnvNames(root, api));

  // The write guard: operations other than GET are withheld here, before any request exists.
  const every = listOperations(document);
  const unknown = (only ?? []).filter((name) => !every.some((op) => op.name === name || `${op.method.toUpperCase()} ${op.path}` === name));
  if (unknown.length > 0) throw new LiveCheckSetupError(`${api}: no operation ${unknown.join(", ")} in ${entry.specPath}`);
  const all = only ? every.filter((op) => only.includes(op.name) || only.includes(`${op.method.toUpperCase()} ${op.path}`)) : every;
  const specOrder = all.map((op) => `${op.method} ${op.path}`);
  const { send, withheld } = partitionOperations(all, allowWrites);
  const plans = send.map((op) => planRequest(document, op, env, table, api));
  const missing = plans.filter((p): p is { op: DocumentOperation; missing: string[] } => "missing" in p);
  if (missing.length > 0) {
    const first = missing[0]?.missing ?? [];
    throw new MissingCredentialError(
      api,
      first,
      missing.map((p) => p.op.name),
    );
  }

  const key = (op: DocumentOperation): string => `${op.method} ${op.path}`;
  const results = new Map<string, OperationResult>();
  const describe = (op: DocumentOperation): Pick<OperationResult, "operationId" | "method" | "path"> => ({
    operationId: op.name,
    method: op.method.toUpperCase(),
    path: op.path,
  });
  for (const op of withheld)
    results.set(key(op), { ...describe(op), outcome: "skipped", reason: "write operation (pass --allow-writes to include it)" });
  const runnable: { op: DocumentOperation; request: PlannedRequest }[] = [];
  for (const plan of plans) {
    if ("skip" in plan) results.set(key(plan.op), { ...describe(plan.op), outcome: "skipped", reason: plan.skip });
    else if ("request" in plan) runnable.push(plan);
  }

  if (runnable.length > 0) {
    const upstream = base.href.replace(/\/+$/, "");
    const guarded = guardFetch(fetchImpl, allowWrites);
    const proxy = running ?? (await startProxy(entry.specPath, upstream));
    const drift = responseDrift(document, strict);
    try {
      for (const { op, request } of runnable) {
        const result = await sendOne(proxy, guarded, request, env, table, timeoutMs);
        results.set(key(op), { ...describe(op), ...drift(op, result) });
      }
    } finally {
      if (!running) await proxy.stop();
    }
  }

  // Spec order.
  const operations = [...withheld, ...send]
    .sort((a, b) => specOrder.indexOf(key(a)) - specOrder.indexOf(key(b)))
    .map((op) => results.get(key(op)))
    .filter((r): r is OperationResult => r !== undefined);
  const count = (outcome: Outcome): number => operations.filter((r) => r.outcome === outcome).length;
  const checked = count("passed") + count("failed");
  const verdict: Verdict = checked === 0 ? "nothing-checked" : count("failed") > 0 ? "failed" : "passed";
  const shownBase = new URL(base.href);
  shownBase.username = "";
  shownBase.password = "";
  const warning = basePathWarning(document, base);
  return {
    api,
    baseUrl: shownBase.href,
    allowWrites,
    operations,
    summary: { passed: count("passed"), failed: count("failed"), skipped: count("skipped") },
    verdict,
    warnings: warning ? [warning] : [],
  };
}

/**
 * Response properties the spec does not declare: listed as `Additive` (not failing) or, under
 * `strict`, as errors. Documented properties the answer lacks: listed as `Subtractive` (never
 * failing: an optional field may be absent on purpose, but one the vendor stopped sending shows
 * here). Prism validates against the spec as written, where undeclared properties are allowed and
 * optional ones may be missing, so it names neither; the core's validator does.
 */
function responseDrift(document: OpenApiDocument, strict: boolean) {
  const validator = createResponseValidator(document);
  return (op: DocumentOperation, result: SentResult): SentResult => {
    const bodyBroken = result.violations?.some((v) => v.side !== "request" && FAILING.has(v.severity));
    if (result.status === undefined || result.body === undefined || bodyBroken) return withoutBody(result);
    const args = [{ method: op.method.toUpperCase(), path: op.path }, result.status, result.contentType ?? null, result.body] as const;
    const drift = (pointer: string, severity: string, message: string): Violation => ({
      side: "response",
      part: "body",
      pointer,
      severity,
      message,
    });
    const added = validator
      .undeclared(...args)
      .map((p) => drift(p, strict ? "Error" : "Additive", "is not declared in the spec (additive drift)"));
    const lost = validator.absent(...args).map((p) => drift(p, "Subtractive", "is documented but absent (subtractive drift)"));
    if (added.length === 0 && lost.length === 0) return withoutBody(result);
    const violations = [...(result.violations ?? []), ...added, ...lost];
    return withoutBody({ ...result, outcome: strict && added.length > 0 ? "failed" : result.outcome, violations });
  };
}

type SentResult = Omit<OperationResult, "operationId" | "method" | "path"> & { body?: unknown; contentType?: string };

function withoutBody({
  body: _body,
  contentType: _contentType,
  ...result
}: SentResult): Omit<OperationResult, "operationId" | "method" | "path"> {
  return result;
}

async function sendOne(
  proxy: PrismServer,
  fetchImpl: SendFetch,
  request: PlannedRequest,
  env: Env,
  table: ApiCredentials,
  timeoutMs: number,
): Promise<SentResult> {
  const headers: Record<string, string> = { ...request.headers, "user-agent": "typed-api-clients contract:live" };
  for (const scheme of request.schemes) {
    const source = table.schemes[scheme];
    const value = source?.env.map((name) => env[name]).find((v) => v);
    if (source && value) headers[source.header] = source.format === "bearer" ? `Bearer ${value}` : value;
  }
  const mark = proxy.output().length;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(`${proxy.url}${request.target}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      outcome: "failed",
      target: request.target,
      violations: [{ side: "proxy", part: "", pointer: "", severity: "Error", message: `request failed: ${message}` }],
    };
  }
  const violations = parseViolations(response.headers.get("sl-violations"));
  const upstreamStatus = upstreamStatusFromLog(proxy.output().slice(mark));
  let status = response.status;
  if (violations.length === 0) {
    const problem = upstreamStatus === undefined ? prismProblem(response, text) : undefined;
    if (problem)
      violations.push({
        side: "proxy",
        part: "",
        pointer: "",
        severity: "Error",
        message: `Prism could not get an answer from the server: ${problem}`,
      });
  }
  if (upstreamStatus === 501) {
    // Prism answers an upstream 501 with a mock of the spec; the mock says nothing about the server.
    status = 501;
    violations.length = 0;
    violations.push({
      side: "response",
      part: "",
      pointer: "",
      severity: "Error",
      message: "the server answered 501 Not Implemented (Prism replaced it with a mocked answer)",
    });
  }
  const failing = violations.some((v) => FAILING.has(v.severity));
  const contentType = response.headers.get("content-type") ?? undefined;
  let body: unknown;
  if (isJsonMediaType(contentType)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  return {
    outcome: failing ? "failed" : "passed",
    target: request.target,
    status,
    ...(violations.length > 0 ? { violations } : {}),
    ...(body !== undefined ? { body, contentType } : {}),
  };
}
