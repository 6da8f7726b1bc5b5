import type { Db } from '../../server/src/db/db.js';
import { readGraph } from '../../server/src/workbook/read-graph.js';
import { dataToTables } from '../../server/src/workbook/data-to-tables.js';
import { writeXlsx } from '../../server/src/workbook/write-xlsx.js';
import { readXlsx } from '../../server/src/workbook/read-xlsx.js';
import type { Tables } from '../../server/src/workbook/workbook-table.js';

/**
 * Gives a seeded graph a question when its seed made none (the seed of a single question before questions were
 * data): every claim and article belongs to it. A seed that makes questions is left as it is.
 */
export async function ensureOneQuestion(db: Db): Promise<void> {
  await db.write(
    'TEST_ONE_QUESTION',
    `OPTIONAL MATCH (existing:Question) WITH count(existing) AS n WHERE n = 0
     CREATE (q:Question {id: 'seed-question', wording: 'Does the seed question hold?', population: 'people in the seed', intervention: 'the seed intervention', comparison: '', outcome: '', summary: ''})
     WITH q
     CALL (q) { MATCH (c:Claim) MERGE (q)-[:ASKS]->(c) }
     CALL (q) { MATCH (s:Source) MERGE (q)-[:STARTS_FROM]->(s) }`,
  );
}

/** The whole graph exported to XLSX and read back, as an import would read the file. */
export async function exportedTables(db: Db): Promise<Tables> {
  const { tables, problems } = await readXlsx(await writeXlsx(dataToTables(await readGraph(db))));
  if (problems.length) throw new Error(`the exported workbook does not read back: ${JSON.stringify(problems)}`);
  return tables;
}
