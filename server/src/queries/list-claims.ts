import type { Db, Params } from '../db/db.js';
import { EVIDENCE_TYPES, countedOn } from './cypher-parts.js';
import { claimLinkedTo, hasCriteria, someEvidencePasses, type EvidenceCriteria } from './evidence-filter.js';
import { claimInQuestion } from './question-scope.js';
import { pageOf, pageParams, toConnection, type PageRow } from './paging.js';

/** A dissent the verdict calls credible: a controlled study or review, quoted from a primary source, not within-group change. */
const credible = (s: string, e: string) =>
  `${s}.design IN ['rct', 'systematic_review'] AND coalesce(${e}.sourceKind, 'primary') <> 'secondary' AND NOT coalesce(${e}.comparator, '') =~ '(?i).*within[- ]group.*'`;

/** Claims matching the filter, by id, one page plus the total (contested as the verdict rule has it, near enough for a list). */
export const LIST_CLAIMS = /* cypher */ `
  MATCH (c:Claim)
  WHERE ${claimLinkedTo('c', ['techniqueId', 'conditionId', 'outcomeId', 'mechanismId'])}
    AND ${claimInQuestion('c')}
    AND (NOT $viaEvidence OR ${someEvidencePasses('c')})
    AND ($contested IS NULL OR $contested = (NOT coalesce(c.claimKind, 'EFFECT') IN ['EVIDENCE', 'RECOMMENDATION'] AND EXISTS {
      MATCH (a:Study)-[x:SUPPORTS]->(c)<-[y:CONTRADICTS]-(b:Study)
      WHERE a <> b AND ${credible('a', 'x')} AND ${credible('b', 'y')} AND ${countedOn('a', 'c')} AND ${countedOn('b', 'c')}
    }))
    AND ($assertedNotStudied IS NULL OR $assertedNotStudied = (EXISTS { (c)<-[:ASSERTS]-(:Source) } AND NOT EXISTS { (c)<-[:${EVIDENCE_TYPES}]-(:Study) }))
  ${pageOf('c', 'c.id')}`;

export interface ClaimCriteria extends EvidenceCriteria {
  techniqueId: string | null;
  conditionId: string | null;
  outcomeId: string | null;
  mechanismId: string | null;
  contested: boolean | null;
  assertedNotStudied: boolean | null;
  /** Claims this question asks; null = every claim. */
  question?: string | null;
}

/** One page of claims and the total that match. */
export async function listClaims(db: Db, c: ClaimCriteria, skip: number, first: number) {
  const viaEvidence = hasCriteria(c);
  const params: Params = { ...c, question: c.question ?? null, viaEvidence, ...pageParams(skip, first) };
  const [row] = await db.read<PageRow & Record<string, unknown>>('LIST_CLAIMS', LIST_CLAIMS, params);
  return toConnection(row, skip);
}
