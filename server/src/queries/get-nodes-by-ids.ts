import type { Db } from '../db/db.js';
import type { NodeModel } from '../domain/models.js';
import { nodeLabels, type NodeLabel } from '../domain/kinds.js';
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

/** One node of a known label by id: an index seek on that label only, no seven-label union. */
export const GET_NODE_OF_LABEL = Object.fromEntries(
  nodeLabels().map((label) => [label, /* cypher */ `MATCH (n:${label} {id: $id}) RETURN ${nodeMap('n')} AS node`]),
) as Record<NodeLabel, string>;

/** The node of this label with this id, or null. */
export async function getNodeOfLabel(db: Db, label: NodeLabel, id: string): Promise<NodeModel | null> {
  const [row] = await db.read<{ node: NodeModel }>(`GET_NODE_OF_LABEL.${label}`, GET_NODE_OF_LABEL[label], { id });
  return row?.node ?? null;
}
