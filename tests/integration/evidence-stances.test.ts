import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/src/db/db.js';
import { checkSeed } from '../../server/src/seed/check-seed.js';
import { seedCopy } from '../support/seed-fixture.js';
import { evidenceId } from '../../server/src/seed/to-rows.js';
import { createTestDb, resetAndSeed } from '../support/test-db.js';

type Stance = 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES';

/**
 * Stances from the per-link review of issue 9: each finding read against the
 * claim's population, outcome, timepoint and comparator. [claim, study, finding, stance, rationale].
 */
const REVIEWED: Array<[claim: string, study: string, finding: number, stance: Stance, rationale: string]> = [
  [
    'evidence-for-massage-insufficient',
    'furlan2015cochrane',
    0,
    'SUPPORTS',
    '"very little confidence that massage is an effective treatment" states the claim',
  ],
  ['massage-benefits-proven-by-research', 'furlan2015cochrane', 0, 'CONTRADICTS', 'very little confidence is the opposite of proven'],
  ['massage-effective-for-low-back-pain', 'furlan2015cochrane', 0, 'QUALIFIES', 'short-term improvement only, very little confidence'],
  ['massage-reduces-pain-chronic-lbp-long-term', 'furlan2015cochrane', 0, 'CONTRADICTS', 'pain improved only in short-term follow-up'],
  ['massage-reduces-pain-chronic-lbp-short-term', 'furlan2015cochrane', 0, 'SUPPORTS', 'chronic LBP improved in short-term follow-up'],
  ['massage-relief-is-temporary', 'furlan2015cochrane', 0, 'SUPPORTS', 'improvements only in the short term'],
  ['massage-better-than-placebo', 'furlan2015cochrane', 3, 'SUPPORTS', 'SMD -0.75 for pain vs inactive controls, short term'],
  ['massage-better-than-placebo', 'furlan2015cochrane', 5, 'QUALIFIES', 'better than inactive controls short-term only'],
  // Issue-19 link review: was CONTRADICTS; the interval (-1.06 to 0.06) crosses no effect, so it is inconclusive.
  ['massage-improves-function-acute-lbp', 'furlan2015cochrane', 2, 'QUALIFIES', 'not significant, but the interval crosses no effect'],
  ['massage-reduces-pain-chronic-lbp-long-term', 'furlan2015cochrane', 7, 'SUPPORTS', 'SMD -0.4 vs active controls at 6-12 months'],
  ['massage-relief-is-temporary', 'furlan2015cochrane', 7, 'CONTRADICTS', 'still better than active controls at 6-12 months'],
  ['massage-is-safe', 'furlan2015cochrane', 8, 'SUPPORTS', 'only minor adverse effects'],
  ['evidence-for-massage-insufficient', 'farber2016', 0, 'SUPPORTS', 'reproduces the Cochrane 2015 sentence'],
  ['massage-benefits-proven-by-research', 'farber2016', 0, 'CONTRADICTS', 'reproduces the Cochrane 2015 sentence'],
  ['massage-benefits-proven-by-research', 'kumar2013', 1, 'CONTRADICTS', 'primary research generally weak'],
  ['evidence-for-massage-insufficient', 'kumar2013', 1, 'SUPPORTS', 'primary research generally weak'],
  ['massage-benefits-proven-by-research', 'ernst1999', 0, 'CONTRADICTS', 'too few trials for a reliable evaluation'],
  ['evidence-for-massage-insufficient', 'ernst1999', 0, 'SUPPORTS', 'too few trials for a reliable evaluation'],
  ['massage-as-good-as-spinal-manipulation', 'ernst1999', 1, 'CONTRADICTS', 'one trial: less effective than manipulation'],
  ['massage-benefits-proven-by-research', 'chou2017', 0, 'QUALIFIES', 'supported, but only low-to-moderate strength'],
  ['massage-relief-is-temporary', 'chou2017', 1, 'SUPPORTS', 'benefits generally short term'],
  ['evidence-for-massage-insufficient', 'nice2016ng59', 1, 'SUPPORTS', 'no evidence that massage is effective'],
  ['massage-standalone-effective', 'nice2016ng59', 0, 'CONTRADICTS', 'only as part of a package with exercise'],
  // Issue-19 link review: was SUPPORTS; a recommendation, not a comparison of the package with massage alone.
  ['massage-plus-exercise-better-than-massage-alone', 'nice2016ng59', 0, 'QUALIFIES', 'recommended only within a package with exercise, but not a comparison'],
  ['guidelines-recommend-massage-for-lbp', 'nice2016ng59', 0, 'QUALIFIES', 'only as part of a package'],
  ['guidelines-recommend-massage-for-lbp', 'qaseem2017', 0, 'SUPPORTS', 'recommended for acute/subacute LBP'],
  ['guidelines-recommend-massage-for-lbp', 'qaseem2017', 1, 'QUALIFIES', 'absent from the chronic-LBP recommendation'],
  ['guidelines-recommend-massage-for-lbp', 'kngf2021', 0, 'CONTRADICTS', 'do not use as a single intervention'],
  ['massage-helps-sciatica', 'kngf2021', 0, 'CONTRADICTS', 'do not use in lumbosacral radicular syndrome'],
  ['massage-as-good-as-exercise-or-alexander-long-term', 'little2008ateam', 1, 'CONTRADICTS', 'exercise and Alexander, not massage, effective at one year'],
  ['massage-better-than-usual-care', 'little2008ateam', 1, 'QUALIFIES', 'better than normal care at 3 months, not at one year'],
  ['massage-reduces-pain-chronic-lbp-long-term', 'little2008ateam', 1, 'CONTRADICTS', 'not effective at one year'],
  ['massage-better-than-usual-care', 'little2008ateam', 0, 'SUPPORTS', 'better than normal care at 3 months'],
  ['massage-better-than-self-care-education', 'cherkin2001', 2, 'QUALIFIES', 'better at 10 weeks, not after one year'],
  ['massage-improves-function-chronic-lbp-long-term', 'cherkin2001', 2, 'CONTRADICTS', 'no better than self-care at one year'],
  ['massage-better-than-acupuncture', 'cherkin2001', 3, 'SUPPORTS', 'less disability than acupuncture at 10 weeks'],
  ['massage-reduces-medication-use-and-costs', 'cherkin2001', 4, 'SUPPORTS', 'least medication, lowest costs'],
  ['massage-better-than-usual-care', 'cherkin2011', 3, 'QUALIFIES', 'symptom benefit at 10 weeks gone by 52'],
  ['massage-better-than-usual-care', 'cherkin2011', 2, 'SUPPORTS', 'function still better at 52 weeks, small'],
  ['massage-relief-is-temporary', 'cherkin2011', 3, 'SUPPORTS', 'symptom benefit gone by 52 weeks'],
  ['relaxation-and-structural-massage-equal', 'cherkin2011', 4, 'SUPPORTS', 'similar function at 10 weeks'],
  ['deeper-massage-better-than-relaxation-massage', 'cherkin2011', 4, 'CONTRADICTS', 'structural no better than relaxation'],
  ['positive-expectations-contribute-to-benefit', 'boulanger2012', 0, 'SUPPORTS', 'expectations predicted greater improvement'],
  ['thai-massage-better-than-swedish', 'chatchawan2005', 1, 'CONTRADICTS', 'no difference between Thai and Swedish'],
  ['nsaid-plus-deep-tissue-better-than-massage-alone', 'majchrzycki2014', 1, 'CONTRADICTS', 'adding an NSAID made no difference'],
  ['acupressure-better-than-physical-therapy', 'hsieh2006', 1, 'SUPPORTS', 'advantage over physical therapy at six months'],
  ['massage-plus-exercise-better-than-massage-alone', 'preyde2000', 0, 'SUPPORTS', 'comprehensive massage beat soft-tissue manipulation alone'],
  // Issue-19 link review: was SUPPORTS; within-group change without a control cannot support a causal claim.
  ['massage-improves-function-chronic-lbp-short-term', 'elder2017', 1, 'QUALIFIES', '75% still improved at 24 weeks, within-group without a control'],
];

/** Links the review removed: the finding says nothing about the claim. [claim, study, finding, why removed]. */
const NOT_LINKED: Array<[claim: string, study: string, finding: number, why: string]> = [
  ['massage-reduces-pain-chronic-lbp-long-term', 'cherkin2001', 3, 'a 10-week disability result says nothing about pain at one year'],
  ['massage-effective-for-low-back-pain', 'allen2016', 0, 'one uncontrolled case with specific spinal pathology'],
  ['massage-standalone-effective', 'ernst1999', 1, 'less effective than manipulation says nothing about massage alone'],
  ['massage-improves-function-chronic-lbp-long-term', 'elder2017', 1, '24 weeks is not six months to one year'],
  ['massage-improves-range-of-motion', 'kamali2014', 2, 'equal to an active treatment says nothing about the effect of massage'],
];

let db: Db;
beforeAll(async () => {
  db = createTestDb();
  await resetAndSeed(db);
});
afterAll(() => db.close());

async function stanceOf(claim: string, study: string, finding: number): Promise<Stance[]> {
  const rows = await db.read<{ stance: Stance }>(
    'TEST_STANCE',
    'MATCH (:Study {id: $study})-[e:SUPPORTS|CONTRADICTS|QUALIFIES]->(:Claim {id: $claim}) WHERE e.id = $id RETURN type(e) AS stance',
    { study, claim, id: evidenceId(study, finding, claim) },
  );
  return rows.map((r) => r.stance);
}

describe('evidence stances judged per finding and claim', () => {
  test('the review lists at least 40 judged links', () => {
    expect(REVIEWED.length).toBeGreaterThanOrEqual(40);
  });

  test.each(REVIEWED)('%s ← %s finding %i is %s (%s)', async (claim, study, finding, stance) => {
    expect(await stanceOf(claim, study, finding)).toEqual([stance]);
  });

  test.each(NOT_LINKED)('%s ← %s finding %i is not linked (%s)', async (claim, study, finding) => {
    expect(await stanceOf(claim, study, finding)).toEqual([]);
  });

  test('every loaded seed edge has the stance and reason its link in evidence.json states', async () => {
    const data = checkSeed(seedCopy()); // the massage question, as resetAndSeed loads it
    const expected = new Map(data.evidence.flatMap((e) => e.links.map((l) => [evidenceId(e.study, e.finding, l.claim), `${l.stance} ${l.why}`] as const)));
    const loaded = await db.read<{ id: string; stance: string; why: string }>(
      'TEST_ALL_STANCES',
      'MATCH (:Study)-[e:SUPPORTS|CONTRADICTS|QUALIFIES]->(:Claim) WHERE e.finding IS NOT NULL RETURN e.id AS id, type(e) AS stance, e.why AS why',
    );
    expect(loaded).toHaveLength(expected.size);
    for (const e of loaded) expect(`${e.stance} ${e.why}`, e.id).toBe(expected.get(e.id));
  });

  test("ATEAM never contradicts a claim about exercise or Alexander lessons, and no comparator takes a finding's stance", async () => {
    const rows = await db.read<{ technique: string; claim: string }>(
      'TEST_COMPARATOR_STANCE',
      `MATCH (:Study {id: 'little2008ateam'})-[:CONTRADICTS]->(c:Claim)-[:ABOUT]->(t:Technique)
       WHERE t.id IN ['exercise-therapy', 'alexander-technique'] RETURN t.id AS technique, c.id AS claim`,
    );
    expect(rows).toEqual([]);
    const comparatorsUnderTest = await db.read<{ claim: string }>(
      'TEST_COMPARATOR_ABOUT',
      'MATCH (c:Claim)-[:ABOUT]->(t:Technique)<-[:COMPARED_WITH]-(c) RETURN c.id AS claim',
    );
    expect(comparatorsUnderTest).toEqual([]);
  });
});
