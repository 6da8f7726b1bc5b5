import type { EvidenceFilter, GraphFilter, Maybe } from '../generated/graphql.js';
import type { EvidenceCriteria, GraphCriteria } from '../queries/evidence-filter.js';
import { checkRanges, labelOfKind, optText, toDesigns } from './args.js';

/**
 * An EvidenceFilter, GraphFilter, StudyFilter or ClaimFilter argument as the one filter's criteria
 * (queries/evidence-filter.ts), for Cypher and the in-memory check alike; checks its ranges.
 */
export function toEvidenceCriteria(f: Partial<EvidenceFilter | GraphFilter> | null | undefined): EvidenceCriteria {
  checkRanges(f);
  return {
    stances: f?.stances?.length ? [...f.stances] : null,
    designs: toDesigns(f?.designs),
    yearFrom: f?.yearFrom ?? null,
    yearTo: f?.yearTo ?? null,
    minSampleSize: f?.minSampleSize ?? null,
    timepoint: optText(f?.timepoint),
  };
}

/** A GraphFilter argument as the explorer's criteria: the evidence criteria and the kinds to draw. */
export function toGraphCriteria(f: Maybe<GraphFilter> | undefined): GraphCriteria {
  return { labels: f?.kinds?.length ? f.kinds.map(labelOfKind) : null, ...toEvidenceCriteria(f) };
}
