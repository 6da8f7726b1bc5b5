import { EVIDENCE_TYPES } from '../domain/stances.js';
import { GRAPH_RELATIONSHIP } from '../domain/question-links.js';
import type { NodeLabel } from '../domain/models.js';
import type { GraphCriteria } from './evidence-filter.js';

/**
 * A node as GraphNode data needs it, as a list in NodeList's order: a list carries no property names, which
 * are most of what the driver decodes for a graph of hundreds of nodes. Label, degree and evidence weight are
 * stored on write (counted only where missing); of the authors only the first is read.
 */
export const graphNodeRow = (v: string) =>
  `[${v}.id, labels(${v})[0], ${v}.name, ${v}.title, ${v}.statement, ${v}.year, ${v}.design, ${v}.sampleSize, CASE WHEN ${v}.authors IS :: LIST<STRING> THEN ${v}.authors[0] END,
    coalesce(${v}.degree, COUNT { (${v})-[:${GRAPH_RELATIONSHIP}]-() }), coalesce(${v}.weight, COUNT { (${v})-[:${EVIDENCE_TYPES}]-() })]`;

/**
 * A relationship as GraphEdge data needs it, as a list in EdgeList's order: id, type, ends, discrepancy flag,
 * and its texts (quote, rationale, note…) only when `$text` (the request asks for one), since they are most of
 * an answer's bytes. An evidence edge's weight comes from its study, which is always among the answer's nodes.
 */
export const graphEdgeRow = (r: string) => `[${r}.id, type(${r}), startNode(${r}).id, endNode(${r}).id, ${r}.hasDiscrepancy,
    CASE WHEN $text THEN ${r} {.quote, .printed, .discrepancies, .timepoint, .effect, .sourceUrl, .source, .why, .note} END]`;

/** What of a graph the request asks for beyond ids, kinds and ends: the edges' texts, and what was left out around each node. */
export interface GraphShape {
  edgeText: boolean;
  leftOut: boolean;
}

export const FULL_GRAPH: GraphShape = { edgeText: true, leftOut: true };

/** Parameters every graph statement reads. */
export const graphParams = (c: GraphCriteria, shape: GraphShape = FULL_GRAPH) => ({ ...c, text: shape.edgeText, around: shape.leftOut });

/** A node row of a graph statement. */
export interface GraphNodeRow {
  id: string;
  __label: NodeLabel;
  name: string | null;
  title: string | null;
  statement: string | null;
  year: unknown;
  design: unknown;
  sampleSize: unknown;
  firstAuthor: string | null;
  __degree: number;
  __weight: number;
}

/** A relationship row of a graph statement. */
export interface GraphEdgeRow {
  id: string | null;
  __type: string;
  __source: string;
  __target: string;
  hasDiscrepancy: unknown;
  /** The edge's texts; null when the request asked for none. */
  __text: Record<string, unknown> | null;
}

export interface GraphRows {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  omitted: number;
}

/** A node row as the statement returns it: graphNodeRow's values, in its order. */
type NodeList = [string, NodeLabel, string | null, string | null, string | null, unknown, unknown, unknown, string | null, number, number];
/** An edge row as the statement returns it: graphEdgeRow's values, in its order. */
type EdgeList = [string | null, string, string, string, unknown, Record<string, unknown> | null];

/** The lists a graph statement returns (graphNodeRow, graphEdgeRow). */
export interface GraphLists {
  nodes: NodeList[];
  edges: EdgeList[];
  omitted: number;
}

const toNodeRow = ([id, __label, name, title, statement, year, design, sampleSize, firstAuthor, __degree, __weight]: NodeList): GraphNodeRow => ({
  id,
  __label,
  name,
  title,
  statement,
  year,
  design,
  sampleSize,
  firstAuthor,
  __degree,
  __weight,
});

const toEdgeRow = ([id, __type, __source, __target, hasDiscrepancy, __text]: EdgeList): GraphEdgeRow => ({
  id,
  __type,
  __source,
  __target,
  hasDiscrepancy,
  __text,
});

/** A graph statement's lists as named rows. */
export const toGraphRows = (lists: GraphLists): GraphRows => ({ nodes: lists.nodes.map(toNodeRow), edges: lists.edges.map(toEdgeRow), omitted: lists.omitted });
