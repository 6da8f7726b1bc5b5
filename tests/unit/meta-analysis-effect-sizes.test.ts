import { describe, expect, it } from 'vitest';
import {
  fromReportedInterval,
  hedgesCorrection,
  meanDifference,
  oddsRatio,
  riskDifference,
  riskRatio,
  standardisedMeanDifference,
} from '../../server/src/meta-analysis/effect-sizes.js';

// z for a two-sided 95% interval, qnorm(0.975).
const Z = 1.959963984540054;

// Treatment 10 events of 100, control 20 of 100: cells a = 10, b = 90, c = 20, d = 80.
const treatment = { events: 10, total: 100 };
const control = { events: 20, total: 100 };

describe('binary effect sizes (escalc RR, OR, RD)', () => {
  it('log risk ratio: log(0.10 / 0.20) = log 0.5, variance 1/10 − 1/100 + 1/20 − 1/100 = 0.13', () => {
    const rr = riskRatio(treatment, control);
    expect(rr).toMatchObject({ measure: 'RR', scale: 'log', continuityCorrection: 0 });
    expect(rr.estimate).toBeCloseTo(-Math.LN2, 12);
    expect(rr.variance).toBeCloseTo(0.13, 12);
    // −0.693147 ± 1.959964 × √0.13 (0.360555) = −0.693147 ± 0.706675
    expect(rr.lower).toBeCloseTo(-1.399822, 6);
    expect(rr.upper).toBeCloseTo(0.013528, 6);
  });

  it('log odds ratio: log(10·80 / (90·20)) = log(4/9), variance 1/10 + 1/90 + 1/20 + 1/80 = 0.173611', () => {
    const or = oddsRatio(treatment, control);
    expect(or).toMatchObject({ measure: 'OR', scale: 'log', continuityCorrection: 0 });
    expect(or.estimate).toBeCloseTo(Math.log(4 / 9), 12);
    expect(or.estimate).toBeCloseTo(-0.81093, 5);
    expect(or.variance).toBeCloseTo(0.173611, 6);
    expect(or.upper - or.estimate).toBeCloseTo(Z * Math.sqrt(0.1736111), 6);
  });

  it('risk difference: 0.10 − 0.20 = −0.10, variance 0.1·0.9/100 + 0.2·0.8/100 = 0.0025, SE 0.05', () => {
    const rd = riskDifference(treatment, control);
    expect(rd).toMatchObject({ measure: 'RD', scale: 'identity', continuityCorrection: 0 });
    expect(rd.estimate).toBeCloseTo(-0.1, 12);
    expect(rd.variance).toBeCloseTo(0.0025, 12);
    expect(rd.se).toBeCloseTo(0.05, 12);
    // −0.1 ± 1.959964 × 0.05
    expect(rd.lower).toBeCloseTo(-0.197998, 6);
    expect(rd.upper).toBeCloseTo(-0.002002, 6);
  });

  it('adds 0.5 to all four cells when one is zero, and says so', () => {
    // 0/10 vs 5/10: cells 0, 10, 5, 5 become 0.5, 10.5, 5.5, 5.5; n₁ = n₂ = 11.
    const rr = riskRatio({ events: 0, total: 10 }, { events: 5, total: 10 });
    expect(rr.continuityCorrection).toBe(0.5);
    // log((0.5/11) / (5.5/11)) = log(1/11)
    expect(rr.estimate).toBeCloseTo(Math.log(1 / 11), 12);
    // 1/0.5 − 1/11 + 1/5.5 − 1/11 = 2 − 2/11 + 2/11 = 2
    expect(rr.variance).toBeCloseTo(2, 12);
    // 10.5 · 5.5 … log(0.5·5.5 / (10.5·5.5)) = log(1/21), variance 2 + 1/10.5 + 2/5.5
    const or = oddsRatio({ events: 0, total: 10 }, { events: 5, total: 10 });
    expect(or.estimate).toBeCloseTo(Math.log(1 / 21), 12);
    expect(or.variance).toBeCloseTo(2 + 1 / 10.5 + 2 / 5.5, 12);
    // an arm where everyone has the event has a zero cell too (b = 0)
    expect(riskDifference({ events: 10, total: 10 }, { events: 5, total: 10 }).continuityCorrection).toBe(0.5);
  });

  it('rejects counts that cannot be', () => {
    expect(() => riskRatio({ events: 11, total: 10 }, control)).toThrow(/Treatment arm/);
    expect(() => oddsRatio(treatment, { events: -1, total: 10 })).toThrow(/Control arm/);
    expect(() => riskDifference(treatment, { events: 1.5, total: 10 })).toThrow(RangeError);
  });
});

// Treatment mean 10 (SD 2, n 20), control mean 12 (SD 3, n 30).
const tArm = { mean: 10, sd: 2, n: 20 };
const cArm = { mean: 12, sd: 3, n: 30 };

describe('continuous effect sizes (escalc MD, SMD)', () => {
  it('mean difference: 10 − 12 = −2, variance 4/20 + 9/30 = 0.5', () => {
    const md = meanDifference(tArm, cArm);
    expect(md).toMatchObject({ measure: 'MD', scale: 'identity', estimate: -2, continuityCorrection: 0 });
    expect(md.variance).toBeCloseTo(0.5, 12);
    expect(md.lower).toBeCloseTo(-2 - Z * Math.sqrt(0.5), 10);
  });

  it("Hedges' exact correction J(m) = Γ(m/2) / (√(m/2) Γ((m−1)/2)) at values with closed forms", () => {
    // m = 2: Γ(1) / (1 · Γ(1/2)) = 1/√π
    expect(hedgesCorrection(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 12);
    // m = 4: Γ(2) / (√2 · Γ(3/2)) = 1 / (√2 · √π/2) = √(2/π)
    expect(hedgesCorrection(4)).toBeCloseTo(Math.sqrt(2 / Math.PI), 12);
    // m = 48: within 2e-5 of the approximation 1 − 3/(4m − 1) = 0.984293, and not equal to it
    expect(hedgesCorrection(48)).toBeCloseTo(0.984279, 6);
    expect(Math.abs(hedgesCorrection(48) - (1 - 3 / 191))).toBeGreaterThan(1e-5);
  });

  it("Hedges' g: pooled SD √((19·4 + 29·9)/48) = √(337/48) = 2.649686, d = −2/2.649686 = −0.754807, g = J(48)·d", () => {
    const g = standardisedMeanDifference(tArm, cArm);
    expect(g.measure).toBe('SMD');
    expect(g.uncorrected).toBeCloseTo(-0.754807, 6);
    expect(g.correctionFactor).toBeCloseTo(0.984279, 6);
    // −0.754807 × 0.984279
    expect(g.estimate).toBeCloseTo(-0.742941, 6);
    // 1/20 + 1/30 + 0.742941² / (2 · 50) = 0.05 + 0.033333 + 0.005520
    expect(g.variance).toBeCloseTo(0.088853, 6);
    expect(g.upper).toBeCloseTo(-0.742941 + Z * Math.sqrt(0.0888529), 5);
  });

  it('rejects arms it cannot standardise', () => {
    expect(() => standardisedMeanDifference({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toThrow(/pooled standard deviation is 0/);
    expect(() => meanDifference({ mean: 1, sd: 1, n: 1 }, cArm)).toThrow(/at least 2 participants/);
  });
});

describe('variance recovered from a reported interval', () => {
  it('ratio: RR 0.75 (0.50 to 0.90) gives SE (log 0.9 − log 0.5) / (2 · 1.959964) = 0.149948 on the log scale', () => {
    const e = fromReportedInterval({ measure: 'RR', estimate: 0.75, lower: 0.5, upper: 0.9 });
    expect(e).toMatchObject({ measure: 'RR', scale: 'log' });
    expect(e.estimate).toBeCloseTo(Math.log(0.75), 12);
    expect(e.se).toBeCloseTo(0.149948, 6);
    expect(e.variance).toBeCloseTo(0.0224845, 7);
  });

  it('difference: MD −2 (−3.5 to −0.5) gives SE 3 / (2 · 1.959964) = 0.765320', () => {
    const e = fromReportedInterval({ measure: 'MD', estimate: -2, lower: -3.5, upper: -0.5 });
    expect(e).toMatchObject({ scale: 'identity', estimate: -2 });
    expect(e.se).toBeCloseTo(0.76532, 5);
  });

  it('a 90% interval is widened by its own z (1.644854), not 1.96', () => {
    const e = fromReportedInterval({ measure: 'MD', estimate: 0, lower: -1, upper: 1, level: 0.9 });
    expect(e.se).toBeCloseTo(1 / 1.644854, 6);
  });

  it('refuses an estimate outside its interval and a ratio interval touching 0', () => {
    expect(() => fromReportedInterval({ measure: 'OR', estimate: 2, lower: 0.5, upper: 1.5 })).toThrow(/does not lie inside/);
    expect(() => fromReportedInterval({ measure: 'RR', estimate: 0.5, lower: 0, upper: 1 })).toThrow(/above 0/);
  });
});
