import type { EffectSize, Measure, Scale } from './effect-sizes.js';
import { chiSquareUpperTail, normalCritical, normalTwoSidedP, tCritical, tTwoSidedP } from './distributions.js';
import { dersimonianLaird, METAFOR_REML_CONTROL, type RemlControl, restrictedMaximumLikelihood, sum, weightedSquares } from './tau2-estimators.js';

/** EE: equal-effects (inverse variance, "fixed effect"); REML and DL: random effects with that τ² estimator. */
export type PoolingMethod = 'EE' | 'REML' | 'DL';

export interface StudyEffect {
  /** On the analysis scale (log for ratios). */
  estimate: number;
  /** Sampling variance, above 0. */
  variance: number;
}

export interface PoolingOptions {
  method?: PoolingMethod;
  /** Hartung–Knapp–Sidik–Jonkman: scale the variance by the weighted residual variance and use t on k−1 df (metafor test = "knha"); random effects only. */
  knappHartung?: boolean;
  level?: number;
  reml?: RemlControl;
}

export interface PooledEstimate {
  method: PoolingMethod;
  /** Studies pooled. */
  k: number;
  estimate: number;
  se: number;
  lower: number;
  upper: number;
  level: number;
  /** 'z' (normal), or 't' on k−1 df under Knapp–Hartung. */
  test: 'z' | 't';
  df: number | null;
  statistic: number;
  pValue: number;
  /** Between-study variance; 0 for equal effects. */
  tau2: number;
  /** Percentage (0–100) of the total variability attributed to heterogeneity. */
  i2: number;
  h2: number;
  /** Cochran's Q (always with inverse-variance weights), its degrees of freedom and χ² p-value. */
  q: number;
  qDf: number;
  qPValue: number;
  /** Where the true effect of a new comparable study is expected to lie; null under equal effects (metafor gives none). */
  predictionLower: number | null;
  predictionUpper: number | null;
  /** Fisher scoring steps for REML; 0 otherwise. */
  iterations: number;
}

function check(effects: readonly StudyEffect[]): void {
  if (effects.length === 0) throw new RangeError('Pooling needs at least one study');
  for (const [i, e] of effects.entries()) {
    if (!Number.isFinite(e.estimate) || !(e.variance > 0) || !Number.isFinite(e.variance)) {
      throw new RangeError(`Study ${i + 1}: the estimate must be finite and the variance above 0 (got ${e.estimate}, ${e.variance})`);
    }
  }
}

function tau2Of(method: PoolingMethod, y: readonly number[], v: readonly number[], reml: RemlControl): { tau2: number; iterations: number } {
  if (method === 'EE' || y.length === 1) return { tau2: 0, iterations: 0 };
  return method === 'DL' ? dersimonianLaird(y, v) : restrictedMaximumLikelihood(y, v, reml);
}

/** I² and H² as metafor reports them: from Q under equal effects, from τ² and the "typical" within-study variance otherwise. */
function heterogeneity(method: PoolingMethod, q: number, df: number, tau2: number, fixedWeights: readonly number[]): { i2: number; h2: number } {
  if (df === 0) return { i2: 0, h2: 1 };
  if (method === 'EE') return { i2: q > 0 ? Math.max(0, (100 * (q - df)) / q) : 0, h2: q / df };
  const sw = sum(fixedWeights);
  const typical = df / (sw - sum(fixedWeights.map((w) => w * w)) / sw);
  return { i2: (100 * tau2) / (typical + tau2), h2: tau2 / typical + 1 };
}

/**
 * Pools study effects as metafor's rma.uni (intercept only) does: inverse-variance weights 1/(v + τ²); the interval
 * and test from the normal distribution, or t on k−1 df with Knapp–Hartung; the prediction interval
 * estimate ± crit × √(SE² + τ²) with the same critical value as the confidence interval (metafor's predict.rma default).
 */
export function pool(effects: readonly StudyEffect[], options: PoolingOptions = {}): PooledEstimate {
  check(effects);
  const method = options.method ?? 'REML';
  const level = options.level ?? 0.95;
  const y = effects.map((e) => e.estimate);
  const v = effects.map((e) => e.variance);
  const k = y.length;
  const qDf = k - 1;
  const fixedWeights = v.map((vi) => 1 / vi);
  const q = k > 1 ? Math.max(0, weightedSquares(y, fixedWeights)) : 0;

  const { tau2, iterations } = tau2Of(method, y, v, options.reml ?? METAFOR_REML_CONTROL);
  const w = v.map((vi) => 1 / (vi + tau2));
  const sw = sum(w);
  const estimate = sum(y.map((yi, i) => w[i]! * yi)) / sw;
  let variance = 1 / sw;

  // metafor falls back to z when k = 1: there are no residual degrees of freedom for the scale factor.
  const knha = options.knappHartung === true && method !== 'EE' && k > 1;
  if (knha) {
    const residual = weightedSquares(y, w);
    variance *= residual <= Number.EPSILON ? 0 : residual / qDf;
  }
  const se = Math.sqrt(variance);
  const crit = knha ? tCritical(level, qDf) : normalCritical(level);
  const statistic = estimate / se;
  const pValue = knha ? tTwoSidedP(statistic, qDf) : normalTwoSidedP(statistic);
  const predictionSe = Math.sqrt(variance + tau2);
  const random = method !== 'EE';

  return {
    method,
    k,
    estimate,
    se,
    lower: estimate - crit * se,
    upper: estimate + crit * se,
    level,
    test: knha ? 't' : 'z',
    df: knha ? qDf : null,
    statistic,
    pValue,
    tau2,
    ...heterogeneity(method, q, qDf, tau2, fixedWeights),
    q,
    qDf,
    qPValue: qDf > 0 ? chiSquareUpperTail(q, qDf) : 1,
    predictionLower: random ? estimate - crit * predictionSe : null,
    predictionUpper: random ? estimate + crit * predictionSe : null,
    iterations,
  };
}

/** Pools effect sizes of one measure, and refuses a mix: a risk ratio and a mean difference have no common scale. */
export function poolEffectSizes(effects: readonly EffectSize[], options: PoolingOptions = {}): PooledEstimate & { measure: Measure; scale: Scale } {
  const measures = [...new Set(effects.map((e) => e.measure))];
  if (measures.length > 1) throw new RangeError(`Cannot pool different measures together: ${measures.join(', ')}`);
  const first = effects[0];
  if (!first) throw new RangeError('Pooling needs at least one study');
  return { ...pool(effects, options), measure: first.measure, scale: first.scale };
}
