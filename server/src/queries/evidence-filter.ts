import type { Design, Stance } from '../domain/index.js';
import { CLAIM_LINKS, type ClaimLinkFilterArg } from '../domain/claim-links.js';
import type { NodeLabel } from '../domain/kinds.js';
import { EVIDENCE_TYPES, STANCE_LIST } from '../domain/stances.js';
import { QUESTION_LINK_TYPES } from '../domain/question-links.js';

/**
 * The one evidence filter: its type, its Cypher form and its in-memory form, side by side so they change
 * together (tests/integration/filter-agreement.test.ts holds the two forms to the same answers). Every
 * filtered statement takes the criteria as its parameters: $stances, $designs, $yearFrom, $yearTo,
 * $minSampleSize, $timepoint (null = any). GraphQL's filter inputs become criteria in resolvers/evidence-args.ts.
 */
export interface EvidenceCriteria {
  stances: Stance[] | null;
  /** Stored values (lower case). */
  designs: Design[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  minSampleSize: number | null;
  /** A case-insensitive substring of the finding's timepoint. */
  timepoint: string | null;
}

/** The explorer's filter: the evidence criteria and the node kinds to draw. */
export interface GraphCriteria extends EvidenceCriteria {
  labels: NodeLabel[] | null;
}

export const NO_CRITERIA: EvidenceCriteria = { stances: null, designs: null, yearFrom: null, yearTo: null, minSampleSize: null, timepoint: null };

/** True when any evidence criterion is set (other fields of `c` are not read). */
export const hasCriteria = (c: EvidenceCriteria) => (Object.keys(NO_CRITERIA) as Array<keyof EvidenceCriteria>).some((k) => c[k] != null);

// ── Cypher ──────────────────────────────────────────────────────────────────

/** True when study `s` passes the design, year range and minimum sample size. */
export const studyPasses = (s: string) => `(($designs IS NULL OR ${s}.design IN $designs)
      AND ($yearFrom IS NULL OR ${s}.year >= $yearFrom) AND ($yearTo IS NULL OR ${s}.year <= $yearTo)
      AND ($minSampleSize IS NULL OR ${s}.sampleSize >= $minSampleSize))`;

/** True when evidence relationship `e` has one of the stances and its timepoint contains $timepoint (any case). */
export const evidencePasses = (e: string) => `(($stances IS NULL OR type(${e}) IN $stances)
      AND ($timepoint IS NULL OR toLower(coalesce(${e}.timepoint, '')) CONTAINS toLower($timepoint)))`;

/** True when some evidence edge on claim `c` passes the filter, its study included. */
export const someEvidencePasses = (c: string) => `EXISTS {
      MATCH (${c})<-[e:${EVIDENCE_TYPES}]-(s:Study)
      WHERE ${evidencePasses('e')} AND ${studyPasses('s')}
    }`;

/** True for a graph node that passes the kinds ($labels) and, for a study, the study criteria. */
export const graphNodePasses = (v: string) => `(($labels IS NULL OR labels(${v})[0] IN $labels)
    AND (NOT ${v}:Study OR ${studyPasses(v)}))`;

/** True for a graph relationship that passes the stances and timepoint (other types always pass). */
export const graphRelationshipPasses = (r: string) =>
  `(NOT type(${r}) IN ${STANCE_LIST} OR ${evidencePasses(r)}) AND NOT type(${r}) IN ${JSON.stringify(QUESTION_LINK_TYPES)}`;

/** True when claim `c` links to the entity each given argument names (`$techniqueId`, `$conditionId`, … null = any). */
export const claimLinkedTo = (c: string, args: readonly ClaimLinkFilterArg[]) =>
  CLAIM_LINKS.filter((l) => args.includes(l.filterArg))
    .map((l) => `($${l.filterArg} IS NULL OR EXISTS { (${c})-[:${l.type}]->(:${l.label} {id: $${l.filterArg}}) })`)
    .join('\n      AND ');

// ── In memory ───────────────────────────────────────────────────────────────

/** What the in-memory check reads of an evidence edge. */
export interface FilterableEdge {
  stance: Stance;
  timepoint: string | null;
  study: Record<string, unknown>;
}

/** True when a study node passes the study part of the criteria (design, year range, minimum n). */
export function studyMatches(study: FilterableEdge['study'], c: EvidenceCriteria): boolean {
  if (c.designs?.length && !c.designs.includes(study.design as Design)) return false;
  const year = typeof study.year === 'number' ? study.year : null;
  if (c.yearFrom != null && (year == null || year < c.yearFrom)) return false;
  if (c.yearTo != null && (year == null || year > c.yearTo)) return false;
  const n = typeof study.sampleSize === 'number' ? study.sampleSize : null;
  if (c.minSampleSize != null && (n == null || n < c.minSampleSize)) return false;
  return true;
}

/** True when an evidence edge passes the criteria; timepoint is a case-insensitive substring. */
export function edgeMatches(edge: FilterableEdge, c: EvidenceCriteria): boolean {
  if (c.stances?.length && !c.stances.includes(edge.stance)) return false;
  if (c.timepoint && !(edge.timepoint ?? '').toLowerCase().includes(c.timepoint.toLowerCase())) return false;
  return studyMatches(edge.study, c);
}
