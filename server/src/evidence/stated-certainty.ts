import type { CertaintyLevel } from './evidence-point.js';

/** One certainty a review or guideline states for (part of) its evidence, in its own words. */
export interface StatedCertainty {
  comparison: string | null;
  certainty: string;
  level: CertaintyLevel | null;
}

const ORDER: CertaintyLevel[] = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'];

/** The levels a phrase names, best first ("LOW to VERY_LOW" → LOW, VERY_LOW; "low-quality evidence" → LOW). */
export function levelsNamed(text: string): CertaintyLevel[] {
  const t = text.toLowerCase().replace(/_/g, ' ');
  const found = new Set<CertaintyLevel>();
  if (/very[- ]low/.test(t)) found.add('VERY_LOW');
  if (/\blow\b/.test(t.replace(/very[- ]low/g, ''))) found.add('LOW');
  if (/\bmoderate\b/.test(t)) found.add('MODERATE');
  if (/\bhigh\b/.test(t)) found.add('HIGH');
  return ORDER.filter((l) => found.has(l));
}

/** The lowest GRADE level named in a phrase ("low to very low" → VERY_LOW, "low-quality evidence" → LOW); null when none is. */
export const lowestLevelNamed = (text: string): CertaintyLevel | null => levelsNamed(text).at(-1) ?? null;

/**
 * A study's `gradeCertainty` as stored: a phrase ("very low"), a JSON object of comparison → phrase, or null.
 * Entries whose phrase names no level (e.g. "not retrieved") are kept with level null.
 */
export function parseStatedCertainty(raw: unknown): StatedCertainty[] {
  if (raw == null || raw === '') return [];
  let value: unknown = raw;
  if (typeof raw === 'string' && raw.trim().startsWith('{')) {
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
  }
  if (typeof value === 'string') return [{ comparison: null, certainty: value, level: lowestLevelNamed(value) }];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => typeof v === 'string')
      .map(([k, v]) => ({ comparison: k, certainty: v as string, level: lowestLevelNamed(v as string) }));
  }
  return [];
}
