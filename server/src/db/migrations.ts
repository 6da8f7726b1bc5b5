import type { Db } from './db.js';
import { nodeLabels } from '../domain/kinds.js';

/** The full-text index behind search: names, titles, statements, aliases and authors. */
export const FULLTEXT_INDEX = 'evigraph_text';

const NODE_LABELS = nodeLabels();

/** Every migration statement by name: one unique-id constraint per label of the model, then the indexes. */
export const MIGRATION_STATEMENTS: Array<[name: string, cypher: string]> = [
  ...NODE_LABELS.map((label): [string, string] => [
    `UNIQUE_${label.toUpperCase()}_ID`,
    `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ]),
  [
    'FULLTEXT_TEXT',
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
     FOR (n:${NODE_LABELS.join('|')})
     ON EACH [n.name, n.title, n.statement, n.aliasesText, n.authorsText]`,
  ],
  ['INDEX_STUDY_YEAR', 'CREATE INDEX study_year IF NOT EXISTS FOR (s:Study) ON (s.year)'],
  ['INDEX_STUDY_DESIGN', 'CREATE INDEX study_design IF NOT EXISTS FOR (s:Study) ON (s.design)'],
  ['INDEX_STUDY_DOI', 'CREATE INDEX study_doi IF NOT EXISTS FOR (s:Study) ON (s.doi)'],
  ['INDEX_STUDY_SAMPLE', 'CREATE INDEX study_sample_size IF NOT EXISTS FOR (s:Study) ON (s.sampleSize)'],
];

/** Creates constraints and indexes if absent (idempotent) and waits until they are online. */
export async function migrate(db: Db): Promise<void> {
  for (const [name, cypher] of MIGRATION_STATEMENTS) await db.write(`MIGRATE_${name}`, cypher);
  await db.write('MIGRATE_AWAIT_INDEXES', 'CALL db.awaitIndexes(120)');
}
