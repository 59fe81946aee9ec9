// Browser bundle sizes of the clients, measured the way an application would bundle them:
// esbuild `--bundle --minify --platform=browser --format=esm` with `splitting: true`.
//
// How dynamic imports are treated: the clients load their bundled spec
// (`generated/<api>.openapi.ts`) and, with validation on, Ajv by dynamic `import()`. With
// `splitting` those become separate lazy chunks. The gate measures the EAGER part, i.e. the entry
// chunk plus every chunk it imports statically (what a page downloads before the first call), and
// reports the lazy chunks separately. Ajv must not appear in the eager part at all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { repoRoot, staticClosure } from "./shared.js";
import { formatColumns } from "../lib/cli/table.js";

export interface BundleEntry {
  /** Row label, e.g. `pipedrive` or `openapi-fetch (stock)`. */
  name: string;
  /** ES module source of the entry; bare imports resolve from the repo root. */
  source: string;
  /** Whether the size limit and the ajv rule apply (comparison rows are only printed). */
  gated: boolean;
  /** Code that must load lazily: each marker (a string the minified code keeps) must be in a lazy chunk and not in the eager part. */
  lazyOnly?: readonly LazyOnly[];
}

export interface LazyOnly {
  /** What the marker stands for, e.g. "the Node transport". */
  label: string;
  marker: string;
}

export interface InputShare {
  /** `node_modules/<package>` or a repo-relative file. */
  input: string;
  bytes: number;
}

export interface BundleMeasurement {
  name: string;
  gated: boolean;
  /** Set when esbuild could not bundle the entry for the browser. */
  error?: string;
  eagerBytes: number;
  eagerGzipBytes: number;
  lazyChunks: number;
  lazyBytes: number;
  lazyGzipBytes: number;
  /** Biggest contributors to the eager part, largest first. */
  biggestInputs: InputShare[];
  /** Inputs of the eager part that belong to ajv / ajv-formats. */
  ajvInputsEager: string[];
  /** Whether ajv appears in a lazy chunk (allowed: loaded only when validation is on). */
  ajvLazy: boolean;
  /** The entry's lazy-only code found in the eager part, or found nowhere (a marker that no longer marks anything). */
  lazyOnlyProblems: string[];
}

// 16 KiB: the eager core carries body limits and streaming, the per-origin connection cap,
// redaction of every encoding and the operation-named calls' glue (measured 14.6–15.5 KiB gzip;
// the official SDKs: 57–77 KiB). What a path-style call never needs stays lazy and is checked by
// marker, not only by size: ajv, the operation table and the Node transport (route selection,
// proxies, undici), which made the eager part 15.6–16.5 KiB when it was imported statically.
export const GZIP_LIMIT_BYTES = 16 * 1024;

const API_FACTORIES: ReadonlyArray<{ api: string; factory: string; options: string; call: string }> = [
  {
    api: "dynamiq",
    factory: "createDynamiqClient",
    options: `{ token: "t" }`,
    call: `client.GET("/v1/conversations", { params: { query: { page: 1 } } })`,
  },
  {
    api: "pipedrive",
    factory: "createPipedriveClient",
    options: `{ token: "t" }`,
    call: `client.POST("/v1/channels", { body: { name: "n", provider_channel_id: "p" } })`,
  },
  { api: "patchworks", factory: "createPatchworksClient", options: `{ apiKey: "k" }`, call: `client.GET("/flows")` },
  { api: "pipedream", factory: "createPipedreamClient", options: `{ token: "t" }`, call: `client.GET("/users/me")` },
  { api: "botpress", factory: "createBotpressClient", options: `{ token: "t", botId: "b" }`, call: `client.GET("/v1/chat/conversations")` },
];

/** One entry per API: create the client without validation and make one call. */
export function clientEntries(packageName = "typed-api-clients"): BundleEntry[] {
  return API_FACTORIES.map(({ api, factory, options, call }) => ({
    name: api,
    gated: true,
    lazyOnly: [
      // Only the Node route builds one; it is in select-dispatch.ts, loaded on a Node client's first call.
      { label: "the Node transport", marker: "EnvHttpProxyAgent" },
      { label: "the operation table", marker: operationTableMarker(api) },
    ],
    source: [
      `import { ${factory} } from "${packageName}/${api}";`,
      `const client = ${factory}({ ...${options}, baseUrl: "http://127.0.0.1:1", retry: false });`,
      `export const call = () => ${call};`,
    ].join("\n"),
  }));
}

/** The first entry of generated/<api>.operations.ts as the minifier writes it: `id:["method","/path"]`. */
export function operationTableMarker(api: string): string {
  const text = readFileSync(join(repoRoot, "generated", `${api}.operations.ts`), "utf8");
  const first = /^ {2}(\w+): \["(\w+)", "([^"]+)"\],$/m.exec(text);
  if (!first) throw new Error(`generated/${api}.operations.ts: no operation entry found`);
  return `${first[1]}:["${first[2]}","${first[3]}"]`;
}

/** Stock openapi-fetch and the official SDKs, bundled the same way, for comparison. */
export function comparisonEntries(): BundleEntry[] {
  return [
    {
      name: "openapi-fetch (stock)",
      gated: false,
      source: `import createClient from "openapi-fetch";\nconst client = createClient({ baseUrl: "http://127.0.0.1:1" });\nexport const call = () => client.GET("/v1/channels");`,
    },
    {
      name: "pipedrive (official SDK)",
      gated: false,
      source: `import { Configuration, ChannelsApi } from "pipedrive/v1";\nconst api = new ChannelsApi(new Configuration({ accessToken: "t" }));\nexport const call = () => api.addChannel({ AddChannelRequest: { name: "n", provider_channel_id: "p" } });`,
    },
    {
      name: "@botpress/client (official SDK)",
      gated: false,
      source: `import { Client } from "@botpress/client";\nconst client = new Client({ token: "t", botId: "b" });\nexport const call = () => client.listConversations({});`,
    },
  ];
}

const ENTRY_NAMESPACE = "bundle-entry";

function entryPlugin(entries: readonly BundleEntry[]): Plugin {
  return {
    name: "virtual-entries",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice("entry:".length), namespace: ENTRY_NAMESPACE }));
      pluginBuild.onLoad({ filter: /.*/, namespace: ENTRY_NAMESPACE }, (args) => {
        const entry = entries.find((candidate) => slug(candidate.name) === args.path);
        if (!entry) return { errors: [{ text: `no bundle entry named ${args.path}` }] };
        return { contents: entry.source, loader: "js", resolveDir: repoRoot };
      });
    },
  };
}

function slug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
}

/** `node_modules/<pkg>` for dependency inputs, the repo-relative path otherwise. */
function inputGroup(input: string): string {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match?.[1]) return match[1];
  return input.replace(/^bundle-entry:/, "entry:");
}

function isAjvInput(input: string): boolean {
  return /(?:^|\/)node_modules\/ajv(?:-formats)?\//.test(input);
}

/** Bundles one entry (with splitting) and measures its eager and lazy parts. */
export async function measureEntry(entry: BundleEntry): Promise<BundleMeasurement> {
  const empty: BundleMeasurement = {
    name: entry.name,
    gated: entry.gated,
    eagerBytes: 0,
    eagerGzipBytes: 0,
    lazyChunks: 0,
    lazyBytes: 0,
    lazyGzipBytes: 0,
    biggestInputs: [],
    ajvInputsEager: [],
    ajvLazy: false,
    lazyOnlyProblems: [],
  };
  // write: false and metafile: true, so both are there (the result type cannot say so).
  let result: { metafile: import("esbuild").Metafile; outputFiles: import("esbuild").OutputFile[] };
  try {
    result = await build({
      entryPoints: [`entry:${slug(entry.name)}`],
      plugins: [entryPlugin([entry])],
      bundle: true,
      minify: true,
      platform: "browser",
      format: "esm",
      splitting: true,
      outdir: "out",
      write: false,
      metafile: true,
      logLevel: "silent",
      absWorkingDir: repoRoot,
    });
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string; location?: { file: string } | null }> }).errors;
    const first = errors?.[0];
    const message = first ? `${first.text}${first.location ? ` (${first.location.file})` : ""}` : String(error);
    return { ...empty, error: `${errors && errors.length > 1 ? `${errors.length} errors, first: ` : ""}${message}` };
  }
  const { metafile, outputFiles } = result;
  const contents = new Map(outputFiles.map((file) => [file.path.slice(repoRoot.length + 1), file.contents]));
  const entryOutput = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint !== undefined)?.[0];
  if (entryOutput === undefined) return { ...empty, error: "esbuild produced no entry chunk" };
  const eager = staticClosure(metafile, entryOutput);

  const measurement = { ...empty };
  const shares = new Map<string, number>();
  const text = { eager: "", lazy: "" };
  const decoder = new TextDecoder();
  for (const [outputPath, output] of Object.entries(metafile.outputs)) {
    if (outputPath.endsWith(".map")) continue;
    const bytes = contents.get(outputPath) ?? new Uint8Array();
    const gzipBytes = gzipSync(bytes, { level: 9 }).length;
    const inputs = Object.keys(output.inputs);
    text[eager.has(outputPath) ? "eager" : "lazy"] += decoder.decode(bytes);
    if (eager.has(outputPath)) {
      measurement.eagerBytes += bytes.length;
      measurement.eagerGzipBytes += gzipBytes;
      for (const [input, share] of Object.entries(output.inputs)) {
        const group = inputGroup(input);
        shares.set(group, (shares.get(group) ?? 0) + share.bytesInOutput);
        if (isAjvInput(input)) measurement.ajvInputsEager.push(input);
      }
    } else {
      measurement.lazyChunks += 1;
      measurement.lazyBytes += bytes.length;
      measurement.lazyGzipBytes += gzipBytes;
      if (inputs.some(isAjvInput)) measurement.ajvLazy = true;
    }
  }
  for (const { label, marker } of entry.lazyOnly ?? []) {
    if (text.eager.includes(marker))
      measurement.lazyOnlyProblems.push(`${label} is bundled into the eager part (found ${JSON.stringify(marker)})`);
    else if (!text.lazy.includes(marker))
      measurement.lazyOnlyProblems.push(`${label}: marker ${JSON.stringify(marker)} is in no chunk; the check no longer marks it`);
  }
  measurement.biggestInputs = [...shares.entries()]
    .map(([input, bytes]) => ({ input, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  return measurement;
}

/**
 * Bundle sizes of every client (gated) and, unless `comparisons: false`, of stock openapi-fetch
 * and the official SDKs. Exported for `npm run bench`.
 */
export async function measureBundles(
  options: { entries?: readonly BundleEntry[]; comparisons?: boolean } = {},
): Promise<BundleMeasurement[]> {
  const entries = [...(options.entries ?? clientEntries()), ...(options.comparisons === false ? [] : comparisonEntries())];
  const results: BundleMeasurement[] = [];
  for (const entry of entries) results.push(await measureEntry(entry));
  return results;
}

/** Problems of the gated rows: over the gzip limit, ajv or other lazy-only code in the eager part, or not bundling at all. */
export function bundleProblems(measurements: readonly BundleMeasurement[], gzipLimitBytes: number = GZIP_LIMIT_BYTES): string[] {
  const problems: string[] = [];
  for (const row of measurements) {
    if (!row.gated) continue;
    if (row.error !== undefined) {
      problems.push(`${row.name}: does not bundle for the browser: ${row.error}`);
      continue;
    }
    if (row.eagerGzipBytes > gzipLimitBytes) {
      problems.push(
        `${row.name}: ${(row.eagerGzipBytes / 1024).toFixed(1)} KiB gzip before the first call, over the ${(gzipLimitBytes / 1024).toFixed(1)} KiB limit`,
      );
    }
    if (row.ajvInputsEager.length > 0) {
      problems.push(
        `${row.name}: ajv is bundled into the eager part (${row.ajvInputsEager.length} ajv inputs, e.g. ${row.ajvInputsEager[0]}); load it by dynamic import() only when validateResponses is on`,
      );
    }
    for (const problem of row.lazyOnlyProblems) problems.push(`${row.name}: ${problem}; load it by dynamic import()`);
  }
  return problems;
}

/** The printed table: API, minified KiB, gzip KiB (eager), lazy chunks, biggest inputs. */
export function formatBundleTable(measurements: readonly BundleMeasurement[]): string {
  const rows: string[][] = [["bundle", "min KiB", "gzip KiB", "lazy chunks (min/gzip KiB)", "biggest eager inputs (min KiB)"]];
  for (const row of measurements) {
    if (row.error !== undefined) {
      rows.push([row.name, "-", "-", "-", `does not bundle for the browser: ${row.error.slice(0, 100)}`]);
      continue;
    }
    rows.push([
      row.name,
      (row.eagerBytes / 1024).toFixed(1),
      (row.eagerGzipBytes / 1024).toFixed(1),
      row.lazyChunks === 0
        ? "none"
        : `${row.lazyChunks} (${(row.lazyBytes / 1024).toFixed(1)}/${(row.lazyGzipBytes / 1024).toFixed(1)})${row.ajvLazy ? " incl. ajv" : ""}`,
      row.biggestInputs.map((share) => `${share.input} ${(share.bytes / 1024).toFixed(1)}`).join(", "),
    ]);
  }
  return formatColumns(rows);
}
