import type { QueryResolvers } from '../generated/graphql.js';
import type { Context } from '../context/context.js';
import { notFound } from '../errors/codes.js';
import { labelOfKind, MAX_PAGE } from './args.js';
import { selectsBeyond } from './selection.js';
import { loadersOf } from '../context/loaders.js';
import { getNodeOfLabel } from '../queries/get-nodes-by-ids.js';
import type { NodeLabel, NodeModel } from '../domain/models.js';
import { search } from '../use-cases/search.js';
import { readClaim } from '../use-cases/claim-page.js';
import { scopeOf } from '../use-cases/questions.js';
import { claimPartsFor } from './claim-parts.js';

/** A node of one label by id (an index seek on that label), or NOT_FOUND; primes the node loader. */
async function lookup(ctx: Context, label: NodeLabel, id: string): Promise<NodeModel> {
  const node = await getNodeOfLabel(ctx.db, label, id);
  if (!node) throw notFound(label, id);
  loadersOf(ctx).node.prime(id, node);
  return node;
}

export const lookupQueries: QueryResolvers = {
  search: async (_, { text, kinds, first, question }, ctx, info) =>
    search(ctx.db, {
      question: await scopeOf(ctx, question),
      text,
      labels: kinds?.length ? kinds.map(labelOfKind) : null,
      limit: first ?? 20,
      maxLimit: MAX_PAGE,
      lean: !selectsBeyond(info, ['node'], ['id', 'label', 'kind', '__typename']),
    }),
  node: (_, { id }, ctx) => loadersOf(ctx).node.load(id),
  study: (_, { id }, ctx) => lookup(ctx, 'Study', id),
  claim: (_, { id }, ctx, info) => readClaim(ctx, id, claimPartsFor(info)),
  technique: (_, { id }, ctx) => lookup(ctx, 'Technique', id),
  condition: (_, { id }, ctx) => lookup(ctx, 'Condition', id),
  mechanism: (_, { id }, ctx) => lookup(ctx, 'Mechanism', id),
  outcome: (_, { id }, ctx) => lookup(ctx, 'Outcome', id),
  source: (_, { id }, ctx) => lookup(ctx, 'Source', id),
};
