import type { ArmData as ArmDataOut, ArmDataInput, EffectEstimate } from '../generated/graphql.js';
import { badInput } from '../errors/codes.js';
import { ArmDataSchema, parseStoredArmData } from '../meta-analysis/arm-data-schema.js';
import { effectOfPoint, natural } from '../evidence/point-effect.js';
import { effectNumbers } from './stored-values.js';

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null));

/**
 * Checked arm data as the JSON text stored on the evidence edge (Neo4j stores no maps), or BAD_USER_INPUT naming
 * what is wrong: the same schema as the seed's, and the effect must be computable (no arm with more events than people).
 */
export function toStoredArmData(input: ArmDataInput): string {
  const candidate = defined({
    kind: input.kind.toLowerCase(),
    measure: input.measure,
    treatment: input.treatment ? defined(input.treatment) : undefined,
    control: input.control ? defined(input.control) : undefined,
    lowerIsBetter: input.lowerIsBetter,
    estimate: input.estimate,
    lower: input.lower,
    upper: input.upper,
    level: input.level,
  });
  const parsed = ArmDataSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`armData${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`, 'armData');
  }
  if (!effectOfPoint({ armData: parsed.data, effect: null })) throw badInput('armData: no effect size can be computed from these numbers', 'armData');
  return JSON.stringify(parsed.data);
}

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
