// The Node transport: sends through undici when it loads, and through the fallback (fetch) when
// it cannot, e.g. in an application bundled without node_modules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetchDispatch } from "../../../internal/transport/fetch-dispatch.js";
import { createUndiciDispatch, sharedAgent } from "../../../internal/transport/undici-dispatch.js";
import type { WireRequest } from "../../../internal/transport/wire.js";
import { json, startFaultServer, type FaultServer } from "../../support/fault-server.js";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const request = (): WireRequest => ({
  method: "GET",
  url: `${server.url}/v1/things?a=1`,
  headers: { accept: "application/json" },
  body: undefined,
});

describe("undici dispatch", () => {
  it("sends through undici and reads the whole body", async () => {
    server.script(json(200, { ok: true }, { "x-request-id": "r1" }));
    let fellBack = false;
    const dispatch = createUndiciDispatch(sharedAgent, async () => {
      fellBack = true;
      throw new Error("not expected");
    });
    const response = await dispatch(request(), new AbortController().signal);
    expect(fellBack).toBe(false);
    expect(response.status).toBe(200);
    expect(response.headers["x-request-id"]).toBe("r1");
    expect(JSON.parse(new TextDecoder().decode(response.body ?? new Uint8Array()))).toEqual({ ok: true });
    expect(server.received[0]?.url).toBe("/v1/things?a=1");
  });

  it("falls back to fetch, on every call, when undici cannot be loaded", async () => {
    server.script(json(200, { via: "fetch" }));
    let loads = 0;
    const dispatch = createUndiciDispatch(sharedAgent, createFetchDispatch(), () => {
      loads++;
      return Promise.reject(new Error("Cannot find package 'undici'"));
    });
    for (let i = 0; i < 3; i++) {
      const response = await dispatch(request(), new AbortController().signal);
      expect(JSON.parse(new TextDecoder().decode(response.body ?? new Uint8Array()))).toEqual({ via: "fetch" });
    }
    expect(loads).toBe(1);
  });
});
