import type { Db } from '../db/db.js';
import type { StudyRelationModel } from '../domain/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';
import { STUDY_RELATION_PATTERN } from '../domain/study-relations.js';

/** Each study's relations in both directions; `out` is true when the study is the relation's start. */
export const GET_STUDY_RELATIONS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (s:Study {id: key})-[r:${STUDY_RELATION_PATTERN}]-(o:Study)
  RETURN key, {type: type(r), out: startNode(r) = s, study: ${nodeMap('o')}} AS value
  ORDER BY o.year DESC, o.id`;

/** The relations of each study, one list per id, in one round trip. */
export async function getStudyRelations(db: Db, ids: readonly string[]): Promise<StudyRelationModel[][]> {
  return groupByKey(ids, await db.read('GET_STUDY_RELATIONS', GET_STUDY_RELATIONS, { ids }));
}
