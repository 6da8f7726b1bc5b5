/**
 * Client-side shapes of the GraphQL contract: the result types of the page's documents, generated
 * from schema.graphql and queries.ts by `npm run codegen` (generated.ts), named for the page's use.
 */
import { nodeKinds } from '../../../server/src/domain/kinds.js';
import { STANCES as MODEL_STANCES } from '../../../server/src/domain/stances.js';
export { STUDY_RELATION_TYPES } from '../../../server/src/domain/study-relations.js';
import type * as G from './generated.js';

export type { NodeKind, Stance, StudyDesign, Certainty, CitationFormat, GraphFilter } from './generated.js';
type NodeKind = G.NodeKind;
type Stance = G.Stance;
type StudyDesign = G.StudyDesign;

/** The kinds and stances of the graph model (server/src/domain), in the order the page lists them. */
export const NODE_KINDS: NodeKind[] = nodeKinds();
export const STANCES: Stance[] = [...MODEL_STANCES];
export const DESIGNS: StudyDesign[] = ['RCT', 'SYSTEMATIC_REVIEW', 'GUIDELINE', 'COHORT', 'CASE_REPORT', 'VALIDATION_STUDY', 'OTHER'];

export type Graph = G.GraphFieldsFragment;
export type GraphNodeData = Graph['nodes'][number]['data'];
export type GraphEdgeData = Graph['edges'][number]['data'];
/** What the caps left out around one drawn node ("+238 studies: 41 RCTs, 12 reviews"). */
export type LeftOut = Graph['leftOut'][number];
export type SearchHit = G.SearchSuggestionsQuery['search'][number];
export type StudyRef = G.StudyRefFieldsFragment;
export type ClaimDetail = NonNullable<G.ClaimViewQuery['claim']>;
export type EvidenceEdge = ClaimDetail['evidence'][number];
export type EvidenceSummary = ClaimDetail['summary'];
export type EvidenceMap = G.EvidenceMapViewQuery['evidenceMap'];
export type EvidenceCell = EvidenceMap['cells'][number];
export type CitationExport = G.CitationExportQuery['citations'];

/** Details of one node for the details panel: the fields every kind may have. */
/** One audit-log entry of a curator write touching a node. */
export interface CuratorChange {
  at: string;
  who: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT';
  kind: string;
  targetId: string;
}

export interface NodeDetail {
  id: string;
  kind: NodeKind;
  label: string;
  [field: string]: unknown;
}

/** A claim as the overview lists it, an article with the claims it asserts, a claim of a map cell with its studies. */
export type ClaimSummaryRow = G.ClaimIndexQuery['claims']['nodes'][number];
export type ArticleRow = G.ArticleIndexQuery['sources']['nodes'][number];
export type StudyIndexRow = G.StudyIndexQuery['studies']['nodes'][number];
export type CellClaim = G.CellClaimsQuery['claims']['nodes'][number];

/** One page of a connection, as the page's paged documents select it. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** A question as the landing list and the overview show it (the `questions` query). */
export type QuestionRow = G.QuestionListQuery['questions'][number];
