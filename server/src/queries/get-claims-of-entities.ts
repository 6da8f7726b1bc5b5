import type { Db } from '../db/db.js';
import type { NodeModel } from '../domain/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';
import { CLAIM_LINK_TYPE, ENTITY_LABELS, type EntityLabel } from '../domain/claim-links.js';

export { CLAIM_LINK_TYPE, type EntityLabel } from '../domain/claim-links.js';

const claimsOf = (label: EntityLabel) => /* cypher */ `
  UNWIND $ids AS key
  MATCH (x:${label} {id: key})<-[:${CLAIM_LINK_TYPE[label]}]-(c:Claim)
  RETURN key, ${nodeMap('c')} AS value
  ORDER BY c.id`;

/** Claims linked to each entity, one statement per whitelisted label. */
export const GET_CLAIMS_OF_ENTITIES = Object.fromEntries(ENTITY_LABELS.map((l) => [l, claimsOf(l)])) as Record<EntityLabel, string>;

/** Claims that compare their technique under test with each technique (it is their comparator). */
export const GET_CLAIMS_COMPARED_WITH = /* cypher */ `
  UNWIND $ids AS key
  MATCH (x:Technique {id: key})<-[:COMPARED_WITH]-(c:Claim)
  RETURN key, ${nodeMap('c')} AS value
  ORDER BY c.id`;

export async function getClaimsComparedWith(db: Db, ids: readonly string[]): Promise<NodeModel[][]> {
  return groupByKey(ids, await db.read('GET_CLAIMS_COMPARED_WITH', GET_CLAIMS_COMPARED_WITH, { ids }));
}

/** Claims about / in / on / via each entity of one label. */
export async function getClaimsOfEntities(db: Db, label: EntityLabel, ids: readonly string[]): Promise<NodeModel[][]> {
  return groupByKey(ids, await db.read(`GET_CLAIMS_OF_ENTITIES.${label}`, GET_CLAIMS_OF_ENTITIES[label], { ids }));
}
