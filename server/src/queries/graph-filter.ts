import { evidencePasses, studyPasses } from './filter-cypher.js';
import { EVIDENCE_TYPES, STANCE_LIST } from '../domain/stances.js';
import type { NodeLabel } from '../resolvers/models.js';

/** True for a node that passes GraphFilter's kinds and study criteria (`$labels`, `$designs`, `$yearFrom`, …). */
export const nodePasses = (v: string) => `(($labels IS NULL OR labels(${v})[0] IN $labels)
    AND (NOT ${v}:Study OR ${studyPasses(v)}))`;

/** True for a relationship that passes GraphFilter's stances and timepoint (other types always pass). */
export const edgePasses = (r: string) => `(NOT type(${r}) IN ${STANCE_LIST} OR ${evidencePasses(r)})`;

/** A node as GraphNode data needs it (only the properties it reads): label, degree and evidence weight (stored on write; counted only where missing). */
export const graphNodeMap = (v: string) =>
  `${v} {.id, .name, .title, .statement, .year, .design, .sampleSize, .authors, __label: labels(${v})[0], __degree: coalesce(${v}.degree, COUNT { (${v})--() }), __weight: coalesce(${v}.weight, COUNT { (${v})-[:${EVIDENCE_TYPES}]-() })}`;

/**
 * A relationship as GraphEdge data needs it: id, type and ends; its texts (quote, rationale, note…) only when `$text`
 * (the request asks for one), since they are most of an answer's bytes. An evidence edge's weight comes from its
 * study, which is always among the answer's nodes.
 */
export const graphEdgeMap = (r: string) => `${r} {.id, .hasDiscrepancy, __type: type(${r}), __source: startNode(${r}).id, __target: endNode(${r}).id,
    __text: CASE WHEN $text THEN ${r} {.quote, .printed, .discrepancies, .timepoint, .effect, .sourceUrl, .source, .why, .note} END}`;

export interface GraphCriteria {
  labels: NodeLabel[] | null;
  stances: string[] | null;
  designs: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  minSampleSize: number | null;
  timepoint: string | null;
}

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
  __label: NodeLabel;
  __degree: number;
  __weight: number;
  id: string;
  [prop: string]: unknown;
}

/** A relationship row of a graph statement. */
export interface GraphEdgeRow {
  __type: string;
  __source: string;
  __target: string;
  /** The edge's texts; null when the request asked for none. */
  __text: Record<string, unknown> | null;
  [prop: string]: unknown;
}

export interface GraphRows {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  omitted: number;
}
