// npm run check:docs — opens every page of dist-docs/ (npm run docs) in headless Chromium with
// every non-local request blocked, and asserts for each API page: the page renders (API title
// visible), an operation expands (menu click → its heading and Responses panel in view), and search
// works (the operation's summary typed into the search box shows a result). Any attempted request
// to a non-local address fails the page. Each API's contract report (contract-report.ts) must show
// one grid row per operation, name the tests behind an exercised cell, and have its conformance and
// drift sections. Then the same checks run on four deliberately broken copies (a reference page
// naming a CDN asset, one without the Redoc script, a contract report loading a CDN stylesheet, one
// whose grid lost a row) and must fail on each.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";
import { commandMain, runIfEntry } from "../lib/cli/args.js";
import { operationsWithStatuses } from "../lib/gates/coverage.js";
import { readSpec } from "../lib/spec/load.js";
import { repoRoot } from "../package/shared.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../runtimes/harness.js";
import { docsApis, DOCS_DIR, type DocsApi } from "./apis.js";
import { contractPageName } from "./contract-report.js";

interface PageOutcome {
  page: string;
  problems: string[];
  passed: string[];
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function isLocal(url: string): boolean {
  if (/^(file|data|blob|about):/.test(url)) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

async function openBlocked(context: BrowserContext, file: string): Promise<{ page: Page; blocked: string[]; errors: string[] }> {
  const page = await context.newPage();
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.route("**", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) await route.continue();
    else {
      blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`.split("\n")[0] ?? error.name));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, blocked, errors };
}

async function inViewport(locator: Locator, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const height = locator.page().viewportSize()?.height ?? 720;
  while (Date.now() < deadline) {
    const box = await locator.boundingBox({ timeout: 1_000 }).catch(() => null);
    if (box && box.height > 0 && box.y + box.height > 0 && box.y < height) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function anyInViewport(locator: Locator, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const height = locator.page().viewportSize()?.height ?? 720;
  while (Date.now() < deadline) {
    for (const item of await locator.all()) {
      const box = await item.boundingBox({ timeout: 500 }).catch(() => null);
      if (box && box.height > 0 && box.width > 0 && box.y + box.height > 0 && box.y < height) return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

async function visibleCount(locator: Locator): Promise<number> {
  let count = 0;
  for (const item of await locator.all()) if (await item.isVisible().catch(() => false)) count += 1;
  return count;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type Step = (name: string, body: () => Promise<void>) => Promise<void>;

/**
 * How long a page may take to show what a step waits for. Long, because a page that renders fine
 * takes many times its usual second on a busy CI runner, and only a broken page ever waits this out
 * (the self-checks' broken copies pass their own short bound).
 */
const PAGE_TIMEOUT_MS = 120_000;

/**
 * Opens `file` with the network blocked and runs `checks`: each step that throws is a problem, as
 * is any blocked request or page error.
 */
async function checkPage(context: BrowserContext, file: string, checks: (page: Page, step: Step) => Promise<void>): Promise<PageOutcome> {
  const outcome: PageOutcome = { page: file.slice(file.lastIndexOf("/") + 1), problems: [], passed: [] };
  const { page, blocked, errors } = await openBlocked(context, file);
  try {
    await checks(page, async (name, body) => {
      try {
        await body();
        outcome.passed.push(name);
      } catch (error) {
        outcome.problems.push(`${name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    });
  } finally {
    if (blocked.length > 0)
      outcome.problems.push(`requested non-local resources (blocked): ${[...new Set(blocked)].slice(0, 3).join(", ")}`);
    if (errors.length > 0) outcome.problems.push(`page errors: ${errors.slice(0, 2).join("; ")}`);
    await page.close();
  }
  return outcome;
}

export async function checkApiPage(context: BrowserContext, file: string, api: DocsApi, timeoutMs = PAGE_TIMEOUT_MS): Promise<PageOutcome> {
  return checkPage(context, file, async (page, step) => {
    await step(`renders: heading "${api.title}" visible`, async () => {
      await page
        .getByRole("heading", { name: new RegExp(escapeRegExp(api.title)) })
        .first()
        .waitFor({ state: "visible", timeout: timeoutMs });
    });
    await step(`expands: menu "${api.operation.tag}" → "${api.operation.summary}" shows its request/response panel`, async () => {
      await page.getByText(api.operation.tag, { exact: true }).first().click({ timeout: timeoutMs });
      await page.getByText(api.operation.summary, { exact: true }).first().click({ timeout: timeoutMs });
      // Its accessible name is "link to <summary> <summary>" (a deep-link anchor precedes the text),
      // followed by Redoc's "deprecated" badge on a deprecated operation (Pipedrive's Channels).
      const heading = page
        .getByRole("heading", { name: new RegExp(`(^|\\s)${escapeRegExp(api.operation.summary)}(\\s+[Dd]eprecated)?$`) })
        .first();
      if (!(await inViewport(heading, timeoutMs))) throw new Error(`the heading "${api.operation.summary}" did not scroll into view`);
      // Its request/response panels: the "Request" heading and the panel with the example payload
      // or response sit beside the heading once the operation is open.
      if (!(await anyInViewport(page.getByText(/^(Request|Responses?|Payload)$/), timeoutMs)))
        throw new Error("no request/response panel in view after expanding");
    });
    await step(`search: "${api.operation.summary}" finds a result`, async () => {
      const matches = page.getByText(api.operation.summary, { exact: true });
      await page.keyboard.press("Escape");
      await page
        .getByText(/^Search/)
        .first()
        .click({ timeout: timeoutMs });
      const input = page.locator('input[placeholder^="Search"]').first();
      await input.waitFor({ state: "visible", timeout: timeoutMs });
      const before = await visibleCount(matches);
      await input.fill(api.operation.summary);
      const deadline = Date.now() + timeoutMs;
      while ((await visibleCount(matches)) <= before) {
        if (Date.now() > deadline) throw new Error("no search result appeared");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
  });
}

/**
 * A contract report page: its heading renders, the grid has one row per operation of the spec, an
 * exercised cell names the contract tests that drew its status, and the conformance and drift
 * sections are there.
 */
export async function checkContractPage(
  context: BrowserContext,
  file: string,
  api: DocsApi,
  timeoutMs = PAGE_TIMEOUT_MS,
): Promise<PageOutcome> {
  const operations = operationsWithStatuses(readSpec(join(repoRoot, api.spec))).length;
  return checkPage(context, file, async (page, step) => {
    await step(`renders: heading "${api.title}: contract report" visible`, async () => {
      await page
        .getByRole("heading", { name: `${api.title}: contract report`, level: 1 })
        .waitFor({ state: "visible", timeout: timeoutMs });
    });
    await step(`grid: one visible row per operation (${operations})`, async () => {
      const rows = await visibleCount(page.locator("#grid tbody tr[data-operation]"));
      if (rows !== operations) throw new Error(`${rows} rows for ${operations} operations`);
    });
    await step("grid: an exercised cell names the contract tests behind it", async () => {
      const title = await page.locator("#grid td.hit").first().getAttribute("title", { timeout: timeoutMs });
      if (!title || !/contract-tests\/\S+\.test\.ts > /.test(title))
        throw new Error(`no test named in an exercised cell (${title ?? "no exercised cell"})`);
    });
    await step("sections: conformance and planted drift", async () => {
      for (const name of ["Vendor-SDK conformance", "Planted drift"])
        await page.getByRole("heading", { name, level: 2 }).waitFor({ state: "visible", timeout: timeoutMs });
    });
  });
}

async function checkIndex(context: BrowserContext, file: string, apis: readonly DocsApi[]): Promise<PageOutcome> {
  const outcome: PageOutcome = { page: "index.html", problems: [], passed: [] };
  const { page, blocked } = await openBlocked(context, file);
  try {
    for (const api of apis) {
      const link = page.getByRole("link", { name: api.title, exact: true });
      const href = (await link.count()) === 1 ? await link.getAttribute("href") : null;
      if (href !== `./${api.name}.html` || !existsSync(join(DOCS_DIR, `${api.name}.html`)))
        outcome.problems.push(`no working link to ${api.name}.html`);
      const report = page.getByRole("link", { name: `${api.title} contract report`, exact: true });
      const reportHref = (await report.count()) === 1 ? await report.getAttribute("href") : null;
      if (reportHref !== `./${contractPageName(api.name)}` || !existsSync(join(DOCS_DIR, contractPageName(api.name))))
        outcome.problems.push(`no working link to ${contractPageName(api.name)}`);
    }
    if (outcome.problems.length === 0) outcome.passed.push(`links to all ${apis.length} API pages and their contract reports`);
  } finally {
    if (blocked.length > 0) outcome.problems.push(`requested non-local resources (blocked): ${blocked.slice(0, 3).join(", ")}`);
    await page.close();
  }
  return outcome;
}

/** Broken copies of one page that the check must reject. */
function brokenCopies(dir: string, api: DocsApi): Array<{ name: string; file: string; expect: RegExp }> {
  const html = readFileSync(join(DOCS_DIR, `${api.name}.html`), "utf8");
  const withCdn = join(dir, "with-cdn-asset.html");
  const bodyEnd = html.lastIndexOf("</body>");
  writeFileSync(withCdn, `${html.slice(0, bodyEnd)}<img alt="" src="https://cdn.example.com/logo.svg">${html.slice(bodyEnd)}`);
  const withoutScript = join(dir, "without-redoc-script.html");
  writeFileSync(withoutScript, html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ""));
  return [
    { name: "a page that loads an asset from a CDN", file: withCdn, expect: /^requested non-local resources/ },
    { name: "a pre-rendered page without the Redoc script", file: withoutScript, expect: /^(expands|search):/ },
  ];
}

/** Broken copies of one contract report that the check must reject. */
function brokenContractCopies(dir: string, api: DocsApi): Array<{ name: string; file: string; expect: RegExp }> {
  const html = readFileSync(join(DOCS_DIR, contractPageName(api.name)), "utf8");
  const withCdn = join(dir, "contract-with-cdn-style.html");
  writeFileSync(withCdn, html.replace("</head>", '<link rel="stylesheet" href="https://cdn.example.com/grid.css"></head>'));
  const lostRow = join(dir, "contract-lost-row.html");
  writeFileSync(lostRow, html.replace(/<tr data-operation=[\s\S]*?<\/tr>\n/, ""));
  return [
    { name: "a contract report that loads a stylesheet from a CDN", file: withCdn, expect: /^requested non-local resources/ },
    { name: "a contract report whose grid lost an operation", file: lostRow, expect: /^grid: one visible row/ },
  ];
}

export async function checkDocs(): Promise<boolean> {
  const apis = docsApis();
  for (const api of apis) {
    if (!existsSync(join(DOCS_DIR, `${api.name}.html`))) throw new Error(`dist-docs/${api.name}.html is missing: run npm run docs first`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing (apt-get install chromium)`);
  const userDataDir = mkdtempSync(join(tmpdir(), "tac-docs-chromium-"));
  const scratch = mkdtempSync(join(tmpdir(), "tac-docs-broken-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let ok = true;
  try {
    const outcomes: PageOutcome[] = [await checkIndex(context, join(DOCS_DIR, "index.html"), apis)];
    for (const api of apis) outcomes.push(await checkApiPage(context, join(DOCS_DIR, `${api.name}.html`), api));
    for (const api of apis) outcomes.push(await checkContractPage(context, join(DOCS_DIR, contractPageName(api.name)), api));
    for (const outcome of outcomes) {
      console.log(`${outcome.problems.length === 0 ? "PASS" : "FAIL"} dist-docs/${outcome.page}`);
      for (const line of outcome.passed) console.log(`       ok   ${line}`);
      for (const line of outcome.problems) console.log(`       FAIL ${line}`);
      if (outcome.problems.length > 0) ok = false;
    }
    const sample = apis.find((api) => api.name === "pipedrive") ?? apis[0];
    if (sample) {
      const broken = [
        ...brokenCopies(scratch, sample).map((copy) => ({ ...copy, check: checkApiPage })),
        ...brokenContractCopies(scratch, sample).map((copy) => ({ ...copy, check: checkContractPage })),
      ];
      for (const copy of broken) {
        const outcome = await copy.check(context, copy.file, sample, 3_000);
        const caught = outcome.problems.some((problem) => copy.expect.test(problem));
        console.log(
          `${caught ? "PASS" : "FAIL"} self-check: ${copy.name} is rejected: ${outcome.problems.join(" | ") || "no problem found"}`,
        );
        if (!caught) ok = false;
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
  return ok;
}

export const command = {
  name: "npm run check:docs --",
  summary:
    "Open every page of dist-docs/ (npm run docs) in headless Chromium with the network blocked: it renders, an operation expands, search finds it; then two broken copies must fail.",
  options: {},
} as const;

/** The pages of `docsDir` that `npm run docs` writes and are not there. */
export function missingDocsPages(docsDir: string, apis: readonly DocsApi[] = docsApis()): string[] {
  return ["index.html", ...apis.flatMap((api) => [`${api.name}.html`, contractPageName(api.name)])].filter(
    (page) => !existsSync(join(docsDir, page)),
  );
}

/** `docsDir` is for tests: the check itself always reads dist-docs/. */
export const main = commandMain(command, async (_parsed, io, docsDir: string = DOCS_DIR): Promise<number> => {
  const missing = missingDocsPages(docsDir);
  if (missing.length > 0) {
    const shown = relative(repoRoot, docsDir).split("\\").join("/") || ".";
    io.err(`check:docs: ${shown}/ has not been built (missing ${missing.join(", ")}): run npm run docs first`);
    return 1;
  }
  const started = performance.now();
  const ok = await checkDocs();
  io.out(`check:docs ${ok ? "passed" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
});

runIfEntry(import.meta.url, main);
