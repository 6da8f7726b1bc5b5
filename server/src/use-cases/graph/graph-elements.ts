import type { Graph, GraphEdge, GraphNode, LeftOut, NodeKind, Stance, StudyDesign } from '../../generated/graphql.js';
import type { GraphEdgeRow, GraphNodeRow, GraphRows } from '../../queries/graph-filter.js';
import { isDesign, studyWeight } from '../../evidence/weights.js';
import { familyName, labelOf } from '../node-values.js';

import { isStance } from '../../domain/stances.js';
const num = (v: unknown) => (typeof v === 'number' ? v : null);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);


/** A node row as a Cytoscape element: data from properties, classes "kind [design] [start]". */
export function toGraphNode(n: GraphNodeRow, startIds: ReadonlySet<string>): GraphNode {
  const kind = n.__label.toUpperCase() as NodeKind;
  const design = isDesign(n.design) ? (n.design.toUpperCase() as StudyDesign) : null;
  const classes = [kind.toLowerCase(), design?.toLowerCase(), startIds.has(n.id) ? 'start' : undefined].filter(Boolean).join(' ');
  return {
    data: { id: n.id, kind, label: labelOf(n), weight: n.__weight, degree: n.__degree, year: num(n.year), design, sampleSize: num(n.sampleSize), firstAuthor: kind === 'STUDY' && n.firstAuthor ? familyName(n.firstAuthor) : null },
    classes,
  };
}

/** A relationship row as a Cytoscape element; evidence edges weigh what their study (`study`, the start node) weighs under the summary rule. */
export function toGraphEdge(r: GraphEdgeRow, study?: GraphNodeRow): GraphEdge {
  const evidence = isStance(r.__type);
  const weight = evidence && study && isDesign(study.design) ? Math.round(studyWeight(study.design, num(study.sampleSize)) * 100) / 100 : 1;
  const t = r.__text ?? {};
  return {
    data: {
      id: str(r.id) ?? `${r.__source}-${r.__type}-${r.__target}`,
      source: r.__source,
      target: r.__target,
      kind: r.__type,
      label: r.__type.toLowerCase().replace(/_/g, ' '),
      stance: evidence ? (r.__type as Stance) : null,
      weight,
      quote: str(t.quote) ?? str(t.printed),
      discrepancies: Array.isArray(t.discrepancies) ? t.discrepancies.filter((d): d is string => typeof d === 'string') : [],
      timepoint: str(t.timepoint),
      effect: str(t.effect),
      sourceUrl: str(t.sourceUrl) ?? str(t.source),
      why: str(t.why),
      note: str(t.note),
    },
    classes: [r.__type.toLowerCase().replace(/_/g, '-'), evidence ? 'evidence' : undefined, r.hasDiscrepancy === true ? 'discrepancy' : undefined].filter(Boolean).join(' '),
  };
}

/** Query rows as the schema's Graph, with what the caps left out around each expanded node. */
export function toGraph(rows: GraphRows, startIds: readonly string[], leftOut: LeftOut[] = []): Graph {
  const starts = new Set(startIds);
  const nodeOf = new Map(rows.nodes.map((n) => [n.id, n]));
  return {
    nodes: rows.nodes.map((n) => toGraphNode(n, starts)),
    edges: rows.edges.map((e) => toGraphEdge(e, nodeOf.get(e.__source))),
    omittedNodes: rows.omitted,
    truncated: rows.omitted > 0 || leftOut.length > 0,
    leftOut,
  };
}
