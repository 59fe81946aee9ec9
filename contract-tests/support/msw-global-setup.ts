// The `contract-msw` project: the contract tests again, answered by the validating MSW handlers
// (src/msw) instead of Prism, so both must give the same answers and the same refusals.
// Each API gets a local HTTP server on 127.0.0.1 whose every request is answered by the handlers
// (msw's getResponse: the handlers' own answers, without intercepting this process's fetch): the
// contract clients keep their default undici transport, which MSW's interception cannot see.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type HttpHandler } from "msw";
import type { TestProject } from "vitest/node";
import { MOCK_APIS, type MockApi } from "../../src/mock/apis.js";
import { basePathOf } from "../../src/mock/base-path.js";
import { loadSpec } from "../../src/mock/apis.js";
import { createMswHandlers } from "../../src/msw/index.js";

async function toRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  return new Request(new URL(request.url ?? "/", origin), { method: request.method ?? "GET", headers, ...(body ? { body } : {}) });
}

async function answer(handlers: HttpHandler[], request: Request, response: ServerResponse): Promise<void> {
  const answered = await getResponse(handlers, request);
  if (!answered) {
    // Every request must reach a handler: the kit refuses what the spec does not know itself.
    response.writeHead(599, { "content-type": "text/plain" }).end(`no MSW handler answered ${request.method} ${request.url}`);
    return;
  }
  response.writeHead(answered.status, Object.fromEntries(answered.headers));
  response.end(Buffer.from(await answered.arrayBuffer()));
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const mockUrls: Partial<Record<MockApi, string>> = {};
  const routes = new Map<Server, HttpHandler[]>();
  for (const api of MOCK_APIS) {
    const server = createServer((request, response) => {
      const origin = `http://${request.headers.host ?? "127.0.0.1"}`;
      void toRequest(request, origin)
        .then((fetchRequest) => answer(routes.get(server) ?? [], fetchRequest, response))
        .catch((error: unknown) => response.writeHead(598).end(String(error)));
    });
    servers.push(server);
    mockUrls[api] = `${await listen(server)}${basePathOf(await loadSpec(api))}`;
  }
  const kit = await createMswHandlers({ baseUrls: mockUrls });
  // One handler per API, in MOCK_APIS order, like the servers.
  for (const [index, server] of servers.entries()) routes.set(server, kit.handlers.slice(index, index + 1));
  project.provide("mockUrls", mockUrls as Record<string, string>);
  return async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  };
}
