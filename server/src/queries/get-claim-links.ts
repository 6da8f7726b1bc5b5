import type { Db } from '../db/db.js';
import type { NodeModel } from '../domain/models.js';
import { groupByKey, nodeMap } from './cypher-parts.js';
import { CLAIM_LINKS, CLAIM_LINK_PATTERN, type ClaimLinkType } from '../domain/claim-links.js';

/** What each claim is about, compared with, in, on and via, as (type, node) pairs. */
export const GET_CLAIM_LINKS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (c:Claim {id: key})-[r:${CLAIM_LINK_PATTERN}]->(x)
  RETURN key, {type: type(r), node: ${nodeMap('x')}} AS value
  ORDER BY coalesce(x.name, x.id)`;

export type ClaimLinks = Record<(typeof CLAIM_LINKS)[number]['claimField'], NodeModel[]>;

const FIELD_OF_TYPE = Object.fromEntries(CLAIM_LINKS.map((l) => [l.type, l.claimField])) as Record<ClaimLinkType, keyof ClaimLinks>;

/** Techniques (tested and compared with), conditions, outcomes and mechanisms of each claim, in one round trip. */
export async function getClaimLinks(db: Db, ids: readonly string[]): Promise<ClaimLinks[]> {
  const rows = await db.read<{ key: string; value: { type: ClaimLinkType; node: NodeModel } }>('GET_CLAIM_LINKS', GET_CLAIM_LINKS, { ids });
  return groupByKey(ids, rows).map((links) => {
    const out = Object.fromEntries(CLAIM_LINKS.map((l) => [l.claimField, []])) as unknown as ClaimLinks;
    for (const { type, node } of links) out[FIELD_OF_TYPE[type]].push(node);
    return out;
  });
}
