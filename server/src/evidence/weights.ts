import type { Design } from '../domain/designs.js';

export { DESIGNS, isDesign, type Design } from '../domain/designs.js';

/** How much one study of a design counts, before its size. */
export const DESIGN_WEIGHT: Record<Design, number> = {
  systematic_review: 3,
  guideline: 3,
  rct: 2,
  cohort: 1,
  validation_study: 0.5,
  other: 0.5,
  case_report: 0.25,
};

/** Designs that compare against a control group (or pool studies that do). */
export const CONTROLLED_DESIGNS: ReadonlySet<Design> = new Set(['rct', 'systematic_review', 'guideline']);

/** Designs whose sample size is not a head count of one trial: their size factor is 1. */
const POOLED_DESIGNS: ReadonlySet<Design> = new Set(['systematic_review', 'guideline']);

/** Below this many participants a study counts as small. */
export const SMALL_N = 100;


/** 0.25 at n = 1, 0.5 at 10, 0.75 at 100, 1 from 1000 on; 0.5 when n is unknown (1 for pooled designs). */
export function sizeFactor(design: Design, sampleSize: number | null | undefined): number {
  if (POOLED_DESIGNS.has(design)) return 1;
  if (sampleSize == null || sampleSize < 1) return 0.5;
  return Math.min(1, 0.25 + 0.25 * Math.log10(sampleSize));
}

/** A study's weight: design weight × size factor. */
export function studyWeight(design: Design, sampleSize: number | null | undefined): number {
  return DESIGN_WEIGHT[design] * sizeFactor(design, sampleSize);
}
