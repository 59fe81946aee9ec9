// A pass-through HTTP proxy in front of a mock that records what reached it and what it
// answered. The coverage gate counts these records, not test names.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Observation {
  api: string;
  method: string;
  /** Path without the query string, as it reached the mock. */
  path: string;
  status: number;
  /** Prism's `sl-violations` header, when it found problems with the request. */
  violations?: string;
}

export interface RecordingProxy {
  url: string;
  stop(): Promise<void>;
}

export async function startRecordingProxy(api: string, target: string, record: (o: Observation) => void): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? "/";
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path,
        headers: { ...incoming.headers, host: upstream.host } satisfies IncomingHttpHeaders,
      },
      (answer) => {
        const violations = answer.headers["sl-violations"];
        record({
          api,
          method: (incoming.method ?? "GET").toUpperCase(),
          path: decodeURI(path.split("?")[0] ?? "/"),
          status: answer.statusCode ?? 0,
          ...(typeof violations === "string" ? { violations } : {}),
        });
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", (error) => {
      outgoing.writeHead(502, { "content-type": "text/plain" });
      outgoing.end(`recording proxy: upstream failed: ${error.message}`);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
