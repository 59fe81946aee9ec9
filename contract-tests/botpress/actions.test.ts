// Botpress "Actions" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import { MESSAGE_ID, client, type Call, itDocumentsErrors, itRefusesWithoutCredentials } from "../support/botpress.js";

describe("callAction POST /v1/chat/actions", () => {
  const body = { type: "slack:addReaction", input: { name: "thumbsup", messageId: MESSAGE_ID } };
  const call: Call = (c, extra) => c.POST("/v1/chat/actions", { body, ...extra });
  it("calls an action and returns its output", async () => {
    const { data, response } = await client.POST("/v1/chat/actions", { body });
    expect(response.status).toBe(200);
    expect(data.output).toEqual({ ok: true });
  });
  itDocumentsErrors([400, 401, 403, 405, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when input is missing", async () => {
    // @ts-expect-error input is required
    await expectRequestRejected(client.POST("/v1/chat/actions", { body: { type: "slack:addReaction" } }), {
      at: ["body"],
      mentions: "input",
      status: 400,
    });
  });
});
