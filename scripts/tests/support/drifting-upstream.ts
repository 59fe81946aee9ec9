// Test helper: a local upstream that answers the Patchworks and Dynamiq specs' paths, drifting
// from them on purpose, and records what reached it.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../../lib/spec/apis.js";

export const SECRET = "pw-live-SECRET-7f3a9c1e5b";
export const OTHER_SECRET = "dq-live-SECRET-0b2d4f6a8c";
export const patchworksSpec = join(repoRoot, "specs/patchworks.yaml");
const dynamiqSpec = join(repoRoot, "specs/dynamiq.yaml");

type Json = Record<string, unknown>;
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Json)[k] : undefined), value);
const clone = <T>(value: T): T => structuredClone(value);

// The answers the specs document, taken from their own examples.
const patchworks: unknown = parse(readFileSync(patchworksSpec, "utf8"));
const dynamiq: unknown = parse(readFileSync(dynamiqSpec, "utf8"));
const callbackList = at(
  patchworks,
  "paths",
  "/api/v1/flows/{flow}/callbacks",
  "get",
  "responses",
  "200",
  "content",
  "application/json",
  "examples",
  "onePage",
  "value",
) as Json;
const oneCallback = at(
  patchworks,
  "components",
  "responses",
  "FlowCallback",
  "content",
  "application/json",
  "examples",
  "callback",
  "value",
) as Json;
const deleted = at(
  patchworks,
  "paths",
  "/api/v1/flows/{flow}/callbacks/{callback}",
  "delete",
  "responses",
  "200",
  "content",
  "application/json",
  "examples",
  "deleted",
  "value",
) as Json;
const conversations = at(
  dynamiq,
  "paths",
  "/v1/conversations",
  "get",
  "responses",
  "200",
  "content",
  "application/json",
  "examples",
  "firstPage",
  "value",
) as Json;

export type Mode = "asSpecified" | "dropsField" | "dropsOptionalField" | "addsField" | "wrongType" | "teapot" | "html" | "notImplemented";

/** A server that answers the spec's paths, drifting as `mode` says, and records what reached it (`listen()` in beforeAll, `close()` in afterAll). */
export function driftingUpstream() {
  const state = { mode: "asSpecified" as Mode, seen: [] as { method: string; url: string; authorization?: string }[] };
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    state.seen.push({ method, url: req.url ?? "/", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (method === "GET" && path === "/v1/conversations") return json(res, 200, conversations);
    if (method === "GET" && /^\/api\/v1\/flows\/\d+\/callbacks$/.test(path)) {
      const body = clone(callbackList) as { data: Json[] };
      switch (state.mode) {
        case "dropsField":
          delete body.data[0]?.["flow_id"];
          return json(res, 200, body);
        case "dropsOptionalField":
          delete body.data[0]?.["url"];
          return json(res, 200, body);
        case "addsField":
          if (body.data[0]) body.data[0]["retry_policy"] = { attempts: 3 };
          return json(res, 200, body);
        case "wrongType":
          if (body.data[0]) body.data[0]["id"] = "101";
          return json(res, 200, body);
        case "teapot":
          return json(res, 418, { message: "I'm a teapot" });
        case "html":
          res.writeHead(200, { "content-type": "text/html" });
          return res.end("<html><body>callbacks</body></html>");
        case "notImplemented":
          return json(res, 501, { message: "Not implemented" });
        default:
          return json(res, 200, body);
      }
    }
    if (
      (method === "POST" && /^\/api\/v1\/flows\/\d+\/callbacks$/.test(path)) ||
      (method === "PUT" && /^\/api\/v1\/flows\/\d+\/callbacks\/\d+$/.test(path))
    ) {
      return json(res, 200, oneCallback);
    }
    if (method === "DELETE" && /^\/api\/v1\/flows\/\d+\/callbacks\/\d+$/.test(path)) return json(res, 200, deleted);
    return json(res, 404, { message: "Not found" });
  });
  return {
    state,
    /** Listens on 127.0.0.1 and a free port; resolves to the base URL. */
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    /** Stops listening, ending kept-alive connections. */
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** process.env without any API's variable (BP_*, PIPEDRIVE_*, …), plus `extra`. */
export function envWith(extra: Record<string, string>): Record<string, string> {
  const credential = /^(BP|BOTPRESS|DYNAMIQ|PIPEDRIVE|PATCHWORKS|PIPEDREAM)_/;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !credential.test(e[0])),
  );
  return { ...clean, ...extra };
}
