import type { Db } from '../db/db.js';
import type { EvidenceModel, StanceType } from '../domain/models.js';
import { STANCES } from '../domain/stances.js';
import { conflict } from '../errors/codes.js';
import { recordChange } from './audit-log.js';
import { nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';
import { lockExistingEnds, READ_EVIDENCE } from './write-evidence.js';
import { refreshStats } from './node-stats.js';
import type { WriteMeta } from './write-study.js';

const restore = (stance: StanceType) => /* cypher */ `
  MATCH (s:Study {id: $studyId}), (c:Claim {id: $claimId})
  CREATE (s)-[e:${stance}]->(c)
  SET e = $props
  RETURN e {.*, stance: type(e), study: ${nodeMap('s')}, claim: ${nodeMap('c')}} AS edge`;

/** Puts a deleted edge back with its id and properties (an undo of its deletion). */
export const RESTORE_EVIDENCE = Object.fromEntries(STANCES.map((s) => [s, restore(s)])) as Record<StanceType, string>;

/** Recreates a deleted evidence edge as the audit log kept it; CONFLICT when an edge with its id exists again. */
export function restoreEvidenceEdge(db: Db, id: string, studyId: string, claimId: string, stance: StanceType, props: Record<string, unknown>, meta: WriteMeta): Promise<EvidenceModel> {
  return db.writeTx('RESTORE_EVIDENCE', async (tx) => {
    await lockExistingEnds(tx, studyId, claimId);
    const [existing] = await txRows(tx, READ_EVIDENCE, { id, studyId, claimId });
    if (existing) throw conflict(`EvidenceEdge "${id}" exists again: nothing to restore`, { id });
    const [row] = await txRows<{ edge: EvidenceModel }>(tx, RESTORE_EVIDENCE[stance], { studyId, claimId, props: { ...props, id } });
    await refreshStats(tx, [studyId, claimId]);
    const edge = row!.edge;
    await recordChange(tx, { who: meta.who, action: 'CREATE', kind: 'EvidenceEdge', targetId: id, nodeIds: [studyId, claimId], before: null, after: { ...edge, study: studyId, claim: claimId } });
    return edge;
  });
}
