import type { ClaimKind } from '../api/generated.js';

/** What kind of claim a reader is looking at, and so what its verdict can mean. */
export const CLAIM_KIND_WORDS: Record<ClaimKind, string> = {
  EFFECT: 'A claim about an effect: rated for certainty.',
  MECHANISM: 'A claim about how the treatment works (a mechanism): rated for certainty; only findings that measured the mechanism count.',
  EVIDENCE: 'A claim about what the research says: checked against the reviews and studies, documented or not, with no certainty level.',
  RECOMMENDATION: 'A claim about what guidelines recommend: checked against the guidelines, documented or not, with no certainty level.',
};
