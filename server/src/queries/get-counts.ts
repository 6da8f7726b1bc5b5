import type { Db } from '../db/db.js';

/** Node counts per label. */
export const COUNT_NODES_BY_LABEL = /* cypher */ `
  CALL db.labels() YIELD label
  CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
  RETURN label, count ORDER BY label`;

/** Relationship counts per type. */
export const COUNT_RELATIONSHIPS_BY_TYPE = /* cypher */ `
  CALL db.relationshipTypes() YIELD relationshipType AS label
  CALL (label) { MATCH ()-[r]->() WHERE type(r) = label RETURN count(r) AS count }
  RETURN label, count ORDER BY label`;

export interface LabelCount {
  label: string;
  count: number;
}

/** Counts of nodes by label and relationships by type, as the graph holds them now. */
export async function getCounts(db: Db): Promise<{ nodes: LabelCount[]; relationships: LabelCount[] }> {
  const [nodes, relationships] = await Promise.all([
    db.read<LabelCount & Record<string, unknown>>('COUNT_NODES_BY_LABEL', COUNT_NODES_BY_LABEL),
    db.read<LabelCount & Record<string, unknown>>('COUNT_RELATIONSHIPS_BY_TYPE', COUNT_RELATIONSHIPS_BY_TYPE),
  ]);
  return { nodes, relationships };
}
