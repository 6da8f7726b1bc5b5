import type { EvidencePoint } from './evidence-point.js';
import { isContested } from './balance.js';
import { comparatorCategory, outcomeCategory, populationCategory, riskOfBiasCategory, timepointPhases, SHORT_TERM_MAX_WEEKS } from './moderator-categories.js';

export type ModeratorFactor = 'COMPARATOR' | 'POPULATION' | 'OUTCOME' | 'TIMEPOINT' | 'DESIGN' | 'SIZE' | 'RISK_OF_BIAS';

/** One factor's values on each side of a contested claim, and whether it separates them. */
export interface Moderator {
  factor: ModeratorFactor;
  supporting: string[];
  contradicting: string[];
  /** True when no value is shared by the two sides (numeric factors: the ranges do not overlap). */
  separates: boolean;
  text: string;
}

interface Factor {
  factor: ModeratorFactor;
  noun: string;
  value?: (p: EvidencePoint) => string | null;
  number?: (p: EvidencePoint) => number | null;
  unit?: string;
}

const FACTORS: Factor[] = [
  { factor: 'COMPARATOR', noun: 'compared with', value: (p) => comparatorCategory(p.comparator) },
  { factor: 'POPULATION', noun: 'in', value: (p) => populationCategory(p.population) },
  { factor: 'OUTCOME', noun: 'measuring', value: (p) => outcomeCategory([p.outcome, p.outcomeMeasure].filter(Boolean).join(' ')) },
  { factor: 'TIMEPOINT', noun: 'at', number: (p) => p.timepointWeeks ?? null, unit: 'weeks' },
  { factor: 'DESIGN', noun: 'from', value: (p) => p.design.replace(/_/g, ' ') },
  { factor: 'SIZE', noun: 'from studies of n', number: (p) => (p.design === 'systematic_review' || p.design === 'guideline' ? null : p.sampleSize) },
  { factor: 'RISK_OF_BIAS', noun: 'at', value: riskOfBiasCategory },
];

const range = (ns: number[], unit = '') => {
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  return lo === hi ? `${lo}${unit ? ` ${unit}` : ''}` : `${lo}–${hi}${unit ? ` ${unit}` : ''}`;
};

function numeric(f: Factor, pro: EvidencePoint[], con: EvidencePoint[]): Moderator {
  const a = pro.map(f.number!).filter((n): n is number => n != null);
  const b = con.map(f.number!).filter((n): n is number => n != null);
  const sa = [...new Set(a)].sort((x, y) => x - y).map(String);
  const sb = [...new Set(b)].sort((x, y) => x - y).map(String);
  if (!a.length || !b.length) return { factor: f.factor, supporting: sa, contradicting: sb, separates: false, text: `${f.factor.toLowerCase().replace(/_/g, ' ')}: not stated on both sides` };
  const separates = Math.max(...a) < Math.min(...b) || Math.max(...b) < Math.min(...a);
  const proLow = Math.max(...a) < Math.min(...b);
  const bound = (ns: number[], low: boolean) => (separates ? `${low ? '≤' : '≥'} ${low ? Math.max(...ns) : Math.min(...ns)}${f.unit ? ` ${f.unit}` : ''}` : range(ns, f.unit));
  const text = separates
    ? `supporting findings are ${f.noun} ${bound(a, proLow)}, contradicting ones ${f.noun} ${bound(b, !proLow)}`
    : `${f.factor.toLowerCase().replace(/_/g, ' ')} overlaps: supporting ${range(a, f.unit)}, contradicting ${range(b, f.unit)}`;
  return { factor: f.factor, supporting: sa, contradicting: sb, separates, text };
}

function categorical(f: Factor, pro: EvidencePoint[], con: EvidencePoint[], values: (p: EvidencePoint) => Array<string | null> = (p) => [f.value!(p)]): Moderator {
  const a = [...new Set(pro.flatMap(values).filter((v): v is string => !!v))];
  const b = [...new Set(con.flatMap(values).filter((v): v is string => !!v))];
  const name = f.factor.toLowerCase().replace(/_/g, ' ');
  if (!a.length || !b.length) return { factor: f.factor, supporting: a, contradicting: b, separates: false, text: `${name}: not stated on both sides` };
  const low = (s: string) => s.toLowerCase();
  const separates = !a.some((x) => b.map(low).includes(low(x)));
  const text = separates ? `supporting findings are ${f.noun} ${a.join(' / ')}; contradicting ones ${f.noun} ${b.join(' / ')}` : `${name} does not separate them (both sides include ${a.filter((x) => b.map(low).includes(low(x))).join(' / ')})`;
  return { factor: f.factor, supporting: a, contradicting: b, separates, text };
}

const PHASE_LABEL = { 'short-term': `short-term (up to ${SHORT_TERM_MAX_WEEKS} weeks)`, 'long-term': `long-term (over ${SHORT_TERM_MAX_WEEKS} weeks)` } as const;

/**
 * Timepoint in weeks while every finding that states a time states it in weeks; once one states it only in words
 * (a review's "short-term", "long-term (6-12 months)"), all are compared by phase, short-term or long-term.
 */
function timepoint(f: Factor, pro: EvidencePoint[], con: EvidencePoint[]): Moderator {
  const all = [...pro, ...con];
  const wordsOnly = all.some((p) => p.timepointWeeks == null && timepointPhases(p.timepoint).length > 0);
  if (!wordsOnly) return numeric(f, pro, con);
  return categorical(f, pro, con, (p) => timepointPhases(p.timepoint, p.timepointWeeks).map((phase) => PHASE_LABEL[phase]));
}

/**
 * Why studies disagree: for a contested claim, each factor's values among supporting and among contradicting findings,
 * separating factors first. Empty when the claim is not contested.
 */
export function moderators(points: readonly EvidencePoint[]): Moderator[] {
  if (!isContested(points)) return [];
  const pro = points.filter((p) => p.stance === 'SUPPORTS');
  const con = points.filter((p) => p.stance === 'CONTRADICTS');
  const all = FACTORS.map((f) => (f.factor === 'TIMEPOINT' ? timepoint(f, pro, con) : f.number ? numeric(f, pro, con) : categorical(f, pro, con)));
  return [...all.filter((m) => m.separates), ...all.filter((m) => !m.separates)];
}
