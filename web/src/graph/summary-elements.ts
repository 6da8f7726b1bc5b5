import type { LeftOut } from '../api/types.js';
import type { Element, NodeElement } from './to-elements.js';
import type { NotDrawn } from './with-more.js';

/** A summary node: what the caps left out around one drawn node, drawn beside it; opening it asks for more. */
export interface SummaryNode {
  group: 'nodes';
  data: { id: string; summaryOf: string; label: string; fullLabel: string; count: number; size: number };
  classes: 'summary';
}
export interface SummaryEdge {
  group: 'edges';
  data: { id: string; source: string; target: string };
  classes: 'summary-link';
}
export type SummaryElement = SummaryNode | SummaryEdge;

/** Ids of summary elements: a prefix no node id of the graph has (ids are slugs), so they never collide. */
export const summaryNodeId = (nodeId: string) => `more-of:${nodeId}`;
export const summaryEdgeId = (nodeId: string) => `more-of-link:${nodeId}`;

const say = (n: number) => n.toLocaleString('en');

/** "+238 studies: 41 RCTs, 12 reviews" as the API words it, plus what the server's node cap kept off the page. */
export function summaryText(leftOut: LeftOut | undefined, notDrawn: NotDrawn | undefined, maxNodes: number): string {
  const parts = [leftOut?.label, notDrawn && `+${say(notDrawn.count)} not drawn (the graph holds at most ${say(maxNodes)} nodes)`];
  return parts.filter(Boolean).join('; ');
}

/**
 * One summary node per drawn node that has neighbours left out, joined to it by a dashed link. They are
 * not part of the graph: the page keeps them apart from the real elements (counts, lists, exports).
 */
export function toSummaryElements(leftOut: readonly LeftOut[], notDrawn: readonly NotDrawn[], drawn: readonly Element[], maxNodes: number): SummaryElement[] {
  const nodes = new Map(drawn.filter((e): e is NodeElement => e.group === 'nodes').map((n) => [n.data.id, n]));
  const ids = [...new Set([...leftOut.map((l) => l.nodeId), ...notDrawn.map((d) => d.id)])];
  return ids.flatMap((id): SummaryElement[] => {
    const node = nodes.get(id);
    if (!node) return [];
    const left = leftOut.find((l) => l.nodeId === id);
    const capped = notDrawn.find((d) => d.id === id);
    const label = summaryText(left, capped, maxNodes);
    return [
      {
        group: 'nodes',
        data: { id: summaryNodeId(id), summaryOf: id, label, fullLabel: `Show more of ${node.data.label} (${label})`, count: (left?.count ?? 0) + (capped?.count ?? 0), size: 24 },
        classes: 'summary',
      },
      { group: 'edges', data: { id: summaryEdgeId(id), source: id, target: summaryNodeId(id) }, classes: 'summary-link' },
    ];
  });
}
