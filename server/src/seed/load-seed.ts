import type { Db } from '../db/db.js';
import { migrate, type MigrationReport } from '../db/migrations.js';
import { checkSeed } from './check-seed.js';
import { toRows, type Row } from './to-rows.js';
import * as Q from './seed-cypher.js';
import { STANCES } from '../domain/stances.js';
import { STUDY_RELATION_TYPES } from '../domain/study-relations.js';

/** Rows per transaction: small enough to keep transactions short, big enough to be few. */
export const BATCH_SIZE = 200;

export const SEED_DATA_DIR = new URL('../../../graph-seed/data/', import.meta.url).pathname;

async function inBatches(db: Db, name: string, cypher: string, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await db.write(name, cypher, { rows: rows.slice(i, i + BATCH_SIZE) }, { timeoutMs: 120_000 }); // bulk load: no request waits on it
  }
}

/**
 * Checks the seed data in `dir` (throwing before any write when it is wrong),
 * runs the migrations, then MERGEs everything in batches: loading twice
 * changes nothing, and a changed record is updated in place.
 */
export async function loadSeed(db: Db, dir: string = SEED_DATA_DIR): Promise<MigrationReport> {
  const data = checkSeed(dir);
  const rows = toRows(data);
  const report = await migrate(db);
  for (const label of Q.SEED_LABELS) {
    const nodes = (rows.nodes as Partial<Record<string, Row[]>>)[label];
    if (!nodes) throw new Error(`the seed has no rows for label ${label}: add its file to the seed`);
    await inBatches(db, `SEED_${label.toUpperCase()}`, Q.MERGE_NODES(label), nodes);
  }
  await inBatches(db, 'SEED_CLAIM_LINKS', Q.MERGE_CLAIM_LINKS, rows.claimLinks);
  await inBatches(db, 'SEED_PART_OF', Q.MERGE_PART_OF, rows.partOf);
  await inBatches(db, 'SEED_ASSERTIONS', Q.MERGE_ASSERTIONS, rows.assertions);
  await inBatches(db, 'SEED_CITATIONS', Q.MERGE_CITATIONS, rows.citations);
  const evidenceIds = Object.values(rows.evidence).flatMap((list) => list.map((r) => r.id));
  for (const stance of STANCES) await db.write(`SEED_REMOVE_STALE_${stance}`, Q.REMOVE_STALE_EVIDENCE[stance], { ids: evidenceIds });
  for (const stance of STANCES) {
    await inBatches(db, `SEED_${stance}`, Q.MERGE_EVIDENCE(stance), rows.evidence[stance]);
  }
  await inBatches(db, 'SEED_CONTRAINDICATIONS', Q.MERGE_CONTRAINDICATIONS, rows.contraindications);
  for (const type of STUDY_RELATION_TYPES) {
    await db.write(`SEED_REPLACE_${type}`, Q.REPLACE_RELATIONS[type], {});
    await inBatches(db, `SEED_${type}`, Q.MERGE_RELATIONS(type), rows.relations[type]);
  }
  for (const label of Q.SEED_LABELS) await inBatches(db, `SEED_STATS_${label.toUpperCase()}`, Q.REFRESH_STATS(label), rows.nodes[label]);
  return report;
}

/** True when the database holds no evigraph nodes yet. */
export async function isGraphEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read<{ n: number }>('COUNT_NODES', 'MATCH (n) WHERE n:Study OR n:Claim OR n:Source RETURN count(n) AS n');
  return (row?.n ?? 0) === 0;
}
