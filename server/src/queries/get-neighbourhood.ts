import type { Db } from '../db/db.js';
import { anyLabelById, int } from './cypher-parts.js';
import { RELATIONSHIP_TYPES } from './get-counts.js';
import { FULL_GRAPH, graphEdgeRow, graphNodeRow, graphParams, toGraphRows, type GraphLists, type GraphRows, type GraphShape } from './graph-filter.js';
import { graphNodePasses, graphRelationshipPasses, type GraphCriteria } from './evidence-filter.js';

export const NEIGHBOURHOOD_DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof NEIGHBOURHOOD_DEPTHS)[number];

/** Bounds of one expansion: what a hub of any size costs. */
export const EXPANSION = {
  /** Relationships read at one node at most; a node with more is a hub, summarised from Neo4j's degree store. */
  scan: 1000,
  /** Nodes carried from one level to the next at most (the heaviest): independent of `limit`, so a smaller limit only draws less. */
  frontier: 500,
  /** Neighbours kept per expanded node when the caller does not say. */
  fanOut: 50,
  maxFanOut: 500,
} as const;

/** Heaviest first, by the figures writes store on each node: evidence weight, then degree, then id for a stable order. */
const RANK = (v: string) => `coalesce(${v}.weight, 0) DESC, coalesce(${v}.degree, 0) DESC, ${v}.id`;

// One level: every frontier node reads at most $scan relationships and keeps its $fan heaviest neighbours
// (CALL (a) {… LIMIT}), so a hub costs $scan, not its degree. Nodes already reached are not excluded here
// (no `NOT m IN seen` list scan); the aggregation at the end keeps each node once, at its least distance.
const level = (dist: number) => `
  CALL (frontier) {
    UNWIND frontier AS a
    CALL (a) {
      MATCH (a)-[r]-(m)
      WITH r, m LIMIT $scan
      WHERE ${graphRelationshipPasses('r')} AND ${graphNodePasses('m')}
      WITH DISTINCT m ORDER BY ${RANK('m')} LIMIT $fan
      RETURN m
    }
    WITH DISTINCT m ORDER BY ${RANK('m')} LIMIT $frontier
    RETURN collect(m) AS next
  }
  WITH next AS frontier, reached + [m IN next | {node: m, dist: ${dist}}] AS reached`;

/** Relationship counts by type and direction from the degree store (constant time on a dense node), for hubs. */
const DEGREE_BY_TYPE = RELATIONSHIP_TYPES.flatMap((t) => [`${t}_out: COUNT { (a)-[:${t}]->() }`, `${t}_in: COUNT { (a)<-[:${t}]-() }`]).join(', ');

const neighbourhood = (depth: Depth) => /* cypher */ `
  UNWIND $ids AS id
  CALL (id) {
    ${anyLabelById('id', 's')}
  }
  WITH collect(DISTINCT s) AS starts
  WITH starts AS frontier, [x IN starts | {node: x, dist: 0}] AS reached
  ${Array.from({ length: depth }, (_, i) => level(i + 1)).join('')}
  CALL (reached) {
    UNWIND reached AS x
    WITH x.node AS m, min(x.dist) AS dist
    WITH m, dist ORDER BY dist, ${RANK('m')}
    RETURN collect({node: m, dist: dist}) AS ranked
  }
  WITH ranked[..$total] AS kept, size(ranked) - size(ranked[..$total]) AS omitted
  WITH [k IN kept | k.node] AS keep, [k IN kept WHERE k.dist < ${depth} | k.node] AS expanded, omitted
  // Edges among the kept nodes. Membership is an aggregation (hash) over candidate ends plus the kept
  // nodes themselves, not a list scan; a hub's candidates are its relationships into the kept nodes only.
  CALL (keep) {
    CALL (keep) {
      UNWIND keep AS a
      CALL (a, keep) {
        WITH a WHERE COUNT { (a)-->() } <= $scan
        MATCH (a)-[r]->(b)
        RETURN r, b
        UNION ALL
        WITH a, keep WHERE COUNT { (a)-->() } > $scan
        UNWIND keep AS b
        MATCH (a)-[r]->(b)
        RETURN r, b
      }
      WITH r, b WHERE ${graphRelationshipPasses('r')}
      RETURN b AS n, r
      UNION ALL
      UNWIND keep AS n
      RETURN n, null AS r
    }
    WITH n, collect(r) AS rs, count(*) - count(r) AS isKept
    WHERE isKept > 0
    UNWIND rs AS r
    RETURN collect(${graphEdgeRow('r')}) AS edges
  }
  // What each expanded node has beyond what is drawn (when the request asks): exact (distinct neighbours under
  // the filter, by kind and design) when it has at most $scan relationships; relationship counts by type for a hub.
  CALL (expanded) {
    UNWIND CASE WHEN $around THEN expanded ELSE [] END AS a
    CALL (a) {
      WITH a WHERE COUNT { (a)--() } <= $scan
      MATCH (a)-[r]-(m)
      WHERE ${graphRelationshipPasses('r')} AND ${graphNodePasses('m')}
      WITH DISTINCT a, m
      WITH a, labels(m)[0] AS label, m.design AS design, count(*) AS count
      WITH a, collect({label: label, design: design, count: count}) AS groups
      RETURN {id: a.id, exact: true, groups: groups} AS around
      UNION ALL
      WITH a WHERE COUNT { (a)--() } > $scan
      RETURN {id: a.id, exact: false, byType: {${DEGREE_BY_TYPE}}} AS around
    }
    RETURN collect(around) AS around
  }
  RETURN [n IN keep | ${graphNodeRow('n')}] AS nodes, edges, omitted, around`;

/** The neighbourhood statement for each allowed depth (a variable-length bound cannot be a parameter). */
export const GET_NEIGHBOURHOOD: Record<Depth, string> = { 1: neighbourhood(1), 2: neighbourhood(2), 3: neighbourhood(3) };

/** What an expanded node has around it, before subtracting what is drawn. */
export type Around =
  | { id: string; exact: true; groups: Array<{ label: string; design: string | null; count: number }> }
  | { id: string; exact: false; byType: Record<string, number> };

export interface NeighbourhoodRows extends GraphRows {
  around: Around[];
}

/** The parameters of GET_NEIGHBOURHOOD for one request. */
export const neighbourhoodParams = (ids: string[], c: GraphCriteria, limit: number, fanOut: number = EXPANSION.fanOut, shape: GraphShape = FULL_GRAPH) => ({
  ids, ...graphParams(c, shape), total: int(Math.max(limit, ids.length)), fan: int(fanOut), scan: int(EXPANSION.scan), frontier: int(EXPANSION.frontier),
});

/**
 * Nodes within `depth` of the start nodes under the filter, each expanded node keeping its `fanOut`
 * heaviest neighbours, at most `limit` in all (starts first), the edges among them, and what each
 * expanded node has around it; one round trip.
 */
export async function getNeighbourhood(db: Db, ids: string[], depth: Depth, c: GraphCriteria, limit: number, fanOut: number = EXPANSION.fanOut, shape: GraphShape = FULL_GRAPH): Promise<NeighbourhoodRows | null> {
  const params = neighbourhoodParams(ids, c, limit, fanOut, shape);
  const [row] = await db.read<GraphLists & { around: Around[] }>(`GET_NEIGHBOURHOOD.${depth}`, GET_NEIGHBOURHOOD[depth], params);
  return row?.nodes.length ? { ...toGraphRows(row), around: row.around } : null;
}
