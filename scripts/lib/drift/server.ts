// A local server that plays a real API which drifted on one operation (server plants).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { listOperations } from "../../../src/core/internal/openapi-document.js";
import type { ApiEntry } from "../spec/apis.js";
import { readSpec } from "../spec/load.js";
import type { ServerDrift } from "./plant-kit.js";
import { successExample, type Json } from "./spec-walk.js";

export async function startDriftingServer(api: ApiEntry, drift: ServerDrift): Promise<{ url: string; close: () => Promise<void> }> {
  const doc = readSpec(api.specPath) as Json;
  const target = listOperations(doc).find((op) => op.path === drift.path && op.method === drift.method.toLowerCase());
  const answer = drift.respond(target ? successExample(doc, target.operation) : {});
  const servers = Array.isArray(doc["servers"]) ? (doc["servers"] as Json[]) : [];
  const basePath = typeof servers[0]?.["url"] === "string" ? new URL(servers[0]["url"]).pathname.replace(/\/+$/, "") : "";
  const concrete = drift.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(drift.pathParams[name] ?? ""));
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path === `${basePath}${concrete}` || path === concrete) {
      response.writeHead(answer.status, { "content-type": answer.contentType });
      response.end(answer.body);
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
