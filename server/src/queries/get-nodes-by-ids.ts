import type { Db } from '../db/db.js';
import type { NodeModel } from '../resolvers/models.js';
import { anyLabelById, nodeMap } from './cypher-parts.js';

/** Nodes of any label by id, in one round trip. */
export const GET_NODES_BY_IDS = /* cypher */ `
  UNWIND $ids AS id
  CALL (id) {
    ${anyLabelById('id')}
  }
  RETURN id, ${nodeMap('n')} AS node`;

/** The nodes with these ids, in the order asked; null where none exists. */
export async function getNodesByIds(db: Db, ids: readonly string[]): Promise<Array<NodeModel | null>> {
  const rows = await db.read<{ id: string; node: NodeModel }>('GET_NODES_BY_IDS', GET_NODES_BY_IDS, { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.id, r.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
