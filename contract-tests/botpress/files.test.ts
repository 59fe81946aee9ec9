// Botpress "Files" operations (the spec's tag) against the mock of specs/botpress.yaml.
import { describe, expect, expectTypeOf, it } from "vitest";
import { InvalidResponseError } from "../../src/core/index.js";
import { expectRequestRejected } from "../support/helpers.js";
import {
  BOT_ID,
  FILE_ID,
  client,
  unscoped,
  type Call,
  itDocumentsErrors,
  itRefusesWithoutCredentials,
  missingBotId,
  file,
} from "../support/botpress.js";

describe("listFiles GET /v1/storage/files", () => {
  const files = { params: { query: { botId: BOT_ID } } };
  const call: Call = (c, extra) => c.GET("/v1/storage/files", { ...files, ...extra });
  it("lists a page of Files", async () => {
    const { data, response } = await client.GET("/v1/storage/files", files);
    expect(response.status).toBe(200);
    expect(data.files[0]?.name).toBe("report.pdf");
    expect(data.files[0]?.accessType).toBe("private");
    expect(data.files[0]?.size).toBe(102400);
  });
  itDocumentsErrors([400, 401, 403, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation when the botId query is missing", async () => {
    // Prism reports query parameter names lowercased.
    // @ts-expect-error the botId query parameter is required
    await expectRequestRejected(client.GET("/v1/storage/files"), { at: ["query"], mentions: "botid", status: 400 });
  });
});

describe("createFile POST /v1/storage/files", () => {
  const body = { botId: BOT_ID, contents: "aGVsbG8=", name: "my-image.jpg", accessType: "public" } as const;
  const call: Call = (c, extra) => c.POST("/v1/storage/files", { body, ...extra });
  it("creates a File", async () => {
    const { data, response } = await client.POST("/v1/storage/files", { body });
    expect(response.status).toBe(200);
    expect(data.file.id).toBe(FILE_ID);
    expect(data.file.accessType).toBe("public");
    expect(data.file.publicUrl).toBe(`https://files.botpress.cloud/${BOT_ID}/my-image.jpg`);
  });
  itDocumentsErrors([400, 401, 403, 413, 415, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation for an accessType outside the enum", async () => {
    // @ts-expect-error "shared" is not a file access type
    await expectRequestRejected(client.POST("/v1/storage/files", { body: { ...body, accessType: "shared" } }), {
      at: ["body", "accessType"],
      status: 400,
    });
  });
});

describe("getFile GET /v1/storage/files/{id}", () => {
  const call: Call = (c, extra) => c.GET("/v1/storage/files/{id}", { ...file, ...extra });
  it("gets a File's metadata", async () => {
    const { data, response } = await client.GET("/v1/storage/files/{id}", file);
    expect(response.status).toBe(200);
    expect(data.file.id).toBe(FILE_ID);
    expect(data.file.botId).toBe(BOT_ID);
    expect(data.file.size).toBe(48213);
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/storage/files/{id}", file), missingBotId);
  });
});

describe("deleteFile DELETE /v1/storage/files/{id}", () => {
  const call: Call = (c, extra) => c.DELETE("/v1/storage/files/{id}", { ...file, ...extra });
  it("deletes a File", async () => {
    const { data, response } = await client.DELETE("/v1/storage/files/{id}", file);
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.DELETE("/v1/storage/files/{id}", file), missingBotId);
  });
});

describe("downloadFile GET /v1/storage/files/{id}/download", () => {
  const call: Call = (c, extra) => c.GET("/v1/storage/files/{id}/download", { ...file, parseAs: "arrayBuffer", ...extra });
  it("returns the raw bytes as an ArrayBuffer", async () => {
    const { data, response } = await client.GET("/v1/storage/files/{id}/download", { ...file, parseAs: "arrayBuffer" });
    expectTypeOf(data).toEqualTypeOf<ArrayBuffer>();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect(data.byteLength).toBe(13);
    expect(new TextDecoder().decode(data)).toBe("Hello, world!");
  });
  it("refuses to read the bytes as JSON when parseAs is left out", async () => {
    await expect(client.GET("/v1/storage/files/{id}/download", file)).rejects.toBeInstanceOf(InvalidResponseError);
  });
  itDocumentsErrors([400, 401, 403, 404, 429, 500], call);
  itRefusesWithoutCredentials(call);
  it("is refused by request validation without x-bot-id", async () => {
    // @ts-expect-error a client without botId must pass x-bot-id itself
    await expectRequestRejected(unscoped.GET("/v1/storage/files/{id}/download", { ...file, parseAs: "arrayBuffer" }), missingBotId);
  });
});
