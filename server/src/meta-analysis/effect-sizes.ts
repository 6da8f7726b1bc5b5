import gammaln from '@stdlib/math-base-special-gammaln';
import { normalCritical } from './distributions.js';

/** The effect measures, named as metafor's escalc names them. RR and OR are analysed as natural logarithms. */
export type Measure = 'RR' | 'OR' | 'RD' | 'MD' | 'SMD';

/** Whether `estimate`, `variance` and the interval are natural logarithms of a ratio or plain differences. */
export type Scale = 'log' | 'identity';

export interface EffectSize {
  measure: Measure;
  scale: Scale;
  /** Treatment arm versus control arm, on `scale`. */
  estimate: number;
  /** Sampling variance of `estimate`. */
  variance: number;
  se: number;
  /** Confidence interval at `level` (normal quantile, as escalc's summary), on `scale`. */
  lower: number;
  upper: number;
  level: number;
  /** Added to every cell of the 2×2 table because one cell was zero (0.5), or 0 when the table was used as counted. */
  continuityCorrection: number;
}

export interface BinaryArm {
  /** Participants with the event. */
  events: number;
  /** Participants randomised to (or analysed in) the arm. */
  total: number;
}

export interface ContinuousArm {
  mean: number;
  sd: number;
  n: number;
}

export interface SmdEffectSize extends EffectSize {
  measure: 'SMD';
  /** Cohen's d before the small-sample correction. */
  uncorrected: number;
  /** The exact small-sample correction factor J = Γ(m/2) / (√(m/2) Γ((m−1)/2)), m = n₁ + n₂ − 2. */
  correctionFactor: number;
}

/** The amount escalc adds (add = 1/2, to = "only0"): to all four cells, only in a table with a zero cell. */
export const CONTINUITY_CORRECTION = 0.5;

function withInterval(measure: Measure, scale: Scale, estimate: number, variance: number, continuityCorrection: number, level: number): EffectSize {
  const se = Math.sqrt(variance);
  const crit = normalCritical(level);
  return { measure, scale, estimate, variance, se, lower: estimate - crit * se, upper: estimate + crit * se, level, continuityCorrection };
}

function checkArm(arm: BinaryArm, name: string): void {
  const { events, total } = arm;
  if (!Number.isInteger(events) || !Number.isInteger(total) || events < 0 || total <= 0 || events > total) {
    throw new RangeError(`${name} arm: events (${events}) must be a whole number from 0 to the arm's total (${total}), and the total above 0`);
  }
}

interface Table {
  a: number;
  b: number;
  c: number;
  d: number;
  added: number;
}

/** The 2×2 table (a, b: treatment with and without the event; c, d: control), corrected when any cell is zero. */
function tableOf(treatment: BinaryArm, control: BinaryArm): Table {
  checkArm(treatment, 'Treatment');
  checkArm(control, 'Control');
  const cells = [treatment.events, treatment.total - treatment.events, control.events, control.total - control.events] as const;
  const added = cells.includes(0) ? CONTINUITY_CORRECTION : 0;
  const [a, b, c, d] = cells.map((x) => x + added) as [number, number, number, number];
  return { a, b, c, d, added };
}

/** Log risk ratio, log(p₁/p₂), variance 1/a − 1/n₁ + 1/c − 1/n₂ (escalc "RR"). */
export function riskRatio(treatment: BinaryArm, control: BinaryArm, level = 0.95): EffectSize {
  const { a, b, c, d, added } = tableOf(treatment, control);
  const n1 = a + b;
  const n2 = c + d;
  return withInterval('RR', 'log', Math.log(a / n1) - Math.log(c / n2), 1 / a - 1 / n1 + 1 / c - 1 / n2, added, level);
}

/** Log odds ratio, log(ad/bc), variance 1/a + 1/b + 1/c + 1/d (escalc "OR"). */
export function oddsRatio(treatment: BinaryArm, control: BinaryArm, level = 0.95): EffectSize {
  const { a, b, c, d, added } = tableOf(treatment, control);
  return withInterval('OR', 'log', Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c), 1 / a + 1 / b + 1 / c + 1 / d, added, level);
}

/** Risk difference p₁ − p₂, variance p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂ (escalc "RD", vtype "LS"; the correction applies here too, as in escalc). */
export function riskDifference(treatment: BinaryArm, control: BinaryArm, level = 0.95): EffectSize {
  const { a, b, c, d, added } = tableOf(treatment, control);
  const n1 = a + b;
  const n2 = c + d;
  const p1 = a / n1;
  const p2 = c / n2;
  return withInterval('RD', 'identity', p1 - p2, (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2, added, level);
}

function checkContinuous(arm: ContinuousArm, name: string): void {
  if (!Number.isFinite(arm.mean) || !(arm.sd >= 0) || !Number.isInteger(arm.n) || arm.n < 2) {
    throw new RangeError(`${name} arm: needs a finite mean, a standard deviation of 0 or more and at least 2 participants`);
  }
}

/** Mean difference m₁ − m₂, variance sd₁²/n₁ + sd₂²/n₂ (escalc "MD", vtype "LS": no assumption of equal variances). */
export function meanDifference(treatment: ContinuousArm, control: ContinuousArm, level = 0.95): EffectSize {
  checkContinuous(treatment, 'Treatment');
  checkContinuous(control, 'Control');
  const variance = treatment.sd ** 2 / treatment.n + control.sd ** 2 / control.n;
  if (!(variance > 0)) throw new RangeError('Mean difference: both standard deviations are 0, so the variance is 0');
  return withInterval('MD', 'identity', treatment.mean - control.mean, variance, 0, level);
}

/** Hedges' exact small-sample correction for a standardised mean difference on m degrees of freedom (metafor's .cmicalc). */
export function hedgesCorrection(m: number): number {
  return Math.exp(gammaln(m / 2) - Math.log(Math.sqrt(m / 2)) - gammaln((m - 1) / 2));
}

/**
 * Hedges' g: (m₁ − m₂) / pooled SD × J, with the exact gamma-function J; variance 1/n₁ + 1/n₂ + g²/(2(n₁+n₂))
 * (escalc "SMD" with its default vtype "LS").
 */
export function standardisedMeanDifference(treatment: ContinuousArm, control: ContinuousArm, level = 0.95): SmdEffectSize {
  checkContinuous(treatment, 'Treatment');
  checkContinuous(control, 'Control');
  const { n: n1 } = treatment;
  const { n: n2 } = control;
  const m = n1 + n2 - 2;
  const pooledSd = Math.sqrt(((n1 - 1) * treatment.sd ** 2 + (n2 - 1) * control.sd ** 2) / m);
  if (!(pooledSd > 0)) throw new RangeError('Standardised mean difference: the pooled standard deviation is 0');
  const uncorrected = (treatment.mean - control.mean) / pooledSd;
  const correctionFactor = hedgesCorrection(m);
  const g = correctionFactor * uncorrected;
  const effect = withInterval('SMD', 'identity', g, 1 / n1 + 1 / n2 + g ** 2 / (2 * (n1 + n2)), 0, level);
  return { ...effect, measure: 'SMD', uncorrected, correctionFactor };
}

export interface ReportedEffect {
  measure: Measure;
  /** As reported: a ratio (RR, OR) on its natural scale, e.g. 0.75; a difference as is. */
  estimate: number;
  lower: number;
  upper: number;
  /** The reported interval's level; 0.95 unless the report says otherwise. */
  level?: number;
}

/** Ratio measures, analysed as logarithms. */
export function isRatio(measure: Measure): boolean {
  return measure === 'RR' || measure === 'OR';
}

/**
 * The variance recovered from a reported interval: SE = (upper − lower) / (2 × z), on the log scale for ratios
 * (Cochrane Handbook 6.3.1 and 6.5.2.3). The width is used, so a rounded, slightly asymmetric interval still gives one SE.
 */
export function fromReportedInterval(reported: ReportedEffect, level = 0.95): EffectSize {
  const reportedLevel = reported.level ?? 0.95;
  const { measure, estimate, lower, upper } = reported;
  if (!(lower <= estimate && estimate <= upper) || !(lower < upper)) {
    throw new RangeError(`Reported ${measure} ${estimate} does not lie inside its interval ${lower} to ${upper}`);
  }
  const ratio = isRatio(measure);
  if (ratio && !(lower > 0)) throw new RangeError(`Reported ${measure} interval must be above 0 (got ${lower})`);
  const scale: Scale = ratio ? 'log' : 'identity';
  const toScale = ratio ? Math.log : (x: number) => x;
  const se = (toScale(upper) - toScale(lower)) / (2 * normalCritical(reportedLevel));
  return withInterval(measure, scale, toScale(estimate), se ** 2, 0, level);
}
