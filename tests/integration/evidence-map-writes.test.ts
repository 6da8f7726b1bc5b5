import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql, TEST_TOKEN } from './api-client.js';

const CLAIM = 'massage-reduces-pain-chronic-lbp-short-term';
const MAP = `{ evidenceMap(rows: TECHNIQUE, columns: CONDITION) { computedAt stale cells { row column studies supporting claims claimCount } } }`;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

let db: Db;
let app: App;
beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

describe('the evidence map after a write', () => {
  test('a new supporting study shows in the cell it touches at once, though the map is served from memory between writes', async () => {
    const { claim } = dataOf(await gql(app, `query($id: ID!) { claim(id: $id) { techniques { id } conditions { id } } }`, { id: CLAIM }));
    const [row, column] = [claim.techniques[0].id, claim.conditions[0].id];
    const mapNow = async () => dataOf(await gql(app, MAP)).evidenceMap;
    const cellOf = async () => ((await mapNow()).cells as any[]).find((c) => c.row === row && c.column === column);
    const first = await mapNow();
    const before = await cellOf();
    expect(await cellOf()).toEqual(before);
    expect((await mapNow()).computedAt).toBe(first.computedAt);

    const reads = db.roundTrips();
    await cellOf();
    expect(db.roundTrips() - reads).toBe(0);

    dataOf(await gql(app, `mutation($i: StudyInput!) { createStudy(input: $i) { id } }`, { i: { id: 'map-write-probe', title: 'A probe trial', authors: ['Probe A'], year: 2024, design: 'RCT', sampleSize: 120 } }, auth));
    dataOf(await gql(app, `mutation($i: EvidenceInput!) { createEvidence(input: $i) { id } }`, { i: { studyId: 'map-write-probe', claimId: CLAIM, stance: 'SUPPORTS', quote: 'Pain fell more with massage.', sourceUrl: 'https://example.org/probe' } }, auth));

    const recomputed = await mapNow();
    // The seed's map recomputes in well under the wait, so the answer is current, not the previous map marked stale.
    expect(recomputed.stale).toBe(false);
    expect(Date.parse(recomputed.computedAt)).toBeGreaterThan(Date.parse(first.computedAt));
    const after = await cellOf();
    expect(after.studies).toBe(before.studies + 1);
    expect(after.supporting).toBe(before.supporting + 1);
    expect(after.claims).toContain(CLAIM);
    expect(after.claimCount).toBe(after.claims.length);
  });
});
