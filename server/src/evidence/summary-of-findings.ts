import { assessCertainty } from './certainty.js';
import { labelOf, studyLabels, type ClaimContext, type EffectSize, type EvidencePoint } from './evidence-point.js';
import { participantTotal } from './imprecision.js';
import { parseStatedCertainty } from './stated-certainty.js';
import { outcomeCategory } from './moderator-categories.js';
import type { CertaintyLevel } from './evidence-point.js';
import { forestGroups, groupName, type ForestGroup, type ForestPooled } from './forest.js';

/** One row of a summary-of-findings table: the counted findings on one outcome at one timepoint. */
export interface SofRow {
  /** The kind of outcome (pain, function/disability, …). */
  outcome: string;
  /** The instruments or outcome wording of the row's findings, as the sources give them. */
  measures: string[];
  timepoint: string;
  /** Distinct studies behind the row. */
  studies: number;
  studyLabels: string[];
  /** Participants across those studies; null when no study reports its count. */
  participants: number | null;
  findingsSupporting: number;
  findingsContradicting: number;
  findingsQualifying: number;
  /** Each stated effect with its study, e.g. "Cherkin 2011: adjusted mean difference −2.9 (−4.0 to −1.8)". */
  effects: string[];
  certainty: CertaintyLevel | null;
  certaintyReasons: string[];
  /** Certainty the reviews in the row state themselves, in their words. */
  statedCertainty: string[];
  /** Each pooled estimate (REML) of comparable findings in the row, in one line. */
  pooled: string[];
}

const num = (n: number) => String(n).replace('-', '−');

/** A stated effect in one line; null when the finding states no number. */
export function formatEffect(e: EffectSize | null | undefined): string | null {
  if (!e || e.value == null) return null;
  const ci = e.ciLow != null && e.ciHigh != null ? ` (95% CI ${num(e.ciLow)} to ${num(e.ciHigh)})` : '';
  const size = [e.participants != null ? `${e.participants} participants` : null, e.studies != null && e.studies > 1 ? `${e.studies} studies` : null].filter(Boolean);
  return `${e.measure ? `${e.measure} ` : ''}${num(e.value)}${ci}${size.length ? `; ${size.join(', ')}` : ''}`;
}

const fix = (x: number) => num(Number(x.toFixed(2)));

/** A pooled estimate in one line: "REML pooled SMD −0.52 (95% CI −0.8 to −0.24; prediction interval …), I² 31%, 3 studies, 240 participants; vs usual care, short-term". */
export function formatPooled(g: ForestGroup & { pooled: ForestPooled }): string {
  const p = g.pooled;
  const pi = p.predictionLow != null && p.predictionHigh != null ? `; 95% prediction interval ${fix(p.predictionLow)} to ${fix(p.predictionHigh)}` : '';
  const people = p.participants != null ? `, ${p.participants} participants` : '';
  return `REML pooled ${g.measure} ${fix(p.estimate)} (95% CI ${fix(p.ciLow)} to ${fix(p.ciHigh)}${pi}), I² ${Math.round(p.i2)}%, τ² ${Number(p.tau2.toPrecision(3))}, ${p.k} studies${people}; ${groupName(g)}`;
}

const timepointOf = (p: EvidencePoint) => (p.timepointWeeks != null ? `${p.timepointWeeks} weeks` : p.timepoint?.trim() || 'not stated');
const outcomeOf = (p: EvidencePoint) => outcomeCategory([p.outcome, p.outcomeMeasure].filter(Boolean).join(' ')) ?? 'outcome not stated';
const measureOf = (p: EvidencePoint) => p.outcomeMeasure?.trim() || p.outcome?.trim() || null;

/** The summary-of-findings rows of a claim's counted findings, one per kind of outcome and timepoint, in outcome order. */
export function summaryOfFindings(points: readonly EvidencePoint[], claim: ClaimContext): SofRow[] {
  const groups = new Map<string, EvidencePoint[]>();
  for (const p of points) {
    const key = `${outcomeOf(p)}\u0000${timepointOf(p)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const weeks = (ps: EvidencePoint[]) => ps[0]!.timepointWeeks ?? Number.MAX_SAFE_INTEGER;
  return [...groups.values()]
    .sort((a, b) => outcomeOf(a[0]!).localeCompare(outcomeOf(b[0]!)) || weeks(a) - weeks(b) || timepointOf(a[0]!).localeCompare(timepointOf(b[0]!)))
    .map((ps) => {
      const c = assessCertainty(ps, claim);
      const { total, unknown } = participantTotal(ps);
      const labels = studyLabels(ps);
      const count = (s: EvidencePoint['stance']) => ps.filter((p) => p.stance === s).length;
      return {
        outcome: outcomeOf(ps[0]!),
        measures: [...new Set(ps.map(measureOf).filter((m): m is string => !!m))],
        timepoint: timepointOf(ps[0]!),
        studies: labels.length,
        studyLabels: labels,
        participants: unknown.length === labels.length ? null : total,
        findingsSupporting: count('SUPPORTS'),
        findingsContradicting: count('CONTRADICTS'),
        findingsQualifying: count('QUALIFIES'),
        effects: ps.flatMap((p) => { const e = formatEffect(p.effect); return e ? [`${labelOf(p)}: ${e}`] : []; }),
        certainty: c.level,
        certaintyReasons: c.domains.filter((d) => d.levels > 0).map((d) => d.reason),
        statedCertainty: [...new Set(ps.flatMap((p) => parseStatedCertainty(p.risk?.gradeCertainty).map((s) => `${labelOf(p)}: ${s.comparison ? `${s.comparison} — ` : ''}${s.certainty}`)))],
        pooled: forestGroups(ps).flatMap((g) => (g.pooled ? [formatPooled(g as ForestGroup & { pooled: ForestPooled })] : [])),
      };
    });
}
