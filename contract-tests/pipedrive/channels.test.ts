// Pipedrive "Channels" operations (the spec's tag) against the mock of specs/pipedrive.yaml.
import { describe, expect, it } from "vitest";
import { expectApiError, expectRequestRejected, preferStatus } from "../support/helpers.js";
import { client, anonymous, channel, message, conversationPath } from "../support/pipedrive.js";

describe("addChannel POST /v1/channels", () => {
  it("registers a channel", async () => {
    const { data, response } = await client.POST("/v1/channels", { body: { ...channel, template_support: true } });
    expect(response.status).toBe(200);
    expect(data.success).toBe(true);
    expect(data.data.provider_channel_id).toBe("wa-5551234");
    expect(data.data.provider_type).toBe("other");
  });
  it.each([400, 401, 403, 429])("documents HTTP %i with the Pipedrive error body", async (status) => {
    const error = await expectApiError(client.POST("/v1/channels", { body: channel, ...preferStatus(status) }), status, client.isApiError);
    expect(error.body.success).toBe(false);
    expect(error.body.error).toEqual(expect.any(String));
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/v1/channels", { body: channel }), 401, anonymous.isApiError);
  });
  it("is refused by request validation when a required field is missing", async () => {
    // @ts-expect-error provider_channel_id is required: the generated types refuse this call too
    await expectRequestRejected(client.POST("/v1/channels", { body: { name: "no id" } }), {
      at: ["body"],
      mentions: "provider_channel_id",
      status: 400,
    });
  });
  it("accepts the provider_type values of the vendor SDK beyond the document's `other`", async () => {
    for (const provider_type of ["facebook", "whatsapp"] as const) {
      const { response } = await client.POST("/v1/channels", { body: { ...channel, provider_type } });
      expect(response.status).toBe(200);
    }
  });
  it("is refused by request validation for a value outside the enum", async () => {
    // @ts-expect-error "telegram" is neither in the document nor in the vendor SDK's provider_type values
    await expectRequestRejected(client.POST("/v1/channels", { body: { ...channel, provider_type: "telegram" } }), {
      at: ["body", "provider_type"],
      status: 400,
    });
  });
});

describe("receiveMessage POST /v1/channels/messages/receive", () => {
  it("adds a message", async () => {
    const { data, response } = await client.POST("/v1/channels/messages/receive", { body: message });
    expect(response.status).toBe(200);
    expect(data.data?.status).toBe("delivered");
    expect(data.data?.attachments?.[0]?.url).toMatch(/^https:/);
  });
  it.each([400, 401, 404, 429])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.POST("/v1/channels/messages/receive", { body: message, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.success).toBe(false);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.POST("/v1/channels/messages/receive", { body: message }), 401, anonymous.isApiError);
  });
  it("is refused by request validation for a misspelled field", async () => {
    const { message: _body, ...rest } = message;
    // @ts-expect-error "mesage" is not a field; "message" is required
    await expectRequestRejected(client.POST("/v1/channels/messages/receive", { body: { ...rest, mesage: "typo" } }), {
      at: ["body"],
      mentions: "mesage",
      status: 400,
    });
  });
});

describe("deleteChannel DELETE /v1/channels/{id}", () => {
  it("deletes a channel", async () => {
    const { data, response } = await client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-5551234" } } });
    expect(response.status).toBe(200);
    expect(data.success).toBe(true);
  });
  it.each([401, 403, 404, 429])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } }, ...preferStatus(status) }),
      status,
      client.isApiError,
    );
    expect(error.body.success).toBe(false);
  });
  it("is refused without credentials", async () => {
    await expectApiError(anonymous.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } }), 401, anonymous.isApiError);
  });
  it("encodes an id with reserved characters into one path segment", async () => {
    const { response } = await client.DELETE("/v1/channels/{id}", { params: { path: { id: "a/b?c#d" } } });
    expect(response.status).toBe(200);
  });
});

describe("deleteConversation DELETE /v1/channels/{channel-id}/conversations/{conversation-id}", () => {
  it("deletes a conversation", async () => {
    const { data, response } = await client.DELETE("/v1/channels/{channel-id}/conversations/{conversation-id}", {
      params: { path: conversationPath },
    });
    expect(response.status).toBe(200);
    expect(data.success).toBe(true);
  });
  it.each([401, 403, 404, 429])("documents HTTP %i", async (status) => {
    const error = await expectApiError(
      client.DELETE("/v1/channels/{channel-id}/conversations/{conversation-id}", {
        params: { path: conversationPath },
        ...preferStatus(status),
      }),
      status,
      client.isApiError,
    );
    expect(error.body.error).toEqual(expect.any(String));
  });
  it("is refused without credentials", async () => {
    await expectApiError(
      anonymous.DELETE("/v1/channels/{channel-id}/conversations/{conversation-id}", { params: { path: conversationPath } }),
      401,
      anonymous.isApiError,
    );
  });
});
