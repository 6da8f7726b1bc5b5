import type { Db } from '../db/db.js';
import { conflict, notFound } from '../errors/codes.js';
import type { NodeModel } from '../domain/models.js';
import { nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';
import { labelUsing, lockNewIds, studyWithDoi } from './id-lock.js';
import { checkVersion, recordChange } from './audit-log.js';
import { neighbourIds, refreshStats, setStats } from './node-stats.js';

export const CREATE_STUDY = /* cypher */ `
  CREATE (s:Study)
  SET s = $props, s.version = 1
  ${setStats('s')}
  RETURN ${nodeMap('s')} AS node`;

/** Finds a study and takes its write lock: concurrent writers of it wait here and then read what the first wrote. */
export const LOCK_STUDY = /* cypher */ `
  MATCH (s:Study {id: $id})
  SET s.held = true
  REMOVE s.held
  RETURN ${nodeMap('s')} AS node`;

/** Sets the changed properties (a null removes one) and moves the version on. */
export const UPDATE_STUDY = /* cypher */ `
  MATCH (s:Study {id: $id})
  SET s += $changes, s.version = coalesce(s.version, 0) + 1
  RETURN ${nodeMap('s')} AS node`;

export const DELETE_STUDY = /* cypher */ `
  MATCH (s:Study {id: $id})
  DETACH DELETE s`;

/** Who writes and, for an update, the version the change was made on. */
export interface WriteMeta {
  who: string;
  version?: number | null;
}

/** CONFLICT naming the DOI and the study holding it. */
const doiTaken = (doi: string, holder: string) => conflict(`DOI ${doi} already belongs to study "${holder}"`, { field: 'doi', doi, existingId: holder });

/** CONFLICT naming the id and the kind of node holding it (ids are unique across kinds). */
export const idTaken = (id: string, label: string) => conflict(`id "${id}" is already used by a ${label}`, { field: 'id', id, existingKind: label });

/** Creates a study; CONFLICT when its id is used by any node or its DOI by another study. */
export function createStudy(db: Db, props: Record<string, unknown>, meta: WriteMeta): Promise<NodeModel> {
  return db.writeTx('CREATE_STUDY', async (tx) => {
    await lockNewIds(tx);
    const id = String(props.id);
    const label = await labelUsing(tx, id);
    if (label) throw idTaken(id, label);
    if (typeof props.doi === 'string') {
      const holder = await studyWithDoi(tx, props.doi, id);
      if (holder) throw doiTaken(props.doi, holder);
    }
    const [row] = await txRows<{ node: NodeModel }>(tx, CREATE_STUDY, { props });
    await recordChange(tx, { who: meta.who, action: 'CREATE', kind: 'Study', targetId: id, nodeIds: [id], before: null, after: row!.node });
    return row!.node;
  });
}

/** Changes a study; NOT_FOUND when absent, CONFLICT when the new DOI belongs to another study or the version is stale. */
export function updateStudy(db: Db, id: string, changes: Record<string, unknown>, meta: WriteMeta): Promise<NodeModel> {
  return db.writeTx('UPDATE_STUDY', async (tx) => {
    if (typeof changes.doi === 'string') await lockNewIds(tx);
    const [current] = await txRows<{ node: NodeModel }>(tx, LOCK_STUDY, { id });
    if (!current) throw notFound('Study', id);
    checkVersion('Study', id, current.node, meta.version);
    if (typeof changes.doi === 'string') {
      const holder = await studyWithDoi(tx, changes.doi, id);
      if (holder) throw doiTaken(changes.doi, holder);
    }
    const [row] = await txRows<{ node: NodeModel }>(tx, UPDATE_STUDY, { id, changes });
    await recordChange(tx, { who: meta.who, action: 'UPDATE', kind: 'Study', targetId: id, nodeIds: [id], before: current.node, after: row!.node });
    return row!.node;
  });
}

/** Deletes a study with its evidence edges and citations; NOT_FOUND when absent. */
export function deleteStudy(db: Db, id: string, meta: WriteMeta): Promise<void> {
  return db.writeTx('DELETE_STUDY', async (tx) => {
    const [current] = await txRows<{ node: NodeModel }>(tx, LOCK_STUDY, { id });
    if (!current) throw notFound('Study', id);
    checkVersion('Study', id, current.node, meta.version);
    const neighbours = await neighbourIds(tx, [id]);
    await tx.run(DELETE_STUDY, { id });
    await refreshStats(tx, neighbours);
    await recordChange(tx, { who: meta.who, action: 'DELETE', kind: 'Study', targetId: id, nodeIds: [id], before: current.node, after: null });
  });
}
