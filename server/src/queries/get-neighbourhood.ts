import type { Db } from '../db/db.js';
import { anyLabelById } from './cypher-parts.js';
import { EVIDENCE_TYPES } from '../domain/stances.js';
import { edgePasses, graphEdgeMap, graphNodeMap, graphParams, nodePasses, type GraphCriteria, type GraphRows } from './graph-filter.js';

export const NEIGHBOURHOOD_DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof NEIGHBOURHOOD_DEPTHS)[number];

// One breadth-first level: each node is reached once, so a hub costs its degree, not its number of paths.
const level = (dist: number) => `
  CALL (frontier, seen) {
    UNWIND frontier AS a
    MATCH (a)-[r]-(m)
    WHERE NOT m IN seen AND ${edgePasses('r')} AND ${nodePasses('m')}
    RETURN collect(DISTINCT m) AS next
  }
  WITH starts, seen + next AS seen, next AS frontier, reached + [x IN next | {node: x, dist: ${dist}}] AS reached`;

const neighbourhood = (depth: Depth) => /* cypher */ `
  UNWIND $ids AS id
  CALL (id) {
    ${anyLabelById('id', 's')}
  }
  WITH collect(DISTINCT s) AS starts
  WITH starts, starts AS seen, starts AS frontier, [] AS reached
  ${Array.from({ length: depth }, (_, i) => level(i + 1)).join('')}
  CALL (starts, reached) {
    UNWIND reached AS x
    WITH x.node AS m, x.dist AS dist
    ORDER BY dist, COUNT { (m)-[:${EVIDENCE_TYPES}]-() } DESC, COUNT { (m)--() } DESC, m.id
    LIMIT $limit
    RETURN collect(m) AS kept
  }
  WITH starts + kept AS keep, size(reached) - size(kept) AS omitted
  CALL (keep) {
    UNWIND keep AS a
    MATCH (a)-[r]->(b)
    WHERE b IN keep AND ${edgePasses('r')}
    RETURN collect(${graphEdgeMap('r')}) AS edges
  }
  RETURN [n IN keep | ${graphNodeMap('n')}] AS nodes, edges, omitted`;

/** The neighbourhood statement for each allowed depth (a variable-length bound cannot be a parameter). */
export const GET_NEIGHBOURHOOD: Record<Depth, string> = { 1: neighbourhood(1), 2: neighbourhood(2), 3: neighbourhood(3) };

/** Nodes within `depth` of the start nodes under the filter, at most `limit` in all (starts first), and the edges among them; one round trip. */
export async function getNeighbourhood(db: Db, ids: string[], depth: Depth, c: GraphCriteria, limit: number): Promise<GraphRows | null> {
  const rest = Math.max(0, limit - ids.length);
  const [row] = await db.read<GraphRows & Record<string, unknown>>(`GET_NEIGHBOURHOOD.${depth}`, GET_NEIGHBOURHOOD[depth], { ids, ...graphParams(c, rest) });
  return row?.nodes.length ? row : null;
}
