import type { Db } from '../db/db.js';
import { int } from './cypher-parts.js';

/** Audit-log entries, newest first, optionally since a time and/or touching one node. */
export const LIST_CHANGES = /* cypher */ `
  MATCH (c:Change)
  WHERE ($since IS NULL OR c.at >= datetime($since)) AND ($nodeId IS NULL OR $nodeId IN c.nodeIds)
  RETURN c {.id, at: toString(c.at), .who, .action, .kind, .targetId, .nodeIds, .before, .after, .why} AS change
  ORDER BY c.at DESC, c.id
  LIMIT $first`;

export interface ChangeModel {
  id: string;
  at: string;
  who: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'PROPOSE' | 'APPROVE' | 'REJECT';
  kind: string;
  targetId: string;
  nodeIds: string[];
  before: string | null;
  after: string | null;
  why?: string | null;
}

export async function listChanges(db: Db, since: string | null, nodeId: string | null, first: number): Promise<ChangeModel[]> {
  const rows = await db.read<{ change: ChangeModel }>('LIST_CHANGES', LIST_CHANGES, { since, nodeId, first: int(first) });
  return rows.map((r) => r.change);
}
