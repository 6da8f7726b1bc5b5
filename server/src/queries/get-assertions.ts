import type { Db } from '../db/db.js';
import type { AssertionModel } from '../domain/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';

const ASSERTION_ROW = `r {.id, .quote, source: ${nodeMap('s')}, claim: ${nodeMap('c')}}`;

/** Articles asserting each claim. */
export const GET_ASSERTIONS_BY_CLAIMS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (c:Claim {id: key})<-[r:ASSERTS]-(s:Source)
  RETURN key, ${ASSERTION_ROW} AS value
  ORDER BY s.title`;

/** Claims each article asserts. */
export const GET_ASSERTIONS_BY_SOURCES = /* cypher */ `
  UNWIND $ids AS key
  MATCH (s:Source {id: key})-[r:ASSERTS]->(c:Claim)
  RETURN key, ${ASSERTION_ROW} AS value
  ORDER BY c.id`;

/** Assertions of each claim, one list per id. */
export async function getAssertionsByClaims(db: Db, ids: readonly string[]): Promise<AssertionModel[][]> {
  return groupByKey(ids, await db.read('GET_ASSERTIONS_BY_CLAIMS', GET_ASSERTIONS_BY_CLAIMS, { ids }));
}

/** Assertions made by each source, one list per id. */
export async function getAssertionsBySources(db: Db, ids: readonly string[]): Promise<AssertionModel[][]> {
  return groupByKey(ids, await db.read('GET_ASSERTIONS_BY_SOURCES', GET_ASSERTIONS_BY_SOURCES, { ids }));
}
