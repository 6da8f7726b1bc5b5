import type { Db } from '../db/db.js';
import type { ChangeModel } from './list-changes.js';

export const GET_CHANGE = /* cypher */ `
  MATCH (c:Change {id: $id})
  RETURN c {.id, at: toString(c.at), .who, .action, .kind, .targetId, .nodeIds, .before, .after, .why} AS change`;

/** One audit-log entry by id, or null. */
export async function getChange(db: Db, id: string): Promise<ChangeModel | null> {
  const [row] = await db.read<{ change: ChangeModel }>('GET_CHANGE', GET_CHANGE, { id });
  return row?.change ?? null;
}
