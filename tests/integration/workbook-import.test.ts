import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { inOneTransaction } from '../../server/src/db/one-transaction.js';
import { importWorkbook } from '../../server/src/use-cases/workbook-import.js';
import { checkWorkbook } from '../../server/src/workbook/check-workbook.js';
import { claimVerdicts, verdictChanges } from '../../server/src/workbook/claim-verdicts.js';
import { dataToTables } from '../../server/src/workbook/data-to-tables.js';
import { snapshot } from '../../server/src/workbook/graph-snapshot.js';
import { readGraph } from '../../server/src/workbook/read-graph.js';
import { readXlsx } from '../../server/src/workbook/read-xlsx.js';
import { emptyWorkbookData } from '../../server/src/workbook/workbook-data.js';
import { writeXlsx } from '../../server/src/workbook/write-xlsx.js';
import type { Tables } from '../../server/src/workbook/workbook-table.js';
import { codes, createTestApp, dataOf, gql, TEST_TOKEN } from './api-client.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';
import { exportedTables } from '../support/workbook-graph.js';

let db: Db;
let app: App;
beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
  app = createTestApp(db);
});
afterAll(() => db.close());

const IMPORT = `mutation ($content: String!, $dryRun: Boolean) {
  importWorkbook(content: $content, dryRun: $dryRun) {
    dryRun written questions problems { sheet row column message } changes { kind added changed removed }
    verdictChanges { claimId verdictBefore verdictAfter certaintyBefore certaintyAfter }
  }
}`;
const asBase64 = async (tables: Tables) => (await writeXlsx(tables)).toString('base64');
const curator = { authorization: `Bearer ${TEST_TOKEN}` };

/** The exported workbook with every link of the claim with most supporting links turned to CONTRADICTS. */
async function flippedWorkbook(): Promise<{ tables: Tables; claim: string }> {
  const tables = await exportedTables(db);
  const rows = tables.get('evidence')!.rows;
  const supports = new Map<string, number>();
  for (const r of rows) if (r.cells.stance === 'SUPPORTS') supports.set(String(r.cells.claim), (supports.get(String(r.cells.claim)) ?? 0) + 1);
  const claim = [...supports].sort((a, b) => b[1] - a[1])[0]![0];
  for (const r of rows) if (r.cells.claim === claim && r.cells.stance === 'SUPPORTS') r.cells.stance = 'CONTRADICTS';
  return { tables, claim };
}

describe('workbook import: atomic, curators only, with a dry run that predicts the real verdicts', () => {
  test('the dry run writes nothing, and its predicted verdict changes are those the real import makes', async () => {
    const { tables, claim } = await flippedWorkbook();
    const untouched = await snapshot(db);
    const dry = await importWorkbook(db, tables, { dryRun: true });
    expect(dry.problems).toEqual([]);
    expect(dry.written).toBe(false);
    expect(await snapshot(db)).toEqual(untouched);
    expect(dry.verdictChanges.map((v) => v.claimId)).toContain(claim);
    expect(dry.changes).toContainEqual(expect.objectContaining({ kind: 'CONTRADICTS', added: expect.any(Number) }));

    const before = await claimVerdicts(db);
    const real = await importWorkbook(db, tables, { dryRun: false });
    expect(real.written).toBe(true);
    const actual = verdictChanges(before, await claimVerdicts(db));
    expect(actual).toEqual(dry.verdictChanges);
    expect(real.verdictChanges).toEqual(dry.verdictChanges);
    expect(real.changes).toEqual(dry.changes);
  }, 300_000); // four readings of every claim's verdict and two imports of the whole graph, on a shared machine

  test('a malformed workbook through the API: every problem named, nothing written', async () => {
    const tables = await exportedTables(db);
    tables.get('evidence')!.rows[2]!.cells.why = null;
    tables.get('assertions')!.rows[0]!.cells.quote = 'x'.repeat(301);
    const before = await snapshot(db);
    const r = await gql(app, IMPORT, { content: await asBase64(tables) }, curator);
    const report = dataOf(r).importWorkbook;
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      { sheet: 'assertions', row: 2, column: 'quote', message: 'quote is 301 characters; 300 at most (a quote, not a passage)' },
      { sheet: 'evidence', row: 4, column: 'why', message: 'every evidence link states why, in one sentence' },
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a study whose DOI the graph holds under another id is refused, nothing written', async () => {
    const held = (await readGraph(db)).studies.find((s) => s.doi)!;
    const question = { id: 'another-question', wording: 'Another?', population: 'p', intervention: 'i', comparison: '', outcome: '', summary: '' };
    const tables = dataToTables({ ...emptyWorkbookData(), questions: [question], studies: [{ ...held, id: `${held.id}-again`, findings: [] }] });
    const before = await snapshot(db);
    const report = await importWorkbook(db, tables, { dryRun: false });
    expect(report.problems).toEqual([{ sheet: 'studies', row: 2, column: 'doi', message: `DOI ${held.doi} is already study "${held.id}" in the graph: use that id` }]);
    expect(report.written).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a write that fails half-way leaves nothing behind (one transaction)', async () => {
    const before = await snapshot(db);
    const failing = inOneTransaction(db, 'TEST_HALF_WAY', async (txDb) => {
      await txDb.write('TEST_ADD', "CREATE (:Claim {id: 'half-way-claim', statement: 'x'})");
      await txDb.write('TEST_CLASH', "CREATE (:Claim {id: 'half-way-claim', statement: 'y'})"); // the id constraint refuses it
    });
    await expect(failing).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  test('the mutation needs a curator token', async () => {
    const r = await gql(app, IMPORT, { content: await asBase64(dataToTables(emptyWorkbookData())), dryRun: true });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  test('a file that is not a workbook is refused by the mutation, naming the file', async () => {
    const r = await gql(app, IMPORT, { content: Buffer.from('id,statement\n').toString('base64'), dryRun: true }, curator);
    expect(dataOf(r).importWorkbook.problems).toEqual([expect.objectContaining({ sheet: '(file)', row: 0, column: '-', message: expect.stringMatching(/not an XLSX workbook/) })]);
  });
});

describe('workbook downloads', () => {
  const get = (path: string) => app.fetch(`http://localhost${path}`);

  test('the blank template has every sheet with its headers and no rows', async () => {
    const res = await get('/workbook/template.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const { tables, problems } = await readXlsx(new Uint8Array(await res.arrayBuffer()));
    expect(problems).toEqual([]);
    expect(tables.get('evidence')!.headers).toEqual(['study', 'findingSet', 'finding', 'claim', 'stance', 'why', 'measuredMechanisms']);
    expect([...tables.values()].every((t) => t.rows.length === 0)).toBe(true);
    expect(checkWorkbook(tables).problems).toEqual([{ sheet: 'question', row: 0, column: '-', message: 'the question sheet has no row: name the question the workbook answers' }]);
  });

  test("one question's workbook passes the import checks as it is", async () => {
    const [questionId] = (await readGraph(db)).questions.map((q) => q.id);
    const res = await get(`/workbook/${questionId}.xlsx`);
    expect(res.status).toBe(200);
    const { tables } = await readXlsx(new Uint8Array(await res.arrayBuffer()));
    const checked = checkWorkbook(tables);
    expect(checked.problems).toEqual([]);
    expect(checked.data.claims.length).toBeGreaterThan(0);
  });

  test('an unknown question is BAD_USER_INPUT naming it', async () => {
    const res = await get('/workbook/no-such-question.xlsx');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/no-such-question/);
  });
});
