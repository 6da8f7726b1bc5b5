import type { Db, Params } from '../db/db.js';
import { EVIDENCE_TYPES } from './cypher-parts.js';
import { claimLinkedTo, evidencePasses, studyPasses, type EvidenceCriteria } from './evidence-filter.js';
import { claimInQuestion } from './question-scope.js';
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
        AND ${claimInQuestion('c')}
    })
  ${pageOf('s', 's.year DESC, s.id')}`;

export interface StudyCriteria extends EvidenceCriteria {
  claimId: string | null;
  techniqueId: string | null;
  conditionId: string | null;
  outcomeId: string | null;
  /** Studies with evidence on this question's claims; null = every study. */
  question?: string | null;
}

/** One page of studies and the total that match. */
export async function listStudies(db: Db, c: StudyCriteria, skip: number, first: number) {
  const viaEvidence = Boolean(c.claimId || c.stances || c.timepoint || c.techniqueId || c.conditionId || c.outcomeId || c.question);
  const params: Params = { ...c, question: c.question ?? null, viaEvidence, ...pageParams(skip, first) };
  const [row] = await db.read<PageRow & Record<string, unknown>>('LIST_STUDIES', LIST_STUDIES, params);
  return toConnection(row, skip);
}
