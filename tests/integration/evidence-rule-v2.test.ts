import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../server/src/app.js';
import type { Db } from '../../server/src/db/db.js';
import { createSeededApp, dataOf, gql } from './api-client.js';
import { seedSummaries } from '../support/seed-summaries.js';
import { seedCopy } from '../support/seed-fixture.js';

let db: Db;
let app: App;

beforeAll(async () => ({ db, app } = await createSeededApp()));
afterAll(() => db.close());

const SUMMARY = `query($id: ID!, $s: SensitivityInput) { claim(id: $id) {
  claimKind
  summary(sensitivity: $s) {
    studies certainty verdict verdictReason possibleOverlap contested reason
    certaintyAssessment { level ceiling }
    reviewCertainty { study comparison certainty quote source }
    excluded { studyId code carriedBy } } } }`;

const claimOf = async (id: string, s?: Record<string, boolean>) => dataOf(await gql(app, SUMMARY, { id, s })).claim;

describe('issue 19 through GraphQL, on the real Neo4j', () => {
  test('INCLUDES is inherited through UPDATES: leaving superseded versions out does not bring their trials back (8 studies stay 8)', async () => {
    const id = 'massage-reduces-pain-chronic-lbp-short-term';
    const plain = await claimOf(id);
    const without = await claimOf(id, { excludeSuperseded: true });
    expect(without.summary.studies).toBe(plain.summary.studies);
    const carried = without.summary.excluded.filter((e: any) => e.code === 'INCLUDED_IN_REVIEW').map((e: any) => [e.studyId, e.carriedBy]);
    expect(carried).toEqual(
      expect.arrayContaining([
        ['field2007', 'furlan2015cochrane'],
        ['hernandezreif2001', 'furlan2015cochrane'],
      ]),
    );
  });

  test("Cherkin 2011's one-year function finding counts on its own: Cochrane 2015's long-term finding is against another comparison", async () => {
    const c = await claimOf('massage-improves-function-chronic-lbp-long-term');
    expect(c.summary.excluded.map((e: any) => e.studyId)).not.toContain('cherkin2011');
  });

  test('the new verdict words come through GraphQL: insufficient, inconclusive, documented, no study in this graph', async () => {
    expect((await claimOf('massage-raises-serotonin-dopamine')).summary.verdict).toBe('INSUFFICIENT');
    expect((await claimOf('massage-helps-specific-spinal-pathology')).summary.verdict).toBe('INSUFFICIENT');
    expect((await claimOf('massage-improves-function-acute-lbp')).summary.verdict).toBe('INCONCLUSIVE');
    const docs = await claimOf('evidence-for-massage-insufficient');
    expect(docs).toMatchObject({ claimKind: 'EVIDENCE', summary: { verdict: 'DOCUMENTED', certainty: null } });
    const none = await claimOf('massage-releases-endorphins');
    expect(none.summary).toMatchObject({ verdict: 'NO_STUDY_IN_GRAPH', certainty: null });
    expect(none.summary.reason).toMatch(/^no study in this graph — asserted by \d+ article/);
  });

  test("a clinic page's paraphrase of NICE no longer makes 'better than placebo' contested", async () => {
    const c = await claimOf('massage-better-than-placebo');
    expect(c.summary.verdict).toBe('SUPPORTED');
    expect(c.summary.contested).toBe(false);
  });

  test("Cochrane 2015's own rating binds and is shown with its words", async () => {
    const c = await claimOf('massage-reduces-pain-chronic-lbp-short-term');
    expect(['LOW', 'VERY_LOW']).toContain(c.summary.certainty);
    expect(c.summary.reviewCertainty).toContainEqual(
      expect.objectContaining({
        study: 'Furlan 2015',
        comparison: 'massage vs active controls',
        certainty: 'very low',
        source: expect.stringContaining('pmc.ncbi.nlm.nih.gov'),
      }),
    );
  });

  test('overlap the records do not settle is shown, and overviews can be left out', async () => {
    const c = await claimOf('massage-better-than-placebo');
    expect(c.summary.possibleOverlap.join(' ')).toContain('Kumar 2013 is an overview of reviews');
    const without = await claimOf('massage-better-than-placebo', { excludeOverviews: true });
    expect(without.summary.excluded).toContainEqual(expect.objectContaining({ studyId: 'kumar2013', code: 'OVERVIEW_OF_REVIEWS' }));
  });

  test('the API and the pure seed rule give every claim the same verdict and level', async () => {
    const expected = seedSummaries(seedCopy()); // the massage question, as createSeededApp loads it
    const got = dataOf(await gql(app, `{ claims(first: 100) { nodes { id summary { verdict certainty } } } }`)).claims.nodes;
    const byId = new Map(got.map((n: any) => [n.id, n.summary]));
    for (const e of expected) expect([e.id, byId.get(e.id)]).toEqual([e.id, { verdict: e.summary.verdict, certainty: e.summary.certainty }]);
  });
});
