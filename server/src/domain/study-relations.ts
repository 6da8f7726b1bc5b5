/**
 * How publications relate so one body of evidence counts once: a later version UPDATES an earlier
 * review, a reprint or journal summary REPUBLISHES it, a review INCLUDES a trial. `seedType` is how
 * relations.json spells the type.
 */
export const STUDY_RELATIONS = [
  { type: 'UPDATES', seedType: 'updates' },
  { type: 'REPUBLISHES', seedType: 'republishes' },
  { type: 'INCLUDES', seedType: 'includes' },
] as const;

export type StudyRelationType = (typeof STUDY_RELATIONS)[number]['type'];

/** The relationship types, in model order. */
export const STUDY_RELATION_TYPES: readonly StudyRelationType[] = STUDY_RELATIONS.map((r) => r.type);

/** `UPDATES|REPUBLISHES|INCLUDES`, for a relationship pattern. */
export const STUDY_RELATION_PATTERN = STUDY_RELATION_TYPES.join('|');
