// The contract report page's grid: a documented status drawn by tests names them, one never drawn
// is marked missing, an undocumented one is blank, and a drift kind lands on its operation.
import { describe, expect, it } from "vitest";
import { contractReportPage } from "../../docs/contract-report.js";
import type { SpecOperation } from "../../lib/gates/coverage.js";

const op = (name: string, method: string, path: string, statuses: string[]): SpecOperation =>
  ({
    name,
    method,
    path,
    statuses,
    operation: {},
    pathItem: {},
  }) as unknown as SpecOperation;

const operations = [op("getUser", "get", "/users/{id}", ["200", "404"]), op("deleteUser", "delete", "/users/{id}", ["204", "4XX"])];

const page = (
  observations = [
    { api: "demo", method: "GET", path: "/users/u1", status: 200, test: "contract-tests/demo/users.test.ts > getUser > reads <one>" },
    { api: "demo", method: "DELETE", path: "/users/u1", status: 409, test: "contract-tests/demo/users.test.ts > deleteUser > conflict" },
    { api: "other", method: "GET", path: "/users/u1", status: 404, test: "another API's test" },
  ],
) =>
  contractReportPage({
    api: "demo",
    title: "Demo API",
    operations,
    observations,
    conformance: undefined,
    breaking: undefined,
    drift: {
      passed: true,
      seed: 1,
      score: 100,
      baselineProblems: [],
      rows: [
        {
          kind: "status-removed",
          where: "demo: specs/demo.yaml: getUser (GET /users/{id}) 200 → 201",
          caught: ["breaking report"],
          evidence: "",
          seconds: 1,
        },
      ],
    },
  });

/** The demo operations with no contract run and no gate results; a test passes what it is about. */
const bare = (input: Partial<Parameters<typeof contractReportPage>[0]>): string =>
  contractReportPage({
    api: "demo",
    title: "Demo",
    operations,
    observations: [],
    conformance: undefined,
    drift: undefined,
    breaking: undefined,
    ...input,
  });

const row = (html: string, name: string): string => html.split(`<tr data-operation="${name}">`)[1]?.split("</tr>")[0] ?? "";

describe("contractReportPage", () => {
  it("marks each documented status exercised (naming the tests, escaped), missing or not documented", () => {
    const html = page();
    const getUser = row(html, "getUser");
    expect(getUser).toContain(
      '<td class="hit" data-status="200" title="contract-tests/demo/users.test.ts &#62; getUser &#62; reads &#60;one&#62;">✓ 1</td>',
    );
    expect(getUser).toContain('<td class="miss" data-status="404"');
    expect(getUser).toContain('<td class="na" data-status="204">·</td>');
    expect(getUser).toContain("status-removed → breaking report");
    const deleteUser = row(html, "deleteUser");
    expect(deleteUser).toContain('<td class="hit" data-status="4XX"');
    expect(deleteUser).toContain('<td class="miss" data-status="204"');
    expect(deleteUser).not.toContain("status-removed");
    expect(html).toContain("0/2 operations with every documented status exercised");
    expect(html).not.toMatch(/<(script|link)\b/);
  });

  it("marks a status this change stopped documenting in its cell and lists the change (the breaking report)", () => {
    const message = "error status 404 no longer documented: a client with validateResponses now throws";
    // deleteUser documented 404 before the change; getUser still does, so the grid has the column.
    const html = bare({
      breaking: {
        base: "HEAD (abc1234)",
        breaking: 1,
        nonBreaking: 0,
        specs: [
          {
            api: "demo",
            spec: "specs/demo.yaml",
            isNew: false,
            changes: [
              { severity: "breaking", operation: "deleteUser", location: "responses/404", message, rule: "response-error-status-removed" },
            ],
          },
          {
            api: "other",
            spec: "specs/other.yaml",
            isNew: false,
            changes: [{ severity: "breaking", operation: "getUser", location: "responses/200", message: "other API", rule: "x" }],
          },
        ],
      },
    });
    const deleteUser = row(html, "deleteUser");
    expect(deleteUser).toContain(`<td class="removed" data-status="404" title="${message}">removed by this change</td>`);
    expect(deleteUser).toContain(`<div class="change breaking">breaking: ${message}</div>`);
    // Another API's change of the same name does not land here; a still-documented status stays as it was.
    expect(row(html, "getUser")).not.toContain("removed by this change");
    expect(row(html, "getUser")).not.toContain("other API");
    expect(html).toContain("Compared with HEAD (abc1234): 1 breaking, 0 non-breaking in this API.");
    expect(html).toMatch(/<table id="changes">[\s\S]*response-error-status-removed/);
  });

  it("says when the breaking report did not run", () => {
    expect(bare({})).toContain("No breaking-change report");
  });

  it("says when there was no contract run instead of drawing an empty grid", () => {
    expect(bare({ observations: undefined })).toContain("No contract run recorded");
  });
});
