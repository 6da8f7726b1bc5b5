import type { Db } from '../db/db.js';
import type { CitationModel } from '../domain/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';

const CITATION_ROW = `r {.id, .printed, .hasDiscrepancy, .discrepancies, source: ${nodeMap('s')}, study: ${nodeMap('t')}}`;

/** Studies each article cites, as printed. */
export const GET_CITATIONS_BY_SOURCES = /* cypher */ `
  UNWIND $ids AS key
  MATCH (s:Source {id: key})-[r:CITES]->(t:Study)
  RETURN key, ${CITATION_ROW} AS value
  ORDER BY t.year, t.id`;

/** Articles citing each study. */
export const GET_CITATIONS_BY_STUDIES = /* cypher */ `
  UNWIND $ids AS key
  MATCH (t:Study {id: key})<-[r:CITES]-(s:Source)
  RETURN key, ${CITATION_ROW} AS value
  ORDER BY s.title`;

/** Citations made by each source, one list per id. */
export async function getCitationsBySources(db: Db, ids: readonly string[]): Promise<CitationModel[][]> {
  return groupByKey(ids, await db.read('GET_CITATIONS_BY_SOURCES', GET_CITATIONS_BY_SOURCES, { ids }));
}

/** Citations of each study, one list per id. */
export async function getCitationsByStudies(db: Db, ids: readonly string[]): Promise<CitationModel[][]> {
  return groupByKey(ids, await db.read('GET_CITATIONS_BY_STUDIES', GET_CITATIONS_BY_STUDIES, { ids }));
}
