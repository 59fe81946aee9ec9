// Runs in headless Chromium (bundled by msw-browser.ts): the validating MSW handlers of
// typed-api-clients/msw behind MSW's service worker (setupWorker), driven through the clients'
// default browser transport (fetch). Returns the name of each check that failed.
import { setupWorker } from "msw/browser";
import { ApiError } from "../../src/core/index.js";
import { createMswHandlers } from "../../src/msw/index.js";
import { createPipedreamClient } from "../../src/pipedream.js";
import { createPipedriveClient } from "../../src/pipedrive.js";

/** Loopback base URLs the handlers answer at (their servers see a request only if MSW missed it). */
export interface MswScenarioUrls {
  pipedrive: string;
  pipedream: string;
}

async function refusal(call: Promise<unknown>): Promise<ApiError | undefined> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof ApiError ? error : undefined;
}

export async function runMswScenario(urls: MswScenarioUrls): Promise<{ passed: string[]; failed: string[] }> {
  const kit = await createMswHandlers({
    apis: ["pipedrive", "pipedream"],
    baseUrls: urls,
    overrides: { pipedrive: { deleteChannel: { status: 404, delayMs: 20 } } },
  });
  const worker = setupWorker(...kit.handlers);
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "error", quiet: true });
  const pipedrive = createPipedriveClient({ token: "browser-token", baseUrl: urls.pipedrive, retry: false });
  const pipedream = createPipedreamClient({ token: "browser-token", baseUrl: urls.pipedream, retry: false });
  const checks: Record<string, () => Promise<boolean>> = {
    "answer from the spec's example": async () => {
      const { data } = await pipedrive.POST("/v1/channels", { body: { name: "Acme", provider_channel_id: "wa-1" } });
      return data.data.id === "8f0c7d7e-3c1a-4b8e-9d5f-2a6b7c8d9e0f";
    },
    "refusal naming the violation": async () => {
      const body = { name: "Acme", provider_channel_id: "wa-1", provider_type: "telegram" as "other" };
      const error = await refusal(pipedrive.POST("/v1/channels", { body }));
      return error?.status === 400 && error.message.includes("body.provider_type must be equal to one of the allowed values");
    },
    "override with a delay": async () =>
      (await refusal(pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "x" } } })))?.status === 404,
    "base path /v1": async () => (await pipedream.GET("/users/me")).data.data.username === "dylburger",
    "unknown route refused": async () => {
      const answer = await fetch(`${urls.pipedrive}/v1/nothing`, { headers: { authorization: "Bearer t" } });
      return answer.status === 404 && ((await answer.json()) as { error: string }).error.includes("no operation of the pipedrive spec");
    },
  };
  const passed: string[] = [];
  const failed: string[] = [];
  for (const [name, check] of Object.entries(checks)) {
    const ok = await check().catch((error: unknown) => {
      failed.push(`${name}: ${String(error)}`);
      return undefined;
    });
    if (ok === true) passed.push(name);
    else if (ok === false) failed.push(name);
  }
  if (kit.requests.length !== 5) failed.push(`requests recorded: ${kit.requests.length}, expected 5`);
  worker.stop();
  return { passed, failed };
}
