// The loop behind client.pages()/items(): asks the API's strategy for the next page's query
// until it says there is none, or the caller stops iterating.
import { pageItems, type PaginationStrategy, type Query } from "../pagination.js";
import type { FullInit } from "./call.js";

export async function* pageLoop(
  strategy: PaginationStrategy,
  fetchPage: (init: FullInit) => Promise<{ data: unknown }>,
  init: FullInit = {},
): AsyncIterableIterator<unknown> {
  const params = init.params ?? {};
  let query: Query | undefined = { ...(params.query ?? {}) };
  let itemsSoFar = 0;
  while (query) {
    const { data } = await fetchPage({ ...init, params: { ...params, query } });
    const count = pageItems(data).length;
    itemsSoFar += count;
    yield data;
    query = strategy.nextQuery(data, query, count, itemsSoFar);
  }
}
