// check:package's instanceof probe: in the consumer project, each client subpath (import() and
// require()) calls a local 127.0.0.1 server that answers 404, and the ApiError it throws must be
// `instanceof` the classes `<package>/core` exports (one shared core chunk, not a copy per
// subpath). `inlineChunks` lays out the broken package its self-check must fail on.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { exportedSubpaths, firstLine, repoRoot, run } from "./shared.js";

/** What a consumer probe reports per subpath and loader. */
export interface ProbeResult {
  specifier: string;
  mode: "import" | "require";
  ok: boolean;
  detail: string;
}

const IDENTITY_PROBE = `
import { createServer } from "node:http";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const packageName = process.argv[2];
const subpaths = JSON.parse(process.argv[3]);
const results = [];
// A local server that answers every request with 404: each client call must throw an ApiError.
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(404, { "content-type": "application/json" });
    response.end('{"error":"not found"}');
  });
});
await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(0, "127.0.0.1", resolve);
});
const baseUrl = "http://127.0.0.1:" + server.address().port;
const message = (error) => String(error && error.code ? error.code + ": " : "") + String((error && error.message) || error).split("\\n")[0];
try {
  const core = await import(packageName + "/core");
  for (const subpath of subpaths) {
    const specifier = packageName + subpath.slice(1);
    for (const mode of ["import", "require"]) {
      try {
        const module = mode === "import" ? await import(specifier) : require(specifier);
        const factory = Object.keys(module).find((key) => /^create\\w*Client$/.test(key) && typeof module[key] === "function");
        if (!factory) {
          results.push({ specifier, mode, ok: false, detail: "no create*Client function exported" });
          continue;
        }
        const client = module[factory]({ token: "probe-token", apiKey: "probe-key", botId: "probe-bot", baseUrl, retry: false });
        let thrown;
        try {
          await client.GET("/instanceof-probe");
        } catch (error) {
          thrown = error;
        }
        if (thrown === undefined) {
          results.push({ specifier, mode, ok: false, detail: factory + "(): a call answered 404 did not throw" });
          continue;
        }
        const apiError = thrown instanceof core.ApiError;
        const clientError = thrown instanceof core.ApiClientError;
        results.push({
          specifier,
          mode,
          ok: apiError && clientError,
          detail: factory + "() threw " + (thrown && thrown.constructor ? thrown.constructor.name : typeof thrown) + " (kind " + String(thrown && thrown.kind) + "): instanceof core's ApiError " + apiError + ", ApiClientError " + clientError,
        });
      } catch (error) {
        results.push({ specifier, mode, ok: false, detail: message(error) });
      }
    }
  }
} finally {
  server.close();
  server.closeAllConnections();
}
console.log(JSON.stringify(results));
`;

/** The client subpaths: every exported subpath but the core and the mock. */
export function clientSubpaths(root: string = repoRoot): string[] {
  return exportedSubpaths(root).filter((subpath) => subpath !== "." && subpath !== "./core" && subpath !== "./mock");
}

/**
 * In the consumer, each client subpath (import() and require()) calls a local server answering
 * 404; the error it throws must be `instanceof` the ApiError (and ApiClientError) of `<package>/core`.
 */
export async function probeIdentity(consumerDir: string, packageName: string, subpaths: readonly string[]): Promise<ProbeResult[]> {
  const probePath = join(consumerDir, "identity-probe.mjs");
  writeFileSync(probePath, IDENTITY_PROBE);
  const result = await run(process.execPath, ["identity-probe.mjs", packageName, JSON.stringify(subpaths)], {
    cwd: consumerDir,
    timeoutMs: 60_000,
  });
  if (result.code !== 0) throw new Error(`the instanceof probe crashed: ${firstLine(result.stderr)}`);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "[]") as ProbeResult[];
}

/**
 * Re-bundles one installed entry file self-contained (its chunks inlined, dependencies external):
 * the layout of a build without code splitting, where each subpath carries its own core. Returns
 * a function that restores the file.
 */
export async function inlineChunks(entryFile: string): Promise<() => void> {
  const original = readFileSync(entryFile);
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    format: "esm",
    platform: "neutral",
    packages: "external",
    external: ["node:*"],
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entryFile}`);
  writeFileSync(entryFile, output.contents);
  return () => writeFileSync(entryFile, original);
}
