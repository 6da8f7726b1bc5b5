import type { Db } from '../db/db.js';
import type { EvidenceModel } from '../domain/models.js';
import { EVIDENCE_ROW, EVIDENCE_TYPES, groupByKey } from './cypher-parts.js';

/** Evidence edges on each claim, newest study first. */
export const GET_EVIDENCE_BY_CLAIMS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (c:Claim {id: key})<-[e:${EVIDENCE_TYPES}]-(s:Study)
  RETURN key, ${EVIDENCE_ROW} AS value
  ORDER BY s.year DESC, s.id, e.id`;

/** Evidence edges from each study. */
export const GET_EVIDENCE_BY_STUDIES = /* cypher */ `
  UNWIND $ids AS key
  MATCH (s:Study {id: key})-[e:${EVIDENCE_TYPES}]->(c:Claim)
  RETURN key, ${EVIDENCE_ROW} AS value
  ORDER BY c.id, e.id`;

/** The evidence edges on each claim, one list per id. */
export async function getEvidenceByClaims(db: Db, ids: readonly string[]): Promise<EvidenceModel[][]> {
  return groupByKey(ids, await db.read('GET_EVIDENCE_BY_CLAIMS', GET_EVIDENCE_BY_CLAIMS, { ids }));
}

/** The evidence edges from each study, one list per id. */
export async function getEvidenceByStudies(db: Db, ids: readonly string[]): Promise<EvidenceModel[][]> {
  return groupByKey(ids, await db.read('GET_EVIDENCE_BY_STUDIES', GET_EVIDENCE_BY_STUDIES, { ids }));
}
