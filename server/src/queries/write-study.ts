import type { Db } from '../db/db.js';
import { badInput, notFound } from '../errors/codes.js';
import type { NodeModel } from '../resolvers/models.js';
import { nodeMap } from './cypher-parts.js';
import { txRows } from './tx-rows.js';

/** Another study with this id or DOI, if any. */
export const FIND_STUDY_CLASH = /* cypher */ `
  CALL () {
    MATCH (s:Study {id: $id}) RETURN s.id AS id, 'id' AS field
    UNION
    MATCH (s:Study {doi: $doi}) WHERE s.id <> $id RETURN s.id AS id, 'doi' AS field
  }
  RETURN id, field LIMIT 1`;

export const CREATE_STUDY = /* cypher */ `
  CREATE (s:Study)
  SET s = $props
  RETURN ${nodeMap('s')} AS node`;

/** Sets the changed properties; a null removes one. */
export const UPDATE_STUDY = /* cypher */ `
  MATCH (s:Study {id: $id})
  SET s += $changes
  RETURN ${nodeMap('s')} AS node`;

export const DELETE_STUDY = /* cypher */ `
  MATCH (s:Study {id: $id})
  DETACH DELETE s
  RETURN count(*) AS deleted`;

/** Creates a study; BAD_USER_INPUT when its id or DOI is taken. */
export function createStudy(db: Db, props: Record<string, unknown>): Promise<NodeModel> {
  return db.writeTx('CREATE_STUDY', async (tx) => {
    const [clash] = await txRows<{ id: string; field: string }>(tx, FIND_STUDY_CLASH, { id: props.id, doi: props.doi ?? null });
    if (clash) throw badInput(`a study with this ${clash.field} exists: ${clash.id}`, clash.field);
    const [row] = await txRows<{ node: NodeModel }>(tx, CREATE_STUDY, { props });
    return row!.node;
  });
}

/** Changes a study; NOT_FOUND when absent, BAD_USER_INPUT when the new DOI belongs to another study. */
export function updateStudy(db: Db, id: string, changes: Record<string, unknown>): Promise<NodeModel> {
  return db.writeTx('UPDATE_STUDY', async (tx) => {
    if (typeof changes.doi === 'string') {
      const [clash] = await txRows<{ id: string; field: string }>(tx, FIND_STUDY_CLASH, { id, doi: changes.doi });
      if (clash && clash.field === 'doi') throw badInput(`a study with this doi exists: ${clash.id}`, 'doi');
    }
    const [row] = await txRows<{ node: NodeModel }>(tx, UPDATE_STUDY, { id, changes });
    if (!row) throw notFound('Study', id);
    return row.node;
  });
}

/** Deletes a study with its evidence edges and citations; NOT_FOUND when absent. */
export async function deleteStudy(db: Db, id: string): Promise<void> {
  const [row] = await db.write<{ deleted: number }>('DELETE_STUDY', DELETE_STUDY, { id });
  if (!row?.deleted) throw notFound('Study', id);
}
