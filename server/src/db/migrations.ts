import type { Db } from './db.js';
import { nodeLabels } from '../domain/kinds.js';

/** Relationship types whose `id` must be unique (the evidence edges' stance is their type). */
export const ID_RELATIONSHIP_TYPES = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES', 'ASSERTS', 'CONTRAINDICATED_IN'] as const;

/** The full-text index behind search: names, titles, statements, aliases and authors. */
export const FULLTEXT_INDEX = 'evigraph_text';

const NODE_LABELS = nodeLabels();

/** Every migration statement by name: one unique-id constraint per label of the model, then the indexes. */
export const MIGRATION_STATEMENTS: Array<[name: string, cypher: string]> = [
  ...NODE_LABELS.map((label): [string, string] => [
    `UNIQUE_${label.toUpperCase()}_ID`,
    `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ]),
  ...ID_RELATIONSHIP_TYPES.map((type): [string, string] => [
    `UNIQUE_${type}_ID`,
    `CREATE CONSTRAINT ${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  ]),
  ['UNIQUE_QUESTION_ID', 'CREATE CONSTRAINT question_id_unique IF NOT EXISTS FOR (q:Question) REQUIRE q.id IS UNIQUE'],
  // The lock node writers of new ids take in turn (see queries/id-lock.ts); unique so MERGE cannot make two.
  ['UNIQUE_WRITE_LOCK', 'CREATE CONSTRAINT write_lock_name_unique IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.name IS UNIQUE'],
  ['UNIQUE_CHANGE_ID', 'CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE'],
  ['UNIQUE_PROPOSAL_ID', 'CREATE CONSTRAINT proposal_id_unique IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE'],
  ['INDEX_CHANGE_AT', 'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)'],
  [
    'FULLTEXT_TEXT',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
     FOR (n:${NODE_LABELS.join('|')})
     ON EACH [n.name, n.title, n.statement, n.aliasesText, n.authorsText]`,
  ],
  ['INDEX_STUDY_YEAR', 'CREATE INDEX study_year IF NOT EXISTS FOR (s:Study) ON (s.year)'],
  ['INDEX_STUDY_DESIGN', 'CREATE INDEX study_design IF NOT EXISTS FOR (s:Study) ON (s.design)'],
  ['INDEX_STUDY_DOI', 'CREATE INDEX study_doi IF NOT EXISTS FOR (s:Study) ON (s.doi)'],
  ['INDEX_STUDY_PMID', 'CREATE INDEX study_pmid IF NOT EXISTS FOR (s:Study) ON (s.pmid)'],
  ['INDEX_STUDY_SAMPLE', 'CREATE INDEX study_sample_size IF NOT EXISTS FOR (s:Study) ON (s.sampleSize)'],
];

/**
 * Copies of one relationship id (left by the unlocked stance change this release fixes): the
 * copies are identical, so all but one are deleted. Runs before the constraints, which would
 * otherwise refuse to be created.
 */
export const REMOVE_DUPLICATE_EDGES = (type: string) => /* cypher */ `
  MATCH ()-[r:${type}]->() WHERE r.id IS NOT NULL
  WITH r.id AS id, collect(r) AS copies WHERE size(copies) > 1
  UNWIND copies[1..] AS extra
  DELETE extra
  RETURN id, count(*) AS removed`;

/** Evidence edges whose id is used under two stances: the copies under later stances are deleted. */
export const REMOVE_CROSS_STANCE_DUPLICATES = /* cypher */ `
  MATCH ()-[r:SUPPORTS|CONTRADICTS|QUALIFIES]->() WHERE r.id IS NOT NULL
  WITH r.id AS id, collect(r) AS copies WHERE size(copies) > 1
  UNWIND copies[1..] AS extra
  WITH id, type(extra) AS stance, extra
  DELETE extra
  RETURN id + ' (' + stance + ')' AS id, count(*) AS removed`;

/** Ids used by nodes of two kinds (made before writes checked every kind); reported, not deleted: both may hold curated data. */
export const FIND_NODE_ID_CLASHES = /* cypher */ `
  MATCH (n) WHERE ${NODE_LABELS.map((l) => `n:${l}`).join(' OR ')}
  WITH n.id AS id, collect(labels(n)[0]) AS labels WHERE size(labels) > 1
  RETURN id, labels`;

/** What a migration run removed before the constraints could hold, and what it found but left; empty when nothing. */
export interface MigrationReport {
  removedDuplicateEdges: Array<{ type: string; id: string; removed: number }>;
  nodeIdClashes: Array<{ id: string; labels: string[] }>;
}

/**
 * Removes duplicate edge ids (reporting each), then creates constraints and indexes if absent
 * (idempotent) and waits until they are online.
 */
export async function migrate(db: Db): Promise<MigrationReport> {
  const report: MigrationReport = { removedDuplicateEdges: [], nodeIdClashes: [] };
  for (const type of ID_RELATIONSHIP_TYPES) {
    const rows = await db.write<{ id: string; removed: number }>(`MIGRATE_DEDUPE_${type}`, REMOVE_DUPLICATE_EDGES(type), {}, { timeoutMs: 120_000 });
    report.removedDuplicateEdges.push(...rows.map((r) => ({ type, ...r })));
  }
  const cross = await db.write<{ id: string; removed: number }>('MIGRATE_DEDUPE_STANCES', REMOVE_CROSS_STANCE_DUPLICATES, {}, { timeoutMs: 120_000 });
  report.removedDuplicateEdges.push(...cross.map((r) => ({ type: 'EVIDENCE', ...r })));
  report.nodeIdClashes = await db.write<{ id: string; labels: string[] }>('MIGRATE_FIND_ID_CLASHES', FIND_NODE_ID_CLASHES, {}, { timeoutMs: 120_000 });
  for (const [name, cypher] of MIGRATION_STATEMENTS) await db.write(`MIGRATE_${name}`, cypher, {}, { timeoutMs: 120_000 });
  await db.write('MIGRATE_AWAIT_INDEXES', 'CALL db.awaitIndexes(120)', {}, { timeoutMs: 130_000 });
  return report;
}
