import type { Db } from '../db/db.js';
import { nodeLabels } from '../domain/kinds.js';
import { STANCES } from '../domain/stances.js';
import { CLAIM_LINKS } from '../domain/claim-links.js';
import { STUDY_RELATION_TYPES } from '../domain/study-relations.js';

const NODE_LABELS = nodeLabels();

/** Every relationship type of the evidence graph. */
export const RELATIONSHIP_TYPES = [...STANCES, 'ASSERTS', 'CITES', ...CLAIM_LINKS.map((l) => l.type), 'PART_OF', 'CONTRAINDICATED_IN', ...STUDY_RELATION_TYPES] as const;

// One count per whitelisted label or type: a labelled count(n) is read from Neo4j's count store, not by scanning.
const union = (branches: string[]) => branches.join('\n  UNION ALL\n  ');

/** Node counts per label, from the count store. */
export const COUNT_NODES_BY_LABEL = /* cypher */ `
  ${union(NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS label, count(n) AS count`))}`;

/** Relationship counts per type, from the count store. */
export const COUNT_RELATIONSHIPS_BY_TYPE = /* cypher */ `
  ${union(RELATIONSHIP_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS label, count(r) AS count`))}`;

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
