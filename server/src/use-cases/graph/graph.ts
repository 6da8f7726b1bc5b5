import type { Graph } from '../../generated/graphql.js';
import type { Db } from '../../db/db.js';
import { badInput, notFound } from '../../errors/codes.js';
import { EXPANSION, getNeighbourhood, NEIGHBOURHOOD_DEPTHS, type Depth } from '../../queries/get-neighbourhood.js';
import { getPaths, PATH_LENGTHS, type PathLength } from '../../queries/get-paths.js';
import type { GraphCriteria } from '../../queries/evidence-filter.js';
import type { GraphShape } from '../../queries/graph-filter.js';
import { toGraph } from './graph-elements.js';
import { toLeftOut } from './left-out.js';

/** Hard caps on graph requests (also in docs/api.md). */
export const GRAPH_LIMITS = { maxNodes: 500, maxStartIds: 20, maxDepth: 3, maxPathLength: 6 } as const;

const isDepth = (d: number): d is Depth => (NEIGHBOURHOOD_DEPTHS as readonly number[]).includes(d);
const isPathLength = (n: number): n is PathLength => (PATH_LENGTHS as readonly number[]).includes(n);

export interface NeighbourhoodArgs {
  ids: readonly string[];
  depth?: number | null;
  criteria: GraphCriteria;
  limit?: number | null;
  fanOut?: number | null;
}

/** The nodes around the start nodes under the filter, within the caps, and what was left out around each. */
export async function neighbourhood(db: Db, { ids, depth, criteria, limit, fanOut }: NeighbourhoodArgs, shape: GraphShape): Promise<Graph> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > GRAPH_LIMITS.maxStartIds) throw badInput(`give 1 to ${GRAPH_LIMITS.maxStartIds} ids`, 'ids');
  const d = depth ?? 1;
  if (!isDepth(d)) throw badInput(`depth must be 1 to ${GRAPH_LIMITS.maxDepth}`, 'depth');
  const cap = limit ?? 150;
  if (!Number.isInteger(cap) || cap < 1 || cap > GRAPH_LIMITS.maxNodes) throw badInput(`limit must be 1 to ${GRAPH_LIMITS.maxNodes}`, 'limit');
  const fan = fanOut ?? EXPANSION.fanOut;
  if (!Number.isInteger(fan) || fan < 1 || fan > EXPANSION.maxFanOut) throw badInput(`fanOut must be 1 to ${EXPANSION.maxFanOut}`, 'fanOut');
  const rows = await getNeighbourhood(db, unique, d, criteria, cap, fan, shape);
  if (!rows) throw notFound('Node', unique.join(', '));
  return toGraph(rows, unique, toLeftOut(rows));
}

/** The shortest paths between two nodes under the filter. */
export async function paths(db: Db, from: string, to: string, maxLength: number | null | undefined, criteria: GraphCriteria, shape: GraphShape): Promise<Graph> {
  if (from === to) throw badInput('from and to are the same node', 'to');
  const n = maxLength ?? 4;
  if (!isPathLength(n)) throw badInput(`maxLength must be 1 to ${GRAPH_LIMITS.maxPathLength}`, 'maxLength');
  const rows = await getPaths(db, from, to, n, criteria, shape);
  if (!rows) throw notFound('Node', `${from}" or "${to}`);
  return toGraph(rows, [from, to]);
}
