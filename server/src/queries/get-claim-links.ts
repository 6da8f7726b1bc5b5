import type { Db } from '../db/db.js';
import type { NodeModel } from '../resolvers/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';

/** What each claim is about, in, on and via, as (type, node) pairs. */
export const GET_CLAIM_LINKS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (c:Claim {id: key})-[r:ABOUT|IN|ON|VIA]->(x)
  RETURN key, {type: type(r), node: ${nodeMap('x')}} AS value
  ORDER BY coalesce(x.name, x.id)`;

export interface ClaimLinks {
  techniques: NodeModel[];
  conditions: NodeModel[];
  outcomes: NodeModel[];
  mechanisms: NodeModel[];
}

const FIELD_OF_TYPE = { ABOUT: 'techniques', IN: 'conditions', ON: 'outcomes', VIA: 'mechanisms' } as const;

/** Techniques, conditions, outcomes and mechanisms of each claim, in one round trip. */
export async function getClaimLinks(db: Db, ids: readonly string[]): Promise<ClaimLinks[]> {
  const rows = await db.read<{ key: string; value: { type: keyof typeof FIELD_OF_TYPE; node: NodeModel } }>('GET_CLAIM_LINKS', GET_CLAIM_LINKS, { ids });
  return groupByKey(ids, rows).map((links) => {
    const out: ClaimLinks = { techniques: [], conditions: [], outcomes: [], mechanisms: [] };
    for (const { type, node } of links) out[FIELD_OF_TYPE[type]].push(node);
    return out;
  });
}
