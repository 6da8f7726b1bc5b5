import { randomBytes } from 'node:crypto';
import type { Db } from '../db/db.js';
import { notFound } from '../errors/codes.js';
import type { EvidenceModel, StanceType } from '../resolvers/models.js';
import { EVIDENCE_TYPES, nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';
import { STANCES } from '../domain/stances.js';
const ROW = (e: string) => `${e} {.id, .quote, .outcome, .timepoint, .effect, .direction, .sourceUrl, stance: type(${e}), study: ${nodeMap('s')}, claim: ${nodeMap('c')}}`;

const createEvidence = (stance: StanceType) => /* cypher */ `
  MATCH (s:Study {id: $studyId}), (c:Claim {id: $claimId})
  CREATE (s)-[e:${stance}]->(c)
  SET e = $props
  RETURN ${ROW('e')} AS edge`;

/** Creates an evidence edge of one whitelisted stance. */
export const CREATE_EVIDENCE = Object.fromEntries(STANCES.map((s) => [s, createEvidence(s)])) as Record<StanceType, string>;

export const FIND_STUDY_AND_CLAIM = /* cypher */ `
  OPTIONAL MATCH (s:Study {id: $studyId})
  OPTIONAL MATCH (c:Claim {id: $claimId})
  RETURN s IS NOT NULL AS study, c IS NOT NULL AS claim`;

export const UPDATE_EVIDENCE = /* cypher */ `
  MATCH (s:Study {id: $studyId})-[e:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE e.id = $id
  SET e += $changes
  RETURN ${ROW('e')} AS edge`;

const moveEvidence = (stance: StanceType) => /* cypher */ `
  MATCH (s:Study {id: $studyId})-[old:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE old.id = $id
  CREATE (s)-[e:${stance}]->(c)
  SET e = properties(old)
  SET e += $changes
  DELETE old
  RETURN ${ROW('e')} AS edge`;

/** Changes an edge's stance: the type is the stance, so the edge is recreated with its properties. */
export const MOVE_EVIDENCE = Object.fromEntries(STANCES.map((s) => [s, moveEvidence(s)])) as Record<StanceType, string>;

export const DELETE_EVIDENCE = /* cypher */ `
  MATCH (s:Study {id: $studyId})-[e:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE e.id = $id
  DELETE e
  RETURN count(*) AS deleted`;

/** The study and claim an edge id names: `<study>.<finding or curated tag>.<claim>`, as the seed builds them. */
export function parseEvidenceId(id: string): { id: string; studyId: string; claimId: string } | null {
  const parts = id.split('.');
  return parts.length === 3 && parts.every(Boolean) ? { id, studyId: parts[0]!, claimId: parts[2]! } : null;
}

/** A new curated edge id in the seed's shape (`c` + random tag where the seed has the finding index). */
export const newEvidenceId = (studyId: string, claimId: string) => `${studyId}.c${randomBytes(4).toString('hex')}.${claimId}`;

/** Creates an evidence edge; NOT_FOUND naming the study or claim that is missing. */
export function createEvidenceEdge(db: Db, studyId: string, claimId: string, stance: StanceType, props: Record<string, unknown>): Promise<EvidenceModel> {
  return db.writeTx('CREATE_EVIDENCE', async (tx) => {
    const [found] = await txRows<{ study: boolean; claim: boolean }>(tx, FIND_STUDY_AND_CLAIM, { studyId, claimId });
    if (!found?.study) throw notFound('Study', studyId);
    if (!found.claim) throw notFound('Claim', claimId);
    const id = newEvidenceId(studyId, claimId);
    const [row] = await txRows<{ edge: EvidenceModel }>(tx, CREATE_EVIDENCE[stance], { studyId, claimId, props: { ...props, id } });
    return row!.edge;
  });
}

/** Changes an edge (moving it when the stance changes); NOT_FOUND when absent. */
export function updateEvidenceEdge(db: Db, id: string, stance: StanceType | null, changes: Record<string, unknown>): Promise<EvidenceModel> {
  const ref = parseEvidenceId(id);
  if (!ref) return Promise.reject(notFound('EvidenceEdge', id));
  return db.writeTx('UPDATE_EVIDENCE', async (tx) => {
    const [row] = await txRows<{ edge: EvidenceModel }>(tx, stance ? MOVE_EVIDENCE[stance] : UPDATE_EVIDENCE, { ...ref, changes });
    if (!row) throw notFound('EvidenceEdge', id);
    return row.edge;
  });
}

/** Deletes an edge; NOT_FOUND when absent. */
export async function deleteEvidenceEdge(db: Db, id: string): Promise<void> {
  const ref = parseEvidenceId(id);
  const [row] = ref ? await db.write<{ deleted: number }>('DELETE_EVIDENCE', DELETE_EVIDENCE, ref) : [];
  if (!row?.deleted) throw notFound('EvidenceEdge', id);
}
