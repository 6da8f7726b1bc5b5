import { effectOfFinding, type FindingEffect } from '../meta-analysis/finding-effect.js';
import type { Measure } from '../meta-analysis/effect-sizes.js';
import { toFindingArmData } from '../meta-analysis/arm-data-schema.js';
import type { EvidencePoint } from './evidence-point.js';

/** The analysable measure a stated measure names, e.g. "SMD" or "adjusted mean difference, RDQ points"; null for others (HR, "points"). */
export function measureOfStated(stated: string | null | undefined): Measure | null {
  const m = (stated ?? '').trim();
  if (/^(SMD\b|standardi[sz]ed mean difference|hedges'? g)/i.test(m)) return 'SMD';
  if (/^(MD\b|(adjusted |weighted )?mean difference)/i.test(m)) return 'MD';
  if (/^(RR\b|risk ratio|relative risk)/i.test(m)) return 'RR';
  if (/^(OR\b|odds ratio)/i.test(m)) return 'OR';
  if (/^(RD\b|risk difference)/i.test(m)) return 'RD';
  return null;
}

export interface PointEffect extends FindingEffect {
  /** Binary arm data where the event is a good outcome: the effect is turned (log ratio or difference negated) so that below no effect favours the treatment. */
  eventIsGood: boolean;
}

/**
 * A finding's effect size for a forest plot: from its arm data when it has them, else recovered from the stated
 * effect and interval when the measure is RR, OR, RD, MD or SMD; null otherwise (or when the numbers are unusable).
 */
export function effectOfPoint(p: Pick<EvidencePoint, 'armData' | 'effect'>): PointEffect | null {
  try {
    if (p.armData) {
      const effect = effectOfFinding(toFindingArmData(p.armData));
      const eventIsGood = p.armData.kind === 'binary' && p.armData.lowerIsBetter === false;
      return eventIsGood ? { ...effect, estimate: -effect.estimate, lower: -effect.upper, upper: -effect.lower, eventIsGood } : { ...effect, eventIsGood };
    }
    const e = p.effect;
    const measure = measureOfStated(e?.measure);
    if (!e || !measure || e.value == null || e.ciLow == null || e.ciHigh == null) return null;
    const lower = Math.min(e.ciLow, e.ciHigh);
    const upper = Math.max(e.ciLow, e.ciHigh);
    return { ...effectOfFinding({ kind: 'reported', measure, estimate: e.value, lower, upper }), eventIsGood: false };
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The effect on the scale a reader reads: ratios back from logarithms. */
export const natural = (effect: Pick<FindingEffect, 'scale'>, x: number) => (effect.scale === 'log' ? Math.exp(x) : x);

/** Participants behind a finding: its arms' sizes, else the stated count, else the study's sample size. */
export function participantsOfPoint(p: Pick<EvidencePoint, 'armData' | 'effect' | 'sampleSize'>): number | null {
  const a = p.armData;
  if (a?.kind === 'binary') return a.treatment.total + a.control.total;
  if (a?.kind === 'continuous') return a.treatment.n + a.control.n;
  return p.effect?.participants ?? p.sampleSize ?? null;
}
