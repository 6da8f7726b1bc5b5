import type { EvidenceFilter, GraphFilter } from '../generated/graphql.js';
import type { EvidenceCriteria } from '../evidence/filter-evidence.js';
import type { EvidenceCypherParams } from '../queries/list-studies.js';
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

/** The same criteria as the parameters of the Cypher filter (filter-cypher.ts): the one mapping of filter arguments. */
export function toEvidenceParams(f: Partial<EvidenceFilter | GraphFilter> | null | undefined): EvidenceCypherParams {
  const c = toEvidenceCriteria(f);
  return {
    stances: c.stances ? [...c.stances] : null,
    designs: c.designs ? [...c.designs] : null,
    yearFrom: c.yearFrom ?? null,
    yearTo: c.yearTo ?? null,
    minSampleSize: c.minSampleSize ?? null,
    timepoint: c.timepoint ?? null,
  };
}
