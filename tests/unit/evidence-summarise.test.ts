import { describe, expect, test } from 'vitest';
import { summarise, SUMMARY_RULE } from '../../server/src/evidence/summarise.js';
import { sizeFactor, studyWeight } from '../../server/src/evidence/weights.js';
import { claim, cleanRisk, point, review } from '../support/evidence-points.js';

describe('summarise', () => {
  test('a claim only articles assert: no study in this graph — asserted by N articles, no certainty level', () => {
    const s = summarise([], { assertions: 3 });
    expect(s).toMatchObject({
      studies: 0,
      findings: 0,
      balance: 0,
      certainty: null,
      noEvidence: true,
      assertedNotStudied: true,
      contested: false,
      assertions: 3,
    });
    expect(s.reason).toBe('no study in this graph — asserted by 3 articles');
  });

  test('a claim with neither studies nor assertions is not "asserted, not studied"', () => {
    expect(summarise([], { assertions: 0 })).toMatchObject({ certainty: null, assertedNotStudied: false });
  });

  test('studies counts distinct studies; findings count edges, by stance', () => {
    const s = summarise([point({ studyId: 'a' }), point({ studyId: 'a', stance: 'CONTRADICTS' }), point({ studyId: 'b' })], { claim });
    expect(s).toMatchObject({ studies: 2, findings: 3, supporting: 2, contradicting: 1, studiesSupporting: 2, studiesContradicting: 1, studiesQualifying: 0 });
    expect(s.byDesign).toEqual([{ design: 'rct', count: 2 }]);
    expect(s.balance).toBe(0.5);
  });

  test('contested needs two different studies pointing different ways', () => {
    expect(summarise([point({ studyId: 'a' }), point({ studyId: 'a', stance: 'CONTRADICTS' })]).contested).toBe(false);
    const s = summarise([point({ studyId: 'a' }), point({ studyId: 'b', stance: 'CONTRADICTS' })], { claim });
    expect(s.contested).toBe(true);
    expect(s.moderators.length).toBeGreaterThan(0);
  });

  test('a republication, a superseded review and an included trial add no weight; each exclusion says why', () => {
    const points = [
      review({ studyId: 'furlan2015', stance: 'QUALIFIES' }),
      review({ studyId: 'farber2016', stance: 'QUALIFIES', design: 'other' }),
      review({ studyId: 'furlan2008', stance: 'SUPPORTS' }),
      point({ studyId: 'cherkin2001', stance: 'SUPPORTS' }),
    ];
    const relations = [
      { from: 'farber2016', type: 'REPUBLISHES' as const, to: 'furlan2015' },
      { from: 'furlan2015', type: 'UPDATES' as const, to: 'furlan2008' },
      { from: 'furlan2015', type: 'INCLUDES' as const, to: 'cherkin2001' },
    ];
    const s = summarise(points, { relations, claim });
    expect(s).toMatchObject({ studies: 1, findings: 1, qualifying: 1, supporting: 0, balance: 0 });
    expect(s.excluded.map((e) => [e.point.studyId, e.code])).toEqual([
      ['farber2016', 'REPUBLICATION'],
      ['furlan2008', 'SUPERSEDED'],
      ['cherkin2001', 'INCLUDED_IN_REVIEW'],
    ]);
    expect(summarise(points, { claim }).studies).toBe(4);
  });

  test('sensitivity options re-score: leaving out small studies changes the balance and lists them', () => {
    const points = [
      point({ studyId: 'big', stance: 'CONTRADICTS', sampleSize: 579 }),
      point({ studyId: 'small1', sampleSize: 30 }),
      point({ studyId: 'small2', sampleSize: 24 }),
    ];
    const all = summarise(points, { claim });
    const large = summarise(points, { claim, sensitivity: { excludeSmall: true } });
    expect(all.balance).toBeGreaterThan(large.balance);
    expect(large).toMatchObject({ studies: 1, balance: -1 });
    expect(large.excluded.map((e) => e.code)).toEqual(['SMALL_STUDY', 'SMALL_STUDY']);
  });

  test('everything left out: no evidence, with the findings listed as excluded', () => {
    const s = summarise([point({ studyId: 'small', sampleSize: 10 })], { assertions: 1, sensitivity: { excludeSmall: true } });
    expect(s).toMatchObject({ certainty: null, noEvidence: true, assertedNotStudied: false });
    expect(s.reason).toContain('no study in this graph — asserted by 1 article');
    expect(s.excluded).toHaveLength(1);
  });

  test("a review's own certainty is shown beside ours", () => {
    const s = summarise([review({ studyId: 'r', studyLabel: 'Furlan 2015', risk: { ...cleanRisk, gradeCertainty: '{"overall":"low to very low"}' } })], {
      claim,
    });
    expect(s.reviewCertainty).toEqual([{ study: 'Furlan 2015', comparison: 'overall', certainty: 'low to very low', quote: null, source: null }]);
    expect(s.certainty).not.toBe('HIGH');
  });

  test('certainty, its reasons and leave-one-out travel with the summary', () => {
    const s = summarise([point({ studyId: 'a', risk: { ...cleanRisk, participantsBlinded: false } })], { claim });
    expect(s.certainty).toBe('MODERATE');
    expect(s.reason).toMatch(/^moderate: .*risk of bias/);
    expect(s.assessment.domains.find((d) => d.domain === 'RISK_OF_BIAS')!.studies).toEqual(['a']);
    expect(s.robustness.verdict).toBe('RESTS_ON_ONE_STUDY');
  });

  test('the rule travels with every summary and names its version', () => {
    expect(summarise([]).rule).toBe(SUMMARY_RULE);
    expect(SUMMARY_RULE).toContain('evigraph-grade-v2');
    expect(SUMMARY_RULE).toContain('not a GRADE assessment by a panel');
  });
});

describe('weights', () => {
  test.each([
    [1, 0.25],
    [10, 0.5],
    [100, 0.75],
    [5000, 1],
    [null, 0.5],
  ])('size factor of an RCT with n = %s is %d', (n, f) => {
    expect(sizeFactor('rct', n)).toBeCloseTo(f);
  });

  test('reviews and guidelines are not discounted for size', () => {
    expect(studyWeight('guideline', null)).toBe(3);
  });
});
