import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { summaryRuns } from '../../server/src/use-cases/claim-page.js';
import { createSeededApp, dataOf, gql } from './api-client.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const CLAIM = 'massage-effective-for-low-back-pain';

/** How many evidence summaries one request computed. */
async function summariesFor(query: string): Promise<number> {
  const before = summaryRuns.count;
  dataOf(await gql(app, query, { id: CLAIM }));
  return summaryRuns.count - before;
}

describe('the claim request computes its evidence summary once', () => {
  test('summary, summary of findings and an alias of the summary share one computation', async () => {
    const runs = await summariesFor(`query($id: ID!) { claim(id: $id) {
      summary { findings certainty contested }
      again: summary { balance reason }
      summaryOfFindings { rows { outcome } markdown } } }`);
    expect(runs).toBe(1);
  });

  test('a second filter or sensitivity is a second summary, computed once too', async () => {
    const runs = await summariesFor(`query($id: ID!) { claim(id: $id) {
      summary { findings }
      summaryOfFindings { csv }
      small: summary(sensitivity: { excludeSmall: true }) { findings }
      smallTable: summaryOfFindings(sensitivity: { excludeSmall: true }) { csv }
      rcts: summary(filter: { designs: [RCT] }) { findings } } }`);
    expect(runs).toBe(3);
  });

  test('each request computes its own summary (none is kept across requests)', async () => {
    const query = `query($id: ID!) { claim(id: $id) { summary { findings } } }`;
    expect(await summariesFor(query)).toBe(1);
    expect(await summariesFor(query)).toBe(1);
  });

  test('the summary-of-findings download computes one summary', async () => {
    const before = summaryRuns.count;
    const res = await app.fetch(`http://localhost/export/summary-of-findings?claimId=${CLAIM}&format=csv`);
    expect(res.status).toBe(200);
    expect(summaryRuns.count - before).toBe(1);
  });
});
