import type { Db } from '../db/db.js';
import type { NodeLabel, NodeModel } from '../domain/models.js';
import { badInput } from '../errors/codes.js';
import type { NodeKind } from '../generated/graphql.js';
import { mentionsAny } from '../queries/near-words.js';
import { doiIn, pmidIn, relevance } from '../queries/rank-hits.js';
import { searchNodes, searchTerms, studiesByIdentifier } from '../queries/search-nodes.js';
import { kindOf, labelOf, listProp } from './node-values.js';

/** The longest search text accepted. */
export const MAX_SEARCH_TEXT = 200;

export interface SearchHit {
  node: NodeModel;
  score: number;
  kind: NodeKind;
  text: string;
}

export interface SearchArgs {
  text: string;
  /** Labels to search; null = all. */
  labels: NodeLabel[] | null;
  limit: number;
  maxLimit: number;
  /** True when only ids, labels and kinds of the hits are needed (fewer properties read). */
  lean: boolean;
  /** Only nodes of this question (checked by the caller); null = the whole graph. */
  question?: string | null;
}

/** The field value that best shows why a node matched: a label, alias or author holding a search word. */
function matchedText(node: NodeModel, words: string[]): string {
  const candidates = [labelOf(node), ...listProp(node.aliases), ...listProp(node.authors)];
  return candidates.find((c) => mentionsAny(c, words)) ?? labelOf(node);
}

/** Ranked search: a DOI or PMID finds its study first, then Lucene's candidates re-ranked by relevance. */
export async function search(db: Db, { text, labels, limit, maxLimit, lean, question = null }: SearchArgs): Promise<SearchHit[]> {
  if (!text.trim()) throw badInput('search text is empty', 'text');
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`search text is longer than ${MAX_SEARCH_TEXT} characters`, 'text');
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) throw badInput(`first must be between 1 and ${maxLimit}`, 'first');
  const words = searchTerms(text);
  if (words.length === 0) throw badInput('search text has no letters or digits', 'text');
  const wantsStudies = labels === null || labels.includes('Study');
  const doi = doiIn(text);
  const pmid = pmidIn(text);
  const exact = wantsStudies ? await studiesByIdentifier(db, doi, pmid, question) : [];
  // Lucene finds candidates; a wider scan lets the re-ranking lift a claim or an author-year match Lucene put lower.
  const rows = await searchNodes(db, text, labels, Math.min(maxLimit * 2, Math.max(limit * 4, 60)), { enough: limit, lean, question });
  const maxLucene = Math.max(0, ...rows.map((r) => r.score));
  const ranked = rows
    .filter((r) => !exact.some((e) => e.id === r.node.id))
    .map(({ node, score }) => {
      const extra = [...listProp(node.aliases), ...listProp(node.authors), typeof node.year === 'number' ? String(node.year) : ''];
      return { node, score: relevance(words, { kind: kindOf(node), label: labelOf(node), extra, lucene: score }, maxLucene), lucene: score };
    })
    .sort((a, b) => b.score - a.score || b.lucene - a.lucene || a.node.id.localeCompare(b.node.id));
  const identified = exact.map((node) => ({ node, score: 100, kind: kindOf(node), text: String(doi ? node.doi : node.pmid) }));
  return [...identified, ...ranked.map(({ node, score }) => ({ node, score, kind: kindOf(node), text: matchedText(node, words) }))].slice(0, limit);
}
