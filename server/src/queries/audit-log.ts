import type { ManagedTransaction } from 'neo4j-driver';
import { conflict } from '../errors/codes.js';
import { currentReason } from '../db/change-reason.js';

export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'PROPOSE' | 'APPROVE' | 'REJECT';

/** One curator write as the audit log keeps it. */
export interface ChangeRecord {
  who: string;
  action: ChangeAction;
  /** Study, Claim, EvidenceEdge. */
  kind: string;
  targetId: string;
  /** Nodes the change touches (an edge names both ends), for `changes(nodeId:)`. */
  nodeIds: string[];
  before: unknown;
  after: unknown;
}

/**
 * Appends one Change node; written inside the write's own transaction, so a change and its record
 * commit together or not at all. No statement of the app updates or deletes a Change.
 */
export const RECORD_CHANGE = /* cypher */ `
  CREATE (c:Change {id: randomUUID(), at: datetime(), who: $who, action: $action, kind: $kind,
                    targetId: $targetId, nodeIds: $nodeIds, before: $before, after: $after, why: $why})`;

// Stored as JSON text: Neo4j properties cannot hold maps.
const json = (value: unknown) => (value == null ? null : JSON.stringify(value, (k, v) => (k.startsWith('__') ? undefined : v)));

/** The same for many changes at once (an import's studies). */
export const RECORD_CHANGES = /* cypher */ `
  UNWIND $changes AS ch
  CREATE (c:Change {id: randomUUID(), at: datetime(), who: ch.who, action: ch.action, kind: ch.kind,
                    targetId: ch.targetId, nodeIds: ch.nodeIds, before: ch.before, after: ch.after, why: ch.why})`;

/** Records many changes in the caller's transaction. */
export async function recordChanges(tx: ManagedTransaction, changes: ChangeRecord[]): Promise<void> {
  if (changes.length) await tx.run(RECORD_CHANGES, { changes: changes.map((c) => ({ ...c, before: json(c.before), after: json(c.after), why: currentReason() })) });
}

/** Records a change in the caller's transaction. */
export async function recordChange(tx: ManagedTransaction, change: ChangeRecord): Promise<void> {
  await tx.run(RECORD_CHANGE, { ...change, before: json(change.before), after: json(change.after), why: currentReason() });
}

/** The version a stored thing is at: counted from 0 for records that predate versions. */
export const versionOf = (stored: object | null | undefined) => {
  const v = (stored as { version?: unknown } | null | undefined)?.version;
  return typeof v === 'number' ? v : 0;
};

/** CONFLICT when the client sent a version and the stored one moved on: a stale write is refused, not applied. */
export function checkVersion(kind: string, id: string, stored: object, sent: number | null | undefined): void {
  if (sent == null) return;
  const now = versionOf(stored);
  if (now !== sent) {
    throw conflict(`${kind} "${id}" was changed by someone else: it is at version ${now}, your change was made on version ${sent}; reload it and apply your change again`, {
      id,
      version: now,
      field: 'version',
    });
  }
}
