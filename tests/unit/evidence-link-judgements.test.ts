import { MASSAGE_QUESTION } from '../support/seed-fixture.js';
import { describe, expect, test } from 'vitest';
import { checkSeed } from '../../server/src/seed/check-seed.js';
import { SEED_ROOT } from '../../server/src/seed/load-seed.js';

/**
 * The evidence links re-judged in the issue-19 review (item 6), each named with its reason: a short phrase the link's
 * `why` in graph-seed/questions/massage-back-pain/evidence.json must contain. Judged against the finding in reference-studies.json and the
 * claim statement in claims.json.
 */
type Stance = 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES';

const WITHIN_GROUP = 'within-group change without a control';

/** Links whose stance changed: [claim, study, finding, old stance, new stance, reason phrase]. */
const CHANGED: Array<[claim: string, study: string, finding: number, was: Stance, now: Stance, reason: string]> = [
  ['massage-reduces-pain-chronic-lbp-short-term', 'elder2017', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['massage-improves-function-chronic-lbp-short-term', 'elder2017', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['massage-improves-quality-of-life', 'elder2017', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['massage-improves-function-chronic-lbp-short-term', 'elder2017', 1, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['massage-reduces-pain-chronic-lbp-short-term', 'majchrzycki2014', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['deep-tissue-relieves-chronic-back-pain', 'majchrzycki2014', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['swedish-massage-relieves-back-pain', 'chatchawan2005', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['thai-massage-relieves-back-pain', 'chatchawan2005', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['massage-helps-specific-spinal-pathology', 'allen2016', 0, 'SUPPORTS', 'QUALIFIES', WITHIN_GROUP],
  ['massage-improves-function-acute-lbp', 'furlan2015cochrane', 2, 'CONTRADICTS', 'QUALIFIES', 'the interval crosses no effect'],
  ['massage-plus-exercise-better-than-massage-alone', 'nice2016ng59', 0, 'SUPPORTS', 'QUALIFIES', 'a recommendation, not a comparison'],
  ['massage-better-than-placebo', 'preyde2000', 0, 'SUPPORTS', 'QUALIFIES', 'also had exercise and posture education'],
  ['massage-better-than-placebo', 'preyde2000', 1, 'SUPPORTS', 'QUALIFIES', 'also had exercise and posture education'],
  ['massage-raises-pain-tolerance', 'zheng2012', 1, 'SUPPORTS', 'QUALIFIES', 'measured pressure-pain threshold, not pain tolerance'],
];

/** Links added: [claim, study, finding, stance, reason phrase]. */
const ADDED: Array<[claim: string, study: string, finding: number, stance: Stance, reason: string]> = [
  // Trials (and review comparisons) of massage alone, judged finding by finding on the claim's outcome, pain.
  ['massage-standalone-effective', 'cherkin2001', 0, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'cherkin2001', 2, 'QUALIFIES', 'massage alone'],
  ['massage-standalone-effective', 'cherkin2011', 1, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'cherkin2011', 3, 'QUALIFIES', 'massage alone'],
  ['massage-standalone-effective', 'little2008ateam', 0, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'little2008ateam', 1, 'QUALIFIES', 'massage alone'],
  ['massage-standalone-effective', 'furlan2015cochrane', 0, 'QUALIFIES', 'massage alone'],
  ['massage-standalone-effective', 'furlan2015cochrane', 1, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'furlan2015cochrane', 3, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'furlan2015cochrane', 5, 'QUALIFIES', 'massage alone'],
  ['massage-standalone-effective', 'furlan2015cochrane', 6, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'furlan2015cochrane', 7, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'field2007', 0, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'hernandezreif2001', 0, 'SUPPORTS', 'massage alone'],
  ['massage-standalone-effective', 'preyde2000', 1, 'QUALIFIES', 'massage alone'],
  // Findings on a claim's outcome that were left unlinked.
  ['massage-better-than-physical-therapy', 'kamali2014', 2, 'QUALIFIES', 'not better'],
  ['massage-improves-function-chronic-lbp-short-term', 'hsieh2006', 0, 'SUPPORTS', 'acupressure, a massage style'],
  ['massage-improves-function-chronic-lbp-short-term', 'hsieh2006', 1, 'SUPPORTS', 'acupressure, a massage style'],
  ['massage-reduces-pain-chronic-lbp-short-term', 'hsieh2006', 1, 'SUPPORTS', 'acupressure, a massage style'],
  ['massage-improves-quality-of-life', 'elder2017', 1, 'QUALIFIES', WITHIN_GROUP],
  ['massage-ineffective-for-underlying-conditions', 'allen2016', 0, 'QUALIFIES', WITHIN_GROUP],
];

/**
 * Links re-reviewed and kept as they were: every other link on a within-group finding or from a guideline, and
 * the review's own sham-laser statement. [claim, study, finding, stance, why it holds].
 */
const KEPT: Array<[claim: string, study: string, finding: number, stance: Stance, holds: string]> = [
  [
    'positive-expectations-contribute-to-benefit',
    'boulanger2012',
    0,
    'SUPPORTS',
    'measures the association of expectation with change that the claim is about, not an effect of massage',
  ],
  ['massage-reduces-pain-acute-lbp', 'qaseem2017', 0, 'SUPPORTS', "the recommendation answers the claim's question; its why names the low-quality evidence"],
  ['massage-helps-subacute-lbp', 'qaseem2017', 0, 'SUPPORTS', "the recommendation answers the claim's question; its why names the low-quality evidence"],
  ['guidelines-recommend-massage-for-lbp', 'qaseem2017', 0, 'SUPPORTS', 'a recommendation for massage in acute or subacute pain'],
  ['guidelines-recommend-massage-for-lbp', 'qaseem2017', 1, 'QUALIFIES', 'massage absent from the chronic-pain recommendation'],
  ['massage-helps-sciatica', 'nice2016ng59', 0, 'QUALIFIES', 'allowed with or without sciatica, only in a package with exercise'],
  ['massage-standalone-effective', 'nice2016ng59', 0, 'CONTRADICTS', "the guideline answers the claim's question: not on its own"],
  ['guidelines-recommend-massage-for-lbp', 'nice2016ng59', 0, 'QUALIFIES', 'recommended only within a package'],
  [
    'massage-effective-for-low-back-pain',
    'nice2016ng59',
    1,
    'CONTRADICTS',
    'no evidence that massage is effective (secondary summary, weighed as such by the rule)',
  ],
  ['massage-standalone-effective', 'nice2016ng59', 1, 'CONTRADICTS', 'no evidence that massage is effective'],
  ['massage-better-than-placebo', 'nice2016ng59', 1, 'CONTRADICTS', 'no evidence beyond a placebo effect'],
  ['evidence-for-massage-insufficient', 'nice2016ng59', 1, 'SUPPORTS', 'no evidence that massage is effective'],
  ['massage-benefits-proven-by-research', 'nice2016ng59', 1, 'CONTRADICTS', 'no evidence that massage is effective'],
  ['massage-helps-sciatica', 'kngf2021', 0, 'CONTRADICTS', 'do not use in lumbosacral radicular syndrome'],
  ['massage-standalone-effective', 'kngf2021', 0, 'CONTRADICTS', 'do not use as a single intervention'],
  ['guidelines-recommend-massage-for-lbp', 'kngf2021', 0, 'CONTRADICTS', 'advises against massage as a single intervention'],
  [
    'massage-better-than-placebo',
    'furlan2002spine',
    0,
    'SUPPORTS',
    'the review states massage was superior to sham laser, "especially" (not only) with exercise and education',
  ],
];

const data = checkSeed(SEED_ROOT);

function linkOf(claim: string, study: string, finding: number) {
  const links = data.evidence.filter((e) => e.study === study && e.finding === finding).flatMap((e) => e.links);
  return links.filter((l) => l.claim === claim);
}

const key = (claim: string, study: string, finding: number) => `${study}.f${finding}.${claim}`;
const named = new Set([...CHANGED, ...ADDED, ...KEPT].map(([claim, study, finding]) => key(claim, study, finding)));

describe('evidence links re-judged in the issue-19 review', () => {
  test.each(CHANGED)('%s ← %s finding %i: %s → %s (%s)', (claim, study, finding, _was, now, reason) => {
    const [link, ...more] = linkOf(claim, study, finding);
    expect(more).toEqual([]);
    expect(link?.stance).toBe(now);
    expect(link?.why.toLowerCase()).toContain(reason.toLowerCase());
  });

  test.each(ADDED)('added: %s ← %s finding %i is %s (%s)', (claim, study, finding, stance, reason) => {
    const [link, ...more] = linkOf(claim, study, finding);
    expect(more).toEqual([]);
    expect(link?.stance).toBe(stance);
    expect(link?.why.toLowerCase()).toContain(reason.toLowerCase());
  });

  test.each(KEPT)('kept: %s ← %s finding %i is %s (%s)', (claim, study, finding, stance) => {
    expect(linkOf(claim, study, finding).map((l) => l.stance)).toEqual([stance]);
  });

  test('every link on a within-group finding is named here, and only the expectation association supports its claim', () => {
    const withinGroup = data.studies
      .flatMap((s) => s.findings.map((f, i) => ({ study: s.id, finding: i, within: /within-group/i.test(f.comparator ?? '') || s.design === 'case_report' })))
      .filter((f) => f.within);
    expect(withinGroup.length).toBeGreaterThanOrEqual(6);
    for (const { study, finding } of withinGroup) {
      for (const link of data.evidence.filter((e) => e.study === study && e.finding === finding).flatMap((e) => e.links)) {
        expect(named, key(link.claim, study, finding)).toContain(key(link.claim, study, finding));
        if (study !== 'boulanger2012') expect(link.stance, key(link.claim, study, finding)).toBe('QUALIFIES');
      }
    }
  });

  test('every guideline link of the massage question is named here', () => {
    const guidelines = new Set(data.studies.filter((s) => s.design === 'guideline').map((s) => s.id));
    const massageEvidence = data.questions.find((q) => q.question.id === MASSAGE_QUESTION)!.evidence;
    const links = massageEvidence.filter((e) => guidelines.has(e.study)).flatMap((e) => e.links.map((l) => key(l.claim, e.study, e.finding)));
    expect(links.length).toBeGreaterThanOrEqual(14);
    for (const k of links) expect(named, k).toContain(k);
  });

  test('the pressure-pain-threshold finding no longer counts as having measured pain tolerance', () => {
    const [link] = linkOf('massage-raises-pain-tolerance', 'zheng2012', 1);
    expect(link?.measuredMechanisms ?? []).not.toContain('pain-tolerance-increase');
  });

  test('each trial of massage alone named in the issue is linked to massage-standalone-effective', () => {
    const linked = new Set(data.evidence.filter((e) => e.links.some((l) => l.claim === 'massage-standalone-effective')).map((e) => `${e.study}.f${e.finding}`));
    for (const s of ['cherkin2001.f0', 'cherkin2011.f1', 'little2008ateam.f0', 'furlan2015cochrane.f3', 'furlan2015cochrane.f6']) expect(linked).toContain(s);
  });
});
