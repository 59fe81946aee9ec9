// The tour's stops: each API's typical calls through its client. Against the local mock every
// stop runs with placeholder credentials; against the vendor (its credentials in the environment)
// only the read-only calls run, unless writes were allowed.
import { ApiError } from "../../../src/core/index.js";
import { createBotpressClient, BOTPRESS_ENV } from "../../../src/botpress.js";
import { createDynamiqClient, DYNAMIQ_ENV } from "../../../src/dynamiq.js";
import { createPatchworksClient, PATCHWORKS_ENV } from "../../../src/patchworks.js";
import { createPipedreamClient, PIPEDREAM_ENV } from "../../../src/pipedream.js";
import { createPipedriveClient, PIPEDRIVE_ENV } from "../../../src/pipedrive.js";
import type { MockApi } from "../../../src/mock/index.js";

export type Env = Readonly<Record<string, string | undefined>>;

export interface Stop {
  api: MockApi;
  /** The environment holds this API's credentials: the stop goes to the vendor. */
  hasCredentials(env: Env): boolean;
  /** `mockUrl` undefined: the vendor, with the client's options read from the environment. */
  run(where: { mockUrl: string | undefined; allowWrites: boolean; env: Env; say: (line: string) => void }): Promise<void>;
}

const isSet = (env: Env, name: string): boolean => (env[name] ?? "").trim() !== "";
/** Mock mode: the mock's URL (and a placeholder credential, given by each stop); vendor mode: all from the environment. */
const atMock = (mockUrl: string) => ({ baseUrl: mockUrl, retry: false as const });
/** Asks the mock for a documented error answer (Prism's `Prefer: code=N`). */
const preferStatus = (status: number) => ({ headers: { Prefer: `code=${status}` } });

const operationOf = (error: ApiError): string => (error.operation ? `${error.operation.method} ${error.operation.path}` : "the call");

const skippedWrite = (say: (line: string) => void, call: string): void =>
  say(`  (skipped ${call}: a write against the real API; pass --allow-writes to send it)`);

export const STOPS: Stop[] = [
  {
    api: "dynamiq",
    hasCredentials: (env) => isSet(env, DYNAMIQ_ENV.token),
    async run({ mockUrl, say }) {
      const dynamiq =
        mockUrl === undefined ? createDynamiqClient() : createDynamiqClient({ ...atMock(mockUrl), token: "tour-dynamiq-key" });
      let pages = 0;
      for await (const page of dynamiq.pages("/v1/conversations", { params: { query: { page_size: 2 } } })) {
        pages++;
        const titles = page.data.map((conversation) => `${conversation.id} (${conversation.title ?? "untitled"})`);
        say(`  page ${pages} (page_count ${page.pagination.page_count}): ${titles.join(", ")}`);
        if (pages === 5) break; // a real account can have many pages: the tour shows the first few
      }
      say(`  pagination: ${pages} pages through client.pages("/v1/conversations")`);
    },
  },
  {
    api: "pipedrive",
    hasCredentials: (env) => isSet(env, PIPEDRIVE_ENV.token),
    async run({ mockUrl, allowWrites, say }) {
      if (mockUrl === undefined && !allowWrites) return skippedWrite(say, "POST /v1/channels and DELETE /v1/channels/{id}");
      const pipedrive =
        mockUrl === undefined ? createPipedriveClient() : createPipedriveClient({ ...atMock(mockUrl), token: "tour-pipedrive-token" });
      const { data } = await pipedrive.POST("/v1/channels", { body: { name: "Tour WhatsApp", provider_channel_id: "wa-tour-1" } });
      say(`  POST /v1/channels → channel ${data.data.id} "${data.data.name}" (provider ${data.data.provider_type})`);
      if (mockUrl === undefined) return;
      try {
        await pipedrive.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-unknown" } }, ...preferStatus(404) });
        say("  DELETE of an unknown channel unexpectedly succeeded");
      } catch (error) {
        if (!pipedrive.isApiError(error)) throw error;
        say(`  typed error: ${error.name} ${error.status} from ${operationOf(error)}: body.error = "${error.body.error}"`);
      }
    },
  },
  {
    api: "patchworks",
    hasCredentials: (env) => isSet(env, PATCHWORKS_ENV.apiKey),
    async run({ mockUrl, say }) {
      const patchworks =
        mockUrl === undefined ? createPatchworksClient() : createPatchworksClient({ ...atMock(mockUrl), apiKey: "tour-patchworks-key" });
      const { data } = await patchworks.GET("/api/v1/flows/{flow}/callbacks", { params: { path: { flow: "42" }, query: { page: 1 } } });
      say(`  GET /api/v1/flows/42/callbacks → ${data.data.length} callbacks on page ${data.meta.current_page} of ${data.meta.last_page}`);
    },
  },
  {
    api: "pipedream",
    hasCredentials: (env) =>
      isSet(env, PIPEDREAM_ENV.token) || (isSet(env, PIPEDREAM_ENV.clientId) && isSet(env, PIPEDREAM_ENV.clientSecret)),
    async run({ mockUrl, say }) {
      // Client credentials: the client trades them at POST /oauth/token on first use.
      const pipedream =
        mockUrl === undefined
          ? createPipedreamClient()
          : createPipedreamClient({ ...atMock(mockUrl), clientId: "tour-client-id", clientSecret: "tour-client-secret" });
      const me = await pipedream.GET("/users/me");
      const exchanged = mockUrl === undefined ? "credentials from the environment" : "client credentials exchanged at POST /oauth/token";
      say(`  ${exchanged}, then GET /users/me → ${me.data.data.username} (${me.data.data.email})`);
      const ids: string[] = [];
      for await (const source of pipedream.items("/users/me/sources", { params: { query: { limit: 3 } } })) {
        ids.push(source.id);
        if (ids.length === 10) break;
      }
      say(`  sources through client.items("/users/me/sources"): ${ids.join(", ")}`);
    },
  },
  {
    api: "botpress",
    hasCredentials: (env) => isSet(env, BOTPRESS_ENV.token) && isSet(env, BOTPRESS_ENV.botId),
    async run({ mockUrl, env, say }) {
      const botId = mockUrl === undefined ? (env[BOTPRESS_ENV.botId] ?? "") : "tour-bot";
      const botpress =
        mockUrl === undefined
          ? createBotpressClient({ botId })
          : createBotpressClient({ ...atMock(mockUrl), token: "tour-botpress-token", botId });
      const { data } = await botpress.GET("/v1/chat/conversations");
      say(`  GET /v1/chat/conversations → ${data.conversations.length} conversations, next token ${data.meta.nextToken ?? "none"}`);
      if (mockUrl === undefined) return;
      try {
        await botpress.GET("/v1/chat/conversations/{id}", { params: { path: { id: "conv-unknown" } }, ...preferStatus(404) });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        say(`  typed error: ${error.name} ${error.status} from ${operationOf(error)}: ${error.message}`);
      }
    },
  },
];
