import { labelOf, type EvidencePoint, type StudyRelation } from './evidence-point.js';
import { sameComparison, sameTimeBand } from './comparisons.js';

export type ExclusionCode =
  | 'REPUBLICATION'
  | 'SUPERSEDED'
  | 'INCLUDED_IN_REVIEW'
  | 'SMALL_STUDY'
  | 'UNCONTROLLED'
  | 'HIGH_RISK_OF_BIAS'
  | 'SECONDARY_SOURCE'
  | 'SUPERSEDED_PUBLICATION'
  | 'OVERVIEW_OF_REVIEWS';

/** A finding left out of the count, why, and the study that carries its evidence instead (if any). */
export interface Exclusion {
  point: EvidencePoint;
  code: ExclusionCode;
  reason: string;
  carriedBy: string | null;
}

export interface Counted {
  counted: EvidencePoint[];
  excluded: Exclusion[];
}

/** Every study that transitively updates `id` (newer versions of the same review). */
function updatersOf(id: string, relations: readonly StudyRelation[], seen = new Set<string>()): Set<string> {
  for (const r of relations) {
    if (r.type === 'UPDATES' && r.to === id && !seen.has(r.from)) {
      seen.add(r.from);
      updatersOf(r.from, relations, seen);
    }
  }
  return seen;
}

/** What a review includes: its own INCLUDES, and those of every earlier version it updates or publication it republishes. */
export function includedBy(review: string, relations: readonly StudyRelation[], seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(review)) return found;
  seen.add(review);
  for (const r of relations) {
    if (r.from !== review) continue;
    if (r.type === 'INCLUDES') found.add(r.to);
    else for (const id of includedBy(r.to, relations, seen)) found.add(id);
  }
  return found;
}

/**
 * One body of evidence counted once, per claim: a republication adds nothing when what it republishes bears on the
 * claim; a superseded review version adds nothing when a later version bears on the claim; a trial's finding is
 * counted inside a review on the claim that includes it (directly or through an earlier version) only when one of
 * the review's findings on this claim covers the same comparison and time band — otherwise it counts on its own.
 */
export function countOnce(points: readonly EvidencePoint[], relations: readonly StudyRelation[]): Counted {
  const labels = new Map(points.map((p) => [p.studyId, labelOf(p)]));
  const onClaim = (id: string) => labels.has(id);
  const why = new Map<string, Omit<Exclusion, 'point'>>();
  for (const r of relations) {
    if (r.type !== 'REPUBLISHES' || !onClaim(r.from) || !onClaim(r.to) || r.from === r.to) continue;
    why.set(r.from, { code: 'REPUBLICATION', reason: `republishes ${labels.get(r.to)}, which is counted`, carriedBy: r.to });
  }
  for (const id of labels.keys()) {
    if (why.has(id)) continue;
    const newer = [...updatersOf(id, relations)].filter((u) => onClaim(u) && !why.has(u));
    if (newer.length) why.set(id, { code: 'SUPERSEDED', reason: `superseded by its update ${labels.get(newer[0]!)}, which bears on this claim`, carriedBy: newer[0]! });
  }
  const reviews = [...labels.keys()].filter((id) => relations.some((r) => r.from === id));
  const carriers = new Map<string, string[]>();
  for (const review of reviews) {
    for (const trial of includedBy(review, relations)) {
      if (trial === review || !onClaim(trial) || why.has(trial)) continue;
      const carrier = why.get(review)?.carriedBy ?? review;
      carriers.set(trial, [...(carriers.get(trial) ?? []), carrier]);
    }
  }
  const counted: EvidencePoint[] = [];
  const excluded: Exclusion[] = [];
  for (const p of points) {
    const w = why.get(p.studyId) ?? carriedInside(p, carriers.get(p.studyId) ?? [], points, labels);
    if (w) excluded.push({ point: p, ...w });
    else counted.push(p);
  }
  return { counted, excluded };
}

/** The review that carries this trial finding: one whose finding on the claim covers the same comparison and time band. */
function carriedInside(p: EvidencePoint, carriers: string[], points: readonly EvidencePoint[], labels: Map<string, string>): Omit<Exclusion, 'point'> | null {
  const review = carriers.find((id) => points.some((r) => r.studyId === id && sameComparison(r, p) && sameTimeBand(r, p)));
  if (!review) return null;
  return { code: 'INCLUDED_IN_REVIEW', reason: `included in ${labels.get(review)}, whose finding on this claim covers the same comparison and time: counted inside it`, carriedBy: review };
}

/** Studies with a newer version or that republish another: left out by the "superseded publications" sensitivity option. */
export function supersededIds(relations: readonly StudyRelation[]): Set<string> {
  return new Set(relations.filter((r) => r.type === 'UPDATES' || r.type === 'REPUBLISHES').map((r) => (r.type === 'UPDATES' ? r.to : r.from)));
}
