import { describe, expect, it } from 'vitest';
import { oddsRatio, riskRatio, standardisedMeanDifference } from '../../server/src/meta-analysis/effect-sizes.js';
import { effectOfFinding } from '../../server/src/meta-analysis/finding-effect.js';

const treatment = { events: 10, total: 100 };
const control = { events: 20, total: 100 };
const painT = { mean: 3, sd: 2, n: 40 };
const painC = { mean: 4, sd: 2, n: 40 };

describe('effectOfFinding', () => {
  it('binary arms give the risk ratio unless another measure is asked for', () => {
    expect(effectOfFinding({ kind: 'binary', treatment, control })).toEqual({
      ...riskRatio(treatment, control),
      computedFrom: 'arm data',
      signReversed: false,
    });
    expect(effectOfFinding({ kind: 'binary', treatment, control, measure: 'OR' }).estimate).toBe(oddsRatio(treatment, control).estimate);
    expect(effectOfFinding({ kind: 'binary', treatment, control, measure: 'RD' }).estimate).toBeCloseTo(-0.1, 12);
  });

  it("continuous arms give Hedges' g unless the mean difference is asked for", () => {
    const g = effectOfFinding({ kind: 'continuous', treatment: painT, control: painC, lowerIsBetter: true });
    expect(g).toMatchObject({ measure: 'SMD', computedFrom: 'arm data', signReversed: false });
    expect(g.estimate).toBe(standardisedMeanDifference(painT, painC).estimate);
    expect(effectOfFinding({ kind: 'continuous', treatment: painT, control: painC, lowerIsBetter: true, measure: 'MD' }).estimate).toBe(-1);
  });

  it('where higher is better the sign is reversed, so below 0 favours the treatment arm either way', () => {
    // function score: treatment 4 vs control 3, higher is better → MD +1 becomes −1, interval mirrored
    const md = effectOfFinding({ kind: 'continuous', treatment: painC, control: painT, lowerIsBetter: false, measure: 'MD' });
    expect(md).toMatchObject({ estimate: -1, signReversed: true });
    // 1 ± 1.959964 · √(4/40 + 4/40) mirrored
    expect(md.lower).toBeCloseTo(-1 - 1.959964 * Math.sqrt(0.2), 6);
    expect(md.upper).toBeCloseTo(-1 + 1.959964 * Math.sqrt(0.2), 6);
    const g = effectOfFinding({ kind: 'continuous', treatment: painC, control: painT, lowerIsBetter: false });
    expect(g.estimate).toBeLessThan(0);
    expect((g as unknown as { uncorrected: number }).uncorrected).toBeCloseTo(-0.5, 12);
  });

  it('a reported effect recovers its variance from the interval', () => {
    const e = effectOfFinding({ kind: 'reported', measure: 'RR', estimate: 0.75, lower: 0.5, upper: 0.9 });
    expect(e).toMatchObject({ scale: 'log', computedFrom: 'reported interval', signReversed: false });
    expect(e.se).toBeCloseTo(0.149948, 6);
  });
});
