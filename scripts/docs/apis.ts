// What the docs build and check need to know about each API: read from redocly.yaml `apis:` (the
// project's one list of specs) and from each spec's `info` and first operation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../package/shared.js";

export const DOCS_DIR = join(repoRoot, "dist-docs");

export interface DocsApi {
  name: string;
  /** Repo-relative spec path, e.g. `specs/pipedrive.yaml`. */
  spec: string;
  title: string;
  version: string;
  /** An operation to expand and search for in the page check. */
  operation: { tag: string; summary: string };
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function docsApis(root: string = repoRoot): DocsApi[] {
  const configPath = join(root, "redocly.yaml");
  const apis = record(record(parse(readFileSync(configPath, "utf8"))).apis);
  if (Object.keys(apis).length === 0) throw new Error(`redocly.yaml: no \`apis:\` entries`);
  return Object.entries(apis).map(([name, entry]) => {
    const spec = record(entry).root;
    if (typeof spec !== "string") throw new Error(`redocly.yaml: apis.${name}.root must be a spec path`);
    const document = record(parse(readFileSync(join(root, spec), "utf8")));
    const info = record(document.info);
    if (typeof info.title !== "string") throw new Error(`${spec}: info.title is missing`);
    let operation: DocsApi["operation"] | undefined;
    for (const pathItem of Object.values(record(document.paths))) {
      for (const method of METHODS) {
        const candidate = record(record(pathItem)[method]);
        const tags = candidate.tags;
        if (typeof candidate.summary === "string" && Array.isArray(tags) && typeof tags[0] === "string") {
          operation = { tag: tags[0], summary: candidate.summary };
          break;
        }
      }
      if (operation) break;
    }
    if (!operation) throw new Error(`${spec}: no operation with a summary and a tag to check the docs with`);
    return { name, spec, title: info.title, version: String(info.version ?? ""), operation };
  });
}
