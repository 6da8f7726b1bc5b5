/** What resolvers pass between each other: rows as the database returns them (codegen mappers point here). */

export const NODE_LABELS = ['Study', 'Source', 'Claim', 'Technique', 'Mechanism', 'Condition', 'Outcome'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export type StanceType = 'SUPPORTS' | 'CONTRADICTS' | 'QUALIFIES';

/** A node's stored properties plus the label it carries. */
export interface NodeModel {
  readonly __label: NodeLabel;
  id: string;
  [prop: string]: unknown;
}

/** A (Study)-[:SUPPORTS|CONTRADICTS|QUALIFIES]->(Claim) edge with both ends. */
export interface EvidenceModel {
  id: string;
  stance: StanceType;
  quote: string;
  outcome: string | null;
  timepoint: string | null;
  effect: string | null;
  direction: string | null;
  sourceUrl: string;
  study: NodeModel;
  claim: NodeModel;
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
