import { beforeAll, describe, expect, it } from 'vitest';
import { type BinaryArm, oddsRatio, riskDifference, riskRatio, standardisedMeanDifference } from '../../server/src/meta-analysis/effect-sizes.js';
import { pool } from '../../server/src/meta-analysis/pooling.js';
import { bcgTrials } from '../support/bcg-trials.js';
import { ensureStatsmodels, type StatsmodelsAnswers, statsmodels } from '../support/python-statsmodels.js';

// The same computations by Python's statsmodels (statsmodels.stats.meta_analysis, tests/python/meta_analysis.py),
// compared only where the two do the same thing:
// - effectsize_2proportions with zero_correction=0.5 gives a study with a zero cell (or an arm where all had the
//   event) (events + 0.5)/(total + 1), the same as escalc's add = 1/2, to = "only0", which we follow; but it also adds
//   0.5 to the events (not the totals) of studies without a zero cell, so those are compared uncorrected (None).
// - combine_effects(method_re="chi2") is DerSimonian–Laird; its default "iterated" is Paule–Mandel, not REML, so REML
//   is checked against metafor's published values only (meta-analysis-pooling.test.ts). statsmodels does not truncate a
//   negative DL τ² at 0, so the data here are heterogeneous (τ² > 0), where the two agree.
// - Its Knapp–Hartung ("random effect wls" with use_t=True) is the same scale factor and t on k − 1 df as metafor's "knha".
// - effectsize_smd uses the approximate correction 1 − 3/(4N − 9) and variance N/(n₁n₂) + g²/(2(N − 3.94)); we follow
//   metafor (exact gamma correction, g²/(2N)), so only the uncorrected d and the 1/n₁ + 1/n₂ part are the same.

// The BCG trials, with two made-up trials added to exercise the zero-cell correction (0 events; all events).
const extra: { vaccinated: BinaryArm; control: BinaryArm }[] = [
  { vaccinated: { events: 0, total: 50 }, control: { events: 4, total: 50 } },
  { vaccinated: { events: 30, total: 30 }, control: { events: 25, total: 31 } },
];
const trials = [...bcgTrials, ...extra];

// Six made-up two-arm trials on a continuous outcome (mean, SD, n per arm), heterogeneous on purpose.
const continuous = [
  { t: { mean: 10, sd: 2, n: 20 }, c: { mean: 12, sd: 3, n: 30 } },
  { t: { mean: 5.1, sd: 1.2, n: 8 }, c: { mean: 5.9, sd: 1.4, n: 7 } },
  { t: { mean: 31, sd: 9, n: 60 }, c: { mean: 30, sd: 10, n: 58 } },
  { t: { mean: 2.2, sd: 0.8, n: 15 }, c: { mean: 3.6, sd: 0.9, n: 14 } },
  { t: { mean: 48, sd: 15, n: 120 }, c: { mean: 55, sd: 14, n: 118 } },
  { t: { mean: 7, sd: 3, n: 5 }, c: { mean: 6.5, sd: 2.5, n: 6 } },
];

const armsOf = (ts: readonly { vaccinated: BinaryArm; control: BinaryArm }[], zeroCorrection: number | null) => ({
  count1: ts.map((t) => t.vaccinated.events),
  nobs1: ts.map((t) => t.vaccinated.total),
  count2: ts.map((t) => t.control.events),
  nobs2: ts.map((t) => t.control.total),
  zeroCorrection,
});

const pooled = [
  ['the BCG log risk ratios', bcgTrials.map((t) => riskRatio(t.vaccinated, t.control))],
  ["six trials' Hedges' g", continuous.map((s) => standardisedMeanDifference(s.t, s.c))],
] as const;

let answers: StatsmodelsAnswers;

// statsmodels takes seconds to import on a busy machine, so it runs once, on every task.
beforeAll(() => {
  ensureStatsmodels();
  answers = statsmodels({
    proportions: [armsOf(bcgTrials, null), armsOf(extra, 0.5)],
    means: [
      {
        mean1: continuous.map((s) => s.t.mean),
        sd1: continuous.map((s) => s.t.sd),
        nobs1: continuous.map((s) => s.t.n),
        mean2: continuous.map((s) => s.c.mean),
        sd2: continuous.map((s) => s.c.sd),
        nobs2: continuous.map((s) => s.c.n),
      },
    ],
    pools: pooled.map(([, effects]) => ({ effect: effects.map((e) => e.estimate), variance: effects.map((e) => e.variance) })),
  });
}, 600_000);

type Statistic = 'risk-ratio' | 'odds-ratio' | 'diff';

/** statsmodels' values for the BCG trials (uncorrected) followed by the two made-up trials (corrected). */
function both(statistic: Statistic, key: 'effect' | 'variance'): number[] {
  return answers.proportions.flatMap((answer) => answer[statistic][key]);
}

function expectAllClose(ours: readonly number[], theirs: readonly number[], digits = 10): void {
  expect(theirs).toHaveLength(ours.length);
  ours.forEach((x, i) => expect(x).toBeCloseTo(theirs[i]!, digits));
}

describe('effect sizes against statsmodels', () => {
  it('log risk ratio, log odds ratio and risk difference agree for all 15 trials, the two with a zero cell corrected by 0.5', () => {
    const measures = [
      ['risk-ratio', riskRatio],
      ['odds-ratio', oddsRatio],
      ['diff', riskDifference],
    ] as const;
    for (const [statistic, effect] of measures) {
      const ours = trials.map((t) => effect(t.vaccinated, t.control));
      expectAllClose(
        ours.map((e) => e.estimate),
        both(statistic, 'effect'),
      );
      expectAllClose(
        ours.map((e) => e.variance),
        both(statistic, 'variance'),
      );
    }
    // the two made-up trials were corrected, the BCG trials were not
    expect(trials.map((t) => riskRatio(t.vaccinated, t.control).continuityCorrection)).toEqual([...bcgTrials.map(() => 0), 0.5, 0.5]);
  });

  it("Hedges' g shares the uncorrected d and the 1/n₁ + 1/n₂ variance term; the corrections differ by under 0.1%", () => {
    const answer = answers.means[0]!;
    continuous.forEach((s, i) => {
      const ours = standardisedMeanDifference(s.t, s.c);
      const total = s.t.n + s.c.n;
      const theirs = answer.effect[i]!;
      expect(ours.uncorrected * (1 - 3 / (4 * total - 9))).toBeCloseTo(theirs, 12);
      expect(ours.variance - ours.estimate ** 2 / (2 * total)).toBeCloseTo(answer.variance[i]! - theirs ** 2 / (2 * (total - 3.94)), 12);
      expect(Math.abs(ours.estimate - theirs)).toBeLessThan(1e-3 * Math.abs(theirs));
    });
  });
});

describe('pooling against statsmodels combine_effects', () => {
  for (const [index, [name, effects]] of pooled.entries()) {
    it(`equal effects, DerSimonian–Laird, Q, I², H² and Knapp–Hartung agree on ${name}`, () => {
      const answer = answers.pools[index]!;
      const ee = pool(effects, { method: 'EE' });
      const dl = pool(effects, { method: 'DL' });
      const hksj = pool(effects, { method: 'DL', knappHartung: true });
      expect(answer.dl.tau2).toBeGreaterThan(0);

      for (const key of ['estimate', 'se', 'lower', 'upper'] as const) {
        expect(ee[key]).toBeCloseTo(answer.fe[key], 10);
        expect(dl[key]).toBeCloseTo(answer.dl[key], 10);
      }
      expect(dl.tau2).toBeCloseTo(answer.dl.tau2, 10);
      expect(ee.q).toBeCloseTo(answer.q, 8);
      expect(ee.qPValue / answer.qPValue).toBeCloseTo(1, 8);
      for (const fit of [ee, dl]) {
        expect(fit.i2).toBeCloseTo(100 * answer.i2, 8);
        expect(fit.h2).toBeCloseTo(answer.h2, 8);
      }
      expect(hksj.df).toBe(answer.dlHksj.df);
      expect(hksj.se).toBeCloseTo(answer.dlHksj.se, 10);
      expect(hksj.lower).toBeCloseTo(answer.dlHksj.lower, 10);
      expect(hksj.upper).toBeCloseTo(answer.dlHksj.upper, 10);
    });
  }
});
