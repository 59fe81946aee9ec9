// for-await pagination over several pages, for each style, through the real factories.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotpressClient } from "../../botpress.js";
import { createDynamiqClient } from "../../dynamiq.js";
import { createPatchworksClient } from "../../patchworks.js";
import { createPipedreamClient } from "../../pipedream.js";
import { PaginationError, RequestValidationError } from "../index.js";
import { pagedServer, startFaultServer, type FaultServer } from "./support/fault-server.js";
import { transport } from "./support/transport.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("page-number pagination (Dynamiq)", () => {
  const serve = (total: number) =>
    pagedServer((query) => {
      const page = Number(query.get("page") ?? 1);
      const size = Number(query.get("page_size") ?? 20);
      const pageCount = Math.ceil(total / size);
      const data = Array.from({ length: Math.max(0, Math.min(size, total - (page - 1) * size)) }, (_, i) => ({
        id: uuid((page - 1) * size + i),
        created_at: "2026-11-20T09:15:00Z",
      }));
      return { data, pagination: { page, page_size: size, page_count: pageCount, total_count: total } };
    });
  const client = () => createDynamiqClient({ token: "dq", baseUrl: server.url, ...transport, retry: false });

  it("yields every item of every page, in order, and stops after the last page", async () => {
    server.script(serve(7));
    const ids: string[] = [];
    for await (const conversation of client().items("/v1/conversations", { params: { query: { page_size: 3, sort: "-created_at" } } })) {
      ids.push(conversation.id);
    }
    expect(ids).toEqual(Array.from({ length: 7 }, (_, i) => uuid(i)));
    expect(server.received.map((r) => r.url)).toEqual([
      "/v1/conversations?page_size=3&sort=-created_at",
      "/v1/conversations?page_size=3&sort=-created_at&page=2",
      "/v1/conversations?page_size=3&sort=-created_at&page=3",
    ]);
  });

  it("iterates page by page", async () => {
    server.script(serve(5));
    const sizes: number[] = [];
    for await (const page of client().pages("/v1/conversations", { params: { query: { page_size: 2 } } })) sizes.push(page.data.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it("an empty list is one request and no items", async () => {
    server.script(serve(0));
    const ids: string[] = [];
    for await (const conversation of client().items("/v1/conversations")) ids.push(conversation.id);
    expect(ids).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it("breaking out in the middle sends no further request", async () => {
    server.script(serve(100));
    const ids: string[] = [];
    for await (const conversation of client().items("/v1/conversations", { params: { query: { page_size: 10 } } })) {
      ids.push(conversation.id);
      if (ids.length === 15) break;
    }
    expect(ids).toHaveLength(15);
    expect(server.received).toHaveLength(2);
  });

  it("a server that keeps answering page 1 cannot loop forever", async () => {
    server.script(
      pagedServer(() => ({
        data: [{ id: uuid(1), created_at: "2026-11-20T09:15:00Z" }],
        pagination: { page: 1, page_size: 1, page_count: 3, total_count: 3 },
      })),
    );
    const ids: string[] = [];
    for await (const conversation of client().items("/v1/conversations", { params: { query: { page_size: 1 } } }))
      ids.push(conversation.id);
    expect(ids).toHaveLength(3);
    expect(server.received).toHaveLength(3);
  });
});

describe("page-number pagination, Laravel style (Patchworks)", () => {
  const serve = (total: number) =>
    pagedServer((query) => {
      const page = Number(query.get("page") ?? 1);
      const perPage = Number(query.get("per_page") ?? 15);
      const lastPage = Math.max(1, Math.ceil(total / perPage));
      const data = Array.from({ length: Math.max(0, Math.min(perPage, total - (page - 1) * perPage)) }, (_, i) => ({
        id: (page - 1) * perPage + i + 1,
        flow_id: 42,
        url: "https://example.com/hook",
        status: "active",
        format: "json",
      }));
      return {
        data,
        links: { first: null, last: null, prev: null, next: null },
        meta: { current_page: page, last_page: lastPage, per_page: perPage, total },
      };
    });
  const client = () => createPatchworksClient({ apiKey: "pw-key", baseUrl: server.url, ...transport, retry: false });

  it("follows meta.last_page across pages, through the factory", async () => {
    server.script(serve(5));
    const ids: number[] = [];
    for await (const callback of client().items("/api/v1/flows/{flow}/callbacks", {
      params: { path: { flow: "42" }, query: { per_page: 2 } },
    })) {
      ids.push(callback.id);
    }
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(server.received.map((r) => r.url)).toEqual([
      "/api/v1/flows/42/callbacks?per_page=2",
      "/api/v1/flows/42/callbacks?per_page=2&page=2",
      "/api/v1/flows/42/callbacks?per_page=2&page=3",
    ]);
  });
});

describe("cursor pagination (Pipedream)", () => {
  // Cursors are opaque to the client: here, the index of the last item served, base64-encoded.
  const serve = (total: number) =>
    pagedServer((query) => {
      const limit = Number(query.get("limit") ?? 10);
      const after = query.get("after");
      const start = after ? Number(Buffer.from(after, "base64").toString()) + 1 : 0;
      const data = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({ id: `dc_${start + i}` }));
      const end = start + data.length - 1;
      return {
        page_info: {
          total_count: total,
          count: data.length,
          start_cursor: Buffer.from(String(start)).toString("base64"),
          end_cursor: data.length ? Buffer.from(String(end)).toString("base64") : null,
        },
        data,
      };
    });
  const client = () => createPipedreamClient({ token: "pd-key", baseUrl: server.url, ...transport, retry: false });

  it("follows end_cursor through every page and stops at total_count", async () => {
    server.script(serve(25));
    const ids: string[] = [];
    for await (const source of client().items("/users/me/sources", { params: { query: { limit: 10 } } })) ids.push(source.id);
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => `dc_${i}`));
    expect(server.received.map((r) => new URL(r.url, "http://x").searchParams.get("after"))).toEqual([null, "OQ==", "MTk="]);
  });
  it("an empty list is one request", async () => {
    server.script(serve(0));
    const pages = [];
    for await (const page of client().pages("/users/me/sources")) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.data).toEqual([]);
  });
  it("breaking out in the middle sends no further request", async () => {
    server.script(serve(1000));
    let seen = 0;
    for await (const source of client().items("/users/me/sources", { params: { query: { limit: 100 } } })) {
      expect(source.id).toBe(`dc_${seen}`);
      if (++seen === 150) break;
    }
    expect(server.received).toHaveLength(2);
  });
});

describe("next-token pagination (Botpress)", () => {
  const serve = (total: number, pageSize: number) =>
    pagedServer((query) => {
      const start = Number(query.get("nextToken") ?? 0);
      const conversations = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) => ({
        id: `conv_${start + i}`,
        createdAt: "2026-11-20T09:15:00.000Z",
        updatedAt: "2026-11-20T09:15:00.000Z",
        channel: "channel",
        integration: "telegram",
        tags: {},
      }));
      const next = start + pageSize < total ? String(start + pageSize) : undefined;
      return { conversations, meta: next ? { nextToken: next } : {} };
    });
  const client = () => createBotpressClient({ token: "bp-token", botId: "bot_1", baseUrl: server.url, ...transport, retry: false });

  it("follows meta.nextToken until it is absent, sending x-bot-id on every page", async () => {
    server.script(serve(12, 5));
    const ids: string[] = [];
    for await (const conversation of client().items("/v1/chat/conversations")) ids.push(conversation.id);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `conv_${i}`));
    expect(server.received.map((r) => new URL(r.url, "http://x").searchParams.get("nextToken"))).toEqual([null, "5", "10"]);
    expect(new Set(server.received.map((r) => r.headers["x-bot-id"]))).toEqual(new Set(["bot_1"]));
  });
  it("an empty list is one request", async () => {
    server.script(serve(0, 5));
    const ids: string[] = [];
    for await (const conversation of client().items("/v1/chat/conversations")) ids.push(conversation.id);
    expect(ids).toEqual([]);
    expect(server.received).toHaveLength(1);
  });
  it("breaking out in the middle sends no further request", async () => {
    server.script(serve(100, 10));
    for await (const page of client().pages("/v1/chat/conversations")) {
      expect(page.conversations).toHaveLength(10);
      if (server.received.length === 3) break;
    }
    expect(server.received).toHaveLength(3);
  });
  it("follows a top-level nextToken too, as the log endpoints return it", async () => {
    server.script(
      pagedServer((query) => {
        const start = Number(query.get("nextToken") ?? 0);
        const logs = Array.from({ length: start < 6 ? 3 : 1 }, (_, i) => ({ timestamp: "t", level: "info", message: `m${start + i}` }));
        return start < 6 ? { logs, nextToken: String(start + 3) } : { logs };
      }),
    );
    const logsClient = createBotpressClient({ token: "bp-token", workspaceId: "ws_1", baseUrl: server.url, ...transport, retry: false });
    const messages: string[] = [];
    for await (const entry of logsClient.items("/v1/admin/bots/{id}/logs", {
      params: { path: { id: "bot_1" }, query: { timeStart: "t0" } },
    }))
      messages.push(entry.message);
    expect(messages).toEqual(["m0", "m1", "m2", "m3", "m4", "m5", "m6"]);
    expect(server.received.map((r) => new URL(r.url, "http://x").searchParams.get("nextToken"))).toEqual([null, "3", "6"]);
  });
});

describe("a server that cycles, and the page cap", () => {
  const conversation = (id: string) => ({
    id,
    createdAt: "2026-11-20T09:15:00.000Z",
    updatedAt: "2026-11-20T09:15:00.000Z",
    channel: "channel",
    integration: "telegram",
    tags: {},
  });
  // Page after "" is c1, after c1 is c2, after c2 is c1 again: c1, c2, c1, … forever.
  const cycling = pagedServer((query) => {
    const token = query.get("nextToken");
    return { conversations: [conversation(`conv_${token ?? "first"}`)], meta: { nextToken: token === "c1" ? "c2" : "c1" } };
  });
  const client = () => createBotpressClient({ token: "bp-token", botId: "bot_1", baseUrl: server.url, ...transport, retry: false });

  it("a cursor cycle c1, c2, c1 ends with a PaginationError, not an endless loop", async () => {
    server.script(cycling);
    const ids: string[] = [];
    const error = await (async () => {
      // The cap on this loop only keeps a failing test from hanging.
      for await (const item of client().items("/v1/chat/conversations")) if (ids.push(item.id) > 50) break;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ kind: "pagination", reason: "repeated", pages: 3 });
    expect((error as PaginationError).message).toContain("repeated a cursor");
    expect(ids).toEqual(["conv_first", "conv_c1", "conv_c2"]);
    expect(server.received).toHaveLength(3);
  });

  it("maxPages stops the iteration with a PaginationError once that many pages were read", async () => {
    server.script(
      pagedServer((query) => {
        const start = Number(query.get("nextToken") ?? 0);
        return { conversations: [conversation(`conv_${start}`)], meta: { nextToken: String(start + 1) } };
      }),
    );
    const ids: string[] = [];
    const error = await (async () => {
      for await (const item of client().items("/v1/chat/conversations", { maxPages: 4 })) if (ids.push(item.id) > 50) break;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "pagination", reason: "max_pages", pages: 4 });
    expect(ids).toHaveLength(4);
    expect(server.received).toHaveLength(4);
  });

  it("maxPages must be a positive integer", async () => {
    const iterator = client().pages("/v1/chat/conversations", { maxPages: 0 });
    await expect(iterator.next()).rejects.toBeInstanceOf(RequestValidationError);
  });
});
