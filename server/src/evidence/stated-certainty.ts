import type { CertaintyLevel } from './evidence-point.js';

/** One certainty a review or guideline states for (part of) its evidence, in its own words. */
export interface StatedCertainty {
  comparison: string | null;
  certainty: string;
  level: CertaintyLevel | null;
}

const ORDER: CertaintyLevel[] = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'];

/** The lowest GRADE level named in a phrase ("low to very low" → VERY_LOW, "low-quality evidence" → LOW); null when none is. */
export function lowestLevelNamed(text: string): CertaintyLevel | null {
  const t = text.toLowerCase();
  const found: CertaintyLevel[] = [];
  if (/very[- ]low/.test(t)) found.push('VERY_LOW');
  if (/\blow\b/.test(t.replace(/very[- ]low/g, ''))) found.push('LOW');
  if (/\bmoderate\b/.test(t)) found.push('MODERATE');
  if (/\bhigh\b/.test(t)) found.push('HIGH');
  return found.length ? found.reduce((a, b) => (ORDER.indexOf(a) > ORDER.indexOf(b) ? a : b)) : null;
}

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

/** The most generous level a study states anywhere ("low to very low" → LOW); null when it states none. */
export function highestLevelStated(raw: unknown): CertaintyLevel | null {
  const levels = parseStatedCertainty(raw).flatMap((s) => {
    const t = s.certainty.toLowerCase();
    return ORDER.filter((l) => (l === 'VERY_LOW' ? /very[- ]low/.test(t) : l === 'LOW' ? /\blow\b/.test(t.replace(/very[- ]low/g, '')) : new RegExp(`\\b${l.toLowerCase()}\\b`).test(t)));
  });
  return levels.length ? levels.reduce((a, b) => (ORDER.indexOf(a) < ORDER.indexOf(b) ? a : b)) : null;
}
