import { describe, expect, it } from 'vitest';
import { oddsRatio, riskDifference, riskRatio, standardisedMeanDifference } from '../../server/src/meta-analysis/effect-sizes.js';
import { pool, poolEffectSizes } from '../../server/src/meta-analysis/pooling.js';
import { dersimonianLaird, hedges, restrictedMaximumLikelihood } from '../../server/src/meta-analysis/tau2-estimators.js';
import normand from '../fixtures/meta-analysis/normand1999.json' with { type: 'json' };
import { bcgTrials } from '../support/bcg-trials.js';

// Log risk ratios of the 13 BCG trials, as escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg).
const bcg = bcgTrials.map((t) => riskRatio(t.vaccinated, t.control));

/** Equal to `digits` decimals as printed (|a − b| < 0.5·10^−digits), like R's four-decimal output. */
function expectDecimals(actual: number | null, expected: number, digits = 4): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThan(0.5 * 10 ** -digits + 1e-12);
}

describe('BCG log risk ratios against metafor', () => {
  // Source for the next two: metafor's own test file tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r
  // ("results match (FE model, measure='RR')" and "(RE model w/ DL estimator, measure='RR')"), also quoted in
  // /work/shared/reference/meta-analysis/README.md.
  it('equal effects: −0.4303 (−0.5097 to −0.3509), z −10.6247, Q 152.2330 on 12 df', () => {
    const ee = pool(bcg, { method: 'EE' });
    expectDecimals(ee.estimate, -0.4303);
    expectDecimals(ee.lower, -0.5097);
    expectDecimals(ee.upper, -0.3509);
    expectDecimals(ee.statistic, -10.6247);
    expectDecimals(ee.q, 152.233);
    expect(ee).toMatchObject({ k: 13, qDf: 12, tau2: 0, test: 'z', predictionLower: null, predictionUpper: null });
    // Q far beyond 12 df: P(χ²₁₂ ≥ 152.233) ≈ 2.0e-26 (R: pchisq(152.233, 12, lower.tail = FALSE))
    expect(ee.qPValue).toBeGreaterThan(1e-26);
    expect(ee.qPValue).toBeLessThan(3e-26);
  });

  it('DerSimonian–Laird: −0.7141 (−1.0644 to −0.3638), z −3.9952, τ² 0.3088, I² 92.1173%', () => {
    const dl = pool(bcg, { method: 'DL' });
    expectDecimals(dl.estimate, -0.7141);
    expectDecimals(dl.lower, -1.0644);
    expectDecimals(dl.upper, -0.3638);
    expectDecimals(dl.statistic, -3.9952);
    expectDecimals(dl.tau2, 0.3088);
    expectDecimals(dl.i2, 92.1173);
  });

  // Source: metafor rma(yi, vi, data = dat) with its default method = "REML", as quoted in
  // /work/shared/reference/meta-analysis/README.md: −0.7145 (SE 0.1798; −1.0669 to −0.3622), τ² 0.3132, I² 92.22%, Q 152.23 on 12 df.
  it('REML (the default): −0.7145, SE 0.1798 (−1.0669 to −0.3622), τ² 0.3132, I² 92.22%', () => {
    const reml = pool(bcg);
    expect(reml.method).toBe('REML');
    expectDecimals(reml.estimate, -0.7145);
    expectDecimals(reml.se, 0.1798);
    expectDecimals(reml.lower, -1.0669);
    expectDecimals(reml.upper, -0.3622);
    expectDecimals(reml.tau2, 0.3132);
    expectDecimals(reml.i2, 92.22, 2);
    expectDecimals(reml.q, 152.23, 2);
  });

  // metafor's predict.rma (R/predict.rma.r; reference page predict.rma): pi = pred ± crit·√(SE² + τ²), crit the normal
  // quantile for test = "z". From the published REML values by hand: √(0.1798² + 0.3132) = √0.345528 = 0.587816,
  // × 1.959964 = 1.152098, so −0.7145 ∓ 1.1521 = (−1.8666, 0.4376); the rounding of the inputs allows ±0.0002.
  it('REML 95% prediction interval −1.8666 to 0.4376 (risk ratio 0.155 to 1.549)', () => {
    const reml = pool(bcg);
    expect(Math.abs(reml.predictionLower! - -1.8666)).toBeLessThan(2e-4);
    expect(Math.abs(reml.predictionUpper! - 0.4376)).toBeLessThan(2e-4);
    expect(Math.exp(reml.predictionUpper!)).toBeGreaterThan(1);
  });

  it('Knapp–Hartung widens the REML interval with t on 12 df and uses the same t for the prediction interval', () => {
    const z = pool(bcg);
    const knha = pool(bcg, { knappHartung: true });
    expect(knha).toMatchObject({ test: 't', df: 12 });
    expect(knha.estimate).toBe(z.estimate);
    expect(knha.tau2).toBe(z.tau2);
    // scale factor s² = Σw(y − μ)²/(k − 1) with w = 1/(v + τ²)
    const w = bcg.map((e) => 1 / (e.variance + z.tau2));
    const s2 = w.reduce((s, wi, i) => s + wi * (bcg[i]!.estimate - z.estimate) ** 2, 0) / 12;
    expect(knha.se).toBeCloseTo(z.se * Math.sqrt(s2), 12);
    // qt(0.975, 12) = 2.178813
    expect((knha.upper - knha.estimate) / knha.se).toBeCloseTo(2.178813, 6);
    expect((knha.predictionUpper! - knha.estimate) / Math.sqrt(knha.se ** 2 + knha.tau2)).toBeCloseTo(2.178813, 6);
  });
});

// Source: the same metafor test file (test_misc_metan_vs_rma.uni_with_dat.bcg.r), its OR and RD cases, which metafor
// checks against Stata's metan: estimate, CI, z, and Q (EE) or τ² and I² (DL).
describe('BCG log odds ratios and risk differences against metafor', () => {
  const cases = [
    ['OR', oddsRatio, 'EE', { estimate: -0.4361, lower: -0.519, upper: -0.3533, statistic: -10.319, q: 163.1649 }],
    ['OR', oddsRatio, 'DL', { estimate: -0.7474, lower: -1.1242, upper: -0.3706, statistic: -3.8873, tau2: 0.3663, i2: 92.6455 }],
    ['RD', riskDifference, 'EE', { estimate: -0.0009, lower: -0.0014, upper: -0.0005, statistic: -4.0448, q: 276.4737 }],
    ['RD', riskDifference, 'DL', { estimate: -0.0071, lower: -0.0101, upper: -0.004, statistic: -4.5128, tau2: 0, i2: 95.6596 }],
  ] as const;
  for (const [measure, effect, method, expected] of cases) {
    it(`${measure} ${method}: ${expected.estimate} (${expected.lower} to ${expected.upper})`, () => {
      const fit = pool(
        bcgTrials.map((t) => effect(t.vaccinated, t.control)),
        { method },
      );
      for (const [key, value] of Object.entries(expected)) expectDecimals(fit[key as keyof typeof expected], value);
    });
  }
});

// Source: metafor's tests/testthat/test_misc_rma_uni.r, "rma() works directly with input for measure='SMD'":
// escalc("SMD", …, data = dat.normand1999, subset = 1:4) then rma(yi, vi) gives τ² 1.0090. This checks Hedges' g with
// the exact correction and REML together on a second data set (fixture: tests/fixtures/meta-analysis/normand1999.json).
describe("Normand 1999 stroke-unit studies 1–4, Hedges' g, against metafor", () => {
  it('REML τ² 1.0090', () => {
    const effects = normand.studies
      .slice(0, 4)
      .map((s) => standardisedMeanDifference({ mean: s.m1i, sd: s.sd1i, n: s.n1i }, { mean: s.m2i, sd: s.sd2i, n: s.n2i }));
    expectDecimals(pool(effects).tau2, 1.009);
  });
});

describe('τ² estimators', () => {
  it('REML starts from Hedges’ estimator and converges by Fisher scoring in a few steps', () => {
    const y = bcg.map((e) => e.estimate);
    const v = bcg.map((e) => e.variance);
    expect(hedges(y, v)).toBeGreaterThan(0);
    const fit = restrictedMaximumLikelihood(y, v);
    expect(fit.iterations).toBeGreaterThan(0);
    expect(fit.iterations).toBeLessThan(20);
    // at the REML solution the score is zero: yᵀPPy = tr P (checked here with a tighter threshold)
    const tight = restrictedMaximumLikelihood(y, v, { threshold: 1e-12, maxIterations: 100 });
    expect(Math.abs(tight.tau2 - fit.tau2)).toBeLessThan(1e-5);
  });

  it('gives τ² = 0 for homogeneous studies, where DL truncates a negative moment estimate', () => {
    const y = [0.1, 0.1001, 0.0999];
    const v = [0.04, 0.05, 0.06];
    expect(dersimonianLaird(y, v).tau2).toBe(0);
    expect(restrictedMaximumLikelihood(y, v).tau2).toBe(0);
    const reml = pool(y.map((estimate, i) => ({ estimate, variance: v[i]! })));
    expect(reml).toMatchObject({ tau2: 0, i2: 0, h2: 1 });
  });

  it('throws when Fisher scoring cannot converge in the allowed steps', () => {
    const y = bcg.map((e) => e.estimate);
    const v = bcg.map((e) => e.variance);
    expect(() => restrictedMaximumLikelihood(y, v, { threshold: 0, maxIterations: 3 })).toThrow(/did not converge/);
  });
});

describe('pooling edge cases', () => {
  it('one study is its own estimate, with τ² 0, Q 0 and a prediction interval equal to its interval (as metafor with k = 1)', () => {
    const one = pool([{ estimate: 0.2, variance: 0.01 }], { knappHartung: true });
    expect(one).toMatchObject({ k: 1, estimate: 0.2, tau2: 0, q: 0, qDf: 0, qPValue: 1, test: 'z', i2: 0, h2: 1 });
    expect(one.lower).toBeCloseTo(0.2 - 1.959964 * 0.1, 6);
    expect(one.predictionLower).toBeCloseTo(one.lower, 12);
  });

  it('equal effects reads I² from Q: max(0, (Q − df)/Q)', () => {
    const ee = pool(bcg, { method: 'EE' });
    expect(ee.i2).toBeCloseTo((100 * (ee.q - 12)) / ee.q, 10);
    expect(ee.h2).toBeCloseTo(ee.q / 12, 10);
  });

  it('pools effect sizes of one measure, keeping its name and scale, and refuses a mix of measures', () => {
    const pooled = poolEffectSizes(bcg, { method: 'DL' });
    expect(pooled).toMatchObject({ measure: 'RR', scale: 'log', estimate: pool(bcg, { method: 'DL' }).estimate });
    const mixed = [...bcg, oddsRatio(bcgTrials[0]!.vaccinated, bcgTrials[0]!.control)];
    expect(() => poolEffectSizes(mixed)).toThrow('Cannot pool different measures together: RR, OR');
    expect(() => poolEffectSizes([])).toThrow(/at least one study/);
  });

  it('refuses no studies and variances that are not above 0', () => {
    expect(() => pool([])).toThrow(/at least one study/);
    expect(() => pool([{ estimate: 1, variance: 0 }])).toThrow(/variance above 0/);
  });
});
