/** Study designs as stored on Study nodes and in the seed (the GraphQL `StudyDesign` enum is the upper-case form). */
export const DESIGNS = ['rct', 'systematic_review', 'guideline', 'case_report', 'cohort', 'validation_study', 'other'] as const;
export type Design = (typeof DESIGNS)[number];

export const isDesign = (value: unknown): value is Design => typeof value === 'string' && (DESIGNS as readonly string[]).includes(value);
