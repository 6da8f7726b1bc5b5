import { labelOf, type EvidencePoint, type StudyRelation } from './evidence-point.js';

export type ExclusionCode =
  | 'REPUBLICATION'
  | 'SUPERSEDED'
  | 'INCLUDED_IN_REVIEW'
  | 'SMALL_STUDY'
  | 'UNCONTROLLED'
  | 'HIGH_RISK_OF_BIAS'
  | 'SECONDARY_SOURCE'
  | 'SUPERSEDED_PUBLICATION';

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

/**
 * One body of evidence counted once, per claim: a republication adds nothing when what it republishes bears on the
 * claim; a superseded review version adds nothing when a later version bears on the claim; a study that a review on
 * the claim includes is counted inside that review, not beside it.
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
  for (const r of relations) {
    if (r.type !== 'INCLUDES' || !onClaim(r.from) || !onClaim(r.to) || why.has(r.to) || r.from === r.to) continue;
    const review = why.get(r.from)?.carriedBy ?? r.from;
    why.set(r.to, { code: 'INCLUDED_IN_REVIEW', reason: `included in ${labels.get(r.from)}, a review on this claim: counted inside it`, carriedBy: review });
  }
  const counted: EvidencePoint[] = [];
  const excluded: Exclusion[] = [];
  for (const p of points) {
    const w = why.get(p.studyId);
    if (w) excluded.push({ point: p, ...w });
    else counted.push(p);
  }
  return { counted, excluded };
}

/** Studies with a newer version or that republish another: left out by the "superseded publications" sensitivity option. */
export function supersededIds(relations: readonly StudyRelation[]): Set<string> {
  return new Set(relations.filter((r) => r.type === 'UPDATES' || r.type === 'REPUBLISHES').map((r) => (r.type === 'UPDATES' ? r.to : r.from)));
}
