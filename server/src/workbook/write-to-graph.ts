import type { Db } from '../db/db.js';
import type { NodeLabel } from '../domain/kinds.js';
import * as Q from '../seed/seed-cypher.js';
import { entityRows, relationRows, type Row } from '../seed/to-rows.js';
import { loadQuestion } from '../seed/load-seed.js';
import { SHARED_SEED } from '../seed/seed-root.js';
import { STUDY_RELATION_TYPES } from '../domain/study-relations.js';
import { workbookToSeed } from './seed-conversion.js';
import type { WorkbookData } from './workbook-data.js';

/*
 * Writes checked workbook data through the seed loader (seed/load-seed.ts loadQuestion, seed/seed-cypher.ts),
 * every statement through the Db it is given: inside inOneTransaction (an import) or dryRun (its preview).
 * The shared records are MERGEd and never removed (another question may use them); each question in the
 * workbook is loaded as its folder would be: what that question seeded before is replaced by the workbook's.
 */
export async function writeWorkbookData(db: Db, data: WorkbookData): Promise<void> {
  const seed = workbookToSeed(data);
  const write = (name: string, cypher: string, rows: Row[]) => (rows.length ? db.write(name, cypher, { rows }) : Promise.resolve([]));
  const shared = entityRows(seed.shared);
  for (const [label, rows] of Object.entries(shared.nodes) as Array<[NodeLabel, Row[]]>)
    await write(`WORKBOOK_${label.toUpperCase()}`, Q.MERGE_NODES(label), rows);
  await write('WORKBOOK_PART_OF', Q.MERGE_PART_OF, shared.partOf);
  const relations = relationRows(seed.shared.relations, SHARED_SEED);
  for (const type of STUDY_RELATION_TYPES) await write(`WORKBOOK_${type}`, Q.MERGE_RELATIONS(type), relations[type]);
  for (const q of seed.questions) await loadQuestion(db, seed, q.question.id);
}
