/**
 * Between-study variance (τ²) estimators for the intercept-only random-effects model, written as metafor's rma.uni
 * computes them (R/rma.uni.r), with its matrices reduced to sums for a single intercept: with weights w,
 * P = W − w wᵀ/Σw, so yᵀPy = Σw(y − ȳ_w)², tr P = Σw − Σw²/Σw and tr PP = Σw² − 2Σw³/Σw + (Σw²)²/(Σw)².
 */

export interface Tau2Fit {
  tau2: number;
  /** Fisher scoring steps taken (REML); 0 for the closed-form estimators. */
  iterations: number;
}

/** Σx. */
export const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

function weightedMean(y: readonly number[], w: readonly number[]): number {
  return sum(y.map((yi, i) => w[i]! * yi)) / sum(w);
}

/** Σw(y − ȳ_w)²: Cochran's Q when w = 1/v. */
export function weightedSquares(y: readonly number[], w: readonly number[]): number {
  const mean = weightedMean(y, w);
  return sum(y.map((yi, i) => w[i]! * (yi - mean) ** 2));
}

/** DerSimonian–Laird: (Q − (k−1)) / (Σw − Σw²/Σw) with w = 1/v, truncated at 0. */
export function dersimonianLaird(y: readonly number[], v: readonly number[]): Tau2Fit {
  const w = v.map((vi) => 1 / vi);
  const sw = sum(w);
  const q = weightedSquares(y, w);
  return { tau2: Math.max(0, (q - (y.length - 1)) / (sw - sum(w.map((x) => x * x)) / sw)), iterations: 0 };
}

/** Hedges' (HE) method-of-moments estimator with unit weights, untruncated: metafor's starting value for REML. */
export function hedges(y: readonly number[], v: readonly number[]): number {
  const k = y.length;
  const mean = sum(y) / k;
  const rss = sum(y.map((yi) => (yi - mean) ** 2));
  return (rss - sum(v) * (1 - 1 / k)) / (k - 1);
}

/** The restricted log-likelihood at τ², without the terms that do not depend on τ². */
function restrictedLogLikelihood(y: readonly number[], v: readonly number[], tau2: number): number {
  const w = v.map((vi) => 1 / (vi + tau2));
  return -0.5 * sum(v.map((vi) => Math.log(vi + tau2))) - 0.5 * Math.log(sum(w)) - 0.5 * weightedSquares(y, w);
}

export interface RemlControl {
  /** Stop when a step changes τ² by no more than this (metafor: threshold = 1e-5). */
  threshold: number;
  /** Give up after this many steps (metafor: maxiter = 100). */
  maxIterations: number;
}

export const METAFOR_REML_CONTROL: RemlControl = { threshold: 1e-5, maxIterations: 100 };

/** metafor's tol = .Machine$double.eps^0.25, the margin by which τ² = 0 must fit better to replace the scoring result. */
const LOG_LIKELIHOOD_TOLERANCE = Number.EPSILON ** 0.25;

/**
 * REML by Fisher scoring as metafor does it: start at max(0, HE), step Δ = (yᵀPPy − tr P) / tr PP, halve a step that
 * would go below 0, stop when |Δτ²| ≤ threshold; then, as metafor's ll0check, keep τ² = 0 if it has the higher
 * restricted likelihood.
 */
export function restrictedMaximumLikelihood(y: readonly number[], v: readonly number[], control: RemlControl = METAFOR_REML_CONTROL): Tau2Fit {
  let tau2 = Math.max(0, hedges(y, v));
  let change = control.threshold + 1;
  let iterations = 0;
  while (change > control.threshold) {
    iterations += 1;
    if (iterations > control.maxIterations) {
      throw new Error(`REML: Fisher scoring did not converge in ${control.maxIterations} steps`);
    }
    const w = v.map((vi) => 1 / (vi + tau2));
    const sw = sum(w);
    const sw2 = sum(w.map((x) => x * x));
    const sw3 = sum(w.map((x) => x ** 3));
    const mean = weightedMean(y, w);
    const yPPy = sum(y.map((yi, i) => (w[i]! * (yi - mean)) ** 2));
    const trP = sw - sw2 / sw;
    const trPP = sw2 - (2 * sw3) / sw + (sw2 / sw) ** 2;
    let step = (yPPy - trP) / trPP;
    while (tau2 + step < 0) step /= 2;
    const previous = tau2;
    tau2 += step;
    change = Math.abs(previous - tau2);
  }
  tau2 = Math.max(0, tau2);
  const zeroFitsBetter = restrictedLogLikelihood(y, v, 0) - restrictedLogLikelihood(y, v, tau2) > LOG_LIKELIHOOD_TOLERANCE;
  if (zeroFitsBetter && tau2 > control.threshold) tau2 = 0;
  return { tau2, iterations };
}
