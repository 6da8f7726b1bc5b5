import { labelOf, studyLabels, type DomainJudgement, type EvidencePoint } from './evidence-point.js';

const OIS = 400;
const POOLED = new Set(['systematic_review', 'guideline']);
const RATIO = /\b(rr|or|hr|irr|risk ratio|odds ratio|hazard ratio|rate ratio|ratio)\b/i;

/** True when a stated interval includes no effect (0 for differences, 1 for ratios). */
export function intervalIncludesNoEffect(p: EvidencePoint): boolean {
  const e = p.effect;
  if (!e || e.ciLow == null || e.ciHigh == null) return false;
  const none = RATIO.test(e.measure ?? '') ? 1 : 0;
  return Math.min(e.ciLow, e.ciHigh) <= none && Math.max(e.ciLow, e.ciHigh) >= none;
}

/** Participants behind a study's findings: the largest stated effect-size count, else its sample size. */
function participantsOf(points: EvidencePoint[]): number | null {
  const stated = points.map((p) => p.effect?.participants).filter((n): n is number => typeof n === 'number');
  if (stated.length) return Math.max(...stated);
  return points[0]?.sampleSize ?? null;
}

/** Total participants across distinct studies, and the studies whose count is unknown. */
export function participantTotal(points: readonly EvidencePoint[]): { total: number; unknown: string[] } {
  const byStudy = new Map<string, EvidencePoint[]>();
  for (const p of points) byStudy.set(p.studyId, [...(byStudy.get(p.studyId) ?? []), p]);
  let total = 0;
  const unknown: string[] = [];
  for (const ps of byStudy.values()) {
    const n = participantsOf(ps);
    if (n == null) unknown.push(labelOf(ps[0]!));
    else total += n;
  }
  return { total, unknown };
}

/** Imprecision: fewer than 400 participants in total, and/or most stated intervals include no effect (−1 each, at most −2). */
export function imprecision(points: readonly EvidencePoint[]): DomainJudgement {
  const { total, unknown } = participantTotal(points);
  const reasons: string[] = [];
  const studies = new Set<string>();
  let levels = 0;
  if (total < OIS) {
    levels += 1;
    reasons.push(total === 0 ? `number of participants not reported (${unknown.join(', ')})` : `${total} participants in total${unknown.length ? ` (not reported for ${unknown.join(', ')})` : ''}, fewer than ${OIS}`);
    for (const p of points) if (!POOLED.has(p.design) || p.effect?.participants != null) studies.add(labelOf(p));
  }
  const withInterval = points.filter((p) => p.effect?.ciLow != null && p.effect?.ciHigh != null);
  const crossing = withInterval.filter(intervalIncludesNoEffect);
  if (crossing.length && crossing.length * 2 >= withInterval.length) {
    levels += 1;
    reasons.push(`the interval includes no effect in ${crossing.length} of ${withInterval.length} findings with a stated interval (${studyLabels(crossing).join(', ')})`);
    for (const l of studyLabels(crossing)) studies.add(l);
  }
  const reason = reasons.length ? reasons.join('; ') : `${total} participants${unknown.length ? ` (not reported for ${unknown.join(', ')})` : ''}; stated intervals exclude no effect`;
  return { domain: 'IMPRECISION', levels, assessed: true, reason, studies: [...studies] };
}
