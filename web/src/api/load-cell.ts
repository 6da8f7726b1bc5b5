import { loadAllPages, PAGE_SIZE } from './load-all-pages.js';
import { CELL_CLAIMS } from './queries.js';
import { request } from './request.js';
import type { CellClaim, Connection } from './types.js';

/** The claims of one map cell (row technique × column condition or outcome) of a question (or the whole graph) with their studies, every page. */
export async function loadCellClaims(row: string, column: string, columns: 'CONDITION' | 'OUTCOME', question: string | null): Promise<CellClaim[]> {
  const filter = { techniqueId: row, ...(columns === 'OUTCOME' ? { outcomeId: column } : { conditionId: column }), ...(question ? { question } : {}) };
  return loadAllPages((after) => request<{ claims: Connection<CellClaim> }>(CELL_CLAIMS, { filter, first: PAGE_SIZE, after }).then((d) => d.claims));
}
