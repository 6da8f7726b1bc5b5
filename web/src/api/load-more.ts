import type { NeighbourhoodGraphQuery } from './generated.js';
import { NEIGHBOURHOOD_GRAPH } from './queries.js';
import { request } from './request.js';
import type { Graph, GraphFilter } from './types.js';

/** One opened summary node's answer: the node's neighbours asked with `fanOut`, and what is still left out. */
export interface MoreAnswer {
  id: string;
  fanOut: number;
  graph: Graph;
}

// Opening a second summary asks only for it: answers already had are reused (a failed one is asked again).
const asked = new Map<string, Promise<Graph>>();

function neighboursOf(id: string, fanOut: number, filter: GraphFilter, maxNodes: number): Promise<Graph> {
  const variables = { ids: [id], depth: 1, filter, fanOut, limit: Math.min(maxNodes, fanOut + 1) };
  const key = JSON.stringify(variables);
  let answer = asked.get(key);
  if (!answer) {
    answer = request<NeighbourhoodGraphQuery>(NEIGHBOURHOOD_GRAPH, variables).then((d) => d.neighbourhood);
    answer.catch(() => asked.delete(key));
    asked.set(key, answer);
  }
  return answer;
}

/** More neighbours of each opened summary node (`neighbourhood(ids: [id], depth: 1, fanOut)`), within the server's node cap. */
export function loadMoreNeighbours(more: { id: string; fanOut: number }[], filter: GraphFilter, maxNodes: number): Promise<MoreAnswer[]> {
  return Promise.all(more.map(({ id, fanOut }) => neighboursOf(id, fanOut, filter, maxNodes).then((graph) => ({ id, fanOut, graph }))));
}
