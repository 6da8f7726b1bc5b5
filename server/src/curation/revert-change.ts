import type { Db } from '../db/db.js';
import { badInput, notFound } from '../errors/codes.js';
import { isStance } from '../domain/stances.js';
import { getChange } from '../queries/get-change.js';
import { deleteEvidenceEdge, parseEvidenceId, updateEvidenceEdge } from '../queries/write-evidence.js';
import { deleteStudy, updateStudy } from '../queries/write-study.js';
import { restoreEvidenceEdge } from '../queries/restore-evidence.js';
import { claimsOfStudy } from '../queries/claim-mechanisms.js';
import { withReason } from '../db/change-reason.js';
import { checkReason } from './finding-rules.js';

type Record_ = Record<string, unknown>;

/** Properties that are bookkeeping, not the record: never written back by an undo. */
const BOOKKEEPING = new Set(['id', 'version', 'stance', 'study', 'claim', '__label', 'degree', 'weight', 'held']);

/** The changes that put every property back as it was before (a property the change added is removed). */
export function undoChanges(before: Record_, after: Record_): Record_ {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !BOOKKEEPING.has(k)));
  return Object.fromEntries([...keys].map((k) => [k, before[k] ?? null]));
}

const parse = (json: string | null): Record_ | null => (json ? (JSON.parse(json) as Record_) : null);
const versionOf = (r: Record_ | null) => (typeof r?.version === 'number' ? r.version : undefined);

/**
 * Undoes one applied change: each undo is a curator write of its own (versioned against what the change left, so
 * an undo after someone else's later edit is refused with CONFLICT) and has its own audit entry with the reason.
 */
export async function revertChange(db: Db, changeId: string, reason: string, who: string): Promise<string[]> {
  const why = checkReason('reason', reason);
  const change = await getChange(db, changeId);
  if (!change) throw notFound('Change', changeId);
  const before = parse(change.before);
  const after = parse(change.after);
  const id = change.targetId;
  return withReason(`Undo of ${change.who}'s change (${change.id}): ${why}`, async () => {
    if (change.kind === 'EvidenceEdge') {
      const ref = parseEvidenceId(id);
      if (!ref) throw notFound('EvidenceEdge', id);
      if (change.action === 'CREATE') await deleteEvidenceEdge(db, id, { who, version: versionOf(after) });
      else if (change.action === 'UPDATE' && before && after) {
        const stance = isStance(before.stance) ? before.stance : null;
        await updateEvidenceEdge(db, id, stance, undoChanges(before, after), { who, version: versionOf(after) });
      } else if (change.action === 'DELETE' && before && isStance(before.stance)) {
        const props = Object.fromEntries(Object.entries(before).filter(([k, v]) => !BOOKKEEPING.has(k) && v != null));
        await restoreEvidenceEdge(db, id, ref.studyId, ref.claimId, before.stance, { ...props, version: (versionOf(before) ?? 0) + 1 }, { who });
      } else throw badInput(`a ${change.action} of an evidence link cannot be undone`, 'id');
      return [id];
    }
    if (change.kind === 'Study') {
      if (change.action === 'UPDATE' && before && after) await updateStudy(db, id, undoChanges(before, after), { who, version: versionOf(after) });
      else if (change.action === 'CREATE') {
        if ((await claimsOfStudy(db, id)).length) throw badInput(`study "${id}" has findings linked to claims now: undo those first`, 'id');
        await deleteStudy(db, id, { who, version: versionOf(after) });
      } else throw badInput(`a ${change.action} of a study cannot be undone here (its links went with it)`, 'id');
      return [id];
    }
    throw badInput(`changes to a ${change.kind} cannot be undone from the page`, 'id');
  });
}
