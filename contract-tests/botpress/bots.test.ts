// Botpress "Bots" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, it } from "vitest";
import { expectRequestRejected } from "../support/helpers.js";
import {
  BOT_ID,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingWorkspaceId,
  bot,
} from "../support/botpress.js";

describe("listBots GET /v1/admin/bots", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/bots", extra);
  it("lists a page of Bots", async () => {
    const { data, response } = await client.GET("/v1/admin/bots");
    expect(response.status).toBe(200);
    expect(data.bots.map((b) => b.name)).toEqual(["support-bot"]);
    expect(data.bots[0]?.dev).toBe(false);
    expect(data.bots[0]?.deployedAt).toBeUndefined();
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/bots"), missingWorkspaceId);
  });
});

describe("createBot POST /v1/admin/bots", () => {
  const body = { name: "support-bot", code: "exports.handler = async () => {}", tags: { team: "support" }, dev: false };
  const call: Call = (c, extra) => c.POST("/v1/admin/bots", { body, ...extra });
  it("creates a Bot", async () => {
    const { data, response } = await client.POST("/v1/admin/bots", { body });
    expect(response.status).toBe(200);
    expect(data.bot.id).toBe(BOT_ID);
    expect(data.bot.signingSecret).toBe("bp_sign_3c0f7a1e9d2b4c6a8e0f");
    expect(data.bot.tags).toEqual({ team: "support" });
  });
  itDocumentsErrors([400, 401, 403, 413, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when dev is not a boolean", async () => {
    // @ts-expect-error dev is a boolean
    await expectRequestRejected(client.POST("/v1/admin/bots", { body: { dev: "false" } }), { at: ["body", "dev"], status: 400 });
  });
});

describe("getBot GET /v1/admin/bots/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}", { ...bot, ...extra });
  it("gets a Bot", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}", bot);
    expect(response.status).toBe(200);
    expect(data.bot.name).toBe("support-bot");
    expect(data.bot.deployedAt).toBe("2024-05-14T08:12:09.000Z");
    expect(data.bot.createdBy).toBe("user_01HZZ1A2B3C4D5E6F7G8H9J0K1");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/bots/{id}", bot), missingWorkspaceId);
  });
});

describe("updateBot PUT /v1/admin/bots/{id}", () => {
  const body = { name: "support-bot-v2", blocked: true, authentication: "iam", integrations: {} } as const;
  const call: Call = (c, extra) => c.PUT("/v1/admin/bots/{id}", { ...bot, body, ...extra });
  it("updates a Bot", async () => {
    const { data, response } = await client.PUT("/v1/admin/bots/{id}", { ...bot, body });
    expect(response.status).toBe(200);
    expect(data.bot.id).toBe(BOT_ID);
    expect(data.bot.medias).toEqual([]);
  });
  itDocumentsErrors([400, 401, 403, 404, 413, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for an authentication outside the enum", async () => {
    // @ts-expect-error "oauth" is not a bot authentication type
    await expectRequestRejected(client.PUT("/v1/admin/bots/{id}", { ...bot, body: { authentication: "oauth" } }), {
      at: ["body", "authentication"],
      status: 400,
    });
  });
});

describe("deleteBot DELETE /v1/admin/bots/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/admin/bots/{id}", { ...bot, ...extra });
  it("deletes a Bot", async () => {
    const { data, response } = await client.DELETE("/v1/admin/bots/{id}", bot);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/admin/bots/{id}", bot), missingWorkspaceId);
  });
});

describe("transferBot POST /v1/admin/bots/{id}/transfer", () => {
  const body = { targetWorkspaceId: "wkspace_01J0B7C9D1E3F5G7H9J1K3M5N7" };
  const call: Call = (c, extra) => c.POST("/v1/admin/bots/{id}/transfer", { ...bot, body, ...extra });
  it("transfers a Bot", async () => {
    const { data, response } = await client.POST("/v1/admin/bots/{id}/transfer", { ...bot, body });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when targetWorkspaceId is missing", async () => {
    // @ts-expect-error targetWorkspaceId is required
    await expectRequestRejected(client.POST("/v1/admin/bots/{id}/transfer", { ...bot, body: {} }), {
      at: ["body"],
      mentions: "targetWorkspaceId",
      status: 400,
    });
  });
});

describe("getBotLogs GET /v1/admin/bots/{id}/logs", () => {
  const logs = { params: { path: { id: BOT_ID }, query: { timeStart: "2024-05-14T00:00:00.000Z" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}/logs", { ...logs, ...extra });
  it("gets a Bot's logs", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}/logs", logs);
    expect(response.status).toBe(200);
    expect(data.logs).toHaveLength(1);
    expect(data.logs[0]?.["message"]).toBe("Message handled");
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-workspace-id", async () => {
    // @ts-expect-error a client without workspaceId must pass x-workspace-id itself
    await expectRequestRejected(unscoped.GET("/v1/admin/bots/{id}/logs", logs), missingWorkspaceId);
  });
  it("is refused by request validation without timeStart (the vendor's API definition requires it)", async () => {
    // @ts-expect-error timeStart is required
    await expectRequestRejected(client.GET("/v1/admin/bots/{id}/logs", bot), { at: ["query"], mentions: "timestart", status: 400 });
  });
  it("reads the next page's token at the top level of the answer", async () => {
    const { data } = await client.GET("/v1/admin/bots/{id}/logs", logs);
    const next: string | undefined = data.nextToken;
    expect(next).toBeUndefined();
  });
});

describe("getBotWebchat GET /v1/admin/bots/{id}/webchat", () => {
  const webchat = { params: { path: { id: BOT_ID }, query: { type: "inject" } } };
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}/webchat", { ...webchat, ...extra });
  it("gets a Bot's webchat code", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}/webchat", webchat);
    expect(response.status).toBe(200);
    expect(data.code).toBe('<script src="https://cdn.botpress.cloud/webchat/v1/inject.js"></script>');
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when the type query is missing", async () => {
    // @ts-expect-error the type query parameter is required
    await expectRequestRejected(client.GET("/v1/admin/bots/{id}/webchat", bot), { at: ["query"], mentions: "type", status: 400 });
  });
});

describe("getBotAnalytics GET /v1/admin/bots/{id}/analytics", () => {
  const range = { startDate: "2024-05-01T00:00:00.000Z", endDate: "2024-05-02T00:00:00.000Z" };
  const call: Call = (c, extra) => c.GET("/v1/admin/bots/{id}/analytics", { params: { path: { id: BOT_ID }, query: range }, ...extra });
  it("gets a Bot's analytics records", async () => {
    const { data, response } = await client.GET("/v1/admin/bots/{id}/analytics", { params: { path: { id: BOT_ID }, query: range } });
    expect(response.status).toBe(200);
    expect(data.records).toHaveLength(1);
    expect(data.records[0]?.["sessions"]).toBe(58);
    expect(data.records[0]?.["startDateTimeUtc"]).toBe(range.startDate);
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("accepts a startDate in any spelling, as the vendor reference types it (a plain string)", async () => {
    // No date-time format: the document gives none, and the vendor reference and @botpress/client type it as a string.
    const { response } = await client.GET("/v1/admin/bots/{id}/analytics", {
      params: { path: { id: BOT_ID }, query: { ...range, startDate: "2024-05-01" } },
    });
    expect(response.status).toBe(200);
  });
  it("is refused by request validation without endDate", async () => {
    const { endDate: _omitted, ...startOnly } = range;
    // Prism reports query parameter names lowercased.
    await expectRequestRejected(
      // @ts-expect-error endDate is required
      client.GET("/v1/admin/bots/{id}/analytics", { params: { path: { id: BOT_ID }, query: startOnly } }),
      {
        at: ["query"],
        mentions: "enddate",
        status: 400,
      },
    );
  });
});
