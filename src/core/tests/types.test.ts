// Type-level tests of the core's type layer (types.ts, pagination's ItemOf), checked by tsc in
// `npm run typecheck`: each expectTypeOf fails to compile when a type drifts, and each
// expected-error directive fails when a call the types must refuse starts compiling.
import { describe, expectTypeOf, it } from "vitest";
import type { components as BotpressSchemas } from "../../../generated/botpress.js";
import type { components as DynamiqSchemas, paths as DynamiqPaths } from "../../../generated/dynamiq.js";
import type { components as PipedriveSchemas } from "../../../generated/pipedrive.js";
import { createBotpressClient } from "../../botpress.js";
import { createDynamiqClient, type DynamiqErrorBody } from "../../dynamiq.js";
import { createPipedriveClient } from "../../pipedrive.js";
import type { ApiClient, ApiError, CallResult, ItemOf, SuccessData } from "../index.js";

const pipedrive = createPipedriveClient({ token: "t", baseUrl: "http://127.0.0.1:1" });
const dynamiq = createDynamiqClient({ token: "t", baseUrl: "http://127.0.0.1:1" });
type Conversation = DynamiqSchemas["schemas"]["Conversation"];
type ConversationList = SuccessData<DynamiqPaths["/v1/conversations"]["get"], object>;

// Nothing below is ever called: the bodies are closures handed to expectTypeOf, so the file
// costs nothing at run time and everything at compile time.
describe("the type layer", () => {
  it("types data from the operation's success response", () => {
    const addChannel = () => pipedrive.POST("/v1/channels", { body: { name: "a", provider_channel_id: "b" } });
    expectTypeOf(addChannel).returns.resolves.toEqualTypeOf<CallResult<PipedriveSchemas["schemas"]["ChannelResponse"]>>();
    expectTypeOf<ConversationList["data"]>().toEqualTypeOf<Conversation[]>();
  });

  it("turns parseAs into the body type it asks for", () => {
    const download = () =>
      createBotpressClient({ token: "t", botId: "b" }).GET("/v1/storage/files/{id}/download", {
        params: { path: { id: "f" } },
        parseAs: "arrayBuffer",
      });
    expectTypeOf(download).returns.resolves.toHaveProperty("data").toEqualTypeOf<ArrayBuffer>();
  });

  it("requires the init argument exactly when the operation has required inputs", () => {
    expectTypeOf(() => dynamiq.GET("/v1/conversations")).toBeFunction();
    // @ts-expect-error the path parameter `id` is required
    expectTypeOf(() => pipedrive.DELETE("/v1/channels/{id}")).toBeFunction();
    // @ts-expect-error a misspelt body field
    expectTypeOf(() => pipedrive.POST("/v1/channels", { body: { name: "a", provider_channel_idd: "b" } })).toBeFunction();
    // @ts-expect-error not a path of this API
    expectTypeOf(() => pipedrive.GET("/v1/deals")).toBeFunction();
  });

  it("accepts the per-call options next to openapi-fetch's", () => {
    expectTypeOf(() =>
      dynamiq.GET("/v1/conversations", { timeoutMs: 5, retry: false, idempotent: true, signal: AbortSignal.abort() }),
    ).toBeFunction();
    // @ts-expect-error retry takes a policy or false
    expectTypeOf(() => dynamiq.GET("/v1/conversations", { retry: 3 })).toBeFunction();
  });

  it("ItemOf is the element type of a page's one array", () => {
    expectTypeOf<ItemOf<ConversationList>>().toEqualTypeOf<Conversation>();
    expectTypeOf(dynamiq.items("/v1/conversations")).toEqualTypeOf<AsyncIterableIterator<Conversation>>();
    expectTypeOf(dynamiq.pages("/v1/conversations")).toEqualTypeOf<AsyncIterableIterator<ConversationList>>();
  });

  it("isApiError narrows to the API's error body", () => {
    expectTypeOf(dynamiq.isApiError).guards.toEqualTypeOf<ApiError<DynamiqErrorBody>>();
  });

  it("raw keeps openapi-fetch's { data, error } shape", () => {
    const call = () => pipedrive.raw.DELETE("/v1/channels/{id}", { params: { path: { id: "x" } } });
    type Outcome = Awaited<ReturnType<typeof call>>;
    expectTypeOf<NonNullable<Outcome["error"]>>().toMatchTypeOf<{ success: false; error: string }>();
    expectTypeOf<NonNullable<Outcome["data"]>>().toEqualTypeOf<PipedriveSchemas["schemas"]["DeleteResponse"]>();
  });

  it("Botpress: x-bot-id is optional exactly when the client was given botId", () => {
    const withBot = createBotpressClient({ token: "t", botId: "bot_1" });
    const without = createBotpressClient({ token: "t" });
    expectTypeOf(() => withBot.GET("/v1/chat/conversations/{id}", { params: { path: { id: "c" } } })).toBeFunction();
    // @ts-expect-error without botId every chat call passes x-bot-id
    expectTypeOf(() => without.GET("/v1/chat/conversations/{id}", { params: { path: { id: "c" } } })).toBeFunction();
    expectTypeOf(withBot.GET).returns.resolves.not.toBeAny();
    expectTypeOf<BotpressSchemas["schemas"]["Conversation"]>().toHaveProperty("id");
  });

  it("ApiClient is assignable from every factory's client", () => {
    expectTypeOf(dynamiq).toMatchTypeOf<ApiClient<DynamiqPaths, DynamiqErrorBody>>();
  });
});
