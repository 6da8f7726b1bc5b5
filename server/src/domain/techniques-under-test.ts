/**
 * Technique categories that are never what a claim tests: co-treatments given alongside (NSAIDs with massage) and
 * comparators (usual care, sham). The evidence map gives them no row or column of their own: a trial of NSAIDs plus
 * massage against massage alone says nothing about NSAIDs, and a row would read as if it did.
 */
export const NOT_UNDER_TEST = ['co_treatment', 'comparator'] as const;
