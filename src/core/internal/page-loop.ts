// The loop behind client.pages()/items(): asks the API's strategy for the next page's query
// until it says there is none, or the caller stops iterating. The strategies end on a cursor
// repeated at once; this loop also refuses any query it has sent before (a server cycling
// c1, c2, c1 would otherwise never end) and stops at the caller's `maxPages`.
import { PaginationError, RequestValidationError, type OperationRef } from "../errors.js";
import { pageItems, type PaginationStrategy, type Query } from "../pagination.js";
import type { FullInit } from "./call.js";

/** Options pages()/items() take next to a GET's. */
export interface PageOptions {
  /** Stop with a PaginationError once this many pages were fetched and the server offers another. Default: no cap. */
  maxPages?: number;
}

/** Queries remembered to spot a cycle; a cycle longer than this goes unnoticed, memory stays bounded. */
export const SEEN_QUERIES_LIMIT = 1_000;

/** The same query whatever the order its parameters were added in. */
function queryKey(query: Query): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function* pageLoop(
  strategy: PaginationStrategy,
  operation: OperationRef,
  fetchPage: (init: FullInit) => Promise<{ data: unknown }>,
  init: FullInit & PageOptions = {},
): AsyncIterableIterator<unknown> {
  const { maxPages, ...callInit } = init;
  if (maxPages !== undefined && (!Number.isInteger(maxPages) || maxPages < 1)) {
    throw new RequestValidationError(operation, "maxPages", `must be a positive integer, got ${String(maxPages)}`);
  }
  const params = callInit.params ?? {};
  let query: Query | undefined = { ...(params.query ?? {}) };
  const seen = new Set<string>();
  let itemsSoFar = 0;
  let pages = 0;
  while (query) {
    seen.add(queryKey(query));
    if (seen.size > SEEN_QUERIES_LIMIT) seen.delete(seen.values().next().value ?? "");
    const { data } = await fetchPage({ ...callInit, params: { ...params, query } });
    pages++;
    const count = pageItems(data).length;
    itemsSoFar += count;
    yield data;
    query = strategy.nextQuery(data, query, count, itemsSoFar);
    if (query && seen.has(queryKey(query))) throw new PaginationError(operation, "repeated", pages);
    if (query && maxPages !== undefined && pages >= maxPages) throw new PaginationError(operation, "max_pages", pages);
  }
}
