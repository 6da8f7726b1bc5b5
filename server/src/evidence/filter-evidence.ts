import type { Design } from './weights.js';
import type { Stance } from './summarise.js';

/** EvidenceFilter / GraphFilter fields as stored values (designs lower-case). */
export interface EvidenceCriteria {
  stances?: readonly Stance[] | null;
  designs?: readonly Design[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  minSampleSize?: number | null;
  timepoint?: string | null;
}

export interface FilterableEdge {
  stance: Stance;
  timepoint: string | null;
  study: Record<string, unknown>;
}

/** True when a study node passes the study part of the criteria (design, year range, minimum n). */
export function studyPasses(study: FilterableEdge['study'], c: EvidenceCriteria): boolean {
  if (c.designs?.length && !c.designs.includes(study.design as Design)) return false;
  const year = typeof study.year === 'number' ? study.year : null;
  if (c.yearFrom != null && (year == null || year < c.yearFrom)) return false;
  if (c.yearTo != null && (year == null || year > c.yearTo)) return false;
  const n = typeof study.sampleSize === 'number' ? study.sampleSize : null;
  if (c.minSampleSize != null && (n == null || n < c.minSampleSize)) return false;
  return true;
}

/** True when an evidence edge passes the criteria; timepoint is a case-insensitive substring. */
export function edgePasses(edge: FilterableEdge, c: EvidenceCriteria): boolean {
  if (c.stances?.length && !c.stances.includes(edge.stance)) return false;
  if (c.timepoint && !(edge.timepoint ?? '').toLowerCase().includes(c.timepoint.toLowerCase())) return false;
  return studyPasses(edge.study, c);
}
