// The type errors of the five common mistakes, compiled in one in-memory file through the
// TypeScript language service (with the project's compiler options): each must be reported, with
// the expected code, at most about 200 characters, naming the operation or field concerned.
// Also: hovering a client shows its short named type.
import { describe, expect, it } from "vitest";
import { virtualFile } from "../../scripts/lib/harness/virtual-file.js";
import { repoRoot } from "../../scripts/lib/spec/apis.js";
import { hover } from "../../scripts/print-completions.js";

/** Each mistake on its own line, tagged with a comment the test finds it by. */
const SOURCE = `import { createBotpressClient, type CreateConversationBody } from "../botpress.js";
import { createPipedriveClient } from "../pipedrive.js";
const botpress = createBotpressClient({ token: "t", botId: process.env.BP_BOT_ID });
const unscoped = createBotpressClient({ token: "t" });
const pipedrive = createPipedriveClient({ token: "t" });
export async function mistakes(id: string) {
  await botpress.getConversaton({ params: { path: { id } } }); // misspelt operation
  await botpress.getConversation({ params: { path: {} } }); // path parameter missing
  await botpress.GET("/v1/authenticate"); // POST-only path with GET
  await botpress.createConversation({ body: { chanel: "web", tags: {} } }); // wrong body field
  await pipedrive.addChannel({ body: { name: "n", provider_channel_id: "p", provider_type: "telegram" } }); // wrong enum
  await unscoped.getConversation({ params: { path: { id } } }); // x-bot-id missing
  await botpress.getConversation({ params: { path: { id } } }); // fine
  await botpress.listConversations.collect({}, { limit: 5 }); // fine
  const body: CreateConversationBody = { channel: "web", tags: {} }; // fine
  await botpress.createConversation({ body }); // fine
}
`;

const file = virtualFile(repoRoot, "src/tests/_operation-type-errors.ts", SOURCE);
const errors = file.errors();
const lineOf = (tag: string): number => SOURCE.split("\n").findIndex((line) => line.endsWith(`// ${tag}`)) + 1;
const errorsOn = (tag: string) => errors.filter((error) => error.line === lineOf(tag));

describe("type errors of common mistakes", () => {
  it.each([
    [
      "misspelt operation",
      2551,
      ["'getConversaton' does not exist on type 'BotpressClient<\"x-bot-id\">'", "Did you mean 'getConversation'?"],
    ],
    ["path parameter missing", 2741, ["Property 'id' is missing"]],
    ["POST-only path with GET", 2345, ['NoSuchMethod<"/v1/authenticate", "get">']],
    ["wrong body field", 2561, ["'chanel' does not exist in type 'CreateConversationBody'", "Did you mean to write 'channel'?"]],
    ["wrong enum", 2322, ['Type \'"telegram"\' is not assignable to type \'"facebook" | "whatsapp" | "other" | undefined\'']],
    ["x-bot-id missing", 2741, ["Property 'header' is missing", '"x-bot-id": string']],
  ] as const)("%s: TS%i naming it, short", (tag, code, fragments) => {
    const [error, ...more] = errorsOn(tag);
    expect(more).toEqual([]);
    expect(error?.code).toBe(code);
    for (const fragment of fragments) expect(error?.message).toContain(fragment);
    // An excess-property error prints the body's type: a generated interface per JSON body
    // (CreateConversationBody) keeps that a name, however many fields the body declares.
    expect(error?.message.length).toBeLessThanOrEqual(200);
  });
  it("reports nothing on the lines without a mistake, nor anywhere else", () => {
    const tagged = [
      "misspelt operation",
      "path parameter missing",
      "POST-only path with GET",
      "wrong body field",
      "wrong enum",
      "x-bot-id missing",
    ].map(lineOf);
    expect(errors.filter((error) => !tagged.includes(error.line))).toEqual([]);
  });
  it("shows a client's named type on hover", () => {
    expect(hover(file, "botpress")).toBe('const botpress: BotpressClient<"x-bot-id">');
  });
});
