/**
 * How a claim links to the entities it is about: relationship type, target label, the seed field
 * and mutation input field that list the targets, the Claim field that returns them and the
 * filter argument that selects by one of them.
 */
export const CLAIM_LINKS = [
  { type: 'ABOUT', label: 'Technique', seedField: 'about', inputField: 'techniqueIds', claimField: 'techniques', filterArg: 'techniqueId' },
  { type: 'IN', label: 'Condition', seedField: 'in', inputField: 'conditionIds', claimField: 'conditions', filterArg: 'conditionId' },
  { type: 'ON', label: 'Outcome', seedField: 'on', inputField: 'outcomeIds', claimField: 'outcomes', filterArg: 'outcomeId' },
  { type: 'VIA', label: 'Mechanism', seedField: 'via', inputField: 'mechanismIds', claimField: 'mechanisms', filterArg: 'mechanismId' },
] as const;

export type ClaimLink = (typeof CLAIM_LINKS)[number];
export type ClaimLinkType = ClaimLink['type'];
/** Labels a claim can be linked to (the entity kinds). */
export type EntityLabel = ClaimLink['label'];
export type ClaimLinkField = ClaimLink['inputField'];
export type ClaimLinkFilterArg = ClaimLink['filterArg'];

/** The entity labels, in model order. */
export const ENTITY_LABELS: readonly EntityLabel[] = CLAIM_LINKS.map((l) => l.label);

/** The claim-link relationship type that points at entities of a label. */
export const CLAIM_LINK_TYPE = Object.fromEntries(CLAIM_LINKS.map((l) => [l.label, l.type])) as Record<EntityLabel, ClaimLinkType>;

/** `ABOUT|IN|ON|VIA`, for a relationship pattern. */
export const CLAIM_LINK_PATTERN = CLAIM_LINKS.map((l) => l.type).join('|');
