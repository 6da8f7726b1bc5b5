import { pool, type PooledEstimate } from '../meta-analysis/pooling.js';
import type { Measure, Scale } from '../meta-analysis/effect-sizes.js';
import { labelOf, type EvidencePoint } from './evidence-point.js';
import type { Exclusion } from './count-once.js';
import { comparisonOf, timeBandOf } from './comparisons.js';
import { outcomeCategory } from './moderator-categories.js';
import { effectOfPoint, natural, participantsOfPoint, type PointEffect } from './point-effect.js';

/** One study's finding on one row of a forest plot; the estimate and interval on the natural scale (ratios as ratios). */
export interface ForestRow {
  edgeId: string | null;
  studyId: string;
  study: string;
  stance: EvidencePoint['stance'];
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** Sampling variance on the analysis scale (log for ratios). */
  variance: number;
  computedFrom: PointEffect['computedFrom'];
  participants: number | null;
  /** Share of the pooled weight in percent (random-effects weights 1/(v + τ²)); null when the row is not pooled. */
  weight: number | null;
  pooled: boolean;
  /** The review that counts this finding inside it (greyed, not pooled); null for a counted finding. */
  carriedBy: string | null;
  /** Why a row is not pooled, in words; null when it is. */
  note: string | null;
}

export interface ForestPooled {
  method: PooledEstimate['method'];
  k: number;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
  tau2: number;
  i2: number;
  q: number;
  qDf: number;
  qPValue: number;
  predictionLow: number | null;
  predictionHigh: number | null;
  /** Participants across the pooled studies; null when a study does not report its count. */
  participants: number | null;
}

/** Counted findings that share measure, comparator class, outcome kind and time band (and, for MD, the instrument). */
export interface ForestGroup {
  key: string;
  measure: Measure;
  scale: Scale;
  /** 1 for ratios, 0 for differences. */
  noEffect: number;
  comparison: string;
  outcome: string;
  timeBand: string;
  /** The instrument, for mean differences only (points on different scales are not pooled). */
  instrument: string | null;
  rows: ForestRow[];
  /** Findings counted inside a review in this group: shown greyed under it, never pooled. */
  carried: ForestRow[];
  /** null when fewer than two studies have an effect in the group. */
  pooled: ForestPooled | null;
}

const NOT_STATED = { comparison: 'comparison not stated', outcome: 'outcome not stated', timeBand: 'time not stated' };

function keyOf(p: EvidencePoint, e: PointEffect) {
  const comparison = comparisonOf(p) ?? NOT_STATED.comparison;
  const outcome = outcomeCategory([p.outcome, p.outcomeMeasure].filter(Boolean).join(' ')) ?? NOT_STATED.outcome;
  const timeBand = timeBandOf(p) ?? NOT_STATED.timeBand;
  const instrument = e.measure === 'MD' ? (p.outcomeMeasure?.trim() || p.outcome?.trim() || 'instrument not stated') : null;
  return { key: [e.measure, comparison, outcome, timeBand, instrument?.toLowerCase() ?? ''].join('\u0000'), comparison, outcome, timeBand, instrument };
}

function rowOf(p: EvidencePoint, e: PointEffect, carriedBy: string | null): ForestRow {
  return {
    edgeId: p.edgeId ?? null,
    studyId: p.studyId,
    study: labelOf(p),
    stance: p.stance,
    estimate: natural(e, e.estimate),
    ciLow: natural(e, e.lower),
    ciHigh: natural(e, e.upper),
    variance: e.variance,
    computedFrom: e.computedFrom,
    participants: participantsOfPoint(p),
    weight: null,
    pooled: false,
    carriedBy,
    note: null,
  };
}

interface Building extends Omit<ForestGroup, 'pooled'> {
  effects: Map<ForestRow, PointEffect>;
}

/** Pools one group: one finding per study (the most precise), REML with a normal-quantile interval (metafor's defaults). */
function poolGroup(g: Building): ForestGroup {
  const byStudy = new Map<string, ForestRow>();
  for (const r of g.rows) {
    const best = byStudy.get(r.studyId);
    if (!best || r.variance < best.variance) byStudy.set(r.studyId, r);
  }
  const chosen = [...byStudy.values()];
  const rows = g.rows.map((r) => (chosen.includes(r) ? r : { ...r, note: 'another finding of the same study in this group is more precise: a study is pooled once' }));
  const { effects, ...group } = g;
  if (chosen.length < 2) return { ...group, rows: rows.map((r) => (chosen.includes(r) ? { ...r, weight: 100 } : r)), pooled: null };
  const fit = pool(chosen.map((r) => ({ estimate: effects.get(r)!.estimate, variance: r.variance })), { method: 'REML' });
  const weights = chosen.map((r) => 1 / (r.variance + fit.tau2));
  const total = weights.reduce((a, b) => a + b, 0);
  const ns = chosen.map((r) => r.participants);
  const back = (x: number) => (g.scale === 'log' ? Math.exp(x) : x);
  return {
    ...group,
    rows: rows.map((r) => {
      const i = chosen.indexOf(r);
      return i < 0 ? r : { ...r, pooled: true, weight: (100 * weights[i]!) / total };
    }),
    pooled: {
      method: fit.method,
      k: fit.k,
      estimate: back(fit.estimate),
      ciLow: back(fit.lower),
      ciHigh: back(fit.upper),
      pValue: fit.pValue,
      tau2: fit.tau2,
      i2: fit.i2,
      q: fit.q,
      qDf: fit.qDf,
      qPValue: fit.qPValue,
      predictionLow: fit.predictionLower == null ? null : back(fit.predictionLower),
      predictionHigh: fit.predictionUpper == null ? null : back(fit.predictionUpper),
      participants: ns.every((n) => n != null) ? ns.reduce((a, b) => a! + b!, 0) : null,
    },
  };
}

/**
 * The forest plot of a claim: counted findings with a computable effect grouped by measure, comparator class,
 * outcome kind and time band; each group with two or more studies pooled by REML. Counting once has already decided
 * which findings count, so a review's pooled estimate never sits beside the trials it includes: those trials are
 * shown greyed under their review, outside the pool. Different measures are never pooled together.
 */
export function forestGroups(counted: readonly EvidencePoint[], excluded: readonly Exclusion[] = []): ForestGroup[] {
  const groups = new Map<string, Building>();
  const groupOf = (p: EvidencePoint, e: PointEffect) => {
    const k = keyOf(p, e);
    let g = groups.get(k.key);
    if (!g) {
      g = { ...k, measure: e.measure, scale: e.scale, noEffect: e.scale === 'log' ? 1 : 0, rows: [], carried: [], effects: new Map() };
      groups.set(k.key, g);
    }
    return g;
  };
  for (const p of counted) {
    const e = effectOfPoint(p);
    if (!e) continue;
    const g = groupOf(p, e);
    const row = rowOf(p, e, null);
    g.rows.push(row);
    g.effects.set(row, e);
  }
  const labels = new Map(counted.map((p) => [p.studyId, labelOf(p)]));
  for (const x of excluded) {
    if (x.code !== 'INCLUDED_IN_REVIEW' || !x.carriedBy) continue;
    const e = effectOfPoint(x.point);
    if (!e) continue;
    const carrier = labels.get(x.carriedBy) ?? x.carriedBy;
    groupOf(x.point, e).carried.push({ ...rowOf(x.point, e, carrier), note: `counted inside ${carrier}: not pooled again` });
  }
  return [...groups.values()]
    .map(poolGroup)
    .sort((a, b) => (b.pooled?.k ?? 0) - (a.pooled?.k ?? 0) || b.rows.length - a.rows.length || a.key.localeCompare(b.key));
}

/** The pooled group with the most studies (the most participants on a tie), the one certainty reads; null when nothing pools. */
export function mainPooledGroup(groups: readonly ForestGroup[]): (ForestGroup & { pooled: ForestPooled }) | null {
  const pooled = groups.filter((g): g is ForestGroup & { pooled: ForestPooled } => g.pooled != null);
  return pooled.sort((a, b) => b.pooled.k - a.pooled.k || (b.pooled.participants ?? 0) - (a.pooled.participants ?? 0))[0] ?? null;
}

/** The group in words: "SMD, pain, inactive control (…), short-term". */
export const groupName = (g: Pick<ForestGroup, 'measure' | 'outcome' | 'comparison' | 'timeBand' | 'instrument'>) =>
  [g.measure + (g.instrument ? ` (${g.instrument})` : ''), g.outcome, `vs ${g.comparison}`, g.timeBand].join(', ');
