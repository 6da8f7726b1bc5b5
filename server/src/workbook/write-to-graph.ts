import type { Db } from '../db/db.js';
import * as Q from '../seed/seed-cypher.js';
import { toRows, type Row } from '../seed/to-rows.js';
import type { SeedData } from '../seed/seed-schemas.js';
import { STANCES } from '../domain/stances.js';
import { STUDY_RELATION_TYPES } from '../domain/study-relations.js';
import type { WorkbookData } from './workbook-data.js';

/*
 * Writes checked workbook data with the seed loader's own statements (seed/seed-cypher.ts, seed/to-rows.ts),
 * every statement through the Db it is given: inside inOneTransaction (an import) or dryRun (its preview).
 * A workbook adds and updates; it never deletes (another question's links and relations stay).
 */

const MERGE_QUESTIONS = /* cypher */ `
  UNWIND $rows AS row
  MERGE (q:Question {id: row.id})
  SET q = row`;
const MERGE_ASKS = /* cypher */ `
  UNWIND $rows AS row
  MATCH (q:Question {id: row.question}), (c:Claim {id: row.id})
  MERGE (q)-[:ASKS]->(c)`;
const MERGE_STARTS_FROM = /* cypher */ `
  UNWIND $rows AS row
  MATCH (q:Question {id: row.question}), (s:Source {id: row.id})
  MERGE (q)-[:STARTS_FROM]->(s)`;

/** The seed's view of the data: studies with their own findings and the evidence on them. */
const seedData = (data: WorkbookData): SeedData => ({ ...data, evidence: data.evidence.filter((e) => !e.findingSet) });

/** Edges of the findings a question adds to a study: ids `<study>.<question>.f<n>.<claim>` (contract "Seed layout"). */
function questionEvidenceRows(data: WorkbookData) {
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  return data.questionFindings.flatMap((set) => {
    const study = { ...studies.get(set.studyId)!, findings: set.findings };
    const evidence = data.evidence.filter((e) => e.findingSet && e.study === set.studyId && e.question === set.question).map(({ findingSet: _f, question: _q, ...e }) => e);
    const rows = toRows({ ...seedData(data), studies: [study], evidence }).evidence;
    return STANCES.flatMap((stance) =>
      rows[stance].map((row) => ({ stance, row: { ...row, id: `${set.studyId}.${set.question}.f${row.finding}.${row.claim}` } })),
    );
  });
}

export async function writeWorkbookData(db: Db, data: WorkbookData): Promise<void> {
  const rows = toRows(seedData(data));
  const write = (name: string, cypher: string, list: Row[]) => (list.length ? db.write(name, cypher, { rows: list }) : Promise.resolve([]));
  for (const label of Q.SEED_LABELS) await write(`WORKBOOK_${label.toUpperCase()}`, Q.MERGE_NODES(label), rows.nodes[label]);
  await write('WORKBOOK_QUESTIONS', MERGE_QUESTIONS, data.questions as unknown as Row[]);
  await write('WORKBOOK_ASKS', MERGE_ASKS, Object.entries(data.claimQuestion).map(([id, question]) => ({ id, question })));
  await write('WORKBOOK_STARTS_FROM', MERGE_STARTS_FROM, Object.entries(data.sourceQuestion).map(([id, question]) => ({ id, question })));
  await write('WORKBOOK_CLAIM_LINKS', Q.MERGE_CLAIM_LINKS, rows.claimLinks);
  await write('WORKBOOK_PART_OF', Q.MERGE_PART_OF, rows.partOf);
  await write('WORKBOOK_ASSERTIONS', Q.MERGE_ASSERTIONS, rows.assertions);
  await write('WORKBOOK_CITATIONS', Q.MERGE_CITATIONS, rows.citations);
  const questionRows = questionEvidenceRows(data);
  for (const stance of STANCES) {
    await write(`WORKBOOK_${stance}`, Q.MERGE_EVIDENCE(stance), [...rows.evidence[stance], ...questionRows.filter((r) => r.stance === stance).map((r) => r.row)]);
  }
  await write('WORKBOOK_CONTRAINDICATIONS', Q.MERGE_CONTRAINDICATIONS, rows.contraindications);
  for (const type of STUDY_RELATION_TYPES) await write(`WORKBOOK_${type}`, Q.MERGE_RELATIONS(type), rows.relations[type]);
  for (const label of Q.SEED_LABELS) await write(`WORKBOOK_STATS_${label.toUpperCase()}`, Q.REFRESH_STATS(label), rows.nodes[label]);
}

