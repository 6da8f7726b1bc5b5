import type { Db, Params } from '../db/db.js';
import { EVIDENCE_TYPES } from './cypher-parts.js';
import { claimLinkedTo, evidencePasses, studyPasses } from './filter-cypher.js';
import { pageOf, pageParams, toConnection, type PageRow } from './paging.js';

/** Studies matching the filter, newest first, one page plus the total. */
export const LIST_STUDIES = /* cypher */ `
  MATCH (s:Study)
  WHERE ${studyPasses('s')}
    AND (NOT $viaEvidence OR EXISTS {
      MATCH (s)-[e:${EVIDENCE_TYPES}]->(c:Claim)
      WHERE ($claimId IS NULL OR c.id = $claimId)
        AND ${evidencePasses('e')}
        AND ${claimLinkedTo('c', ['techniqueId', 'conditionId', 'outcomeId'])}
    })
  ${pageOf('s', 's.year DESC, s.id')}`;

/** The parameters of filter-cypher.ts, as every filtered statement takes them. */
export interface EvidenceCypherParams {
  stances: string[] | null;
  designs: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  minSampleSize: number | null;
  timepoint: string | null;
}

export interface StudyCriteria extends EvidenceCypherParams {
  claimId: string | null;
  techniqueId: string | null;
  conditionId: string | null;
  outcomeId: string | null;
}

/** One page of studies and the total that match. */
export async function listStudies(db: Db, c: StudyCriteria, skip: number, first: number) {
  const viaEvidence = Boolean(c.claimId || c.stances || c.timepoint || c.techniqueId || c.conditionId || c.outcomeId);
  const params: Params = { ...c, viaEvidence, ...pageParams(skip, first) };
  const [row] = await db.read<PageRow & Record<string, unknown>>('LIST_STUDIES', LIST_STUDIES, params);
  return toConnection(row, skip);
}
