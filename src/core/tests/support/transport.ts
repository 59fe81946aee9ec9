// Which transport the core's suites run on. The `unit` project runs them on the default (undici
// on Node); the `unit-fetch` project sets CLIENT_TRANSPORT=fetch and runs the same files through
// a fetch function, the path browsers, Deno, Bun, Workers and callers' own fetch take.
import type { FetchLike } from "../../index.js";

export const TRANSPORT: "undici" | "fetch" = process.env["CLIENT_TRANSPORT"] === "fetch" ? "fetch" : "undici";

/** Spread into a factory's options. */
export const transport: { fetch?: FetchLike } = TRANSPORT === "fetch" ? { fetch: (request) => globalThis.fetch(request) } : {};
