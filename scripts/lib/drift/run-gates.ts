// The drift score's view of the gates: each gate module's check, run inside a sandbox copy of the
// repo after a plant, read as tripped (did not pass) with its first finding as evidence. None of
// them knows which drift was planted, and none is written here a second time.
import { writeFileSync } from "node:fs";
import { listOperations } from "../../../src/core/internal/openapi-document.js";
import { createResponseValidator } from "../../../src/core/internal/response-validation.js";
import { renderApi } from "../codegen/render.js";
import { checkBaseUrls } from "../gates/base-url.js";
import { checkBreaking } from "../gates/breaking.js";
import { CONFORMANCE_APIS, checkConformance, type ConformanceApi, type ConformanceCall } from "../gates/conformance.js";
import { checkContract } from "../gates/contract.js";
import { checkCoverage } from "../gates/coverage.js";
import { checkDocFixtures } from "../gates/doc-fixtures.js";
import { checkGenerated } from "../gates/generated.js";
import { checkLint } from "../gates/lint.js";
import { checkLive } from "../gates/live.js";
import { checkResponseValidation } from "../gates/response-validation.js";
import type { GateResult } from "../gates/result.js";
import { checkTypes } from "../gates/types.js";
import { checkWireFormat } from "../gates/wire-format.js";
import { LIVE_ONLY_ENV, loadEnvNames } from "../live/credentials.js";
import { loadApis, repoRoot, type ApiEntry } from "../spec/apis.js";
import { bundleSpec, parseSpecText, readSpec } from "../spec/load.js";
import type { ServerDrift } from "./plant-kit.js";
import { successExample } from "./spec-walk.js";

export interface Verdict {
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
  | "base URL"
  | "wire format"
  | "live proxy"
  | "response validation"
  | "vendor SDK conformance";

export function verdict(result: GateResult): Verdict {
  return {
    tripped: !result.passed,
    evidence: result.passed ? "" : (result.findings[0] ?? "failed without a finding").split("\n").slice(0, 2).join(" ").slice(0, 160),
  };
}

export const lintGate = async (root: string, apis: ApiEntry[]): Promise<Verdict> => verdict(await checkLint(root, apis));
export const generateCheckGate = async (root: string, apis: ApiEntry[]): Promise<Verdict> => verdict(await checkGenerated(root, apis));
export const tscGate = (root: string): Verdict => verdict(checkTypes(root));

/**
 * A tsc catch counts only in a sandbox tsc passes without drift, or a sandbox tsc fails anyway
 * would score for free. Puts the sandbox back (`reset`) and checks it; throws naming the sandbox
 * when tsc trips there all the same. The score calls it the first time tsc trips in a sandbox,
 * not up front: in the default run no kind reaches tsc, and a full tsc is 13 s of one core.
 */
export function confirmTscClean(root: string, reset: () => void): void {
  reset();
  const clean = tscGate(root);
  if (clean.tripped) throw new Error(`tsc trips in sandbox ${root} without any drift: ${clean.evidence}`);
}
export const docFixturesGate = async (root: string, api: ApiEntry): Promise<Verdict> => verdict(await checkDocFixtures(root, api));
export const baseUrlGate = async (root: string, apis: ApiEntry[]): Promise<Verdict> => verdict(await checkBaseUrls(root, apis));
export const wireFormatGate = async (root: string, apis: ApiEntry[]): Promise<Verdict> => verdict(await checkWireFormat(root, apis));
export const breakingGate = (before: string, after: string): Verdict =>
  verdict(checkBreaking(parseSpecText(before, "the spec before the plant"), parseSpecText(after, "the planted spec")));

/** What a developer does after editing a spec: regenerate. Trips when the spec no longer parses or lints. */
export async function regenerate(root: string, api: ApiEntry): Promise<Verdict> {
  try {
    for (const [path, content] of await renderApi(api, root)) writeFileSync(path, content);
    return { tripped: false, evidence: "" };
  } catch (error) {
    return { tripped: true, evidence: (error as Error).message.split("\n").slice(0, 2).join(" ").slice(0, 160) };
  }
}

/**
 * These APIs' contract tests, then coverage of what reached their mocks. `firstFailure` stops the
 * run at its first failing test; coverage is then not asked (a cut run reaches fewer operations,
 * so its verdict would be the cut's, not the drift's).
 */
export async function contractGates(
  root: string,
  apis: ApiEntry[],
  options: { firstFailure?: boolean } = {},
): Promise<{ contract: Verdict; coverage?: Verdict }> {
  const contract = verdict(await checkContract(root, apis, options));
  if (options.firstFailure && contract.tripped) return { contract };
  return { contract, coverage: verdict(checkCoverage(root, apis)) };
}

/** Every variable the API's `_ENV` names, set to a dummy value: the live check then has all it needs. */
async function dummyEnv(root: string, api: ApiEntry): Promise<Record<string, string>> {
  const names = Object.values(await loadEnvNames(root, api.name));
  const extra = Object.values(LIVE_ONLY_ENV[api.name] ?? {});
  return Object.fromEntries([...names, ...extra].map((name) => [name, "drift-dummy-credential"]));
}

/**
 * Documented properties the spec's own example of this answer lacks: subtractive drift a server
 * answering exactly as documented shows too. Only drift beyond these counts as the server's.
 */
function documentedAbsences(api: ApiEntry, drift: ServerDrift): Set<string> {
  const doc = readSpec(api.specPath);
  const op = listOperations(doc).find((o) => o.path === drift.path && o.method === drift.method.toLowerCase());
  if (!op) return new Set();
  const example = successExample(doc, op.operation);
  const operation = { method: drift.method.toUpperCase(), path: drift.path };
  return new Set(createResponseValidator(doc).absent(operation, 200, "application/json", example));
}

/** Trips on the gate's own failure, or on subtractive drift beyond what the spec's example shows. */
function withSubtractive(result: GateResult, pointers: string[], api: ApiEntry, drift: ServerDrift): Verdict {
  const documented = documentedAbsences(api, drift);
  const lost = pointers.filter((p) => !documented.has(p));
  if (!result.passed || lost.length === 0) return verdict(result);
  return verdict({ passed: false, findings: [`subtractive drift: ${lost.join(", ")} documented but absent`] });
}

export async function liveProxyGate(root: string, api: ApiEntry, drift: ServerDrift, upstream: string): Promise<Verdict> {
  const gate = await checkLive({
    api: api.name,
    baseUrl: upstream,
    env: await dummyEnv(root, api),
    allowWrites: false,
    root,
    only: [`GET ${drift.path}`],
  });
  const pointers = gate.result.operations.flatMap((r) =>
    (r.violations ?? []).filter((v) => v.severity === "Subtractive").map((v) => v.pointer),
  );
  return withSubtractive(gate, pointers, api, drift);
}

export async function responseValidationGate(root: string, api: ApiEntry, drift: ServerDrift, upstream: string): Promise<Verdict> {
  const gate = await checkResponseValidation(root, api, upstream, drift.path, drift.pathParams);
  return withSubtractive(gate, gate.subtractive, api, drift);
}

const refusalKey = (call: ConformanceCall): string => `${call.sdk} ${call.call} → ${call.operation}`;

/** The three conformance APIs' specs in `root`, bundled as the mock serves them. */
async function conformanceDocuments(root: string): Promise<Partial<Record<ConformanceApi, Record<string, unknown>>>> {
  const entries = loadApis(root).filter((api) => (CONFORMANCE_APIS as readonly string[]).includes(api.name));
  return Object.fromEntries(await Promise.all(entries.map(async (api) => [api.name, await bundleSpec(root, api)] as const)));
}

/**
 * The score's plants are request-side (a body field, a header, a route): the SDKs' readings of the
 * error answers, several hundred calls more, are CI's check:conformance's job, not each plant's.
 */
const REQUESTS_ONLY = { errorAnswers: false } as const;

let knownRefusals: Promise<{ keys: Set<string>; lines: string[] }> | undefined;

/**
 * Calls the repo's own specs refuse before any drift (none today; CI's check:conformance fails on
 * any). A drifted spec trips the gate only with a refusal beyond these.
 */
export function conformanceBaseline(): Promise<{ keys: Set<string>; lines: string[] }> {
  knownRefusals ??= conformanceDocuments(repoRoot).then(async (documents) => {
    const result = await checkConformance({ documents, ...REQUESTS_ONLY });
    const refused = result.calls.filter((c) => !c.accepted);
    return { keys: new Set(refused.map(refusalKey)), lines: result.findings };
  });
  return knownRefusals;
}

/**
 * The vendor SDKs (the repo's, or the release under `sdkFrom`) against the sandbox's specs: trips
 * on a call refused that the repo's specs accept.
 */
export async function conformanceGate(root: string, sdkFrom?: string): Promise<Verdict> {
  const known = await conformanceBaseline();
  const result = await checkConformance({ documents: await conformanceDocuments(root), ...REQUESTS_ONLY, ...(sdkFrom ? { sdkFrom } : {}) });
  const fresh = result.calls.filter((c) => !c.accepted && !known.keys.has(refusalKey(c)));
  const findings = fresh.map((c) => `${refusalKey(c)}: refused${c.status ? ` with ${c.status}` : ""}${c.detail ? ` (${c.detail})` : ""}`);
  if (result.calls.length === 0) findings.push("no SDK call was made");
  return verdict({ passed: findings.length === 0, findings });
}
