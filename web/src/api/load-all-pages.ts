import type { Connection } from './types.js';

/** The most items one page may ask for (the API's MAX_PAGE). */
export const PAGE_SIZE = 100;

/** Every node of a paged connection: asks page after page until the API says there is no next one. */
export async function loadAllPages<T>(page: (after: string | null) => Promise<Connection<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const got: Connection<T> = await page(after);
    all.push(...got.nodes);
    if (!got.pageInfo.hasNextPage || !got.pageInfo.endCursor) return all;
    after = got.pageInfo.endCursor;
  }
}

/** `ids` cut into chunks of at most `size` (the API's id cap per request). */
export function chunks<T>(ids: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
