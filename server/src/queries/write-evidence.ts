import { randomBytes } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../db/db.js';
import { notFound } from '../errors/codes.js';
import { checkVersion, recordChange } from './audit-log.js';
import type { WriteMeta } from './write-study.js';
import type { EvidenceModel, StanceType } from '../domain/models.js';
import { EVIDENCE_TYPES, nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';
import { STANCES } from '../domain/stances.js';
import { refreshStats } from './node-stats.js';

const ROW = (e: string) => `${e} {.*, stance: type(${e}), study: ${nodeMap('s')}, claim: ${nodeMap('c')}}`;

const createEvidence = (stance: StanceType) => /* cypher */ `
  MATCH (s:Study {id: $studyId}), (c:Claim {id: $claimId})
  CREATE (s)-[e:${stance}]->(c)
  SET e = $props, e.version = 1
  RETURN ${ROW('e')} AS edge`;

/** Creates an evidence edge of one whitelisted stance. */
export const CREATE_EVIDENCE = Object.fromEntries(STANCES.map((s) => [s, createEvidence(s)])) as Record<StanceType, string>;

export const FIND_STUDY_AND_CLAIM = /* cypher */ `
  OPTIONAL MATCH (s:Study {id: $studyId})
  OPTIONAL MATCH (c:Claim {id: $claimId})
  RETURN s IS NOT NULL AS study, c IS NOT NULL AS claim`;

/**
 * Takes the write locks of an edge's study and claim, in that order. Every writer of the edges
 * between them takes these first, so two stance changes run one after the other and the second
 * finds the edge the first left (one edge, never two).
 */
export const LOCK_ENDS = /* cypher */ `
  MATCH (s:Study {id: $studyId})
  SET s.held = true
  REMOVE s.held
  WITH s
  MATCH (c:Claim {id: $claimId})
  SET c.held = true
  REMOVE c.held
  RETURN s.id AS study, c.id AS claim`;

/** The edge with this id, read after the locks are held. */
export const READ_EVIDENCE = /* cypher */ `
  MATCH (s:Study {id: $studyId})-[e:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE e.id = $id
  RETURN ${ROW('e')} AS edge`;

export const UPDATE_EVIDENCE = /* cypher */ `
  MATCH (s:Study {id: $studyId})-[e:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE e.id = $id
  SET e += $changes, e.version = coalesce(e.version, 0) + 1
  RETURN ${ROW('e')} AS edge`;

const moveEvidence = (stance: StanceType) => /* cypher */ `
  MATCH (s:Study {id: $studyId})-[old:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE old.id = $id
  CREATE (s)-[e:${stance}]->(c)
  SET e = properties(old)
  SET e += $changes, e.version = coalesce(old.version, 0) + 1
  DELETE old
  RETURN ${ROW('e')} AS edge`;

/** Changes an edge's stance: the type is the stance, so the edge is recreated with its properties. */
export const MOVE_EVIDENCE = Object.fromEntries(STANCES.map((s) => [s, moveEvidence(s)])) as Record<StanceType, string>;

export const DELETE_EVIDENCE = /* cypher */ `
  MATCH (s:Study {id: $studyId})-[e:${EVIDENCE_TYPES}]->(c:Claim {id: $claimId})
  WHERE e.id = $id
  DELETE e`;

/** The study and claim an edge id names: `<study>.<finding or curated tag>.<claim>`, as the seed builds them. */
export function parseEvidenceId(id: string): { id: string; studyId: string; claimId: string } | null {
  const parts = id.split('.');
  return parts.length === 3 && parts.every(Boolean) ? { id, studyId: parts[0]!, claimId: parts[2]! } : null;
}

/** A new curated edge id in the seed's shape (`c` + random tag where the seed has the finding index). */
export const newEvidenceId = (studyId: string, claimId: string) => `${studyId}.c${randomBytes(4).toString('hex')}.${claimId}`;

/** An edge's audit-log form: its properties and the ids of its ends, not the whole end nodes. */
const edgeRecord = (e: EvidenceModel) => ({ ...e, study: e.study.id, claim: e.claim.id });

/** NOT_FOUND naming the study or claim that is missing; else locks both for the rest of the transaction. */
export async function lockExistingEnds(tx: ManagedTransaction, studyId: string, claimId: string): Promise<void> {
  const [found] = await txRows<{ study: boolean; claim: boolean }>(tx, FIND_STUDY_AND_CLAIM, { studyId, claimId });
  if (!found?.study) throw notFound('Study', studyId);
  if (!found.claim) throw notFound('Claim', claimId);
  await txRows(tx, LOCK_ENDS, { studyId, claimId });
}

/** Creates an evidence edge; NOT_FOUND naming the study or claim that is missing. */
export function createEvidenceEdge(db: Db, studyId: string, claimId: string, stance: StanceType, props: Record<string, unknown>, meta: WriteMeta): Promise<EvidenceModel> {
  return db.writeTx('CREATE_EVIDENCE', async (tx) => {
    await lockExistingEnds(tx, studyId, claimId);
    const id = newEvidenceId(studyId, claimId);
    const [row] = await txRows<{ edge: EvidenceModel }>(tx, CREATE_EVIDENCE[stance], { studyId, claimId, props: { ...props, id } });
    await refreshStats(tx, [studyId, claimId]);
    await recordChange(tx, { who: meta.who, action: 'CREATE', kind: 'EvidenceEdge', targetId: id, nodeIds: [studyId, claimId], before: null, after: edgeRecord(row!.edge) });
    return row!.edge;
  });
}

/** Locks the edge's ends, then reads it: NOT_FOUND when absent, CONFLICT when the version sent is stale. */
async function lockedEdge(tx: ManagedTransaction, ref: { id: string; studyId: string; claimId: string }, version: number | null | undefined) {
  await txRows(tx, LOCK_ENDS, ref);
  const [current] = await txRows<{ edge: EvidenceModel & { version?: number } }>(tx, READ_EVIDENCE, ref);
  if (!current) throw notFound('EvidenceEdge', ref.id);
  checkVersion('EvidenceEdge', ref.id, current.edge, version);
  return current.edge;
}

/** Changes an edge (moving it when the stance changes), serialised with every other write of its ends; NOT_FOUND when absent. */
export function updateEvidenceEdge(db: Db, id: string, stance: StanceType | null, changes: Record<string, unknown>, meta: WriteMeta): Promise<EvidenceModel> {
  const ref = parseEvidenceId(id);
  if (!ref) return Promise.reject(notFound('EvidenceEdge', id));
  return db.writeTx('UPDATE_EVIDENCE', async (tx) => {
    const before = await lockedEdge(tx, ref, meta.version);
    const move = stance !== null && stance !== before.stance;
    const [row] = await txRows<{ edge: EvidenceModel }>(tx, move ? MOVE_EVIDENCE[stance] : UPDATE_EVIDENCE, { ...ref, changes });
    await recordChange(tx, { who: meta.who, action: 'UPDATE', kind: 'EvidenceEdge', targetId: id, nodeIds: [ref.studyId, ref.claimId], before: edgeRecord(before), after: edgeRecord(row!.edge) });
    return row!.edge;
  });
}

/** Deletes an edge; NOT_FOUND when absent. */
export function deleteEvidenceEdge(db: Db, id: string, meta: WriteMeta): Promise<void> {
  const ref = parseEvidenceId(id);
  if (!ref) return Promise.reject(notFound('EvidenceEdge', id));
  return db.writeTx('DELETE_EVIDENCE', async (tx) => {
    const before = await lockedEdge(tx, ref, meta.version);
    await tx.run(DELETE_EVIDENCE, ref);
    await refreshStats(tx, [ref.studyId, ref.claimId]);
    await recordChange(tx, { who: meta.who, action: 'DELETE', kind: 'EvidenceEdge', targetId: id, nodeIds: [ref.studyId, ref.claimId], before: edgeRecord(before), after: null });
  });
}
