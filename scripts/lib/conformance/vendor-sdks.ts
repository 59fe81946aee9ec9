// Where the vendor SDKs the gate drives come from: this repo's node_modules, or another directory's
// (`--sdk-from DIR`). The second is how a vendor's new release is checked against our specs before
// the lockfile takes it: `npm install --prefix DIR @botpress/client@next`, then
// `npm run check:conformance -- --sdk-from DIR`. A package DIR does not hold is taken from the repo.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { repoRoot } from "../spec/apis.js";

type BotpressModule = typeof import("@botpress/client");
type PipedriveModule = typeof import("pipedrive");
type PipedreamTokensModule = typeof import("@pipedream/sdk/oauthTokens");

export interface VendorSdks {
  botpress: BotpressModule;
  pipedrive: PipedriveModule;
  pipedreamTokens: PipedreamTokensModule;
  /** `name@version (path)` of each package loaded, for the report. */
  loaded: string[];
}

/** The package.json above a resolved entry file: the package's name and version. */
function packageOf(entry: string, name: string): { version: string; dir: string } {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (manifest.name === name) return { version: manifest.version ?? "?", dir };
  }
  throw new Error(`conformance: no package.json of ${name} above ${entry}`);
}

/**
 * Loads the three SDKs (their CommonJS builds) as resolved from `from` (`from/node_modules` first,
 * then each parent's, as Node resolves any package), each one not found there from the repo.
 */
export function loadVendorSdks(from: string = repoRoot): VendorSdks {
  const there = createRequire(join(from, "package.json"));
  const here = createRequire(join(repoRoot, "package.json"));
  if (from !== repoRoot && existsSync(from)) {
    // A release laid out again at the same path (the drift score reuses its sandboxes) must be
    // loaded anew, not served from Node's module cache.
    const real = realpathSync(from) + sep;
    for (const key of Object.keys(there.cache)) if (key.startsWith(real)) delete there.cache[key];
  }
  const loaded: string[] = [];
  const take = <T>(specifier: string, name: string): T => {
    let load = there;
    let entry: string;
    try {
      entry = there.resolve(specifier);
    } catch {
      // Not installed under `from`: the repo's own.
      load = here;
      try {
        entry = here.resolve(specifier);
      } catch (error) {
        throw new Error(`conformance: cannot resolve ${specifier}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    const { version, dir } = packageOf(entry, name);
    const where = relative(repoRoot, dir);
    loaded.push(`${name}@${version}${where === join("node_modules", name) ? "" : ` (${where})`}`);
    return load(specifier) as T;
  };
  return {
    botpress: take<BotpressModule>("@botpress/client", "@botpress/client"),
    pipedrive: take<PipedriveModule>("pipedrive", "pipedrive"),
    pipedreamTokens: take<PipedreamTokensModule>("@pipedream/sdk/oauthTokens", "@pipedream/sdk"),
    loaded,
  };
}
