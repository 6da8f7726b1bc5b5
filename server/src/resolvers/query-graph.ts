import type { GraphFilter, Maybe, QueryResolvers } from '../generated/graphql.js';
import { badInput, notFound } from '../errors/codes.js';
import { EXPANSION, getNeighbourhood, NEIGHBOURHOOD_DEPTHS, type Depth } from '../queries/get-neighbourhood.js';
import { getPaths, PATH_LENGTHS, type PathLength } from '../queries/get-paths.js';
import { getEvidenceMap, MAP_AXES } from '../queries/get-evidence-map.js';
import type { GraphCriteria } from '../queries/graph-filter.js';
import type { EntityLabel } from '../queries/get-claims-of-entities.js';
import { labelOfKind } from './args.js';
import { toEvidenceCriteria, toEvidenceParams } from './evidence-args.js';
import { toGraph } from './graph-elements.js';
import { toEvidenceMap } from './evidence-cells.js';
import { toLeftOut } from './left-out.js';
import { cachedByFilter } from './map-cache.js';

/** Hard caps on graph requests (also in docs/api.md). */
export const GRAPH_LIMITS = { maxNodes: 500, maxStartIds: 20, maxDepth: 3, maxPathLength: 6 } as const;

function toGraphCriteria(f: Maybe<GraphFilter> | undefined): GraphCriteria {
  return { labels: f?.kinds?.length ? f.kinds.map(labelOfKind) : null, ...toEvidenceParams(f) };
}

const isDepth = (d: number): d is Depth => (NEIGHBOURHOOD_DEPTHS as readonly number[]).includes(d);
const isPathLength = (n: number): n is PathLength => (PATH_LENGTHS as readonly number[]).includes(n);

export const graphQueries: QueryResolvers = {
  neighbourhood: async (_, { ids, depth, filter, limit, fanOut }, { db }) => {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > GRAPH_LIMITS.maxStartIds) throw badInput(`give 1 to ${GRAPH_LIMITS.maxStartIds} ids`, 'ids');
    const d = depth ?? 1;
    if (!isDepth(d)) throw badInput(`depth must be 1 to ${GRAPH_LIMITS.maxDepth}`, 'depth');
    const cap = limit ?? 150;
    if (!Number.isInteger(cap) || cap < 1 || cap > GRAPH_LIMITS.maxNodes) throw badInput(`limit must be 1 to ${GRAPH_LIMITS.maxNodes}`, 'limit');
    const fan = fanOut ?? EXPANSION.fanOut;
    if (!Number.isInteger(fan) || fan < 1 || fan > EXPANSION.maxFanOut) throw badInput(`fanOut must be 1 to ${EXPANSION.maxFanOut}`, 'fanOut');
    const rows = await getNeighbourhood(db, unique, d, toGraphCriteria(filter), cap, fan);
    if (!rows) throw notFound('Node', unique.join(', '));
    return toGraph(rows, unique, toLeftOut(rows));
  },
  paths: async (_, { from, to, maxLength, filter }, { db }) => {
    if (from === to) throw badInput('from and to are the same node', 'to');
    const n = maxLength ?? 4;
    if (!isPathLength(n)) throw badInput(`maxLength must be 1 to ${GRAPH_LIMITS.maxPathLength}`, 'maxLength');
    const rows = await getPaths(db, from, to, n, toGraphCriteria(filter));
    if (!rows) throw notFound('Node', `${from}" or "${to}`);
    return toGraph(rows, [from, to]);
  },
  evidenceMap: async (_, { rows, columns, filter }, { db }) => {
    const r = labelOfKind(rows) as EntityLabel;
    const c = labelOfKind(columns) as EntityLabel;
    if (!MAP_AXES.includes(r) || !MAP_AXES.includes(c) || r === c) {
      throw badInput('rows and columns must be two different kinds among TECHNIQUE, CONDITION, OUTCOME, MECHANISM', 'columns');
    }
    const criteria = toEvidenceCriteria(filter);
    return cachedByFilter(db, JSON.stringify([r, c, criteria]), async () => toEvidenceMap(await getEvidenceMap(db, r, c), criteria, r === 'Mechanism' ? 'row' : c === 'Mechanism' ? 'column' : null));
  },
};
