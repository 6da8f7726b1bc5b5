/** Readers of stored properties: a value that is missing, empty or of the wrong type counts as not stated (null). */
export const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** True when nothing in the record is stated. */
export const noneStated = (record: object) => Object.values(record).every((v) => v == null);

/** The numbers of an edge's flattened effect size (measure, value, interval, participants, studies), each null when not stated. */
export const effectNumbers = (e: Record<string, unknown>) => ({
  measure: text(e.effectMeasure),
  value: num(e.effectValue),
  ciLow: num(e.effectCiLow),
  ciHigh: num(e.effectCiHigh),
  participants: num(e.effectParticipants),
  studies: num(e.effectStudies),
});
