import type { GraphQLResolveInfo } from 'graphql';
import type { EvidenceMap, GraphFilter, Maybe, QueryResolvers } from '../generated/graphql.js';
import type { Db } from '../db/db.js';
import type { EvidenceCriteria } from '../evidence/filter-evidence.js';
import { apiError, badInput, notFound } from '../errors/codes.js';
import { EXPANSION, getNeighbourhood, NEIGHBOURHOOD_DEPTHS, type Depth } from '../queries/get-neighbourhood.js';
import { getPaths, PATH_LENGTHS, type PathLength } from '../queries/get-paths.js';
import { MAP_AXES, readEvidenceMap } from '../queries/get-evidence-map.js';
import type { GraphCriteria, GraphShape } from '../queries/graph-filter.js';
import type { EntityLabel } from '../queries/get-claims-of-entities.js';
import { labelOfKind } from './args.js';
import { toEvidenceCriteria, toEvidenceParams } from './evidence-args.js';
import { toGraph } from './graph-elements.js';
import { evidenceMapBuilder } from './evidence-cells.js';
import { toLeftOut } from './left-out.js';
import { NotReadyYet, servedByFilter, type ServeOptions } from './map-cache.js';
import { selects, selectsAny } from './selection.js';

/** Hard caps on graph requests (also in docs/api.md). */
export const GRAPH_LIMITS = { maxNodes: 500, maxStartIds: 20, maxDepth: 3, maxPathLength: 6 } as const;

export function toGraphCriteria(f: Maybe<GraphFilter> | undefined): GraphCriteria {
  return { labels: f?.kinds?.length ? f.kinds.map(labelOfKind) : null, ...toEvidenceParams(f) };
}

/** GraphEdgeData fields read from the edge's texts. */
const EDGE_TEXT_FIELDS = ['quote', 'discrepancies', 'timepoint', 'effect', 'sourceUrl', 'why', 'note'] as const;

/** Asks Neo4j only for what the request selects: edge texts and left-out summaries are most of a graph's cost. */
const shapeOf = (info: GraphQLResolveInfo): GraphShape => ({
  edgeText: selectsAny(info, ['edges', 'data'], EDGE_TEXT_FIELDS),
  leftOut: selects(info, ['leftOut']) || selects(info, ['truncated']),
});

/** The evidence map of two axes under the criteria: read page by page once, then served from memory until a write. */
export async function evidenceMapOf(db: Db, rows: EntityLabel, columns: EntityLabel, criteria: EvidenceCriteria, options: ServeOptions = {}): Promise<EvidenceMap> {
  const served = await servedByFilter(db, JSON.stringify([rows, columns, criteria]), async () => {
    const map = evidenceMapBuilder(criteria, rows === 'Mechanism' ? 'row' : columns === 'Mechanism' ? 'column' : null);
    await readEvidenceMap(db, rows, columns, (page) => map.add(page));
    return map.finish();
  }, options).catch((err: unknown) => {
    if (err instanceof NotReadyYet) throw apiError('BUSY', `The evidence map is still being computed from the whole graph (${err.message}); retry in a minute.`, { retryAfterSeconds: 60 });
    throw err;
  });
  return { ...served.value, computedAt: new Date(served.computedAt).toISOString(), stale: served.stale };
}

const isDepth = (d: number): d is Depth => (NEIGHBOURHOOD_DEPTHS as readonly number[]).includes(d);
const isPathLength = (n: number): n is PathLength => (PATH_LENGTHS as readonly number[]).includes(n);

export const graphQueries: QueryResolvers = {
  neighbourhood: async (_, { ids, depth, filter, limit, fanOut }, { db }, info) => {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > GRAPH_LIMITS.maxStartIds) throw badInput(`give 1 to ${GRAPH_LIMITS.maxStartIds} ids`, 'ids');
    const d = depth ?? 1;
    if (!isDepth(d)) throw badInput(`depth must be 1 to ${GRAPH_LIMITS.maxDepth}`, 'depth');
    const cap = limit ?? 150;
    if (!Number.isInteger(cap) || cap < 1 || cap > GRAPH_LIMITS.maxNodes) throw badInput(`limit must be 1 to ${GRAPH_LIMITS.maxNodes}`, 'limit');
    const fan = fanOut ?? EXPANSION.fanOut;
    if (!Number.isInteger(fan) || fan < 1 || fan > EXPANSION.maxFanOut) throw badInput(`fanOut must be 1 to ${EXPANSION.maxFanOut}`, 'fanOut');
    const rows = await getNeighbourhood(db, unique, d, toGraphCriteria(filter), cap, fan, shapeOf(info));
    if (!rows) throw notFound('Node', unique.join(', '));
    return toGraph(rows, unique, toLeftOut(rows));
  },
  paths: async (_, { from, to, maxLength, filter }, { db }, info) => {
    if (from === to) throw badInput('from and to are the same node', 'to');
    const n = maxLength ?? 4;
    if (!isPathLength(n)) throw badInput(`maxLength must be 1 to ${GRAPH_LIMITS.maxPathLength}`, 'maxLength');
    const rows = await getPaths(db, from, to, n, toGraphCriteria(filter), shapeOf(info));
    if (!rows) throw notFound('Node', `${from}" or "${to}`);
    return toGraph(rows, [from, to]);
  },
  evidenceMap: async (_, { rows, columns, filter }, { db }) => {
    const r = labelOfKind(rows) as EntityLabel;
    const c = labelOfKind(columns) as EntityLabel;
    if (!MAP_AXES.includes(r) || !MAP_AXES.includes(c) || r === c) {
      throw badInput('rows and columns must be two different kinds among TECHNIQUE, CONDITION, OUTCOME, MECHANISM', 'columns');
    }
    return evidenceMapOf(db, r, c, toEvidenceCriteria(filter));
  },
};
