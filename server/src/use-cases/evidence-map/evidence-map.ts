import type { EvidenceMap } from '../../generated/graphql.js';
import type { Db } from '../../db/db.js';
import type { NodeLabel } from '../../domain/kinds.js';
import { apiError, badInput } from '../../errors/codes.js';
import { MAP_AXES, readEvidenceMap } from '../../queries/get-evidence-map.js';
import type { EntityLabel } from '../../queries/get-claims-of-entities.js';
import type { EvidenceCriteria } from '../../queries/evidence-filter.js';
import { evidenceMapBuilder } from './evidence-cells.js';
import { NotReadyYet, servedByFilter, type ServeOptions } from './map-cache.js';

/** The evidence map of two axes under the criteria: read page by page once, then served from memory until a write. */
export async function evidenceMapOf(
  db: Db,
  rows: EntityLabel,
  columns: EntityLabel,
  criteria: EvidenceCriteria,
  options: ServeOptions = {},
  question: string | null = null,
): Promise<EvidenceMap> {
  const served = await servedByFilter(db, JSON.stringify([rows, columns, criteria, question]), async () => {
    const map = evidenceMapBuilder(criteria, rows === 'Mechanism' ? 'row' : columns === 'Mechanism' ? 'column' : null);
    await readEvidenceMap(db, rows, columns, (page) => map.add(page), question);
    return map.finish();
  }, options).catch((err: unknown) => {
    if (err instanceof NotReadyYet) throw apiError('BUSY', `The evidence map is still being computed from the whole graph (${err.message}); retry in a minute.`, { retryAfterSeconds: 60 });
    throw err;
  });
  return { ...served.value, computedAt: new Date(served.computedAt).toISOString(), stale: served.stale };
}

/** The evidence map the API serves: rows and columns must be two different entity kinds. */
/** `question`: only its claims (checked by the caller); null = every claim. */
export function evidenceMap(db: Db, rows: NodeLabel, columns: NodeLabel, criteria: EvidenceCriteria, question: string | null = null): Promise<EvidenceMap> {
  const r = rows as EntityLabel;
  const c = columns as EntityLabel;
  if (!MAP_AXES.includes(r) || !MAP_AXES.includes(c) || r === c) {
    throw badInput('rows and columns must be two different kinds among TECHNIQUE, CONDITION, OUTCOME, MECHANISM', 'columns');
  }
  return evidenceMapOf(db, r, c, criteria, {}, question);
}
