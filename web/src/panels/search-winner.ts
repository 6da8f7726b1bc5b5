import type { SearchHit } from '../api/types.js';
import { authorYear, claimShortName } from '../words/labels.js';

/**
 * When Enter may open a search hit without the reader choosing. The API's relevance score is 10 × the share of typed
 * words the node holds, + 5 for a name typed in full, + at most 1 from Lucene's tie-break (100 for a DOI or PMID).
 */

/** A lead larger than Lucene's tie-break can give: the top hit holds more of the typed words, or its full name. */
export const CLEAR_LEAD = 1;
/** A hit holding every typed word scores at least this (10 for full coverage). */
const HOLDS_EVERY_WORD = 10;
/** A DOI or PMID typed in full. */
const IDENTIFIER = 100;

const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The names a reader may type for a hit: its id, label, a claim's short name, a study's author and year. */
function namesOf(hit: SearchHit): string[] {
  const names = [hit.node.id, hit.node.label];
  if (hit.kind === 'CLAIM') names.push(claimShortName(hit.node.label));
  if (hit.kind === 'STUDY') names.push(authorYear({ ...hit.node, title: hit.node.label }));
  return names.map(plain);
}

/**
 * The hit Enter opens, or null when none clearly wins (the suggestions then stay open). One wins when it is:
 * the only hit; a DOI/PMID or a name/id typed exactly; the only claim holding every typed word (a query naming a
 * claim's words opens the claim); or ahead of the second by more than CLEAR_LEAD.
 */
export function clearWinner(typed: string, hits: readonly SearchHit[]): SearchHit | null {
  const [first, second] = hits;
  if (!first) return null;
  if (!second) return first;
  const query = plain(typed);
  const exact = hits.filter((hit) => hit.score >= IDENTIFIER || namesOf(hit).includes(query));
  if (exact.length === 1) return exact[0]!;
  const fullClaims = hits.filter((hit) => hit.kind === 'CLAIM' && hit.score >= HOLDS_EVERY_WORD);
  if (exact.length === 0 && fullClaims.length === 1 && fullClaims[0]!.score >= first.score - CLEAR_LEAD) return fullClaims[0]!;
  return first.score - second.score > CLEAR_LEAD ? first : null;
}
