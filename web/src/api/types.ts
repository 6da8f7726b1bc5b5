/** Client-side shapes of the GraphQL contract (schema.graphql), as far as the page reads them. */
import { nodeKinds, type NodeKindName } from '../../../server/src/domain/kinds.js';
import { STANCES as MODEL_STANCES, type Stance as ModelStance } from '../../../server/src/domain/stances.js';

export type NodeKind = NodeKindName;
export type Stance = ModelStance;
export type StudyDesign = 'RCT' | 'SYSTEMATIC_REVIEW' | 'GUIDELINE' | 'CASE_REPORT' | 'COHORT' | 'VALIDATION_STUDY' | 'OTHER';
export type Certainty = 'HIGH' | 'MODERATE' | 'LOW' | 'VERY_LOW';
export type CitationFormat = 'BIBTEX' | 'RIS' | 'CSL_JSON' | 'APA' | 'VANCOUVER';

/** The kinds and stances of the graph model (server/src/domain), in the order the page lists them. */
export const NODE_KINDS: NodeKind[] = nodeKinds();
export const STANCES: Stance[] = [...MODEL_STANCES];
export const DESIGNS: StudyDesign[] = ['RCT', 'SYSTEMATIC_REVIEW', 'GUIDELINE', 'COHORT', 'CASE_REPORT', 'VALIDATION_STUDY', 'OTHER'];

export interface GraphFilter {
  kinds?: NodeKind[];
  stances?: Stance[];
  designs?: StudyDesign[];
  yearFrom?: number;
  yearTo?: number;
  minSampleSize?: number;
  timepoint?: string;
}

export interface GraphNodeData {
  id: string;
  kind: NodeKind;
  label: string;
  weight: number;
  degree: number;
  year: number | null;
  design: StudyDesign | null;
  sampleSize: number | null;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string;
  stance: Stance | null;
  weight: number;
  quote: string | null;
  discrepancies: string[];
  timepoint: string | null;
  effect: string | null;
  sourceUrl: string | null;
}

export interface Graph {
  nodes: { data: GraphNodeData; classes: string }[];
  edges: { data: GraphEdgeData; classes: string }[];
  omittedNodes: number;
  truncated: boolean;
}

export interface SearchHit {
  kind: NodeKind;
  score: number;
  text: string;
  node: { id: string; label: string };
}

export interface StudyRef {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  journal: string | null;
  design: StudyDesign;
  sampleSize: number | null;
  doi: string | null;
  url: string | null;
}

export interface EvidenceEdge {
  id: string;
  stance: Stance;
  quote: string;
  outcome: string | null;
  timepoint: string | null;
  effect: string | null;
  sourceUrl: string;
  study: StudyRef;
}

export interface EvidenceSummary {
  supporting: number;
  contradicting: number;
  qualifying: number;
  studies: number;
  balance: number;
  certainty: Certainty;
  reason: string;
  rule: string;
  assertedNotStudied: boolean;
  contested: boolean;
  assertions: number;
}

export interface ClaimDetail {
  id: string;
  statement: string;
  direction: string;
  evidence: EvidenceEdge[];
  assertedBy: { id: string; quote: string; source: { id: string; title: string; url: string | null; publisher: string | null } }[];
  summary: EvidenceSummary;
}

export interface EvidenceCell {
  row: string;
  column: string;
  studies: number;
  claims: string[];
  balance: number;
  certainty: Certainty;
  supporting: number;
  contradicting: number;
  qualifying: number;
}

export interface EvidenceMap {
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  cells: EvidenceCell[];
}

export interface CitationExport {
  format: CitationFormat;
  content: string;
  mimeType: string;
  fileName: string;
  downloadUrl: string;
  studyIds: string[];
}

/** Details of one node for the details panel: the fields every kind may have. */
export interface NodeDetail {
  id: string;
  kind: NodeKind;
  label: string;
  [field: string]: unknown;
}
