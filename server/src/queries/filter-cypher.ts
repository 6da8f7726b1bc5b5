import { EVIDENCE_TYPES } from '../domain/stances.js';
import { CLAIM_LINKS, type ClaimLinkFilterArg } from '../domain/claim-links.js';

/**
 * The one Cypher form of the evidence filter, shared by the graph, claim and study queries; the
 * JS form is evidence/filter-evidence.ts, and a test holds the two to the same answers on the seed.
 * Parameters: $designs, $yearFrom, $yearTo, $minSampleSize, $stances, $timepoint (null = any).
 */

/** True when study `s` passes the design, year range and minimum sample size. */
export const studyPasses = (s: string) => `(($designs IS NULL OR ${s}.design IN $designs)
      AND ($yearFrom IS NULL OR ${s}.year >= $yearFrom) AND ($yearTo IS NULL OR ${s}.year <= $yearTo)
      AND ($minSampleSize IS NULL OR ${s}.sampleSize >= $minSampleSize))`;

/** True when evidence relationship `e` has one of the stances and its timepoint contains $timepoint (any case). */
export const evidencePasses = (e: string) => `(($stances IS NULL OR type(${e}) IN $stances)
      AND ($timepoint IS NULL OR toLower(coalesce(${e}.timepoint, '')) CONTAINS toLower($timepoint)))`;

/** True when claim `c` links to the entity each given argument names (`$techniqueId`, `$conditionId`, … null = any). */
export const claimLinkedTo = (c: string, args: readonly ClaimLinkFilterArg[]) =>
  CLAIM_LINKS.filter((l) => args.includes(l.filterArg))
    .map((l) => `($${l.filterArg} IS NULL OR EXISTS { (${c})-[:${l.type}]->(:${l.label} {id: $${l.filterArg}}) })`)
    .join('\n      AND ');

/** True when some evidence edge on claim `c` passes the filter, its study included. */
export const someEvidencePasses = (c: string) => `EXISTS {
      MATCH (${c})<-[e:${EVIDENCE_TYPES}]-(s:Study)
      WHERE ${evidencePasses('e')} AND ${studyPasses('s')}
    }`;
