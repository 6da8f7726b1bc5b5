import type { Db } from '../db/db.js';
import type { StudyRelationLink as StudyRelation } from '../domain/models.js';
import { EVIDENCE_TYPES, groupByKey } from './cypher-parts.js';

/** A pattern comprehension: relations (either direction) of the studies with evidence on claim `c`, as [{from, type, to}], possibly repeated. */
export const relationsOfClaim = (c: string) =>
  `[(${c})<-[:${EVIDENCE_TYPES}]-(:Study)-[x:UPDATES|REPUBLISHES|INCLUDES]-(:Study) | {from: startNode(x).id, type: type(x), to: endNode(x).id}]`;

/**
 * What the summary rule needs beyond the evidence, per claim: the study relations that decide what counts once,
 * and the names (with aliases) of what the claim's technique was compared with, its outcomes and conditions (for indirectness). Comprehensions, not
 * subqueries: cheap to plan.
 */
export const evidenceContextOf = (c: string) => `{
    relations: ${relationsOfClaim(c)},
    comparators: [(${c})-[:COMPARED_WITH]->(t) | {name: coalesce(t.name, t.id), aliases: coalesce(t.aliases, [])}],
    outcomes: [(${c})-[:ON]->(o) | {name: coalesce(o.name, o.id), aliases: coalesce(o.aliases, [])}],
    conditions: [(${c})-[:IN]->(k) | {name: coalesce(k.name, k.id), aliases: coalesce(k.aliases, [])}]
  }`;

export const GET_EVIDENCE_CONTEXT = /* cypher */ `
  UNWIND $ids AS key
  MATCH (c:Claim {id: key})
  RETURN key, ${evidenceContextOf('c')} AS value`;

/** The context as the rule reads it: relations listed once each, empty lists for what is missing. */
export const toEvidenceContext = (raw: Partial<EvidenceContext> | undefined): EvidenceContext => ({
  relations: distinctRelations(raw?.relations ?? []),
  comparators: raw?.comparators ?? [],
  outcomes: raw?.outcomes ?? [],
  conditions: raw?.conditions ?? [],
});

/** Relations listed once each. */
export const distinctRelations = (rs: readonly StudyRelation[]): StudyRelation[] => [...new Map(rs.map((r) => [`${r.from}\u0000${r.type}\u0000${r.to}`, r])).values()];

export interface NamedEntity {
  name: string;
  aliases: string[];
}

export interface EvidenceContext {
  relations: StudyRelation[];
  comparators: NamedEntity[];
  outcomes: NamedEntity[];
  conditions: NamedEntity[];
}

/** Study relations and comparators of each claim, one entry per id (empty for an unknown id). */
export async function getEvidenceContext(db: Db, ids: readonly string[]): Promise<EvidenceContext[]> {
  const rows = await db.read<{ key: string; value: EvidenceContext }>('GET_EVIDENCE_CONTEXT', GET_EVIDENCE_CONTEXT, { ids });
  return groupByKey(ids, rows).map((g) => toEvidenceContext(g[0]));
}
