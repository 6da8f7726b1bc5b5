import { editDistance } from './near-words.js';
import { searchTerms } from './search-nodes.js';

/** What a hit is ranked on: its kind, the words of its own fields, and Lucene's score. */
export interface RankInput {
  kind: string;
  /** Name, title or statement. */
  label: string;
  /** Aliases, authors and the year: words a person may type to mean this node. */
  extra: string[];
  lucene: number;
}

// Digits must match exactly: "2011" is not "2001".
function sameWord(own: string, typed: string): boolean {
  if (own === typed) return true;
  if (/\d/.test(typed)) return false;
  if (own.startsWith(typed) && typed.length >= 3) return true;
  return typed.length >= 5 && editDistance(own, typed) <= (typed.length < 8 ? 1 : 2);
}

/** Share of the typed words found among a node's own words (0 to 1). */
export function coverage(typed: string[], ownText: string[]): number {
  if (typed.length === 0) return 0;
  const own = ownText.flatMap(searchTerms);
  return typed.filter((t) => own.some((o) => sameWord(o, t))).length / typed.length;
}

/**
 * Relevance as people mean it: first the share of typed words the node holds (so a claim
 * stating the whole question beats the condition it mentions, and "Cherkin 2011" beats
 * Cherkin 2001); then a name typed in full (so "Swedish massage" is the technique, not a
 * claim about it); Lucene's score breaks the remaining ties. Higher is better.
 */
export function relevance(typed: string[], hit: RankInput, maxLucene: number): number {
  const cover = coverage(typed, [hit.label, ...hit.extra]);
  const label = searchTerms(hit.label);
  const exactName = hit.kind !== 'CLAIM' && label.length > 0 && label.length === typed.length && coverage(typed, [hit.label]) === 1;
  return Math.round((cover * 10 + (exactName ? 5 : 0) + hit.lucene / Math.max(maxLucene, 1e-9)) * 1000) / 1000;
}

/** A DOI (bare, "doi:…" or a doi.org URL) in the search text, case kept; null when the text is not one. */
export function doiIn(text: string): string | null {
  const m = /^\s*(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)\s*$/i.exec(text);
  return m ? m[1]! : null;
}

/** A PubMed id ("23087774", "PMID 23087774", "pmid:23087774"); null when the text is not one. */
export function pmidIn(text: string): string | null {
  const m = /^\s*(?:pmid:?\s*)?(\d{5,9})\s*$/i.exec(text);
  return m ? m[1]! : null;
}
