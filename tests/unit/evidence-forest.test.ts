import { describe, expect, it } from 'vitest';
import { forestGroups, mainPooledGroup } from '../../server/src/evidence/forest.js';
import { countOnce } from '../../server/src/evidence/count-once.js';
import { inconsistencyDomain } from '../../server/src/evidence/certainty-domains.js';
import { imprecision } from '../../server/src/evidence/imprecision.js';
import { measureOfStated } from '../../server/src/evidence/point-effect.js';
import type { EvidencePoint } from '../../server/src/evidence/evidence-point.js';
import { riskRatio } from '../../server/src/meta-analysis/effect-sizes.js';
import { pool } from '../../server/src/meta-analysis/pooling.js';
import { bcgTrials } from '../support/bcg-trials.js';

const trial = (id: string, extra: Partial<EvidencePoint> = {}): EvidencePoint => ({
  studyId: id,
  studyLabel: id,
  stance: 'SUPPORTS',
  design: 'rct',
  sampleSize: null,
  timepoint: '8 weeks',
  timepointWeeks: 8,
  outcome: 'pain intensity',
  comparator: 'usual care',
  ...extra,
});

const bcgPoints = bcgTrials.map((t, i) =>
  trial(`bcg${i + 1}`, { studyLabel: `${t.author} ${t.year}`, outcome: 'pain', armData: { kind: 'binary', treatment: t.vaccinated, control: t.control } }),
);

describe('forest groups', () => {
  it('pools a group of comparable findings by REML, as pool() does on the same log risk ratios', () => {
    const [group] = forestGroups(bcgPoints);
    const direct = pool(bcgTrials.map((t) => riskRatio(t.vaccinated, t.control)));
    expect(group!.measure).toBe('RR');
    expect(group!.pooled!.k).toBe(13);
    expect(group!.pooled!.estimate).toBeCloseTo(Math.exp(direct.estimate), 12);
    expect(group!.pooled!.ciLow).toBeCloseTo(Math.exp(direct.lower), 12);
    expect(group!.pooled!.tau2).toBeCloseTo(direct.tau2, 12);
    expect(group!.pooled!.i2).toBeCloseTo(direct.i2, 12);
    expect(group!.pooled!.predictionHigh).toBeCloseTo(Math.exp(direct.predictionUpper!), 12);
    // Weights are the random-effects weights 1/(v + τ²) as percentages.
    expect(group!.rows.reduce((s, r) => s + r.weight!, 0)).toBeCloseTo(100, 10);
    const w = bcgTrials.map((t) => 1 / (riskRatio(t.vaccinated, t.control).variance + direct.tau2));
    expect(group!.rows[0]!.weight).toBeCloseTo((100 * w[0]!) / w.reduce((a, b) => a + b, 0), 10);
    // Source for the value: metafor rma(yi, vi, data = dat.bcg) (REML) −0.7145, see meta-analysis-pooling.test.ts.
    expect(Math.log(group!.pooled!.estimate)).toBeCloseTo(-0.7145, 4);
  });

  it('never pools different measures, comparators or time bands together', () => {
    const points = [
      trial('a', { effect: { measure: 'SMD', value: -0.5, ciLow: -0.9, ciHigh: -0.1, participants: 80, studies: null } }),
      trial('b', { effect: { measure: 'SMD', value: -0.3, ciLow: -0.6, ciHigh: 0, participants: 120, studies: null } }),
      trial('c', { effect: { measure: 'RR', value: 0.8, ciLow: 0.6, ciHigh: 1.1, participants: 200, studies: null } }),
      trial('d', { comparator: 'sham massage', effect: { measure: 'SMD', value: -0.2, ciLow: -0.5, ciHigh: 0.1, participants: 90, studies: null } }),
      trial('e', { timepointWeeks: 52, effect: { measure: 'SMD', value: -0.1, ciLow: -0.4, ciHigh: 0.2, participants: 90, studies: null } }),
      trial('f', { effect: { measure: 'HR', value: 0.8, ciLow: 0.6, ciHigh: 1.1, participants: 90, studies: null } }),
    ];
    const groups = forestGroups(points);
    expect(groups).toHaveLength(4);
    expect(groups[0]!.rows.map((r) => r.studyId)).toEqual(['a', 'b']);
    expect(groups[0]!.pooled!.k).toBe(2);
    expect(groups.slice(1).every((g) => g.pooled == null && g.rows.length === 1 && g.rows[0]!.weight === 100)).toBe(true);
  });

  it('pools a study once (its most precise finding) and shows trials counted inside a review greyed under it, unpooled', () => {
    const review = trial('rev', {
      design: 'systematic_review',
      effect: { measure: 'SMD', value: -0.6, ciLow: -0.9, ciHigh: -0.3, participants: 500, studies: 5 },
    });
    const inside = trial('t1', { year: 2000, effect: { measure: 'SMD', value: -0.8, ciLow: -1.4, ciHigh: -0.2, participants: 60, studies: null } });
    const other = trial('t2', { effect: { measure: 'SMD', value: -0.2, ciLow: -0.5, ciHigh: 0.1, participants: 200, studies: null } });
    const twice = trial('t2', { outcome: 'pain at rest', effect: { measure: 'SMD', value: -0.1, ciLow: -0.7, ciHigh: 0.5, participants: 200, studies: null } });
    const once = countOnce([review, inside, other, twice], [{ from: 'rev', type: 'INCLUDES', to: 't1' }]);
    const [group] = forestGroups(once.counted, once.excluded);
    expect(group!.pooled!.k).toBe(2);
    expect(group!.rows.filter((r) => r.pooled).map((r) => r.studyId)).toEqual(['rev', 't2']);
    expect(group!.rows.find((r) => !r.pooled)!.note).toMatch(/pooled once/);
    expect(group!.carried).toHaveLength(1);
    expect(group!.carried[0]).toMatchObject({ studyId: 't1', carriedBy: 'rev', pooled: false, weight: null });
  });

  it('reads RR, OR, RD, MD and SMD from stated measures, and nothing else', () => {
    expect(measureOfStated('adjusted mean difference, RDQ points')).toBe('MD');
    expect(measureOfStated('SMD')).toBe('SMD');
    expect(measureOfStated('risk ratio of recovery')).toBe('RR');
    expect(measureOfStated('HR')).toBeNull();
    expect(measureOfStated(null)).toBeNull();
  });
});

describe('certainty reads the pooled estimate', () => {
  it('inconsistency: I² ≥ 50% with a prediction interval crossing no effect costs a level, and says so', () => {
    const d = inconsistencyDomain(bcgPoints);
    expect(d.levels).toBe(1);
    expect(d.reason).toMatch(/I² = 92% across 13 pooled studies/);
    expect(d.reason).toMatch(/prediction interval 0\.155 to 1\.55/);
  });

  it('inconsistency: low I² costs nothing, even when stated intervals alone would not overlap', () => {
    const points = [
      trial('a', { effect: { measure: 'SMD', value: -0.5, ciLow: -0.7, ciHigh: -0.3, participants: 300, studies: null } }),
      trial('b', { effect: { measure: 'SMD', value: -0.45, ciLow: -0.6, ciHigh: -0.3, participants: 400, studies: null } }),
    ];
    const d = inconsistencyDomain(points);
    expect(d.levels).toBe(0);
    expect(d.reason).toMatch(/I² = 0%.*heterogeneity below 50%/);
    expect(mainPooledGroup(forestGroups(points))).not.toBeNull();
  });

  it('imprecision: a pooled interval crossing no effect and fewer than 400 participants in that comparison cost two levels', () => {
    const points = [
      trial('a', { armData: { kind: 'continuous', treatment: { mean: 3, sd: 2, n: 30 }, control: { mean: 3.4, sd: 2, n: 30 }, lowerIsBetter: true } }),
      trial('b', { armData: { kind: 'continuous', treatment: { mean: 4, sd: 2.5, n: 40 }, control: { mean: 4.2, sd: 2.5, n: 40 }, lowerIsBetter: true } }),
    ];
    const d = imprecision(points, { comparators: [], outcomes: [], conditions: [], direction: 'IMPROVES' });
    expect(d.levels).toBe(2);
    expect(d.reason).toMatch(/pooled SMD .* from 2 studies .* crosses no effect/);
    expect(d.reason).toMatch(/140 participants in that comparison, fewer than 400/);
  });

  it('imprecision: a precise pooled estimate from many participants costs nothing', () => {
    const d = imprecision(bcgPoints);
    expect(d.levels).toBe(0);
    expect(d.reason).toMatch(/excludes no effect; \d+ participants in that comparison/);
  });
});

describe('summary of findings', () => {
  it('a row with comparable findings carries their pooled effect; the CSV has the column', async () => {
    const { summaryOfFindings } = await import('../../server/src/evidence/summary-of-findings.js');
    const { sofCsv } = await import('../../server/src/evidence/sof-format.js');
    const rows = summaryOfFindings(bcgPoints, { comparators: [], outcomes: [], conditions: [] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pooled).toEqual([
      expect.stringMatching(
        /^REML pooled RR 0\.49 \(95% CI 0\.34 to 0\.7; 95% prediction interval 0\.15 to 1\.55\), I² 92%, τ² 0\.313, 13 studies, \d+ participants; RR, pain, vs usual care, short-term$/,
      ),
    ]);
    expect(sofCsv(rows)).toContain('Pooled effect (REML)');
    const single = summaryOfFindings([bcgPoints[0]!], { comparators: [], outcomes: [], conditions: [] });
    expect(single[0]!.pooled).toEqual([]);
  });
});
