import type { Db, Params } from '../db/db.js';
import { EVIDENCE_TYPES, countedOn } from './cypher-parts.js';
import { claimLinkedTo, hasCriteria, someEvidencePasses, type EvidenceCriteria } from './evidence-filter.js';
import { pageOf, pageParams, toConnection, type PageRow } from './paging.js';

/** Claims matching the filter, by id, one page plus the total. */
export const LIST_CLAIMS = /* cypher */ `
  MATCH (c:Claim)
  WHERE ${claimLinkedTo('c', ['techniqueId', 'conditionId', 'outcomeId', 'mechanismId'])}
    AND (NOT $viaEvidence OR ${someEvidencePasses('c')})
    AND ($contested IS NULL OR $contested = EXISTS {
      MATCH (a:Study)-[:SUPPORTS]->(c)<-[:CONTRADICTS]-(b:Study)
      WHERE a <> b AND ${countedOn('a', 'c')} AND ${countedOn('b', 'c')}
    })
    AND ($assertedNotStudied IS NULL OR $assertedNotStudied = (EXISTS { (c)<-[:ASSERTS]-(:Source) } AND NOT EXISTS { (c)<-[:${EVIDENCE_TYPES}]-(:Study) }))
  ${pageOf('c', 'c.id')}`;

export interface ClaimCriteria extends EvidenceCriteria {
  techniqueId: string | null;
  conditionId: string | null;
  outcomeId: string | null;
  mechanismId: string | null;
  contested: boolean | null;
  assertedNotStudied: boolean | null;
}

/** One page of claims and the total that match. */
export async function listClaims(db: Db, c: ClaimCriteria, skip: number, first: number) {
  const viaEvidence = hasCriteria(c);
  const params: Params = { ...c, viaEvidence, ...pageParams(skip, first) };
  const [row] = await db.read<PageRow & Record<string, unknown>>('LIST_CLAIMS', LIST_CLAIMS, params);
  return toConnection(row, skip);
}
