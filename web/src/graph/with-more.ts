import type { MoreAnswer } from '../api/load-more.js';
import type { Graph } from '../api/types.js';

/** Neighbours of an opened summary node that the server's node cap kept off the page. */
export interface NotDrawn {
  id: string;
  count: number;
}

/**
 * The explorer's graph with the opened summary nodes' answers merged in. Drawn nodes stay; new neighbours
 * are added until the graph holds `maxNodes` (the server's cap), and those past it are counted per node,
 * never dropped silently. A node's left-out summary comes from the answer that asked most of it: an opened
 * summary's answer when its fan-out is above the explorer's (`fanOut: limit`), else the explorer's answer.
 */
export function withMore(graph: Graph | null, answers: readonly MoreAnswer[], limit: number, maxNodes: number): { graph: Graph | null; notDrawn: NotDrawn[] } {
  if (!graph || answers.length === 0) return { graph, notDrawn: [] };
  const nodes = new Map(graph.nodes.map((n) => [n.data.id, n]));
  const edges = new Map(graph.edges.map((e) => [e.data.id, e]));
  const leftOut = new Map(graph.leftOut.map((l) => [l.nodeId, l]));
  const notDrawn: NotDrawn[] = [];
  for (const answer of answers) {
    if (!nodes.has(answer.id)) continue; // not drawn under the current filters
    let dropped = 0;
    for (const n of answer.graph.nodes) {
      if (nodes.has(n.data.id)) continue;
      if (nodes.size >= maxNodes) dropped += 1;
      else nodes.set(n.data.id, n);
    }
    for (const e of answer.graph.edges) if (!edges.has(e.data.id) && nodes.has(e.data.source) && nodes.has(e.data.target)) edges.set(e.data.id, e);
    if (answer.fanOut > limit) {
      const latest = answer.graph.leftOut.find((l) => l.nodeId === answer.id);
      if (latest) leftOut.set(answer.id, latest);
      else leftOut.delete(answer.id);
    }
    if (dropped > 0) notDrawn.push({ id: answer.id, count: dropped });
  }
  return { graph: { ...graph, nodes: [...nodes.values()], edges: [...edges.values()], leftOut: [...leftOut.values()] }, notDrawn };
}
