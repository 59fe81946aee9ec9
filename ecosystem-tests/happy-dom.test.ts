// @vitest-environment happy-dom
// A client under vitest's happy-dom environment: Node with a DOM shim on its globals. It is still
// Node (the User-Agent is sent), and the mock leaves nothing behind that resolves against the
// page's location (http://localhost:3000).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { isBrowser } from "../src/core/internal/platform.js";
import { startMock } from "../src/mock/index.js";
import { createPipedriveClient } from "../src/pipedrive.js";

// The DOM globals the environment adds (this project compiles without the DOM lib).
const dom = globalThis as unknown as { document?: object; XMLHttpRequest: { prototype: { open(method: string, url: string): void } } };

describe("under happy-dom", () => {
  it("is told apart from a browser, and sends its User-Agent", async () => {
    expect(typeof dom.document).toBe("object");
    expect(isBrowser()).toBe(false);
    const agents: (string | undefined)[] = [];
    const server = createServer((request, response) => {
      agents.push(request.headers["user-agent"]);
      response.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const client = createPipedriveClient({
        token: "t",
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        retry: false,
      });
      await client.DELETE("/v1/channels/{id}", { params: { path: { id: "wa-1" } } });
    } finally {
      server.close();
    }
    expect(agents).toHaveLength(1);
    expect(agents[0]).toMatch(/^typed-api-clients\/\S+ \(pipedrive; node v/);
  });

  it("talks to startMock without a request against the page's location", async () => {
    // Prism's source-map support fetched every stack frame's file with a synchronous XHR
    // resolved against http://localhost:3000 (each one a child process, the last one an
    // ECONNREFUSED printed after the run).
    const open = vi.spyOn(dom.XMLHttpRequest.prototype, "open");
    const mock = await startMock({ apis: ["pipedrive"] });
    try {
      const client = createPipedriveClient({ token: "t", baseUrl: mock.urls.pipedrive, retry: false });
      const { data } = await client.POST("/v1/channels", { body: { name: "Acme", provider_channel_id: "wa-1" } });
      expect(data.success).toBe(true);
    } finally {
      await mock.close();
    }
    // Formatting a stack is what fetched the files; close() drops keep-alive sockets with errors.
    expect(new Error("a stack to format").stack).toContain("happy-dom.test.ts");
    expect(open).not.toHaveBeenCalled();
    // Loading Prism takes seconds on a loaded machine; only a hang should fail this.
  }, 120_000);
});
