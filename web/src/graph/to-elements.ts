import { STANCES, STUDY_RELATION_TYPES, type Graph, type GraphEdgeData, type GraphNodeData } from '../api/types.js';
import type { Filters } from '../state/view-state.js';
import { claimShortName, studyLabel, titleShortName } from '../words/labels.js';
import type { Verdict } from '../words/verdict.js';

export interface NodeElement {
  group: 'nodes';
  /** `label` is the short name drawn; `fullLabel` the title or statement, shown on hover and in the lists. */
  data: GraphNodeData & { size: number; border: number; fullLabel: string };
  classes: string;
}
export interface EdgeElement {
  group: 'edges';
  data: GraphEdgeData;
  classes: string;
}
export type Element = NodeElement | EdgeElement;

export interface DrawInput {
  graph: Graph | null;
  paths: Graph | null;
  filters: Filters;
  /** Nodes the view was asked for (focus and expanded): drawn with a stronger outline. */
  anchors: string[];
  /** Verdicts of claims, when known: claim nodes are coloured by them. */
  verdicts?: ReadonlyMap<string, Verdict>;
}

/** The label a node is drawn with: author-year, design and n for a study; a short name for a claim or an article; else the API's label. */
export function drawnLabel(d: GraphNodeData): string {
  if (d.kind === 'STUDY') return studyLabel({ firstAuthor: d.firstAuthor, year: d.year, design: d.design, sampleSize: d.sampleSize, title: d.label });
  if (d.kind === 'CLAIM') return claimShortName(d.label);
  if (d.kind === 'SOURCE') return titleShortName(d.label);
  return d.label;
}

const EVIDENCE_KINDS = new Set<string>(STANCES);
const STUDY_RELATIONS = new Set<string>(STUDY_RELATION_TYPES);

/** Node diameter in px from its evidence weight: grows with the square root, so hubs stay readable. */
export const nodeSize = (weight: number) => Math.round(Math.min(80, 22 + 9 * Math.sqrt(Math.max(0, weight))));
/** Border width in px from its evidence weight. */
export const nodeBorder = (weight: number) => Math.min(8, 1 + Math.floor(Math.max(0, weight) / 2));

/** The class that picks an edge's colour and line style: its stance, "asserts", or "link" for structure. */
export function edgeClass(e: GraphEdgeData): string {
  const kind = (e.stance ?? e.kind).toUpperCase();
  if (EVIDENCE_KINDS.has(kind)) return kind.toLowerCase();
  if (kind === 'ASSERTS') return 'asserts';
  if (kind === 'CONTRAINDICATED_IN') return 'contraindicated';
  if (kind === 'COMPARED_WITH') return 'compared';
  if (STUDY_RELATIONS.has(kind)) return 'study-relation';
  if (kind === 'CITES' && (e.discrepancies ?? []).length > 0) return 'miscited';
  return 'link';
}

/**
 * Cytoscape elements for the explorer: the neighbourhood and any paths merged,
 * filtered by node kind and stance (so a filter also acts on what is already drawn),
 * with no edge left dangling.
 */
export function toElements({ graph, paths, filters, anchors, verdicts }: DrawInput): Element[] {
  const onPath = new Set([...(paths?.nodes ?? []).map((n) => n.data.id), ...(paths?.edges ?? []).map((e) => e.data.id)]);
  const nodes = new Map<string, NodeElement>();
  for (const n of [...(graph?.nodes ?? []), ...(paths?.nodes ?? [])]) {
    if (nodes.has(n.data.id) || !filters.kinds.includes(n.data.kind)) continue;
    const verdict = verdicts?.get(n.data.id);
    const classes = [n.data.kind.toLowerCase(), anchors.includes(n.data.id) ? 'anchor' : '', onPath.has(n.data.id) ? 'on-path' : '', verdict ? `verdict-${verdict}` : ''];
    nodes.set(n.data.id, {
      group: 'nodes',
      data: { ...n.data, label: drawnLabel(n.data), fullLabel: n.data.label, size: nodeSize(n.data.weight), border: nodeBorder(n.data.weight) },
      classes: classes.filter(Boolean).join(' '),
    });
  }
  const edges = new Map<string, EdgeElement>();
  for (const e of [...(graph?.edges ?? []), ...(paths?.edges ?? [])]) {
    const d = e.data;
    if (edges.has(d.id) || !nodes.has(d.source) || !nodes.has(d.target)) continue;
    if (d.stance && !filters.stances.includes(d.stance)) continue;
    const classes = [edgeClass(d), onPath.has(d.id) ? 'on-path' : ''];
    edges.set(d.id, { group: 'edges', data: { ...d }, classes: classes.filter(Boolean).join(' ') });
  }
  return [...nodes.values(), ...edges.values()];
}
