import type { Db } from '../db/db.js';
import type { NodeModel } from '../resolvers/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';

/** The relationship from a claim to each kind of entity it can be linked to. */
export const CLAIM_LINK_TYPE = { Technique: 'ABOUT', Condition: 'IN', Outcome: 'ON', Mechanism: 'VIA' } as const;
export type EntityLabel = keyof typeof CLAIM_LINK_TYPE;

const claimsOf = (label: EntityLabel) => /* cypher */ `
  UNWIND $ids AS key
  MATCH (x:${label} {id: key})<-[:${CLAIM_LINK_TYPE[label]}]-(c:Claim)
  RETURN key, ${nodeMap('c')} AS value
  ORDER BY c.id`;

/** Claims linked to each entity, one statement per whitelisted label. */
export const GET_CLAIMS_OF_ENTITIES: Record<EntityLabel, string> = {
  Technique: claimsOf('Technique'),
  Condition: claimsOf('Condition'),
  Outcome: claimsOf('Outcome'),
  Mechanism: claimsOf('Mechanism'),
};

/** Claims about / in / on / via each entity of one label. */
export async function getClaimsOfEntities(db: Db, label: EntityLabel, ids: readonly string[]): Promise<NodeModel[][]> {
  return groupByKey(ids, await db.read(`GET_CLAIMS_OF_ENTITIES.${label}`, GET_CLAIMS_OF_ENTITIES[label], { ids }));
}
