import { labelOf, type EvidencePoint, type StudyRelation } from './evidence-point.js';

const isReview = (p: EvidencePoint) => p.design === 'systematic_review';
const related = (a: string, b: string, relations: readonly StudyRelation[]) => relations.some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
const familyOf = (p: EvidencePoint) => /^(.*)\s\d{4}$/.exec(labelOf(p))?.[1] ?? null;

/**
 * Where the same trials may be counted twice though no relation is recorded: an overview of reviews beside the reviews
 * it summarises; a trial published before a review on the claim (the review's trial list was not fully read); two
 * reviews by the same first author. Shown beside the summary; the counts are not changed by a guess.
 */
export function possibleOverlap(counted: readonly EvidencePoint[], relations: readonly StudyRelation[]): string[] {
  const studies = [...new Map(counted.map((p) => [p.studyId, p])).values()];
  const reviews = studies.filter(isReview);
  const notes: string[] = [];
  for (const o of reviews.filter((r) => r.reviewMethod === 'overview')) {
    const others = reviews.filter((r) => r !== o && r.reviewMethod !== 'overview');
    if (others.length) notes.push(`${labelOf(o)} is an overview of reviews: it may count the trials of ${others.map(labelOf).join(', ')} again`);
  }
  for (const [i, a] of reviews.entries()) {
    for (const b of reviews.slice(i + 1)) {
      if (familyOf(a) && familyOf(a) === familyOf(b) && !related(a.studyId, b.studyId, relations)) notes.push(`${labelOf(a)} and ${labelOf(b)} share a first author and may be versions of one review`);
    }
  }
  for (const t of studies.filter((p) => p.design === 'rct')) {
    const later = reviews.filter((r) => r.reviewMethod !== 'overview' && r.year != null && t.year != null && r.year > t.year && !related(r.studyId, t.studyId, relations));
    if (later.length) notes.push(`${labelOf(t)} may be among the trials of ${later.map(labelOf).join(', ')} (no inclusion recorded)`);
  }
  return notes;
}
