import type { ArmData as ArmDataOut, EffectEstimate } from '../generated/graphql.js';
import { parseStoredArmData } from '../meta-analysis/arm-data-schema.js';
import { effectOfPoint, natural } from '../evidence/point-effect.js';
import { effectNumbers } from '../use-cases/stored-values.js';

/** Stored arm data as the GraphQL ArmData type shapes it; null when none is stored. */
export function armDataField(stored: unknown): ArmDataOut | null {
  const a = parseStoredArmData(stored);
  if (!a) return null;
  const none = { measure: null, treatment: null, control: null, lowerIsBetter: null, estimate: null, lower: null, upper: null, level: null };
  const arm = (x: Record<string, number>) => ({ events: null, total: null, mean: null, sd: null, n: null, ...x });
  if (a.kind === 'reported') return { ...none, kind: 'REPORTED', measure: a.measure, estimate: a.estimate, lower: a.lower, upper: a.upper, level: a.level ?? 0.95 };
  return { ...none, kind: a.kind === 'binary' ? 'BINARY' : 'CONTINUOUS', measure: a.measure ?? null, treatment: arm(a.treatment), control: arm(a.control), lowerIsBetter: a.lowerIsBetter ?? true };
}

/** The edge's computed effect: from its arm data, else from its stated effect and interval; null when neither gives one. */
export function effectEstimateField(e: Record<string, unknown>): EffectEstimate | null {
  const effect = effectOfPoint({ armData: parseStoredArmData(e.armData), effect: effectNumbers(e) });
  if (!effect) return null;
  return {
    measure: effect.measure,
    value: natural(effect, effect.estimate),
    ciLow: natural(effect, effect.lower),
    ciHigh: natural(effect, effect.upper),
    variance: effect.variance,
    computedFrom: effect.computedFrom === 'arm data' ? 'ARM_DATA' : 'REPORTED_INTERVAL',
    continuityCorrection: effect.continuityCorrection,
  };
}
