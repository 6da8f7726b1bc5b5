import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../db/db.js';
import { badInput, echo, notFound } from '../errors/codes.js';
import type { NodeModel } from '../domain/models.js';
import { CLAIM_LINKS, type ClaimLinkField } from '../domain/claim-links.js';
import { nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';
import { labelUsing, lockNewIds } from './id-lock.js';
import { checkVersion, recordChange } from './audit-log.js';
import { idTaken, type WriteMeta } from './write-study.js';
import { neighbourIds, refreshStats } from './node-stats.js';

/** Finds a claim and takes its write lock, so concurrent changes of it run one after the other. */
export const LOCK_CLAIM = /* cypher */ `
  MATCH (c:Claim {id: $id})
  SET c.held = true
  REMOVE c.held
  RETURN ${nodeMap('c')} AS node, {
    techniqueIds: COLLECT { MATCH (c)-[:ABOUT]->(x:Technique) RETURN x.id },
    conditionIds: COLLECT { MATCH (c)-[:IN]->(x:Condition) RETURN x.id },
    outcomeIds: COLLECT { MATCH (c)-[:ON]->(x:Outcome) RETURN x.id },
    mechanismIds: COLLECT { MATCH (c)-[:VIA]->(x:Mechanism) RETURN x.id }
  } AS links`;

export const CREATE_CLAIM = /* cypher */ `
  CREATE (c:Claim)
  SET c = $props, c.version = 1
  RETURN ${nodeMap('c')} AS node`;

/** Every question's id: with one question a new claim joins it without naming it. */
export const LIST_QUESTION_IDS = /* cypher */ `MATCH (q:Question) RETURN q.id AS id ORDER BY id`;

/** Links a new claim to the question that asks it. */
export const ASK_CLAIM = /* cypher */ `
  MATCH (c:Claim {id: $id})
  MATCH (q:Question {id: $question})
  MERGE (q)-[:ASKS]->(c)
  RETURN q.id AS question`;

export const UPDATE_CLAIM = /* cypher */ `
  MATCH (c:Claim {id: $id})
  SET c += $props, c.version = coalesce(c.version, 0) + 1
  RETURN ${nodeMap('c')} AS node`;

export const DELETE_CLAIM = /* cypher */ `
  MATCH (c:Claim {id: $id})
  DETACH DELETE c`;

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
export const REPLACE_CLAIM_LINKS = Object.fromEntries(Object.entries(LINKS).map(([f, [label, type]]) => [f, replaceLinks(label, type)])) as Record<
  ClaimLinkField,
  string
>;

type Links = Partial<Record<ClaimLinkField, string[]>>;

async function setLinks(tx: ManagedTransaction, id: string, links: Links) {
  // Entities that lose or gain this claim change degree: refresh them with the claim.
  const touched = new Set([id, ...(await neighbourIds(tx, [id]))]);
  for (const [field, ids] of Object.entries(links) as Array<[ClaimLinkField, string[]]>) {
    const [row] = await txRows<{ linked: string[] }>(tx, REPLACE_CLAIM_LINKS[field], { id, ids });
    const missing = ids.filter((x) => !(row?.linked ?? []).includes(x));
    // Thrown inside the transaction: the claim and any links made so far are rolled back.
    if (missing.length) throw notFound(LINKS[field][0], missing.join(', '));
    ids.forEach((x) => touched.add(x));
  }
  await refreshStats(tx, touched);
}

/** Thrown inside the transaction, so the claim is rolled back: a named question must exist; with several, one must be named. */
async function askClaim(tx: ManagedTransaction, id: string, question: string | null): Promise<void> {
  const ids = (await txRows<{ id: string }>(tx, LIST_QUESTION_IDS, {})).map((r) => r.id);
  if (question !== null && !ids.includes(question)) throw badInput(`question "${echo(question)}" does not exist`, 'input.question');
  if (question === null && ids.length > 1) throw badInput(`the graph holds ${ids.length} questions: name the one that asks this claim`, 'input.question');
  const asker = question ?? ids[0];
  if (asker !== undefined) await txRows(tx, ASK_CLAIM, { id, question: asker });
}

/** Creates a claim with its links in one transaction; nothing is written if a linked node is missing or the id is used by any node. */
export function createClaim(db: Db, props: Record<string, unknown>, links: Links, meta: WriteMeta, question: string | null = null): Promise<NodeModel> {
  return db.writeTx('CREATE_CLAIM', async (tx) => {
    const id = String(props.id);
    await lockNewIds(tx);
    const label = await labelUsing(tx, id);
    if (label) throw idTaken(id, label);
    const [row] = await txRows<{ node: NodeModel }>(tx, CREATE_CLAIM, { props });
    await setLinks(tx, id, links);
    await askClaim(tx, id, question);
    await recordChange(tx, {
      who: meta.who,
      action: 'CREATE',
      kind: 'Claim',
      targetId: id,
      nodeIds: [id, ...Object.values(links).flat()],
      before: null,
      after: { ...row!.node, ...links },
    });
    return row!.node;
  });
}

/** Changes a claim and replaces the link lists given, in one transaction; CONFLICT when the version is stale. */
export function updateClaim(db: Db, id: string, props: Record<string, unknown>, links: Links, meta: WriteMeta): Promise<NodeModel> {
  return db.writeTx('UPDATE_CLAIM', async (tx) => {
    const [current] = await txRows<{ node: NodeModel; links: Links }>(tx, LOCK_CLAIM, { id });
    if (!current) throw notFound('Claim', id);
    checkVersion('Claim', id, current.node, meta.version);
    const [row] = await txRows<{ node: NodeModel }>(tx, UPDATE_CLAIM, { id, props });
    await setLinks(tx, id, links);
    await recordChange(tx, {
      who: meta.who,
      action: 'UPDATE',
      kind: 'Claim',
      targetId: id,
      nodeIds: [...new Set([id, ...Object.values(current.links).flat(), ...Object.values(links).flat()])],
      before: { ...current.node, ...current.links },
      after: { ...row!.node, ...current.links, ...links },
    });
    return row!.node;
  });
}

/** Deletes a claim with all its edges; NOT_FOUND when absent. */
export function deleteClaim(db: Db, id: string, meta: WriteMeta): Promise<void> {
  return db.writeTx('DELETE_CLAIM', async (tx) => {
    const [current] = await txRows<{ node: NodeModel; links: Links }>(tx, LOCK_CLAIM, { id });
    if (!current) throw notFound('Claim', id);
    checkVersion('Claim', id, current.node, meta.version);
    const neighbours = await neighbourIds(tx, [id]);
    await tx.run(DELETE_CLAIM, { id });
    await refreshStats(tx, neighbours);
    await recordChange(tx, {
      who: meta.who,
      action: 'DELETE',
      kind: 'Claim',
      targetId: id,
      nodeIds: [id],
      before: { ...current.node, ...current.links },
      after: null,
    });
  });
}
