import type { ManagedTransaction } from 'neo4j-driver';
import { anyLabelById, EVIDENCE_TYPES } from './cypher-parts.js';
import { txRows } from './tx-rows.js';
import { GRAPH_RELATIONSHIP } from '../domain/question-links.js';

/**
 * Sets a node's stored ranking figures: `degree` (all relationships) and `weight`
 * (evidence relationships). Graph reads rank and size by these instead of counting
 * every reachable node at read time; every write that adds or removes a relationship
 * refreshes both ends in its own transaction.
 */
export const setStats = (v: string) => `SET ${v}.degree = COUNT { (${v})-[:${GRAPH_RELATIONSHIP}]-() }, ${v}.weight = COUNT { (${v})-[:${EVIDENCE_TYPES}]-() }`;

/** Refreshes the stored figures of the nodes with these ids (any label). */
export const REFRESH_NODE_STATS = /* cypher */ `
  UNWIND $ids AS id
  CALL (id) {
    ${anyLabelById('id')}
  }
  ${setStats('n')}
  RETURN count(n) AS refreshed`;

/** Ids of every node linked to this one, whatever the label: read before a delete, refreshed after it. */
export const NEIGHBOUR_IDS = /* cypher */ `
  UNWIND $ids AS id
  CALL (id) {
    ${anyLabelById('id')}
  }
  MATCH (n)--(m)
  RETURN collect(DISTINCT m.id) AS ids`;

/** Refreshes degree and weight of these nodes inside the caller's write transaction. */
export async function refreshStats(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length) await txRows(tx, REFRESH_NODE_STATS, { ids: list });
}

/** The ids of the nodes linked to these, for refreshing after they lose a relationship. */
export async function neighbourIds(tx: ManagedTransaction, ids: string[]): Promise<string[]> {
  const [row] = await txRows<{ ids: string[] }>(tx, NEIGHBOUR_IDS, { ids });
  return row?.ids ?? [];
}
