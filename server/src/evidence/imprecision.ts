import { labelOf, studyLabels, type ClaimContext, type DomainJudgement, type EvidencePoint } from './evidence-point.js';
import { comparisonOf } from './comparisons.js';
import { midOf } from './minimal-important-differences.js';
import { forestGroups, groupName, mainPooledGroup, type ForestGroup, type ForestPooled } from './forest.js';

/** GRADE's optimal information size for a continuous outcome, as a rule of thumb: 400 participants. */
export const OIS = 400;
/** Below this, one trial is far below the optimal information size: two levels. */
export const VERY_SMALL_TRIAL = 100;
const POOLED = new Set(['systematic_review', 'guideline']);
const RATIO = /\b(rr|or|hr|irr|risk ratio|odds ratio|hazard ratio|rate ratio|ratio)\b/i;

const noEffectValue = (p: EvidencePoint) => (RATIO.test(p.effect?.measure ?? '') ? 1 : 0);

/** True when a stated interval includes no effect (0 for differences, 1 for ratios). */
export function intervalIncludesNoEffect(p: EvidencePoint): boolean {
  const e = p.effect;
  if (!e || e.ciLow == null || e.ciHigh == null) return false;
  const none = noEffectValue(p);
  return Math.min(e.ciLow, e.ciHigh) <= none && Math.max(e.ciLow, e.ciHigh) >= none;
}

/** Participants behind one study's findings in one comparison: the largest stated effect-size count, else its sample size. */
function participantsOf(points: EvidencePoint[]): number | null {
  const stated = points.map((p) => p.effect?.participants).filter((n): n is number => typeof n === 'number');
  if (stated.length) return Math.max(...stated);
  return points[0]?.sampleSize ?? null;
}

interface Comparison {
  name: string;
  total: number;
  studies: EvidencePoint[][];
  unknown: string[];
}

/** Participants per comparison (never summed across comparisons that were not pooled), largest first. */
export function comparisons(points: readonly EvidencePoint[]): Comparison[] {
  const groups = new Map<string, Map<string, EvidencePoint[]>>();
  for (const p of points) {
    const name = comparisonOf(p) ?? 'comparison not stated';
    const byStudy = groups.get(name) ?? new Map<string, EvidencePoint[]>();
    byStudy.set(p.studyId, [...(byStudy.get(p.studyId) ?? []), p]);
    groups.set(name, byStudy);
  }
  return [...groups.entries()]
    .map(([name, byStudy]) => {
      const studies = [...byStudy.values()];
      const counts = studies.map((ps) => ({ ps, n: participantsOf(ps) }));
      return { name, studies, total: counts.reduce((s, c) => s + (c.n ?? 0), 0), unknown: counts.filter((c) => c.n == null).map((c) => labelOf(c.ps[0]!)) };
    })
    .sort((a, b) => b.total - a.total);
}

/** Participants across distinct studies of the largest comparison, and the studies whose count is unknown. */
export function participantTotal(points: readonly EvidencePoint[]): { total: number; unknown: string[] } {
  const largest = comparisons(points)[0];
  return { total: largest?.total ?? 0, unknown: largest?.unknown ?? [] };
}

/** Does the finding claim an effect (so an interval crossing no effect is imprecise), or its absence? */
function claimsAnEffect(p: EvidencePoint, claim: Pick<ClaimContext, 'direction'>): boolean {
  const noEffectClaim = claim.direction === 'NO_EFFECT';
  return p.stance === 'SUPPORTS' ? !noEffectClaim : p.stance === 'CONTRADICTS' ? noEffectClaim : true;
}

/** A finding whose interval is too wide to say what it claims: it points nowhere. */
export const isImpreciseFinding = (p: EvidencePoint, claim: Pick<ClaimContext, 'direction'>) => intervalProblem(p, claim) != null;

function intervalProblem(p: EvidencePoint, claim: Pick<ClaimContext, 'direction'>): string | null {
  const e = p.effect;
  if (!e || e.ciLow == null || e.ciHigh == null) return null;
  if (claimsAnEffect(p, claim)) return intervalIncludesNoEffect(p) ? `${labelOf(p)}: the interval (${e.ciLow} to ${e.ciHigh}) includes no effect` : null;
  const mid = midOf(e);
  if (!mid || RATIO.test(e.measure ?? '')) return null;
  const none = noEffectValue(p);
  const wide = Math.max(Math.abs(e.ciLow - none), Math.abs(e.ciHigh - none)) >= mid.value;
  return wide ? `${labelOf(p)}: a finding of no difference whose interval (${e.ciLow} to ${e.ciHigh}) does not exclude an important difference (${mid.value} on the ${mid.scale}, ${mid.source})` : null;
}

const fmt = (x: number) => Number(x.toPrecision(3)).toString().replace('-', '−');

/**
 * Imprecision read from a pooled estimate (a claim of an effect): one level when the pooled 95% interval crosses no
 * effect, one when that comparison's participants are fewer than the optimal information size (400); at most two.
 */
function pooledImprecision(g: ForestGroup & { pooled: ForestPooled }): DomainJudgement {
  const pooledRows = g.rows.filter((r) => r.pooled);
  const known = pooledRows.filter((r) => r.participants != null);
  const total = known.reduce((s, r) => s + r.participants!, 0);
  const unknown = pooledRows.filter((r) => r.participants == null).map((r) => r.study);
  const { estimate, ciLow, ciHigh, k } = g.pooled;
  const crosses = ciLow <= g.noEffect && ciHigh >= g.noEffect;
  const few = total < OIS;
  const interval = `pooled ${g.measure} ${fmt(estimate)} (95% CI ${fmt(ciLow)} to ${fmt(ciHigh)}) from ${k} studies (${groupName(g)})`;
  const people = `${total} participants in that comparison${unknown.length ? ` (not reported for ${unknown.join(', ')})` : ''}`;
  const reasons = [crosses ? `${interval} crosses no effect` : null, few ? `${people}, fewer than ${OIS}` : null].filter((r): r is string => r != null);
  const levels = reasons.length;
  const reason = levels ? reasons.join('; ') : `${interval} excludes no effect; ${people}`;
  return { domain: 'IMPRECISION', levels, assessed: true, reason, studies: levels ? [...new Set(pooledRows.map((r) => r.study))] : [] };
}

/**
 * Imprecision, per comparison (where findings pool, from the pooled interval and that comparison's participants): one level when the largest comparison has fewer than 400 participants, two when it is
 * one trial of fewer than 100; one level when most stated intervals are imprecise — an interval crossing no effect
 * for a finding that claims an effect, or, for a finding of no difference, an interval that does not exclude a
 * minimal important difference. At most two levels.
 */
export function imprecision(points: readonly EvidencePoint[], claim: ClaimContext = { comparators: [], outcomes: [], conditions: [] }): DomainJudgement {
  const main = claim.direction === 'NO_EFFECT' ? null : mainPooledGroup(forestGroups(points));
  if (main) return pooledImprecision(main);
  const all = comparisons(points);
  const largest = all[0];
  const reasons: string[] = [];
  const studies = new Set<string>();
  let levels = 0;
  if (largest) {
    const single = largest.studies.length === 1 ? largest.studies[0]! : null;
    const singleTrial = single && !POOLED.has(single[0]!.design) && largest.total > 0 && largest.total < VERY_SMALL_TRIAL;
    const unknown = largest.unknown.length ? ` (not reported for ${largest.unknown.join(', ')})` : '';
    if (singleTrial) {
      levels += 2;
      reasons.push(`one trial of ${largest.total} participants (${labelOf(single[0]!)}), far below the ${OIS} an estimate needs`);
    } else if (largest.total < OIS) {
      levels += 1;
      reasons.push(largest.total === 0 ? `number of participants not reported${unknown}` : `${largest.total} participants in the largest comparison (${largest.name})${unknown}, fewer than ${OIS}`);
    }
    if (levels) for (const ps of largest.studies) if (!POOLED.has(ps[0]!.design) || ps.some((p) => p.effect?.participants != null)) studies.add(labelOf(ps[0]!));
    if (all.length > 1) reasons.push(`participants counted per comparison, not summed across ${all.length} comparisons that were not pooled`);
  }
  const withInterval = points.filter((p) => p.effect?.ciLow != null && p.effect?.ciHigh != null);
  const problems = withInterval.map((p) => ({ p, why: intervalProblem(p, claim) })).filter((x) => x.why);
  if (problems.length && problems.length * 2 >= withInterval.length && levels < 2) {
    levels += 1;
    reasons.push(`imprecise intervals in ${problems.length} of ${withInterval.length} findings with one (${problems.map((x) => x.why).join('; ')})`);
    for (const l of studyLabels(problems.map((x) => x.p))) studies.add(l);
  }
  const reason = levels ? reasons.join('; ') : `${largest?.total ?? 0} participants in the largest comparison${all.length > 1 ? ` (of ${all.length}, not summed)` : ''}; stated intervals are precise enough`;
  return { domain: 'IMPRECISION', levels: Math.min(2, levels), assessed: true, reason, studies: [...studies] };
}
