import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** The critical value of a two-sided interval at `level` (0.95 → 1.959964) from the standard normal distribution. */
export function normalCritical(level: number): number {
  return normalQuantile(1 - (1 - level) / 2, 0, 1);
}

/** The critical value of a two-sided interval at `level` from Student's t with `df` degrees of freedom. */
export function tCritical(level: number, df: number): number {
  return tQuantile(1 - (1 - level) / 2, df);
}

/** Two-sided p-value of a z statistic; the lower tail is used so that tiny p-values keep their precision. */
export function normalTwoSidedP(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export function tTwoSidedP(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df);
}

/** P(χ²_df ≥ x): the upper regularised incomplete gamma Q(df/2, x/2), exact where 1 − cdf would round to 0. */
export function chiSquareUpperTail(x: number, df: number): number {
  return gammainc(x / 2, df / 2, true, true);
}
