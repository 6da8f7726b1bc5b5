import type { QueryResolvers } from '../generated/graphql.js';
import type { Context } from '../context/context.js';
import { badInput, notFound } from '../errors/codes.js';
import { searchNodes, searchTerms, studiesByIdentifier } from '../queries/search-nodes.js';
import { doiIn, pmidIn, relevance } from '../queries/rank-hits.js';
import { mentionsAny } from '../queries/near-words.js';
import { labelOfKind, MAX_PAGE } from './args.js';
import { selectsBeyond } from './selection.js';
import { loadersOf, primeClaim } from '../context/loaders.js';
import { getNodeOfLabel } from '../queries/get-nodes-by-ids.js';
import { getClaimWhole } from '../queries/get-claim-whole.js';
import type { NodeLabel, NodeModel } from './models.js';
import { kindOf, labelOf, listProp } from './node-fields.js';

/** The longest search text accepted. */
export const MAX_SEARCH_TEXT = 200;

/** The field value that best shows why a node matched: a label, alias or author holding a search word. */
function matchedText(node: NodeModel, words: string[]): string {
  const candidates = [labelOf(node), ...listProp(node.aliases), ...listProp(node.authors)];
  return candidates.find((c) => mentionsAny(c, words)) ?? labelOf(node);
}

/** A node of one label by id (an index seek on that label), or NOT_FOUND; primes the node loader. */
async function lookup(ctx: Context, label: NodeLabel, id: string): Promise<NodeModel> {
  const node = await getNodeOfLabel(ctx.db, label, id);
  if (!node) throw notFound(label, id);
  loadersOf(ctx).node.prime(id, node);
  return node;
}

/** A claim with its links, evidence and assertions in one statement; the loaders are primed, so nested fields cost no round trip. */
async function lookupClaim(ctx: Context, id: string): Promise<NodeModel> {
  const whole = await getClaimWhole(ctx.db, id);
  if (!whole) throw notFound('Claim', id);
  primeClaim(loadersOf(ctx), whole);
  return whole.node;
}

export const lookupQueries: QueryResolvers = {
  search: async (_, { text, kinds, first }, { db }, info) => {
    if (!text.trim()) throw badInput('search text is empty', 'text');
    if (text.length > MAX_SEARCH_TEXT) throw badInput(`search text is longer than ${MAX_SEARCH_TEXT} characters`, 'text');
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`, 'first');
    const words = searchTerms(text);
    if (words.length === 0) throw badInput('search text has no letters or digits', 'text');
    const labels = kinds?.length ? kinds.map(labelOfKind) : null;
    const wantsStudies = labels === null || labels.includes('Study');
    const doi = doiIn(text);
    const pmid = pmidIn(text);
    const exact = wantsStudies ? await studiesByIdentifier(db, doi, pmid) : [];
    // Lucene finds candidates; a wider scan lets the re-ranking lift a claim or an author-year match Lucene put lower.
    const lean = !selectsBeyond(info, ['node'], ['id', 'label', 'kind', '__typename']);
    const rows = await searchNodes(db, text, labels, Math.min(MAX_PAGE * 2, Math.max(limit * 4, 60)), { enough: limit, lean });
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
  },
  node: (_, { id }, ctx) => loadersOf(ctx).node.load(id),
  study: (_, { id }, ctx) => lookup(ctx, 'Study', id),
  claim: (_, { id }, ctx) => lookupClaim(ctx, id),
  technique: (_, { id }, ctx) => lookup(ctx, 'Technique', id),
  condition: (_, { id }, ctx) => lookup(ctx, 'Condition', id),
  mechanism: (_, { id }, ctx) => lookup(ctx, 'Mechanism', id),
  outcome: (_, { id }, ctx) => lookup(ctx, 'Outcome', id),
  source: (_, { id }, ctx) => lookup(ctx, 'Source', id),
};
