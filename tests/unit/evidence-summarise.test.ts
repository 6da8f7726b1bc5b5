import { describe, expect, test } from 'vitest';
import { summarise, SUMMARY_RULE, type EvidencePoint } from '../../server/src/evidence/summarise.js';
import { isLongTerm, sizeFactor, studyWeight } from '../../server/src/evidence/weights.js';

const point = (over: Partial<EvidencePoint> & { studyId: string }): EvidencePoint => ({
  stance: 'SUPPORTS',
  design: 'rct',
  sampleSize: 400,
  timepoint: '52 weeks',
  ...over,
});

describe('summarise', () => {
  test('a claim only articles assert is "asserted, not studied", very low, balance 0', () => {
    expect(summarise([], 3)).toMatchObject({ studies: 0, balance: 0, certainty: 'VERY_LOW', assertedNotStudied: true, contested: false, assertions: 3 });
  });

  test('a claim with neither studies nor assertions is not "asserted, not studied"', () => {
    expect(summarise([], 0)).toMatchObject({ certainty: 'VERY_LOW', assertedNotStudied: false });
  });

  test.each<[string, EvidencePoint[], string, number]>([
    ['large long-term RCTs that agree', [point({ studyId: 'a' }), point({ studyId: 'b' })], 'HIGH', 1],
    ['a systematic review with no n, long-term', [point({ studyId: 'r', design: 'systematic_review', sampleSize: null, timepoint: 'long-term (6-12 months)' })], 'HIGH', 1],
    ['short follow-up only', [point({ studyId: 'a', timepoint: '10 weeks' })], 'MODERATE', 1],
    ['small n only', [point({ studyId: 'a', sampleSize: 30 })], 'MODERATE', 1],
    ['no control group (cohort)', [point({ studyId: 'a', design: 'cohort' })], 'LOW', 1],
    ['no control group, small and short (case report)', [point({ studyId: 'a', design: 'case_report', sampleSize: 1, timepoint: 'during treatment' })], 'VERY_LOW', 1],
    ['all against', [point({ studyId: 'a', stance: 'CONTRADICTS' })], 'HIGH', -1],
    ['only qualifying', [point({ studyId: 'a', stance: 'QUALIFIES' })], 'HIGH', 0],
    ['an RCT for, a review qualifying', [point({ studyId: 'a' }), point({ studyId: 'r', design: 'systematic_review', stance: 'QUALIFIES' })], 'MODERATE', 0.38],
  ])('%s → %s, balance %d', (_, points, certainty, balance) => {
    const s = summarise(points);
    expect(s.certainty).toBe(certainty);
    expect(s.balance).toBe(balance);
    expect(s.assertedNotStudied).toBe(false);
  });

  test('supporting and contradicting studies make it contested and cost a level', () => {
    const s = summarise([point({ studyId: 'a' }), point({ studyId: 'b', stance: 'CONTRADICTS' })]);
    expect(s).toMatchObject({ contested: true, certainty: 'MODERATE', supporting: 1, contradicting: 1, balance: 0 });
    expect(s.reason).toContain('both ways');
  });

  test('a heavier design outweighs a lighter one in the balance', () => {
    const s = summarise([point({ studyId: 'review', design: 'systematic_review' }), point({ studyId: 'case', design: 'case_report', sampleSize: 1, stance: 'CONTRADICTS' })]);
    expect(s.balance).toBeGreaterThan(0.8);
  });

  test('a study with several edges counts once in studies and splits its weight', () => {
    const s = summarise([point({ studyId: 'a' }), point({ studyId: 'a', stance: 'CONTRADICTS' }), point({ studyId: 'b' })]);
    expect(s.studies).toBe(2);
    expect(s.balance).toBe(0.5);
    expect(s.byDesign).toEqual([{ design: 'rct', count: 2 }]);
  });

  test('the rule travels with every summary', () => {
    expect(summarise([]).rule).toBe(SUMMARY_RULE);
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

  test.each([
    ['52 weeks', true],
    ['10 weeks and 1 year', true],
    ['6-month follow-up', true],
    ['long-term (6-12 months)', true],
    ['24 weeks', true],
    ['10 weeks', false],
    ['short-term (0-6 months)', false],
    ['3 months', false],
    ['end of treatment', false],
    ['mostly short-term', false],
    [null, false],
  ])('timepoint %j is long-term: %s', (t, expected) => {
    expect(isLongTerm(t)).toBe(expected);
  });
});
