// The three pagination styles these APIs use, as strategies the client's pages()/items() share.
// A strategy reads a page's body and says what query fetches the next page, or that there is none.

export type Query = Record<string, unknown>;

export interface PaginationStrategy {
  readonly style: "page-number" | "cursor" | "next-token";
  /**
   * The query for the page after `data`, or undefined at the last page. `itemCount` is this
   * page's number of items, `itemsSoFar` the total over all pages fetched so far.
   */
  nextQuery(data: unknown, query: Query, itemCount: number, itemsSoFar: number): Query | undefined;
}

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A 1-based `page` query with the number of pages in the body: `pagination.page_count` by
 * default (Dynamiq), or where `pageCountAt` says (Patchworks' Laravel pages: `meta.last_page`).
 */
export function pageNumberPagination(pageCountAt: readonly string[] = ["pagination", "page_count"]): PaginationStrategy {
  return {
    style: "page-number",
    nextQuery(data, query, itemCount) {
      const pageCount = field(data, ...pageCountAt);
      // Count from the page we asked for, not the one the body names: a server that keeps
      // answering page 1 must not make the loop run forever.
      const requested = typeof query["page"] === "number" ? query["page"] : 1;
      if (itemCount === 0 || typeof pageCount !== "number" || requested >= pageCount) return undefined;
      return { ...query, page: requested + 1 };
    },
  };
}

/** `after` cursor from `page_info.end_cursor` (Pipedream). Ends on an empty page, a missing cursor, or when `total_count` is reached. */
export function cursorPagination(): PaginationStrategy {
  return {
    style: "cursor",
    nextQuery(data, query, itemCount, itemsSoFar) {
      const endCursor = field(data, "page_info", "end_cursor");
      const total = field(data, "page_info", "total_count");
      if (itemCount === 0 || typeof endCursor !== "string" || endCursor === "") return undefined;
      if (typeof total === "number" && itemsSoFar >= total) return undefined;
      if (endCursor === query["after"]) return undefined; // a server repeating its cursor would loop forever
      const { before: _before, ...rest } = query;
      return { ...rest, after: endCursor };
    },
  };
}

/** `nextToken` query from `meta.nextToken` (Botpress lists) or a top-level `nextToken` (Botpress's log endpoints). */
export function nextTokenPagination(): PaginationStrategy {
  return {
    style: "next-token",
    nextQuery(data, query) {
      const token = field(data, "meta", "nextToken") ?? field(data, "nextToken");
      if (typeof token !== "string" || token === "" || token === query["nextToken"]) return undefined;
      return { ...query, nextToken: token };
    },
  };
}

/** The element type of a list page: the items of its array-valued property (`data`, `users`, …). */
export type ItemOf<Page> = {
  [K in keyof Page]-?: NonNullable<Page[K]> extends readonly (infer Item)[] ? Item : never;
}[keyof Page];

/** The items of a page: its only top-level array property. */
export function pageItems(data: unknown): unknown[] {
  if (data === null || typeof data !== "object") return [];
  const arrays = Object.values(data).filter((value): value is unknown[] => Array.isArray(value));
  if (arrays.length !== 1) {
    throw new Error(`cannot tell the items of this page: it has ${arrays.length} array properties, expected exactly one`);
  }
  return arrays[0] ?? [];
}
