import { z } from 'zod';
import type { FindingArmData } from './finding-effect.js';

const count = z.number().int('must be a whole number').nonnegative('must not be negative');
const binaryArm = z.object({ events: count, total: count.positive('must be above 0') }).strict().refine((a) => a.events <= a.total, 'events must not exceed the total');
const continuousArm = z.object({ mean: z.number().finite(), sd: z.number().finite().nonnegative('must not be negative'), n: count.min(2, 'needs at least 2 participants') }).strict();

/**
 * The numbers a reviewer extracts for one finding (treatment arm against its comparator): events and totals per arm,
 * means, SDs and group sizes per arm with the direction that is better, or a reported effect with its interval.
 * Ratios (RR, OR) are given on their natural scale.
 */
export const ArmDataSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('binary'),
    treatment: binaryArm,
    control: binaryArm,
    measure: z.enum(['RR', 'OR', 'RD']).optional(),
    /** True (the default) when the event is a bad outcome (pain persisting), false when it is a good one (recovery). */
    lowerIsBetter: z.boolean().optional(),
  }).strict(),
  z.object({ kind: z.literal('continuous'), treatment: continuousArm, control: continuousArm, lowerIsBetter: z.boolean(), measure: z.enum(['MD', 'SMD']).optional() }).strict(),
  z.object({
    kind: z.literal('reported'),
    measure: z.enum(['RR', 'OR', 'RD', 'MD', 'SMD']),
    estimate: z.number().finite(),
    lower: z.number().finite(),
    upper: z.number().finite(),
    level: z.number().gt(0).lt(1).optional(),
  }).strict().refine((r) => r.lower <= r.estimate && r.estimate <= r.upper && r.lower < r.upper, 'the estimate must lie inside its interval (lower < upper)'),
]);

export type ArmData = z.infer<typeof ArmDataSchema>;

/** Arm data as the effect-size module takes it (binary `lowerIsBetter` is applied when the effect is oriented). */
export function toFindingArmData(a: ArmData): FindingArmData {
  if (a.kind === 'binary') return { kind: 'binary', treatment: a.treatment, control: a.control, ...(a.measure ? { measure: a.measure } : {}) };
  return a;
}

/** Stored arm data (JSON text on the evidence edge) read back; null when absent or not valid arm data. */
export function parseStoredArmData(v: unknown): ArmData | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  try {
    const parsed = ArmDataSchema.safeParse(JSON.parse(v));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
