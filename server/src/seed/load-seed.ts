import type { Db } from '../db/db.js';
import { migrate, type MigrationReport } from '../db/migrations.js';
import { checkSeed } from './check-seed.js';
import { entityRows, questionRows, relationRows, type Row } from './to-rows.js';
import * as Q from './seed-cypher.js';
import type { NodeLabel } from '../domain/kinds.js';
import type { SeedData, SharedSeed } from './seed-schemas.js';
import { STANCES } from '../domain/stances.js';
import { STUDY_RELATION_TYPES, type StudyRelationType } from '../domain/study-relations.js';
import { SEED_ROOT, SHARED_SEED } from './seed-root.js';

export { SEED_ROOT } from './seed-root.js';

/** Rows per transaction: small enough to keep transactions short, big enough to be few. */
export const BATCH_SIZE = 200;

async function inBatches(db: Db, name: string, cypher: string, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    await db.write(name, cypher, { rows: rows.slice(i, i + BATCH_SIZE) }, { timeoutMs: 120_000 }); // bulk load: no request waits on it
  }
}

async function mergeNodes(db: Db, nodes: Partial<Record<NodeLabel, Row[]>>): Promise<void> {
  for (const [label, rows] of Object.entries(nodes) as Array<[NodeLabel, Row[]]>) {
    await inBatches(db, `SEED_${label.toUpperCase()}`, Q.MERGE_NODES(label), rows);
  }
}

async function replaceRelations(db: Db, relations: Record<StudyRelationType, Row[]>, seededBy: string): Promise<void> {
  for (const type of STUDY_RELATION_TYPES) {
    await db.write(`SEED_REPLACE_${type}`, Q.REPLACE_RELATIONS[type], { seededBy });
    await inBatches(db, `SEED_${type}`, Q.MERGE_RELATIONS(type), relations[type]);
  }
}

async function refreshStats(db: Db, nodes: Partial<Record<NodeLabel, Row[]>>): Promise<void> {
  for (const [label, rows] of Object.entries(nodes) as Array<[NodeLabel, Row[]]>) {
    await inBatches(db, `SEED_STATS_${label.toUpperCase()}`, Q.REFRESH_STATS(label), rows);
  }
}

/** Every record shared by the questions: shared/ and the entities and studies each question brings. */
function sharedRecords(data: SeedData): SharedSeed {
  const parts = [data.shared, ...data.questions];
  return {
    studies: parts.flatMap((p) => p.studies),
    techniques: parts.flatMap((p) => p.techniques),
    mechanisms: parts.flatMap((p) => p.mechanisms),
    conditions: parts.flatMap((p) => p.conditions),
    outcomes: parts.flatMap((p) => p.outcomes),
    relations: data.shared.relations,
  };
}

/** MERGEs the shared nodes and their PART_OF links, and replaces the relations `shared/` seeded. */
async function loadShared(db: Db, data: SeedData): Promise<void> {
  const rows = entityRows(sharedRecords(data));
  await mergeNodes(db, rows.nodes);
  await inBatches(db, 'SEED_PART_OF', Q.MERGE_PART_OF, rows.partOf);
  await replaceRelations(db, relationRows(data.shared.relations, SHARED_SEED), SHARED_SEED);
}

/**
 * Loads one question of checked seed data: its node, articles, claims and every edge it seeded, marked
 * `seededBy: <question id>`. Evidence edges and relations it seeded that its files no longer list are
 * removed; other questions' data and curators' edges are never touched. Idempotent. Expects the shared
 * nodes to be loaded (`loadSeed` loads them; pass `withShared` to load them here too).
 */
export async function loadQuestion(db: Db, data: SeedData, questionId: string, options: { withShared?: boolean } = {}): Promise<void> {
  const q = data.questions.find((x) => x.question.id === questionId);
  if (!q) throw new Error(`the seed has no question "${questionId}"`);
  if (options.withShared) await loadShared(db, data);
  const rows = questionRows(q, new Map(data.studies.map((s) => [s.id, s])));
  await db.write('SEED_QUESTION', Q.MERGE_QUESTION, { row: rows.question });
  await mergeNodes(db, rows.nodes);
  await inBatches(db, 'SEED_ASKS', Q.MERGE_ASKS, rows.asks);
  await db.write('SEED_STARTS_FROM', Q.REPLACE_STARTS_FROM, { question: questionId, sources: q.sources.map((s) => s.id) });
  await inBatches(db, 'SEED_CLAIM_LINKS', Q.MERGE_CLAIM_LINKS, rows.claimLinks);
  await inBatches(db, 'SEED_ASSERTIONS', Q.MERGE_ASSERTIONS, rows.assertions);
  await inBatches(db, 'SEED_CITATIONS', Q.MERGE_CITATIONS, rows.citations);
  const evidenceIds = Object.values(rows.evidence).flatMap((list) => list.map((r) => r.id));
  for (const stance of STANCES) await db.write(`SEED_REMOVE_STALE_${stance}`, Q.REMOVE_STALE_EVIDENCE[stance], { ids: evidenceIds, seededBy: questionId });
  for (const stance of STANCES) await inBatches(db, `SEED_${stance}`, Q.MERGE_EVIDENCE(stance), rows.evidence[stance]);
  await inBatches(db, 'SEED_CONTRAINDICATIONS', Q.MERGE_CONTRAINDICATIONS, rows.contraindications);
  await replaceRelations(db, rows.relations, questionId);
  await refreshStats(db, { ...entityRows(sharedRecords(data)).nodes, ...rows.nodes });
}

/**
 * Checks the seed under `root` (throwing before any write when it is wrong), runs the migrations, then
 * MERGEs shared/ and every question folder in batches: loading twice changes nothing, and a changed
 * record is updated in place.
 */
export async function loadSeed(db: Db, root: string = SEED_ROOT): Promise<MigrationReport> {
  const data = checkSeed(root);
  for (const label of Q.SEED_LABELS) {
    const has = label === 'Source' || label === 'Claim' || label in entityRows(data.shared).nodes;
    if (!has) throw new Error(`the seed has no rows for label ${label}: add its file to the seed`);
  }
  const report = await migrate(db);
  await loadShared(db, data);
  for (const q of data.questions) await loadQuestion(db, data, q.question.id);
  await db.write('SEED_REMOVE_UNMARKED_EVIDENCE', Q.REMOVE_UNMARKED_SEEDED_EVIDENCE, {});
  await db.write('SEED_REMOVE_UNMARKED_RELATIONS', Q.REMOVE_UNMARKED_RELATIONS, {});
  return report;
}

/** True when the database holds no evigraph nodes yet. */
export async function isGraphEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read<{ n: number }>('COUNT_NODES', 'MATCH (n) WHERE n:Study OR n:Claim OR n:Source RETURN count(n) AS n');
  return (row?.n ?? 0) === 0;
}
