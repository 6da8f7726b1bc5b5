import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../db/db.js';
import { badInput, notFound } from '../errors/codes.js';
import type { NodeModel } from '../resolvers/models.js';
import { CLAIM_LINKS, type ClaimLinkField } from '../domain/claim-links.js';
import { nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';

export const CLAIM_EXISTS = /* cypher */ `
  MATCH (c:Claim {id: $id}) RETURN c.id AS id`;

export const CREATE_CLAIM = /* cypher */ `
  CREATE (c:Claim)
  SET c = $props
  RETURN ${nodeMap('c')} AS node`;

export const UPDATE_CLAIM = /* cypher */ `
  MATCH (c:Claim {id: $id})
  SET c += $props
  RETURN ${nodeMap('c')} AS node`;

export const DELETE_CLAIM = /* cypher */ `
  MATCH (c:Claim {id: $id})
  DETACH DELETE c
  RETURN count(*) AS deleted`;

const LINKS = Object.fromEntries(CLAIM_LINKS.map((l) => [l.inputField, [l.label, l.type]])) as unknown as Record<ClaimLinkField, readonly [string, string]>;

const replaceLinks = (label: string, type: string) => /* cypher */ `
  MATCH (c:Claim {id: $id})
  OPTIONAL MATCH (c)-[old:${type}]->(:${label})
  DELETE old
  WITH DISTINCT c
  UNWIND $ids AS linkId
  MATCH (x:${label} {id: linkId})
  MERGE (c)-[:${type}]->(x)
  RETURN collect(x.id) AS linked`;

/** Replaces a claim's links of one kind; one statement per whitelisted link field. */
export const REPLACE_CLAIM_LINKS = Object.fromEntries(Object.entries(LINKS).map(([f, [label, type]]) => [f, replaceLinks(label, type)])) as Record<ClaimLinkField, string>;

type Links = Partial<Record<ClaimLinkField, string[]>>;

async function setLinks(tx: ManagedTransaction, id: string, links: Links) {
  for (const [field, ids] of Object.entries(links) as Array<[ClaimLinkField, string[]]>) {
    const [row] = await txRows<{ linked: string[] }>(tx, REPLACE_CLAIM_LINKS[field], { id, ids });
    const missing = ids.filter((x) => !(row?.linked ?? []).includes(x));
    // Thrown inside the transaction: the claim and any links made so far are rolled back.
    if (missing.length) throw notFound(LINKS[field][0], missing.join(', '));
  }
}

/** Creates a claim with its links in one transaction; nothing is written if a linked node is missing. */
export function createClaim(db: Db, props: Record<string, unknown>, links: Links): Promise<NodeModel> {
  return db.writeTx('CREATE_CLAIM', async (tx) => {
    if ((await txRows(tx, CLAIM_EXISTS, { id: props.id })).length) throw badInput(`a claim with id ${String(props.id)} exists`, 'id');
    const [row] = await txRows<{ node: NodeModel }>(tx, CREATE_CLAIM, { props });
    await setLinks(tx, String(props.id), links);
    return row!.node;
  });
}

/** Changes a claim and replaces the link lists given, in one transaction. */
export function updateClaim(db: Db, id: string, props: Record<string, unknown>, links: Links): Promise<NodeModel> {
  return db.writeTx('UPDATE_CLAIM', async (tx) => {
    const [row] = await txRows<{ node: NodeModel }>(tx, UPDATE_CLAIM, { id, props });
    if (!row) throw notFound('Claim', id);
    await setLinks(tx, id, links);
    return row.node;
  });
}

/** Deletes a claim with all its edges; NOT_FOUND when absent. */
export async function deleteClaim(db: Db, id: string): Promise<void> {
  const [row] = await db.write<{ deleted: number }>('DELETE_CLAIM', DELETE_CLAIM, { id });
  if (!row?.deleted) throw notFound('Claim', id);
}
