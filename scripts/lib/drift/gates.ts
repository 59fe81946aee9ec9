// The drift gates, run inside a sandbox copy of the repo after a plant. Each answers whether it
// tripped and with what evidence; none of them knows which drift was planted.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { bundle } from "@redocly/openapi-core";
import { parse } from "yaml";
import { bearerToken, createApiClient, ResponseValidationError } from "../../../src/core/index.js";
import type { OpenApiDocument } from "../../../src/core/internal/openapi-document.js";
import type { ApiEntry } from "../apis.js";
import { compareSpecs } from "../breaking.js";
import { computeCoverage, OBSERVED_FILE } from "../coverage.js";
import { checkFixtures, readFixtures } from "../doc-fixtures.js";
import { CREDENTIALS, formatViolation, runLiveCheck } from "../live-check.js";
import { readSpecOperations } from "../operations.js";
import type { Observation } from "../recorder.js";
import { renderApi } from "../render.js";
import { redoclyConfig } from "../spec-loader.js";
import type { ServerDrift } from "./plants.js";
import { successExample, operations as specOperations, type Json } from "./spec-walk.js";

export interface GateResult {
  tripped: boolean;
  evidence: string;
}

export type GateName =
  | "lint"
  | "generate"
  | "generate --check"
  | "tsc"
  | "contract tests"
  | "coverage gate"
  | "doc fixtures"
  | "breaking report"
  | "live proxy"
  | "response validation";

interface Exec {
  code: number;
  output: string;
}

function exec(cwd: string, command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 180_000): Promise<Exec> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output });
    });
  });
}

/** The first line of `output` that looks like the reason, for the table. */
function firstLine(output: string, pattern: RegExp): string {
  return output.split("\n").find((line) => pattern.test(line))?.trim().slice(0, 160) ?? output.trim().split("\n").at(-1)?.slice(0, 160) ?? "";
}

export async function lintGate(root: string, apis: ApiEntry[]): Promise<GateResult> {
  const result = await exec(root, process.execPath, ["node_modules/@redocly/cli/bin/cli.js", "lint", "--format", "stylish", ...apis.map((a) => a.name)], {
    REDOCLY_TELEMETRY: "off",
  });
  return { tripped: result.code !== 0, evidence: result.code !== 0 ? firstLine(result.output, /^\s*\d+:\d+\s+(error|warning)\s/) : "" };
}

/** What a developer does after editing a spec: regenerate. Fails when the spec no longer parses or lints. */
export async function regenerate(root: string, api: ApiEntry): Promise<GateResult> {
  try {
    for (const [path, content] of await renderApi(api, root)) writeFileSync(path, content);
    return { tripped: false, evidence: "" };
  } catch (error) {
    return { tripped: true, evidence: (error as Error).message.split("\n").slice(0, 2).join(" ").slice(0, 160) };
  }
}

export async function generateCheckGate(root: string, apis: ApiEntry[]): Promise<GateResult> {
  const stale: string[] = [];
  for (const api of apis) {
    try {
      for (const [path, content] of await renderApi(api, root)) {
        if (!existsSync(path) || readFileSync(path, "utf8") !== content) stale.push(path.slice(root.length + 1));
      }
    } catch (error) {
      stale.push(`${api.name}: ${(error as Error).message.split("\n")[0] ?? ""}`);
    }
  }
  return { tripped: stale.length > 0, evidence: stale.length ? `stale: ${stale.join(", ")}` : "" };
}

export async function tscGate(root: string): Promise<GateResult> {
  const result = await exec(root, process.execPath, ["node_modules/typescript/bin/tsc", "-p", ".", "--incremental", "--tsBuildInfoFile", ".drift.tsbuildinfo"]);
  return { tripped: result.code !== 0, evidence: result.code !== 0 ? firstLine(result.output, /error TS/) : "" };
}

/** These APIs' contract tests against their own Prism mocks, then coverage of what reached them. */
export async function contractGates(root: string, apis: ApiEntry[]): Promise<{ contract: GateResult; coverage: GateResult }> {
  const result = await exec(
    root,
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--project", "contract", ...apis.map((api) => `contract-tests/${api.name}/`)],
    { CONTRACT_APIS: apis.map((api) => api.name).join(",") },
  );
  const contract = { tripped: result.code !== 0, evidence: result.code !== 0 ? firstLine(result.output, /FAIL|Error|×/) : "" };
  const observedPath = join(root, OBSERVED_FILE);
  if (!existsSync(observedPath)) return { contract, coverage: { tripped: true, evidence: "no observations recorded" } };
  const observations = JSON.parse(readFileSync(observedPath, "utf8")) as Observation[];
  const report = computeCoverage(
    apis.map((api) => ({ api: api.name, operations: readSpecOperations(api.specPath) })),
    observations,
  );
  const missing = report.rows.filter((r) => r.requests === 0 || r.missingStatuses.length > 0).map((r) => r.operation.operationId);
  const unmatched = report.unmatched.map((o) => `${o.method} ${o.path}`);
  return {
    contract,
    coverage: {
      tripped: !report.ok,
      evidence: report.ok ? "" : [missing.length ? `uncovered: ${missing.slice(0, 3).join(", ")}` : "", unmatched.length ? `unmatched: ${unmatched.slice(0, 2).join(", ")}` : ""].filter(Boolean).join("; "),
    },
  };
}

export async function bundledDocument(root: string, api: ApiEntry): Promise<OpenApiDocument> {
  const config = await redoclyConfig(root);
  const bundled = await bundle({ ref: api.specPath, config, dereference: false });
  return bundled.bundle.parsed as OpenApiDocument;
}

export async function docFixturesGate(root: string, api: ApiEntry): Promise<GateResult> {
  const problems = checkFixtures(await bundledDocument(root, api), readFixtures(root, api.name));
  const failing = [...problems.entries()].filter(([, issues]) => issues.length > 0);
  const [file, issues] = failing[0] ?? [];
  return { tripped: failing.length > 0, evidence: file && issues?.[0] ? `${file}: ${issues[0].pointer || "/"} ${issues[0].message}` : "" };
}

export function breakingGate(before: string, after: string): GateResult {
  const breaking = compareSpecs(parse(before), parse(after)).filter((c) => c.severity === "breaking");
  const first = breaking[0];
  return { tripped: breaking.length > 0, evidence: first ? `${breaking.length} breaking: ${first.message}`.slice(0, 160) : "" };
}

// ---------------------------------------------------------------- server drift

/** A local server that plays a real API which drifted on one operation. */
export async function startDriftingServer(api: ApiEntry, drift: ServerDrift): Promise<{ url: string; close: () => Promise<void> }> {
  const doc = parse(readFileSync(api.specPath, "utf8")) as Json;
  const target = specOperations(doc).find((op) => op.path === drift.path && op.method === drift.method.toLowerCase());
  const answer = drift.respond(target ? successExample(doc, target.operation) : {});
  const servers = Array.isArray(doc["servers"]) ? (doc["servers"] as Json[]) : [];
  const basePath = typeof servers[0]?.["url"] === "string" ? new URL(servers[0]["url"]).pathname.replace(/\/+$/, "") : "";
  const concrete = drift.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(drift.pathParams[name] ?? ""));
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path === `${basePath}${concrete}` || path === concrete) {
      response.writeHead(answer.status, { "content-type": answer.contentType });
      response.end(answer.body);
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const dummyCredentials = (): Record<string, string> =>
  Object.fromEntries(Object.values(CREDENTIALS).flatMap((api) => [...Object.values(api.schemes).flatMap((s) => s.env), ...Object.values(api.headers ?? {})]).map((name) => [name, "drift-dummy-credential"]));

export async function liveProxyGate(root: string, api: ApiEntry, drift: ServerDrift, upstream: string): Promise<GateResult> {
  const result = await runLiveCheck({ api: api.name, baseUrl: upstream, env: dummyCredentials(), allowWrites: false, root });
  const row = result.operations.find((op) => op.path === drift.path && op.method.toUpperCase() === "GET");
  if (!row) return { tripped: false, evidence: "the operation was not checked" };
  const detail = `${row.operationId} ${row.status ?? ""}: ${(row.violations ?? []).map(formatViolation).join("; ")}`.slice(0, 160);
  return { tripped: row.outcome === "failed", evidence: row.outcome === "failed" ? detail : `outcome ${row.outcome}` };
}

export async function responseValidationGate(root: string, api: ApiEntry, drift: ServerDrift, upstream: string): Promise<GateResult> {
  const document = await bundledDocument(root, api);
  const client = createApiClient<Record<string, Record<"get", object>>>(
    { name: api.name, defaultBaseUrl: upstream, auth: bearerToken("drift-dummy-credential"), loadDocument: async () => ({ default: document }) },
    { retry: false, validateResponses: true },
  );
  const error = await client.GET(drift.path as never, { params: { path: drift.pathParams } } as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ResponseValidationError) return { tripped: true, evidence: error.message.slice(0, 160) };
  if (error instanceof Error) return { tripped: true, evidence: `${error.name}: ${error.message}`.slice(0, 160) };
  return { tripped: false, evidence: "" };
}
