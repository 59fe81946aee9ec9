// The path an API's vendor base URL carries (Pipedream's `https://api.pipedream.com/v1`): the mocks
// serve the API under it, so their URLs replace the vendor's one for one. No Node APIs.

/** The path of the document's first server URL (Pipedream: `/v1`), without a trailing slash; "" for none. */
export function basePathOf(document: Readonly<Record<string, unknown>>): string {
  const servers = document["servers"];
  const first = Array.isArray(servers) ? (servers[0] as { url?: unknown } | undefined) : undefined;
  if (typeof first?.url !== "string") return "";
  try {
    return new URL(first.url, "http://base.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/** A path under the base path, without it; undefined when the path lies outside it. */
export function withoutBasePath(path: string, basePath: string): string | undefined {
  if (basePath === "") return path;
  if (path === basePath) return "/";
  return path.startsWith(`${basePath}/`) || path.startsWith(`${basePath}?`) ? path.slice(basePath.length) : undefined;
}
