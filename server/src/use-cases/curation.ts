import type { Db } from '../db/db.js';
import type { NodeModel } from '../domain/models.js';
import type { ClaimInput, ClaimPatch, EvidenceInput, EvidencePatch, StudyInput, StudyPatch } from '../generated/graphql.js';
import { checkId, toClaimWrite, toEvidenceChanges, toEvidenceProps, toStudyChanges, toStudyProps } from '../input/validate-input.js';
import { createClaim, deleteClaim, updateClaim } from '../queries/write-claim.js';
import { createEvidenceEdge, deleteEvidenceEdge, updateEvidenceEdge } from '../queries/write-evidence.js';
import { createStudy, deleteStudy, updateStudy } from '../queries/write-study.js';

export { importCitations } from './import-citations.js';

/**
 * Curator writes: the input validated, then one transaction each, in the audit log under `who`.
 * Updates and deletes take the version the curator read (a stale one is refused with CONFLICT).
 */

export interface Deleted {
  id: string;
  deleted: true;
}

export const addStudy = (db: Db, input: StudyInput, who: string) => createStudy(db, toStudyProps(input), { who });

export const changeStudy = (db: Db, id: string, input: StudyPatch, who: string) => updateStudy(db, id, toStudyChanges(input), { who, version: input.version });

export async function removeStudy(db: Db, id: string, version: number | null | undefined, who: string): Promise<Deleted> {
  await deleteStudy(db, id, { who, version });
  return { id, deleted: true };
}

export function addClaim(db: Db, input: ClaimInput, who: string): Promise<NodeModel> {
  const { props, links } = toClaimWrite(input, true);
  return createClaim(db, props, links, { who }, input.question ?? null);
}

export function changeClaim(db: Db, id: string, input: ClaimPatch, who: string): Promise<NodeModel> {
  const { props, links } = toClaimWrite(input, false);
  return updateClaim(db, id, props, links, { who, version: input.version });
}

export async function removeClaim(db: Db, id: string, version: number | null | undefined, who: string): Promise<Deleted> {
  await deleteClaim(db, id, { who, version });
  return { id, deleted: true };
}

export function addEvidence(db: Db, input: EvidenceInput, who: string) {
  checkId('studyId', input.studyId);
  checkId('claimId', input.claimId);
  return createEvidenceEdge(db, input.studyId, input.claimId, input.stance, toEvidenceProps(input), { who });
}

export const changeEvidence = (db: Db, id: string, input: EvidencePatch, who: string) =>
  updateEvidenceEdge(db, id, input.stance ?? null, toEvidenceChanges(input), { who, version: input.version });

export async function removeEvidence(db: Db, id: string, version: number | null | undefined, who: string): Promise<Deleted> {
  await deleteEvidenceEdge(db, id, { who, version });
  return { id, deleted: true };
}
