import { int } from './cypher-parts.js';
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

/** A relationship as GraphEdge data needs it: properties, type, ends and (for evidence) the study's design and size. */
export const graphEdgeMap = (r: string) => `${r} {.*, __type: type(${r}), __source: startNode(${r}).id, __target: endNode(${r}).id,
    __design: startNode(${r}).design, __sampleSize: startNode(${r}).sampleSize}`;

export interface GraphCriteria {
  labels: NodeLabel[] | null;
  stances: string[] | null;
  designs: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  minSampleSize: number | null;
  timepoint: string | null;
}

/** Parameters every graph statement reads. */
export const graphParams = (c: GraphCriteria, limit?: number) => ({ ...c, ...(limit === undefined ? {} : { limit: int(limit) }) });

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
  __design: unknown;
  __sampleSize: unknown;
  [prop: string]: unknown;
}

export interface GraphRows {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  omitted: number;
}
