import type { Db } from '../db/db.js';
import { anyLabelById } from './cypher-parts.js';
import { FULL_GRAPH, graphEdgeRow, graphNodeRow, graphParams, toGraphRows, type GraphLists, type GraphRows, type GraphShape } from './graph-filter.js';
import { graphNodePasses, graphRelationshipPasses, type GraphCriteria } from './evidence-filter.js';

export const PATH_LENGTHS = [1, 2, 3, 4, 5, 6] as const;
export type PathLength = (typeof PATH_LENGTHS)[number];

/** The most shortest paths one call returns. */
export const MAX_PATHS = 25;

const paths = (maxLength: PathLength) => /* cypher */ `
  CALL () {
    ${anyLabelById('$from', 'a')}
  }
  CALL () {
    ${anyLabelById('$to', 'b')}
  }
  OPTIONAL MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
  WHERE all(r IN relationships(p) WHERE ${graphRelationshipPasses('r')})
    AND all(x IN nodes(p) WHERE x = a OR x = b OR ${graphNodePasses('x')})
  WITH a, b, p LIMIT ${MAX_PATHS}
  WITH a, b, collect(p) AS ps
  WITH a, b, [p IN ps | nodes(p)] AS nodeLists, [p IN ps | relationships(p)] AS relLists
  WITH a, b, reduce(acc = [], l IN nodeLists | acc + l) AS ns, reduce(acc = [], l IN relLists | acc + l) AS rs
  UNWIND ([a, b] + ns) AS n
  WITH collect(DISTINCT n) AS keep, rs
  UNWIND (CASE WHEN rs = [] THEN [null] ELSE rs END) AS r
  WITH keep, collect(DISTINCT r) AS rels
  RETURN [n IN keep | ${graphNodeRow('n')}] AS nodes, [r IN rels | ${graphEdgeRow('r')}] AS edges, 0 AS omitted`;

/** The shortest-paths statement for each allowed maximum length (a path bound cannot be a parameter). */
export const GET_PATHS = Object.fromEntries(PATH_LENGTHS.map((n) => [n, paths(n)])) as Record<PathLength, string>;

/** The shortest paths between two nodes under the filter (the two nodes alone when none); null when either node is absent. */
export async function getPaths(db: Db, from: string, to: string, maxLength: PathLength, c: GraphCriteria, shape: GraphShape = FULL_GRAPH): Promise<GraphRows | null> {
  const [row] = await db.read<GraphLists>(`GET_PATHS.${maxLength}`, GET_PATHS[maxLength], { from, to, ...graphParams(c, shape) });
  return row ? toGraphRows(row) : null;
}
