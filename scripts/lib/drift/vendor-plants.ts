// Drift only the vendor-SDK conformance gate can see: the vendor ships an SDK release our spec does
// not follow, while the spec, generated code, client and tests stay as they are (so the breaking
// report, tsc and the contract run have nothing to compare). The release is a copy of the installed
// @botpress/client with one edit to its build (a request builder, or the headers it sets from its
// options), put in <root>/vendor-release/node_modules and driven through the gate's `sdkFrom`, as a
// developer vets a real release before upgrading.
import { cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DocumentOperation } from "../../../src/core/internal/openapi-document.js";
import { repoRoot, type ApiEntry } from "../spec/apis.js";
import { label, operations, readSpec, type DriftKind, type PlantContext, type Planted } from "./plant-kit.js";
import { pick, requestSchema, type Json } from "./spec-walk.js";

/** Where a plant puts the SDK release; the drift score removes it between plants. */
export const RELEASE_DIR = "vendor-release";
const PACKAGE = "@botpress/client";
/** The builds Node loads (CommonJS `main`, ESM `module`); a release changes both alike. */
const BUILDS = ["dist/index.cjs", "dist/index.mjs"];

const escapeDollar = (name: string): string => name.replace(/[$]/g, "\\$");

/**
 * The request builders a client method calls in a build: `name=async t=>{let{path:…,body:…}=B(t)`,
 * one per API namespace that has the method. Each builder is `var B=e=>({path:…,body:{…}});`.
 */
function builders(code: string, method: string): { start: number; end: number }[] {
  const call = new RegExp(`(?<![\\w$])${method}=async \\w+=>\\{let\\{path:\\w+,headers:\\w+,query:\\w+,body:\\w+\\}=([\\w$]+)\\(`, "g");
  return [...code.matchAll(call)].flatMap((match) => {
    const name = match[1] ?? "";
    const start = code.search(new RegExp(`var ${escapeDollar(name)}=\\w+=>\\(\\{path:`));
    const end = start < 0 ? -1 : code.indexOf("});", start);
    return start < 0 || end < 0 ? [] : [{ start, end: end + 3 }];
  });
}

/** The path a builder sends, with every `${…}` as `{}`; compared with the spec's template. */
function builderPath(source: string): string | undefined {
  const path = /path:(?:"([^"]*)"|`([^`]*)`)/.exec(source);
  return (path?.[1] ?? path?.[2])?.replace(/\$\{[^}]*\}/g, "{}");
}

const templateOf = (path: string): string => path.replace(/\{[^}]+\}/g, "{}");

interface ReleaseTarget {
  api: ApiEntry;
  op: DocumentOperation;
}

/** Spec operations the installed SDK sends to the same route, by a method of the operation's name. */
function sharedTargets(ctx: PlantContext, keep: (doc: Json, op: DocumentOperation) => boolean): ReleaseTarget[] {
  const api = ctx.apis.find((a) => a.name === "botpress");
  if (!api) return [];
  const doc = readSpec(api);
  const code = readFileSync(join(installedPackage(), BUILDS[0] ?? ""), "utf8");
  return operations(doc).flatMap((op) => {
    const found = op.operationId ? builders(code, op.operationId) : [];
    const sameRoute = found.length > 0 && found.every((b) => builderPath(code.slice(b.start, b.end)) === templateOf(op.path));
    return sameRoute && keep(doc, op) ? [{ api, op }] : [];
  });
}

function installedPackage(): string {
  return realpathSync(join(repoRoot, "node_modules", PACKAGE));
}

/**
 * Copies the installed package into the release directory and applies `edit` to each build's code;
 * `edit` throws when it cannot find its target (the SDK's build changed: the plant is NOT PLANTED).
 */
function release(ctx: PlantContext, edit: (code: string, build: string) => string): string {
  const from = join(ctx.root, RELEASE_DIR);
  const dir = join(from, "node_modules", PACKAGE);
  cpSync(installedPackage(), dir, { recursive: true, dereference: true });
  // Its dependencies beside it, as `npm install --prefix` lays a release out: the repo's copies.
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const link = join(from, "node_modules", dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(repoRoot, "node_modules", dependency)), link, "dir");
  }
  for (const build of BUILDS) {
    const file = join(dir, build);
    writeFileSync(file, edit(readFileSync(file, "utf8"), build));
  }
  return from;
}

/** An edit of every request builder of `method`. */
const editBuilders =
  (method: string, edit: (builder: string) => string) =>
  (code: string, build: string): string => {
    const found = builders(code, method);
    if (found.length === 0) throw new Error(`${PACKAGE} ${build}: no request builder of ${method} found (the SDK's build changed)`);
    // From the last to the first, so earlier offsets stay valid.
    for (const { start, end } of found.reverse()) {
      const before = code.slice(start, end);
      const after = edit(before);
      if (after === before) throw new Error(`${PACKAGE} ${build}: the edit of ${method}'s builder changed nothing`);
      code = code.slice(0, start) + after + code.slice(end);
    }
    return code;
  };

function builderKind(
  kind: string,
  keep: (doc: Json, op: DocumentOperation) => boolean,
  edit: (builder: string) => string,
  says: string,
): DriftKind {
  return {
    kind,
    category: "vendor",
    plant(ctx): Planted {
      const target = pick(sharedTargets(ctx, keep), ctx.random);
      if (!target?.op.operationId) throw new Error(`${kind}: no operation the SDK shares with the spec`);
      const sdkFrom = release(ctx, editBuilders(target.op.operationId, edit));
      return { api: target.api.name, where: `${PACKAGE} release (${RELEASE_DIR}/): ${label(target.op)} ${says}`, sdkFrom };
    },
  };
}

/** Scope headers the client sets from its options on every call, and that the spec requires. */
const SCOPE_HEADERS = ["x-bot-id", "x-workspace-id"];

export const VENDOR_KINDS: DriftKind[] = [
  builderKind(
    "a vendor SDK release sends a body field the spec does not declare",
    (doc, op) => requestSchema(doc, op.operation)?.["additionalProperties"] === false,
    (builder) => builder.replace("body:{", 'body:{releaseField:"drift",'),
    "now sends body field releaseField",
  ),
  builderKind(
    "a vendor SDK release moves an operation to a new route",
    () => true,
    (builder) => builder.replace(/path:(["`])\/v1\//, "path:$1/v2/"),
    "now sent under /v2/",
  ),
  {
    kind: "a vendor SDK release renames a header the spec requires",
    category: "vendor",
    plant(ctx): Planted {
      const header = pick(SCOPE_HEADERS, ctx.random) ?? "x-bot-id";
      const renamed = header.replace(/^x-/, "x-botpress-");
      const sdkFrom = release(ctx, (code, build) => {
        // The one place the client turns its options into headers: `n["x-bot-id"]=t.botId`.
        const setter = new RegExp(`(\\w+)\\["${header}"\\]=`, "g");
        const edited = code.replace(setter, `$1["${renamed}"]=`);
        if (edited === code) throw new Error(`${PACKAGE} ${build}: the client no longer sets ${header} (the SDK's build changed)`);
        return edited;
      });
      return { api: "botpress", where: `${PACKAGE} release (${RELEASE_DIR}/): sends ${renamed} instead of ${header}`, sdkFrom };
    },
  },
];
