import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../generated/graphql.js';
import type { GraphShape } from '../queries/graph-filter.js';
import { neighbourhood, paths } from '../use-cases/graph/graph.js';
import { evidenceMap } from '../use-cases/evidence-map/evidence-map.js';
import { scopeOf } from '../use-cases/questions.js';
import { labelOfKind } from './args.js';
import { toEvidenceCriteria, toGraphCriteria } from './evidence-args.js';
import { selects, selectsAny } from './selection.js';

export { GRAPH_LIMITS } from '../use-cases/graph/graph.js';

/** GraphEdgeData fields read from the edge's texts. */
const EDGE_TEXT_FIELDS = ['quote', 'discrepancies', 'timepoint', 'effect', 'sourceUrl', 'why', 'note'] as const;

/** Asks Neo4j only for what the request selects: edge texts and left-out summaries are most of a graph's cost. */
const shapeOf = (info: GraphQLResolveInfo): GraphShape => ({
  edgeText: selectsAny(info, ['edges', 'data'], EDGE_TEXT_FIELDS),
  leftOut: selects(info, ['leftOut']) || selects(info, ['truncated']),
});

export const graphQueries: QueryResolvers = {
  neighbourhood: (_, { ids, depth, filter, limit, fanOut }, { db }, info) => neighbourhood(db, { ids, depth, criteria: toGraphCriteria(filter), limit, fanOut }, shapeOf(info)),
  paths: (_, { from, to, maxLength, filter }, { db }, info) => paths(db, from, to, maxLength, toGraphCriteria(filter), shapeOf(info)),
  evidenceMap: async (_, { rows, columns, filter, question }, ctx) =>
    evidenceMap(ctx.db, labelOfKind(rows), labelOfKind(columns), toEvidenceCriteria(filter), await scopeOf(ctx, question)),
};
