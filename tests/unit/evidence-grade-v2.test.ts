import { describe, expect, test } from 'vitest';
import { assessCertainty } from '../../server/src/evidence/certainty.js';
import type { Domain, EvidencePoint } from '../../server/src/evidence/evidence-point.js';
import { summarise } from '../../server/src/evidence/summarise.js';
import { claim, cleanRisk, point, review } from '../support/evidence-points.js';

const domain = (points: EvidencePoint[], d: Domain, c = claim) => assessCertainty(points, c).domains.find((x) => x.domain === d)!;

/** Furlan 2015's ratings as the reference records them: review-wide "low to very low", very low against active controls for pain. */
const cochraneRatings = JSON.stringify([
  {
    comparison: 'whole review',
    outcome: 'all',
    population: null,
    timepoint: 'all',
    certainty: 'LOW to VERY_LOW',
    quote: null,
    source: 'https://example.org/a',
  },
  {
    comparison: 'massage vs active controls',
    outcome: 'pain',
    population: null,
    timepoint: 'short-term',
    certainty: 'VERY_LOW',
    quote: null,
    source: 'https://example.org/b',
  },
]);
const cochrane = (over: Partial<EvidencePoint>) =>
  review({ studyId: 'furlan2015', studyLabel: 'Furlan 2015', risk: { ...cleanRisk, gradeCertainty: null, statedRatings: cochraneRatings }, ...over });

describe("a review's own rating binds (issue 19: certainty a reviewer would sign)", () => {
  test('its per-comparison rating caps the claim: very low against active controls for short-term pain', () => {
    const c = assessCertainty([cochrane({ comparator: 'active control (exercise)', timepoint: 'short-term', outcome: 'pain' })], claim);
    expect(c).toMatchObject({ level: 'VERY_LOW', ceiling: 'VERY_LOW' });
    expect(c.reason).toContain('Furlan 2015 rates this comparison (massage vs active controls, pain, short-term) “very low”');
  });

  test('a comparison it gives no rating for gets its review-wide statement, at the range’s upper end', () => {
    const shamClaim = { ...claim, comparators: ['sham'] };
    const c = assessCertainty(
      [
        cochrane({
          comparator: 'inactive control (sham)',
          timepoint: 'short-term',
          outcome: 'pain',
          effect: { measure: 'SMD', value: -0.75, ciLow: -0.9, ciHigh: -0.6, participants: 761, studies: 7 },
        }),
      ],
      shamClaim,
    );
    expect(c).toMatchObject({ level: 'LOW', ceiling: 'LOW' });
    expect(c.reason).toContain('rates its evidence as a whole “low to very low”');
  });

  test('a rating for a group of treatments does not lift the claim above the review of massage itself', () => {
    const effect = { measure: 'SMD', value: -0.7, ciLow: -0.9, ciHigh: -0.5, participants: 700, studies: 7 };
    const group = review({
      studyId: 'chou2017',
      studyLabel: 'Chou 2017',
      comparator: 'usual care',
      effect,
      risk: { ...cleanRisk, gradeCertainty: '{"exercise, massage and others (a group of therapies)":"low to moderate"}' },
    });
    const c = assessCertainty([group, cochrane({ comparator: 'usual care', effect })], claim);
    expect(c).toMatchObject({ level: 'LOW', ceiling: 'LOW' });
    expect(assessCertainty([group], claim).level).toBe('MODERATE');
  });
});

describe('GRADE mechanics', () => {
  test('within-group change inside a randomised trial starts low', () => {
    const c = assessCertainty(
      [point({ studyId: 'elder', comparator: 'none (within-group change)' }), point({ studyId: 'maj', comparator: 'none (within-group change)' })],
      claim,
    );
    expect(c.start).toBe('LOW');
    expect(c.startReason).toContain('no randomised between-group evidence');
  });

  test('overviews of reviews and narrative reviews start low', () => {
    expect(assessCertainty([review({ studyId: 'kumar', reviewMethod: 'overview' })], claim).start).toBe('LOW');
    expect(assessCertainty([review({ studyId: 'ernst', reviewMethod: 'narrative' })], claim).start).toBe('LOW');
    expect(assessCertainty([review({ studyId: 'furlan', reviewMethod: 'systematic' })], claim).start).toBe('HIGH');
  });

  test('a single trial of 24 people loses two levels for imprecision', () => {
    const d = domain([point({ studyId: 'hr2001', studyLabel: 'Hernandez-Reif 2001', sampleSize: 24 })], 'IMPRECISION');
    expect(d.levels).toBe(2);
    expect(d.reason).toContain('one trial of 24 participants (Hernandez-Reif 2001)');
  });

  test('participants are counted per comparison, never summed across comparisons that were not pooled', () => {
    const d = domain(
      [point({ studyId: 'a', sampleSize: 250, comparator: 'usual care' }), point({ studyId: 'b', sampleSize: 250, comparator: 'inactive control (sham)' })],
      'IMPRECISION',
    );
    expect(d.levels).toBe(1);
    expect(d.reason).toContain('250 participants in the largest comparison');
  });

  test('a finding of no difference is not penalised for an interval crossing no effect when it excludes an important difference', () => {
    const ateam = point({
      studyId: 'ateam',
      stance: 'CONTRADICTS',
      sampleSize: 579,
      effect: { measure: 'MD, Roland disability points', value: -0.58, ciLow: -1.94, ciHigh: 0.77, participants: null, studies: 1 },
    });
    expect(domain([ateam], 'IMPRECISION').levels).toBe(0);
    const wide = point({
      studyId: 'small',
      stance: 'CONTRADICTS',
      sampleSize: 579,
      effect: { measure: 'MD, Roland disability points', value: -1, ciLow: -6, ciHigh: 2, participants: null, studies: 1 },
    });
    expect(domain([wide], 'IMPRECISION').reason).toContain('does not exclude an important difference (5 on the Roland-Morris');
  });

  test('a surrogate outcome (urinary serotonin) is downgraded for indirectness', () => {
    const d = domain([point({ studyId: 'hr2001', outcome: 'serotonin / dopamine', outcomeMeasure: 'urinary serotonin' })], 'INDIRECTNESS', {
      ...claim,
      outcomes: ['serotonin'],
    });
    expect(d.levels).toBe(1);
    expect(d.reason).toContain('measured a surrogate');
  });

  test('massage tested as an add-on to another treatment is indirect', () => {
    const d = domain(
      [point({ studyId: 'zheng', comparator: 'active control (lumbar traction alone; massage group had massage plus the same traction)' })],
      'INDIRECTNESS',
      { ...claim, comparators: [] },
    );
    expect(d.reason).toContain('add-on');
  });

  test('inconsistency from effect sizes: where they pool, I² and the prediction interval decide even when every stance agrees', () => {
    const a = point({ studyId: 'a', effect: { measure: 'SMD', value: -1.2, ciLow: -1.6, ciHigh: -0.9, participants: 400, studies: 1 } });
    const b = point({ studyId: 'b', effect: { measure: 'SMD', value: -0.2, ciLow: -0.4, ciHigh: -0.05, participants: 400, studies: 1 } });
    expect(domain([a, b], 'INCONSISTENCY')).toMatchObject({
      levels: 1,
      reason: expect.stringMatching(/^I² = 96% across 2 pooled studies .* prediction interval −2\.36 to 0\.986: substantial heterogeneity/),
    });
    const c = point({ studyId: 'c', stance: 'CONTRADICTS', effect: { measure: 'SMD', value: -0.3, ciLow: -0.7, ciHigh: 0.1, participants: 400, studies: 1 } });
    expect(domain([b, c], 'INCONSISTENCY').levels).toBe(0);
  });

  test('inconsistency from effect sizes that do not pool (a measure with no computable variance): non-overlapping intervals cost a level', () => {
    const a = point({ studyId: 'a', effect: { measure: 'HR', value: 0.5, ciLow: 0.4, ciHigh: 0.6, participants: 400, studies: 1 } });
    const b = point({ studyId: 'b', effect: { measure: 'HR', value: 0.9, ciLow: 0.8, ciHigh: 0.95, participants: 400, studies: 1 } });
    expect(domain([a, b], 'INCONSISTENCY')).toMatchObject({ levels: 1, reason: 'effect intervals do not overlap (a and b)' });
  });

  test('a guideline adds no weight to an effect claim beside the reviews it rests on', () => {
    const guideline = point({ studyId: 'nice', design: 'guideline', sampleSize: null, stance: 'CONTRADICTS' });
    const s = summarise([review({ studyId: 'r' }), guideline], { claim });
    expect(s.balance).toBe(1);
    expect(s.verdict).toBe('SUPPORTED');
    expect(s.assessment.startReason).toContain('guidelines (nice) are shown but add no weight');
  });

  test('a claim about the evidence gets no level, and a documentary verdict', () => {
    const s = summarise([review({ studyId: 'furlan' }), review({ studyId: 'kumar', stance: 'CONTRADICTS' })], { claim: { ...claim, kind: 'EVIDENCE' } });
    expect(s.certainty).toBeNull();
    expect(s.verdict).toBe('PARTLY_DOCUMENTED');
    expect(s.reason).toContain('not rated');
  });
});

describe('verdict words that never overstate', () => {
  const verdict = (points: EvidencePoint[], c = claim) => summarise(points, { claim: c }).verdict;

  test('only uncontrolled data or a case report is insufficient', () => {
    expect(verdict([point({ studyId: 'elder', design: 'cohort', comparator: 'none (within-group change)' })])).toBe('INSUFFICIENT');
    expect(verdict([point({ studyId: 'allen', design: 'case_report', sampleSize: 1 })])).toBe('INSUFFICIENT');
  });

  test('one very small trial (under 100, where imprecision takes two levels) is insufficient', () => {
    expect(verdict([point({ studyId: 'hr', sampleSize: 24 })])).toBe('INSUFFICIENT');
    expect(verdict([point({ studyId: 'zheng', sampleSize: 64 })])).toBe('INSUFFICIENT');
    expect(verdict([point({ studyId: 'preyde', sampleSize: 107 })])).toBe('SUPPORTED');
  });

  test('a small trial whose interval includes both no effect and an important one is inconclusive, not contradicting', () => {
    // As Cochrane 2015 reports the one acute-pain trial: a review's finding, so not "one very small trial" of our own.
    const p = review({
      studyId: 'acute',
      stance: 'CONTRADICTS',
      effect: { measure: 'SMD', value: -0.5, ciLow: -1.06, ciHigh: 0.06, participants: 51, studies: 1 },
    });
    expect(verdict([p])).toBe('INCONCLUSIVE');
  });

  test('contested needs a credible dissent: a secondary paraphrase does not make it', () => {
    const paraphrase = point({ studyId: 'copy', stance: 'CONTRADICTS', sampleSize: 60, sourceKind: 'secondary' });
    expect(verdict([review({ studyId: 'r' }), point({ studyId: 't' }), paraphrase])).toBe('SUPPORTED');
    expect(verdict([review({ studyId: 'r' }), point({ studyId: 't', stance: 'CONTRADICTS' })])).toBe('CONTESTED');
  });

  test('only qualifying findings: inconclusive; no study: no study in this graph', () => {
    expect(verdict([point({ studyId: 'q', stance: 'QUALIFIES' })])).toBe('INCONCLUSIVE');
    expect(verdict([])).toBe('NO_STUDY_IN_GRAPH');
  });
});
