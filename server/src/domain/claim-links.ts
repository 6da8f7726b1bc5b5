/**
 * How a claim links to the entities it is about: relationship type, target label, the seed field
 * and mutation input field that list the targets, the Claim field that returns them and the
 * filter argument that selects by one of them.
 */
export const CLAIM_LINKS = [
  { type: 'ABOUT', label: 'Technique', seedField: 'about', inputField: 'techniqueIds', claimField: 'techniques', filterArg: 'techniqueId' },
  // What the technique under test was compared with; listed after ABOUT so Technique's axis link stays ABOUT.
  { type: 'COMPARED_WITH', label: 'Technique', seedField: 'comparedWith', inputField: 'comparatorIds', claimField: 'comparedWith', filterArg: 'comparatorId' },
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

/**
 * The link that puts an entity on a claim's axis (evidence-map rows and columns, `Technique.claims`):
 * the first per label, so a technique's axis link is ABOUT (under test) and a comparator never gets one.
 */
const AXIS_LINKS = CLAIM_LINKS.filter((l, i) => CLAIM_LINKS.findIndex((m) => m.label === l.label) === i);

/** The entity labels, in model order. */
export const ENTITY_LABELS: readonly EntityLabel[] = AXIS_LINKS.map((l) => l.label);

/** The claim-link relationship type that points at entities of a label (ABOUT for techniques, never COMPARED_WITH). */
export const CLAIM_LINK_TYPE = Object.fromEntries(AXIS_LINKS.map((l) => [l.label, l.type])) as Record<EntityLabel, ClaimLinkType>;

/** `ABOUT|COMPARED_WITH|IN|ON|VIA`, for a relationship pattern. */
export const CLAIM_LINK_PATTERN = CLAIM_LINKS.map((l) => l.type).join('|');
