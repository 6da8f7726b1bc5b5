import type { PageLimitsQuery } from './generated.js';
import { PAGE_LIMITS } from './queries.js';
import { request } from './request.js';

/** The caps the server enforces that the page must respect, read from `serverInfo` (never copied as constants). */
export interface PageLimits {
  /** Most nodes one neighbourhood may return: "load more" stops here. */
  maxNodes: number;
  /** Most start ids one neighbourhood request may give: expanding stops here. */
  maxStartIds: number;
}

/** Used until the server answers, and if it never does (the page then shows the API error anyway). */
export const FALLBACK_LIMITS: PageLimits = { maxNodes: 150, maxStartIds: 1 };

/** The server's limits, or the fallback when they cannot be read. */
export async function loadPageLimits(): Promise<PageLimits> {
  try {
    const { serverInfo } = await request<PageLimitsQuery>(PAGE_LIMITS);
    return { maxNodes: serverInfo.maxGraphNodes, maxStartIds: serverInfo.maxStartIds };
  } catch {
    return FALLBACK_LIMITS;
  }
}
