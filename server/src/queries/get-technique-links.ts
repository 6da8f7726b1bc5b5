import type { Db } from '../db/db.js';
import type { ContraindicationModel, NodeModel } from '../domain/models.js';
import { nodeMap } from './cypher-parts.js';

const CONTRAINDICATION_ROW = (t: string, c: string) => `r {.id, .level, .quote, .sourceId, technique: ${nodeMap(t)}, condition: ${nodeMap(c)}}`;

/** Per technique: mechanisms and conditions of its claims, contraindications, the technique it is part of, and its parts. */
export const GET_TECHNIQUE_LINKS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (t:Technique {id: key})
  RETURN key, {
    mechanisms: COLLECT { MATCH (t)<-[:ABOUT]-(:Claim)-[:VIA]->(m:Mechanism) RETURN DISTINCT ${nodeMap('m')} AS m ORDER BY m.name },
    usedFor: COLLECT { MATCH (t)<-[:ABOUT]-(:Claim)-[:IN]->(c:Condition) RETURN DISTINCT ${nodeMap('c')} AS c ORDER BY c.name },
    contraindications: COLLECT { MATCH (t)-[r:CONTRAINDICATED_IN]->(c:Condition) RETURN ${CONTRAINDICATION_ROW('t', 'c')} AS r ORDER BY c.name },
    partOf: COLLECT { MATCH (t)-[:PART_OF]->(p:Technique) RETURN ${nodeMap('p')} AS p },
    parts: COLLECT { MATCH (t)<-[:PART_OF]-(p:Technique) RETURN ${nodeMap('p')} AS p ORDER BY p.name }
  } AS value`;

/** Techniques contraindicated in each condition. */
export const GET_CONTRAINDICATIONS_BY_CONDITIONS = /* cypher */ `
  UNWIND $ids AS key
  MATCH (c:Condition {id: key})<-[r:CONTRAINDICATED_IN]-(t:Technique)
  RETURN key, ${CONTRAINDICATION_ROW('t', 'c')} AS value
  ORDER BY t.name`;

export interface TechniqueLinks {
  mechanisms: NodeModel[];
  usedFor: NodeModel[];
  contraindications: ContraindicationModel[];
  partOf: NodeModel[];
  parts: NodeModel[];
}

const EMPTY: TechniqueLinks = { mechanisms: [], usedFor: [], contraindications: [], partOf: [], parts: [] };

/** Links of each technique, in one round trip. */
export async function getTechniqueLinks(db: Db, ids: readonly string[]): Promise<TechniqueLinks[]> {
  const rows = await db.read<{ key: string; value: TechniqueLinks }>('GET_TECHNIQUE_LINKS', GET_TECHNIQUE_LINKS, { ids });
  const byId = new Map(rows.map((r) => [r.key, r.value]));
  return ids.map((id) => byId.get(id) ?? EMPTY);
}

/** Contraindications naming each condition, one list per id. */
export async function getContraindicationsByConditions(db: Db, ids: readonly string[]): Promise<ContraindicationModel[][]> {
  const rows = await db.read<{ key: string; value: ContraindicationModel }>('GET_CONTRAINDICATIONS_BY_CONDITIONS', GET_CONTRAINDICATIONS_BY_CONDITIONS, { ids });
  const out = new Map<string, ContraindicationModel[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(r.key)?.push(r.value);
  return ids.map((id) => out.get(id)!);
}
