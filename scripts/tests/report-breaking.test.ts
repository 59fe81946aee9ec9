// The breaking-change report's command against a git history planted in a sandbox: which base it
// compares with, exit codes, errors. In-process, plus one spawn of the real CLI.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInMemory } from "../lib/cli/args.js";
import { createSandbox, tsxArgs, type Sandbox } from "../lib/harness/sandbox.js";
import { repoRoot } from "../lib/spec/apis.js";
import { main } from "../report-breaking.js";

const GIT_IDENTITY = [
  "-c",
  "user.name=Breaking Test",
  "-c",
  "user.email=breaking@example.com",
  "-c",
  "commit.gpgsign=false",
  "-c",
  "init.defaultBranch=main",
];

const report = (root: string, ...args: string[]) => runInMemory(main, ["--root", root, ...args]);

describe("npm run breaking", () => {
  let sandbox: Sandbox;
  const git = (...args: string[]) => {
    const result = sandbox.run("git", [...GIT_IDENTITY, ...args]);
    if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.output}`);
    return result.stdout.trim();
  };
  const breaking = (...args: string[]) => report(sandbox.root, ...args);

  const removedProperty =
    "BREAKING  addChannel  response 200 (application/json): property data.marketplace_client_id removed @ responses/200/content/application~1json/schema/properties/data/properties/marketplace_client_id [response-property-removed]";
  const addedParameter =
    "ok        deleteChannel  query parameter force added (optional) @ parameters/query/force [parameter-added-optional]";
  const editPipedrive = () =>
    sandbox.edit("specs/pipedrive.yaml", (t) =>
      t
        .replace(
          "        marketplace_client_id:\n          type: string\n          description: The client_id of the app in the Pipedrive marketplace.\n",
          "",
        )
        .replace(
          "      parameters:\n        - name: id\n          in: path\n",
          "      parameters:\n        - name: force\n          in: query\n          required: false\n          description: Delete even with open conversations.\n          schema:\n            type: boolean\n        - name: id\n          in: path\n",
        ),
    );

  beforeAll(() => {
    // Only what the report reads: redocly.yaml and the specs.
    sandbox = createSandbox("breaking-", ["redocly.yaml", "specs"]);
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
  });
  afterAll(() => sandbox.dispose());

  it("reports no changes on a clean tree with a single commit (compared with HEAD on main)", async () => {
    const result = await breaking();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("with HEAD (");
    expect(result.stdout).toContain("== pipedrive (specs/pipedrive.yaml): no changes");
    expect(result.stdout.trim().split("\n").at(-1)).toBe("breaking changes: 0 (non-breaking: 0) across 5 specs");
  });

  it("lists uncommitted breaking and non-breaking changes; exits 1 only with --fail-on-breaking", async () => {
    editPipedrive();
    const result = await breaking();
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines).toContain("== pipedrive (specs/pipedrive.yaml): 1 breaking, 1 non-breaking");
    expect(lines).toContain(removedProperty);
    expect(lines).toContain(addedParameter);
    expect(lines.indexOf(removedProperty)).toBeLessThan(lines.indexOf(addedParameter));
    expect(lines).toContain("breaking changes: 1 (non-breaking: 1) across 5 specs");

    const failing = await breaking("--fail-on-breaking");
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(removedProperty);

    const one = await breaking("--api", "pipedrive", "--fail-on-breaking");
    expect(one.code).toBe(1);
    expect(one.stdout).not.toContain("== dynamiq");
    expect(one.stdout).toContain("breaking changes: 1 (non-breaking: 1) across 1 spec");
  });

  it("on a branch, compares with the merge base of main; --base picks another ref", async () => {
    git("checkout", "-q", "-b", "feature");
    git("commit", "-q", "-am", "pipedrive: drop marketplace_client_id, add force");
    const result = await breaking("--fail-on-breaking");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("with merge-base of HEAD and main (");
    expect(result.stdout).toContain(removedProperty);
    expect(result.stdout).toContain(addedParameter);

    const atHead = await breaking("--base", "HEAD", "--fail-on-breaking");
    expect(atHead.code).toBe(0);
    expect(atHead.stdout).toContain("breaking changes: 0 (non-breaking: 0) across 5 specs");
  });

  it("reports a spec absent at the base as a new API", async () => {
    sandbox.write("specs/extra.yaml", sandbox.read("specs/dynamiq.yaml"));
    sandbox.write(
      "redocly.yaml",
      `${sandbox.read("redocly.yaml")}  extra:\n    root: specs/extra.yaml\n    x-openapi-ts:\n      output: generated/extra.ts\n`,
    );
    const result = await breaking("--api", "extra", "--fail-on-breaking");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("== extra (specs/extra.yaml): new API");
    expect(result.stdout).toContain(
      "ok        listConversations  operation GET /v1/conversations added @ #/paths/~1v1~1conversations/get [operation-added]",
    );
    expect(result.stdout).toContain("ok        (document)  default server https://api.getdynamiq.ai added @ #/servers/0 [server-added]");
    expect(result.stdout).toContain("breaking changes: 0 (non-breaking: 6) across 1 spec");
  });

  it("exits 1 naming the file and the ref when a spec does not parse", async () => {
    const original = sandbox.read("specs/dynamiq.yaml");
    sandbox.write("specs/dynamiq.yaml", `${original}\n  broken: [unclosed\n`);
    const inTree = await breaking();
    expect(inTree.code).toBe(1);
    expect(inTree.stderr).toContain("specs/dynamiq.yaml in the working tree: cannot parse");

    git("commit", "-q", "-am", "broken dynamiq");
    sandbox.write("specs/dynamiq.yaml", original);
    const atBase = await breaking("--base", "HEAD");
    expect(atBase.code).toBe(1);
    expect(atBase.stderr).toMatch(/specs\/dynamiq\.yaml at HEAD \([0-9a-f]{7}\): cannot parse/);
  });

  it("exits 1 on an unknown ref or API, 2 on an unknown option (the real CLI, spawned)", async () => {
    const ref = await breaking("--base", "no-such-ref");
    expect(ref.code).toBe(1);
    expect(ref.stderr).toContain("--base no-such-ref: not a commit");
    const api = await breaking("--api", "nope");
    expect(api.code).toBe(1);
    expect(api.stderr).toContain("unknown API nope");
    const [node, args] = tsxArgs("scripts/report-breaking.ts", "--frobnicate");
    const unknown = spawnSync(node, args, { cwd: repoRoot, encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe("npm run breaking --: Unknown option '--frobnicate' (see --help)");
  });
});

describe("npm run breaking on main with nothing uncommitted", () => {
  let root = "";
  const git = (...args: string[]) => {
    const result = spawnSync("git", [...GIT_IDENTITY, ...args], { cwd: root, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  };
  beforeAll(() => {
    // Only what the report reads: redocly.yaml and the specs.
    root = mkdtempSync(join(tmpdir(), "breaking-main-"));
    cpSync(join(repoRoot, "redocly.yaml"), join(root, "redocly.yaml"));
    cpSync(join(repoRoot, "specs"), join(root, "specs"), { recursive: true });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("compares with the previous commit, says so on the first line, and --base still wins", async () => {
    const spec = join(root, "specs", "patchworks.yaml");
    const { readFileSync } = await import("node:fs");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace(
        "      operationId: deleteFlowCallback\n",
        "      operationId: deleteFlowCallback\n      deprecated: true\n",
      ),
    );
    git("commit", "-q", "-am", "patchworks: deprecate deleteFlowCallback");

    const result = await report(root);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(
      /^Comparing the specs in the working tree with HEAD~1 \([0-9a-f]{7}\), since HEAD is the base and no spec has uncommitted changes$/,
    );
    expect(result.stdout).toContain("== patchworks (specs/patchworks.yaml): 0 breaking, 1 non-breaking");
    expect(result.stdout).toContain("[operation-deprecated]");

    const atHead = await report(root, "--base", "HEAD");
    expect(atHead.stdout.split("\n")[0]).toMatch(/with HEAD \([0-9a-f]{7}\)$/);
    expect(atHead.stdout).toContain("breaking changes: 0 (non-breaking: 0) across 5 specs");
  });
});
