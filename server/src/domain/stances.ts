/** The stance of a study's finding on a claim; the stance is the evidence relationship's type. */
export const STANCES = ['SUPPORTS', 'CONTRADICTS', 'QUALIFIES'] as const;
export type Stance = (typeof STANCES)[number];

/** `SUPPORTS|CONTRADICTS|QUALIFIES`, for a relationship pattern. */
export const EVIDENCE_TYPES = STANCES.join('|');

/** `['SUPPORTS', 'CONTRADICTS', 'QUALIFIES']` as a Cypher list literal. */
export const STANCE_LIST = `[${STANCES.map((s) => `'${s}'`).join(', ')}]`;

/** The finding direction a curator's stance is stored as (as the seed's findings spell it). */
export const FINDING_DIRECTION_OF_STANCE: Record<Stance, string> = { SUPPORTS: 'supports', CONTRADICTS: 'contradicts', QUALIFIES: 'mixed' };

export const isStance = (value: unknown): value is Stance => (STANCES as readonly unknown[]).includes(value);
