/**
 * What a claim is about. Effect and mechanism claims are rated for certainty; a claim about what the evidence says or
 * what guidelines recommend is documentary: it gets a verdict (documented or not) and its sources, never a level.
 */
export const CLAIM_KINDS = ['EFFECT', 'MECHANISM', 'EVIDENCE', 'RECOMMENDATION'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const DOCUMENTARY_KINDS: ReadonlySet<ClaimKind> = new Set(['EVIDENCE', 'RECOMMENDATION']);

export const isClaimKind = (value: unknown): value is ClaimKind => typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);

/** The kind of a claim stored before kinds existed: a claim that works via a mechanism is a mechanism claim. */
export const defaultClaimKind = (via: readonly unknown[] | null | undefined): ClaimKind => (via?.length ? 'MECHANISM' : 'EFFECT');

/** How a study's review was done, where it matters for certainty: overviews and narrative reviews start low. */
export const REVIEW_METHODS = ['systematic', 'overview', 'narrative'] as const;
export type ReviewMethod = (typeof REVIEW_METHODS)[number];
