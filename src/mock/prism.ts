// Prism's modules, loaded lazily (they are optional peer dependencies: only the mock, and the
// repo's live-check proxy, need them).

/** Prism's server, spec reader and logger; the error names the packages to install when they are missing. */
export async function loadPrism(): Promise<{
  createServer: typeof import("@stoplight/prism-http-server").createServer;
  getHttpOperationsFromSpec: typeof import("@stoplight/prism-http").getHttpOperationsFromSpec;
  createLogger: typeof import("@stoplight/prism-core").createLogger;
}> {
  // Prism's HTTP server (micri) installs source-map-support on import, process-wide. Under a DOM
  // shim (happy-dom) that library believes it runs in a browser and fetches every stack frame's
  // file with a synchronous XHR against the page's location (http://localhost:3000): a child
  // process per stack, and an ECONNREFUSED printed after the tests. The process keeps the stack
  // formatter it had.
  const stackFormatter = Error.prepareStackTrace;
  try {
    const [server, http, core] = await Promise.all([
      import("@stoplight/prism-http-server"),
      import("@stoplight/prism-http"),
      import("@stoplight/prism-core"),
    ]);
    Error.prepareStackTrace = stackFormatter;
    return {
      createServer: server.createServer,
      getHttpOperationsFromSpec: http.getHttpOperationsFromSpec,
      createLogger: core.createLogger,
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `typed-api-clients/mock needs @stoplight/prism-http-server@5.12.2, @stoplight/prism-http@5.12.0 and @stoplight/prism-core@5.8.0 ` +
        `(npm install --save-dev --save-exact those): ${detail}`,
    );
  }
}
