import type { ManagedTransaction } from 'neo4j-driver';
import { anyLabelById } from './cypher-parts.js';
import { txRows } from './tx-rows.js';

/**
 * Takes the write lock every writer of a new node id or a study DOI takes first, so two such
 * writes run one after the other and the second sees the first's node. Ids are unique per label
 * by constraint; across labels, and for DOIs compared case-insensitively, only this order keeps them so.
 * MERGE on the constrained name cannot make two lock nodes; SET then REMOVE leaves nothing behind but the lock.
 */
export const LOCK_NEW_IDS = /* cypher */ `
  MERGE (l:WriteLock {name: 'node-ids'})
  SET l.held = true
  REMOVE l.held`;

/** The label already using an id, under any label. */
export const FIND_ID_ANYWHERE = /* cypher */ `
  CALL () {
    ${anyLabelById('$id')}
  }
  RETURN labels(n)[0] AS label LIMIT 1`;

/** Another study with this DOI (compared case-insensitively: DOIs are), other than `$id`. */
export const FIND_STUDY_BY_DOI = /* cypher */ `
  MATCH (s:Study) WHERE toLower(s.doi) = toLower($doi) AND s.id <> $id
  RETURN s.id AS id LIMIT 1`;

/** Locks new-id writes for the rest of the transaction. */
export async function lockNewIds(tx: ManagedTransaction): Promise<void> {
  await tx.run(LOCK_NEW_IDS);
}

/** The label of the node holding `id`, or null when it is free. */
export async function labelUsing(tx: ManagedTransaction, id: string): Promise<string | null> {
  const [row] = await txRows<{ label: string }>(tx, FIND_ID_ANYWHERE, { id });
  return row?.label ?? null;
}

/** The id of another study with this DOI, or null. */
export async function studyWithDoi(tx: ManagedTransaction, doi: string, exceptId: string): Promise<string | null> {
  const [row] = await txRows<{ id: string }>(tx, FIND_STUDY_BY_DOI, { doi, id: exceptId });
  return row?.id ?? null;
}
