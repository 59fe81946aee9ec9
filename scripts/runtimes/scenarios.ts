// The smoke scenarios of the runtime matrix. This module is bundled by esbuild (once for
// server-side runtimes, once for browser-like ones) and run inside each runtime against the
// scripted server (server.ts); it must use nothing but web-standard globals itself.
import { ApiClientError, TimeoutError } from "../../src/core/index.js";
import { createDynamiqClient } from "../../src/dynamiq.js";
import { createPipedreamClient } from "../../src/pipedream.js";
import { createPipedriveClient } from "../../src/pipedrive.js";
import { FIXTURE, SCENARIOS, SECRETS, type ScenarioId, type ScenarioResult } from "./fixture.js";

class ScenarioFailure extends Error {
  override name = "ScenarioFailure";
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ScenarioFailure(message);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.split("\n")[0] ?? error.name;
  return `thrown non-error: ${String(error)}`.split("\n")[0] ?? "";
}

/** No credential may appear in an error's message, its JSON form or its stack. */
export function assertNoSecrets(error: unknown, where: string): void {
  const texts: string[] = [];
  if (error instanceof Error) texts.push(error.message, error.stack ?? "", String(error));
  try {
    texts.push(JSON.stringify(error) ?? "");
  } catch (stringifyError) {
    texts.push(String(stringifyError));
  }
  const text = texts.join("\n");
  for (const secret of SECRETS) check(!text.includes(secret), `${where}: a credential (${secret.slice(0, 8)}…) appears in the error`);
}

/** Runs `attempt` and returns the error it throws; fails the scenario when it does not throw. */
async function expectThrow(attempt: () => Promise<unknown>, what: string): Promise<unknown> {
  try {
    await attempt();
  } catch (error) {
    return error;
  }
  throw new ScenarioFailure(`${what} did not throw`);
}

const common = { retry: false as const, timeoutMs: 10_000 };

async function typedCall(base: string): Promise<void> {
  const pipedrive = createPipedriveClient({ ...common, token: FIXTURE.pipedriveToken, baseUrl: `${base}/pipedrive` });
  const { data } = await pipedrive.POST("/v1/channels", { body: { name: "Acme WhatsApp", provider_channel_id: "wa-5551234" } });
  check(data.success === true, `expected success: true, got ${JSON.stringify(data).slice(0, 120)}`);
  check(data.data.id === FIXTURE.channelId && data.data.name === "Acme WhatsApp", `unexpected channel ${JSON.stringify(data.data)}`);
}

async function typedError(base: string): Promise<void> {
  const pipedrive = createPipedriveClient({ ...common, token: FIXTURE.pipedriveToken, baseUrl: `${base}/pipedrive` });
  const error = await expectThrow(
    () => pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "missing" } } }),
    "DELETE of a missing channel",
  );
  if (!(error instanceof ApiClientError)) throw error;
  check(pipedrive.isApiError(error), `expected an ApiError, got kind ${error.kind}: ${describeError(error)}`);
  if (error.kind !== "api") throw new ScenarioFailure(`isApiError accepted kind ${error.kind}`);
  check(error.status === 404, `expected status 404, got ${error.status}`);
  const message: string = error.body.error; // typed from specs/pipedrive.yaml
  check(message === FIXTURE.notFoundMessage, `expected body.error '${FIXTURE.notFoundMessage}', got '${message}'`);
  assertNoSecrets(error, "404 error");
}

async function timeout(base: string): Promise<void> {
  const pipedrive = createPipedriveClient({
    token: FIXTURE.pipedriveToken,
    baseUrl: `${base}/hang`,
    retry: false,
    timeoutMs: FIXTURE.timeoutMs,
  });
  const started = Date.now();
  const error = await expectThrow(
    () => pipedrive.POST("/v1/channels", { body: { name: "n", provider_channel_id: "p" } }),
    "a call to a server that never answers",
  );
  const elapsed = Date.now() - started;
  if (!(error instanceof TimeoutError)) throw error;
  check(error.kind === "timeout", `expected kind 'timeout', got ${error.kind}`);
  check(elapsed < 10_000, `the ${FIXTURE.timeoutMs} ms timeout took ${elapsed} ms`);
  assertNoSecrets(error, "timeout error");
}

async function pagination(base: string): Promise<void> {
  const dynamiq = createDynamiqClient({ ...common, token: FIXTURE.dynamiqToken, baseUrl: `${base}/dynamiq` });
  const ids: string[] = [];
  for await (const item of dynamiq.items("/v1/conversations", { params: { query: { page_size: FIXTURE.pageSize } } })) {
    ids.push(item.id);
    check(ids.length <= FIXTURE.conversationCount * 2, "items() does not stop");
  }
  check(ids.length === FIXTURE.conversationCount, `expected ${FIXTURE.conversationCount} items over 3 pages, got ${ids.length}`);
  check(new Set(ids).size === ids.length, "items() repeated an item");
}

async function tokenExchange(base: string): Promise<void> {
  const pipedream = createPipedreamClient({
    ...common,
    clientId: FIXTURE.pipedreamClientId,
    clientSecret: FIXTURE.pipedreamClientSecret,
    baseUrl: `${base}/pipedream`,
  });
  // The server answers 200 only with the bearer it issued at POST /oauth/token.
  const { data } = await pipedream.GET("/users/me");
  check(data.data.username === FIXTURE.username, `unexpected user ${JSON.stringify(data).slice(0, 120)}`);
  // An upstream that echoes the bearer and the client secret: neither may reach the error.
  const error = await expectThrow(
    () => pipedream.GET("/apps/{app_id}", { params: { path: { app_id: "app_leak" } } }),
    "GET of a forbidden app",
  );
  if (!(error instanceof ApiClientError)) throw error;
  check(
    error.kind === "api" && pipedream.isApiError(error) && error.status === 403,
    `expected a 403 ApiError, got ${describeError(error)}`,
  );
  assertNoSecrets(error, "403 error echoing the credentials");
}

const RUNNERS: Record<ScenarioId, (base: string) => Promise<void>> = {
  a: typedCall,
  b: typedError,
  c: timeout,
  d: pagination,
  e: tokenExchange,
};

/** Runs every scenario in turn; a failure is reported with the first line of its error. */
export async function runScenarios(base: string): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const { id } of SCENARIOS) {
    try {
      await RUNNERS[id](base);
      results.push({ id, ok: true, error: "" });
    } catch (error) {
      let text = describeError(error);
      for (const secret of SECRETS) text = text.split(secret).join("[secret]");
      results.push({ id, ok: false, error: text });
    }
  }
  return results;
}
