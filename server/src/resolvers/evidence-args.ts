import type { EvidenceFilter, GraphFilter } from '../generated/graphql.js';
import type { EvidenceCriteria } from '../evidence/filter-evidence.js';
import { checkRanges, optText, toDesigns } from './args.js';

/** An EvidenceFilter or GraphFilter argument as criteria for the pure filters; checks its ranges. */
export function toEvidenceCriteria(f: Partial<EvidenceFilter | GraphFilter> | null | undefined): EvidenceCriteria {
  checkRanges(f);
  return {
    stances: f?.stances?.length ? f.stances : null,
    designs: toDesigns(f?.designs),
    yearFrom: f?.yearFrom ?? null,
    yearTo: f?.yearTo ?? null,
    minSampleSize: f?.minSampleSize ?? null,
    timepoint: optText(f?.timepoint),
  };
}
