// A Prism validating proxy (what `prism proxy <spec> <upstream>` serves) in this process, on
// 127.0.0.1 and a free port, for the live contract check. In-process rather than the Prism CLI in
// a child: no process to start (a second or more of CPU each) or to outlive its parent, and Prism's
// log of a request (the upstream's real status) is written before its answer leaves, so reading
// it needs no wait.
import { channel } from "node:diagnostics_channel";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadPrism } from "../../../src/mock/prism.js";

export interface PrismServer {
  url: string;
  /** Everything Prism logged so far, one JSON line per entry (its messages, for error reports). */
  output(): string;
  /** Stops the server, ending open keep-alive connections. Safe to call twice. */
  stop(): Promise<void>;
}

/** Upstreams of the proxies started and not yet stopped (tests check that none is left behind). */
const open = new Map<PrismServer, string>();
export function openProxies(): string[] {
  return [...open.values()];
}

/** Starts a validating proxy of `specPath` in front of `upstream`, configured as the Prism CLI's `proxy` command. */
export async function startProxy(specPath: string, upstream: string): Promise<PrismServer> {
  const prism = await loadPrism();
  let output = "";
  // pino writes each line to this destination synchronously, as it logs.
  const destination = {
    write(line: string): void {
      output += line;
    },
  };
  const logger = prism.createLogger("PROXY", { level: "info" }, destination);
  const operations = await prism.getHttpOperationsFromSpec(specPath);
  if (operations.length === 0) throw new Error(`${specPath}: Prism found no operations in the spec`);
  const server = prism.createServer(operations, {
    cors: true,
    // The CLI's `proxy` defaults (@stoplight/prism-cli's createServer): validation on both sides,
    // security checks, static examples for the mocked answer that replaces an upstream 501.
    config: {
      isProxy: true,
      upstream: new URL(upstream),
      upstreamProxy: undefined,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      mock: { dynamic: false },
    },
    components: { logger: logger.child({ name: "HTTP SERVER" }) },
  });
  const address = await server.listen(0, "127.0.0.1");
  const port = Number(/:(\d+)$/.exec(address)?.[1]);

  // Prism hides its http.Server; the diagnostics channel hands it over with each request, so
  // stop() can end the client's idle keep-alive connections instead of waiting for them to time out.
  const servers = new Set<Server>();
  const requests = channel("http.server.request.start");
  const onRequest = (message: unknown): void => {
    const { server: handle } = message as { server: Server };
    if ((handle.address() as AddressInfo | null)?.port === port) servers.add(handle);
  };
  requests.subscribe(onRequest);

  let stopped: Promise<void> | undefined;
  const proxy: PrismServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop() {
      stopped ??= (async () => {
        const closing = server.close();
        for (const handle of servers) handle.closeAllConnections();
        await closing;
        requests.unsubscribe(onRequest);
        open.delete(proxy);
      })();
      return stopped;
    },
  };
  open.set(proxy, upstream);
  return proxy;
}
