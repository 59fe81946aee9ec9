// The bound behind items(path, init, { limit }) and collect(): stop after `limit` items without
// asking the page loop for another page. Kept out of page-loop.ts, which only walks pages.
import { pageItems } from "../pagination.js";
import type { CollectOptions } from "../types.js";

function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number of items, 0 or more; got ${limit}`);
  return limit;
}

/** Each item of each page, stopping after `bound.limit`: the loop is left before it fetches another page. */
export async function* boundedItems(pages: () => AsyncIterable<unknown>, bound?: CollectOptions): AsyncIterableIterator<unknown> {
  let left = checkLimit(bound?.limit);
  if (left === 0) return;
  for await (const page of pages()) {
    for (const item of pageItems(page)) {
      yield item;
      if (--left === 0) return;
    }
  }
}

/** The items as an array. */
export async function collectItems(items: AsyncIterable<unknown>): Promise<unknown[]> {
  const collected: unknown[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}
