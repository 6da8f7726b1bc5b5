import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { loadSeed } from '../../server/src/seed/load-seed.js';
import { exportWorkbookTables } from '../../server/src/use-cases/workbook-export.js';
import { importWorkbook } from '../../server/src/use-cases/workbook-import.js';
import { claimVerdicts } from '../../server/src/workbook/claim-verdicts.js';
import { snapshot } from '../../server/src/workbook/graph-snapshot.js';
import { readXlsx } from '../../server/src/workbook/read-xlsx.js';
import { writeXlsx } from '../../server/src/workbook/write-xlsx.js';
import type { Tables } from '../../server/src/workbook/workbook-table.js';
import { FIXTURE_QUESTION } from '../support/fixture-topic.js';
import { ACUPUNCTURE_QUESTION, MASSAGE_QUESTION, seedCopy } from '../support/seed-fixture.js';
import { clearGraph, createTestDb } from '../support/test-db.js';
import { FIXTURE_CLAIM_ON_SHARED_STUDY, SHARED_STUDY, twoQuestionSeedDir } from '../support/two-question-seed.js';
import { exportedTables } from '../support/workbook-graph.js';

let db: Db;
beforeAll(async () => {
  db = createTestDb();
  await clearGraph(db);
  await loadSeed(db, twoQuestionSeedDir());
});
afterAll(() => db.close());

/** Tables as a downloaded file reads back. */
const throughXlsx = async (tables: Tables) => (await readXlsx(await writeXlsx(tables))).tables;

describe('two questions, one study serving both', () => {
  test('export all → import into an empty database: the same graph, question-added findings included', async () => {
    const original = await snapshot(db);
    const tables = await exportedTables(db);
    expect(
      tables
        .get('question')!
        .rows.map((r) => r.cells.id)
        .sort(),
    ).toEqual([FIXTURE_QUESTION, 'massage-back-pain'].sort());
    expect(tables.get('findings')!.rows.some((r) => r.cells.study === SHARED_STUDY && r.cells.findingSet === FIXTURE_QUESTION)).toBe(true);
    await clearGraph(db);
    const report = await importWorkbook(db, tables, { dryRun: false });
    expect(report.problems).toEqual([]);
    const restored = await snapshot(db);
    const differing = [...new Set([...original.keys(), ...restored.keys()])].filter((k) => original.get(k) !== restored.get(k));
    expect(differing.map((k) => ({ key: k, before: original.get(k), after: restored.get(k) }))).toEqual([]);
  }, 300_000);

  test("one question's workbook imported beside the other question: the other's verdicts unchanged", async () => {
    const fixtureWorkbook = await throughXlsx(await exportWorkbookTables(db, FIXTURE_QUESTION));
    await clearGraph(db);
    await loadSeed(db, seedCopy()); // the massage question only
    const before = await claimVerdicts(db);
    const report = await importWorkbook(db, fixtureWorkbook, { dryRun: false });
    expect(report.problems).toEqual([]);
    const after = await claimVerdicts(db);
    expect([...before].filter(([id, v]) => JSON.stringify(after.get(id)) !== JSON.stringify(v))).toEqual([]);
    expect(after.size).toBeGreaterThan(before.size);
    const [edge] = await db.read<{ id: string }>('TEST_QUESTION_EDGE', 'MATCH (:Study {id: $study})-[e]->(:Claim {id: $claim}) RETURN e.id AS id', {
      study: SHARED_STUDY,
      claim: FIXTURE_CLAIM_ON_SHARED_STUDY,
    });
    expect(edge?.id).toBe(`${SHARED_STUDY}.${FIXTURE_QUESTION}.f0.${FIXTURE_CLAIM_ON_SHARED_STUDY}`);
  }, 300_000);

  test('the shipped acupuncture question, imported from its workbook beside massage: massage verdicts unchanged', async () => {
    await clearGraph(db);
    await loadSeed(db); // every shipped question, to export the acupuncture one from
    const shipped = await claimVerdicts(db);
    const workbook = await throughXlsx(await exportWorkbookTables(db, ACUPUNCTURE_QUESTION));
    await clearGraph(db);
    await loadSeed(db, seedCopy());
    const massageOnly = await claimVerdicts(db);
    const report = await importWorkbook(db, workbook, { dryRun: false });
    expect(report.problems).toEqual([]);
    const after = await claimVerdicts(db);
    expect([...massageOnly].filter(([id, v]) => JSON.stringify(after.get(id)) !== JSON.stringify(v))).toEqual([]);
    // Every claim answers as it does when the seed loads both folders: the workbook carried the whole question.
    expect([...shipped].filter(([id, v]) => JSON.stringify(after.get(id)) !== JSON.stringify(v))).toEqual([]);
    const [both] = await db.read<{ questions: string[] }>(
      'TEST_CHERKIN_QUESTIONS',
      'MATCH (:Study {id: "cherkin2001"})-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(:Claim)<-[:ASKS]-(q:Question) RETURN collect(DISTINCT q.id) AS questions',
    );
    expect(both!.questions.sort()).toEqual([ACUPUNCTURE_QUESTION, MASSAGE_QUESTION]);
  }, 300_000);
});
