// `prepack` / `postpack`: the published package.json without the scripts npm runs at install
// time. The repo keeps `prepare` (so `npm ci` builds dist/), but a consumer's npm would list it
// as an install script to approve ("npm warn install-scripts ... prepare: npm run build").
// `strip` saves package.json and writes it without them (npm packs the file as it is then);
// `restore` puts the saved file back. After a pack that died in between, strip refuses to run.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commandMain, runIfEntry, UsageError } from "../lib/cli/args.js";
import { repoRoot } from "./shared.js";

/** Scripts npm runs when a package is installed as a dependency (npm 11 asks to approve each). */
export const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare"] as const;

/** The install-time scripts a manifest declares, as `name: command`. */
export function installScriptsOf(manifest: { scripts?: Record<string, string> }): string[] {
  return INSTALL_SCRIPTS.filter((name) => manifest.scripts?.[name] !== undefined).map((name) => `${name}: ${manifest.scripts?.[name]}`);
}

const backupPath = (root: string): string => join(root, ".package.json.before-pack");

export function restoreManifest(root: string = repoRoot): boolean {
  if (!existsSync(backupPath(root))) return false;
  renameSync(backupPath(root), join(root, "package.json"));
  return true;
}

export function stripManifest(root: string = repoRoot): string[] {
  // A pack that died between strip and restore left both files; package.json may have been
  // edited since, so which one to keep is for a person to decide.
  if (existsSync(backupPath(root)))
    throw new Error(
      `${backupPath(root)} exists: a previous npm pack stopped before postpack. Compare it with package.json, keep the right one, delete the other file, and pack again.`,
    );
  const path = join(root, "package.json");
  const text = readFileSync(path, "utf8");
  const manifest = JSON.parse(text) as { scripts?: Record<string, string> };
  const stripped = installScriptsOf(manifest);
  writeFileSync(backupPath(root), text);
  for (const name of INSTALL_SCRIPTS) delete manifest.scripts?.[name];
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return stripped;
}

export const command = {
  name: "tsx scripts/package/pack-manifest.ts",
  summary: "strip: save package.json and drop its install-time scripts for the tarball (prepack); restore: put it back (postpack).",
  options: {
    root: { type: "string", value: "DIR", description: "package root (default: this repo)" },
  },
  positionals: { name: "strip|restore", description: "what to do" },
} as const;

export const main = commandMain(command, async (parsed, io): Promise<number> => {
  const root = parsed.values.root ?? repoRoot;
  const [action, ...rest] = parsed.positionals;
  if (rest.length > 0 || (action !== "strip" && action !== "restore"))
    throw new UsageError(`${command.name}: expected one of strip, restore (got ${parsed.positionals.join(" ") || "nothing"})`);
  if (action === "strip") {
    const stripped = stripManifest(root);
    io.out(`pack-manifest: the tarball's package.json leaves out ${stripped.length > 0 ? stripped.join("; ") : "nothing"}`);
  } else if (!restoreManifest(root)) io.out("pack-manifest: nothing to restore");
  return 0;
});

runIfEntry(import.meta.url, main);
