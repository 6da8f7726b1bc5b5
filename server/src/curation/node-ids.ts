import type { Db } from '../db/db.js';
import { FIND_ID_ANYWHERE } from '../queries/id-lock.js';

/** The label of the node using `id`, or null when the id is free. */
export async function labelUsingId(db: Db, id: string): Promise<string | null> {
  const [row] = await db.read<{ label: string }>('FIND_ID_ANYWHERE', FIND_ID_ANYWHERE, { id });
  return row?.label ?? null;
}
