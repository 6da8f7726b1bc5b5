import { chunks } from './load-all-pages.js';
import { NEIGHBOURHOOD_GRAPH } from './queries.js';
import { request } from './request.js';
import type { NeighbourhoodGraphQuery } from './generated.js';
import type { Graph, GraphFilter } from './types.js';

/** Merges graphs: each node and edge once; the left-out counts add up; each node's left-out summary from the first graph that has one. */
export function mergeGraphs(graphs: Graph[]): Graph {
  const nodes = new Map<string, Graph['nodes'][number]>();
  const edges = new Map<string, Graph['edges'][number]>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.data.id)) nodes.set(n.data.id, n);
    for (const e of g.edges) if (!edges.has(e.data.id)) edges.set(e.data.id, e);
  }
  const leftOut = new Map<string, Graph['leftOut'][number]>();
  for (const g of graphs) for (const l of g.leftOut) if (!leftOut.has(l.nodeId)) leftOut.set(l.nodeId, l);
  const omittedNodes = graphs.reduce((sum, g) => sum + g.omittedNodes, 0);
  return { nodes: [...nodes.values()], edges: [...edges.values()], omittedNodes, truncated: graphs.some((g) => g.truncated), leftOut: [...leftOut.values()] };
}

/** The neighbourhood of any number of nodes: asked in chunks of the server's start-id cap (`serverInfo.maxStartIds`), then merged. */
export async function loadNeighbourhood(ids: string[], filter: GraphFilter, limit: number, maxStartIds: number): Promise<Graph> {
  const parts = await Promise.all(
    chunks(ids, Math.max(1, maxStartIds)).map((part) => request<NeighbourhoodGraphQuery>(NEIGHBOURHOOD_GRAPH, { ids: part, depth: 1, filter, limit, fanOut: limit }).then((d) => d.neighbourhood)),
  );
  return mergeGraphs(parts);
}
