/** Rows as the database returns them: what queries return, use cases work on and resolvers pass between each other (codegen mappers point here). */

import type { NodeLabel } from './kinds.js';
import type { Stance } from './stances.js';
import type { StudyRelationType } from './study-relations.js';

export type { NodeLabel } from './kinds.js';
export type StanceType = Stance;

/** A node's stored properties plus the label it carries. */
export interface NodeModel {
  readonly __label: NodeLabel;
  id: string;
  [prop: string]: unknown;
}

/** A question's stored properties and its counts. */
export interface QuestionModel {
  id: string;
  wording: string;
  population: string;
  intervention: string;
  comparison: string;
  outcome: string;
  summary: string;
  claimCount: number;
  studyCount: number;
}

/** A (Study)-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(Claim) edge with both ends. */
export interface EvidenceModel {
  id: string;
  version?: number | null;
  stance: StanceType;
  quote: string;
  outcome: string | null;
  timepoint: string | null;
  effect: string | null;
  direction: string | null;
  sourceUrl: string;
  why?: string | null;
  comparator?: string | null;
  outcomeMeasure?: string | null;
  timepointWeeks?: number | null;
  sourceKind?: string | null;
  effectMeasure?: string | null;
  effectValue?: number | null;
  effectCiLow?: number | null;
  effectCiHigh?: number | null;
  effectParticipants?: number | null;
  effectStudies?: number | null;
  effectGrade?: string | null;
  effectFollowUp?: string | null;
  effectSecondArm?: string | null;
  measuredMechanisms?: string[] | null;
  study: NodeModel;
  claim: NodeModel;
  /** Further stored finding properties (comparator, timepointWeeks, effectValue, …); missing = not stated. */
  [prop: string]: unknown;
}

export type { StudyRelationType } from './study-relations.js';

/** A study's link to another study, seen from the first: `out` when it points away (this study updates / republishes / includes the other). */
export interface StudyRelationModel {
  type: StudyRelationType;
  out: boolean;
  study: NodeModel;
}

/** A (Source)-[:ASSERTS]->(Claim) edge with both ends. */
export interface AssertionModel {
  id: string;
  quote: string;
  source: NodeModel;
  claim: NodeModel;
}

/** A (Source)-[:CITES]->(Study) edge with both ends. */
export interface CitationModel {
  id: string;
  printed: string;
  hasDiscrepancy: boolean;
  discrepancies: string[] | null;
  source: NodeModel;
  study: NodeModel;
}

/** A (Technique)-[:CONTRAINDICATED_IN]->(Condition) edge with both ends. */
export interface ContraindicationModel {
  id: string;
  level: string;
  quote: string;
  sourceId: string;
  technique: NodeModel;
  condition: NodeModel;
}

/** A study as the citation export reads it from the graph (absent values are null or missing). */
export interface CitationStudy {
  id: string;
  title: string;
  authors?: string[] | null;
  year?: number | null;
  /** NLM abbreviation, as the graph's `journal` holds it. */
  journal?: string | null;
  /** Full journal title as printed, where the reference data has it. */
  journalFull?: string | null;
  /** Publisher or issuing body, where the reference data has it (a report's institution). */
  publisher?: string | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  doi?: string | null;
  pmid?: string | null;
  pmcid?: string | null;
  url?: string | null;
  design?: string | null;
}

/** One publication's relation to another as the evidence rule reads it (evidence/evidence-point.ts StudyRelation has this shape). */
export interface StudyRelationLink {
  from: string;
  type: StudyRelationType;
  to: string;
}
