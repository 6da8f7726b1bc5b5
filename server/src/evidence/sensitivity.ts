import type { EvidencePoint, StudyRelation } from './evidence-point.js';
import { supersededIds, type Exclusion } from './count-once.js';
import { riskOfBias } from './risk-of-bias.js';
import { CONTROLLED_DESIGNS, SMALL_N } from './weights.js';

/** Sensitivity options: each leaves out one kind of finding so the reader sees how fragile the summary is. */
export interface Sensitivity {
  excludeSmall?: boolean | null;
  excludeUncontrolled?: boolean | null;
  excludeHighRiskOfBias?: boolean | null;
  excludeSecondarySources?: boolean | null;
  excludeSuperseded?: boolean | null;
  excludeOverviews?: boolean | null;
}

const POOLED = new Set(['systematic_review', 'guideline']);

/** Why one finding is left out under the options, or null when it stays. */
function exclusionOf(p: EvidencePoint, s: Sensitivity, superseded: Set<string>): Omit<Exclusion, 'point'> | null {
  if (s.excludeSmall && !POOLED.has(p.design) && p.sampleSize != null && p.sampleSize < SMALL_N) {
    return { code: 'SMALL_STUDY', reason: `small study (n = ${p.sampleSize} < ${SMALL_N})`, carriedBy: null };
  }
  if (s.excludeUncontrolled && (!CONTROLLED_DESIGNS.has(p.design) || /within[- ]group/i.test(p.comparator ?? ''))) {
    return { code: 'UNCONTROLLED', reason: CONTROLLED_DESIGNS.has(p.design) ? 'within-group comparison, no control group' : `no control group (${p.design.replace(/_/g, ' ')})`, carriedBy: null };
  }
  if (s.excludeHighRiskOfBias) {
    const high = riskOfBias(p).high;
    if (high.length) return { code: 'HIGH_RISK_OF_BIAS', reason: `high risk of bias: ${high.join(', ')}`, carriedBy: null };
  }
  if (s.excludeSecondarySources && p.sourceKind === 'secondary') {
    return { code: 'SECONDARY_SOURCE', reason: 'quoted from a secondary source, not the publisher, PubMed/PMC, Cochrane or the guideline body', carriedBy: null };
  }
  if (s.excludeOverviews && p.design === 'systematic_review' && p.reviewMethod === 'overview') {
    return { code: 'OVERVIEW_OF_REVIEWS', reason: 'an overview of reviews: it may count the same trials as the reviews beside it', carriedBy: null };
  }
  if (s.excludeSuperseded && superseded.has(p.studyId)) {
    return { code: 'SUPERSEDED_PUBLICATION', reason: 'a newer version exists, or it republishes another publication', carriedBy: null };
  }
  return null;
}

/** Splits findings into those kept and those the sensitivity options leave out (with reasons). */
export function applySensitivity(points: readonly EvidencePoint[], s: Sensitivity, relations: readonly StudyRelation[]): { kept: EvidencePoint[]; excluded: Exclusion[] } {
  const superseded = supersededIds(relations);
  const kept: EvidencePoint[] = [];
  const excluded: Exclusion[] = [];
  for (const p of points) {
    const why = exclusionOf(p, s, superseded);
    if (why) excluded.push({ point: p, ...why });
    else kept.push(p);
  }
  return { kept, excluded };
}

export const hasSensitivity = (s: Sensitivity | null | undefined) => !!s && Object.values(s).some(Boolean);
