import type { Db } from '../db/db.js';
import type { ChangeInput } from '../generated/graphql.js';
import { apiError, conflict, notFound } from '../errors/codes.js';
import { createProposal, decideProposal, getProposal, type ProposalModel } from '../queries/proposals.js';
import { applyChangeNow, claimsTouched } from './apply-change.js';
import { withReason } from '../db/change-reason.js';
import { checkReason } from './finding-rules.js';
import { previewChange } from './preview-change.js';

/** Files a change as a proposal after checking it the way a save would (a dry run of it must succeed). */
export async function proposeChange(db: Db, change: ChangeInput, who: string) {
  const preview = await previewChange(db, change, who);
  const nodeIds = [...new Set([...(await claimsTouched(db, change)), change.studyId, change.study?.id, change.id?.split('.')[0]].filter((x): x is string => !!x))];
  const proposal = await withReason(change.reason, () => createProposal(db, who, change.reason, change, nodeIds));
  return { proposal, preview };
}

const pending = async (db: Db, id: string): Promise<ProposalModel> => {
  const p = await getProposal(db, id);
  if (!p) throw notFound('Proposal', id);
  if (p.status !== 'PENDING') throw conflict(`the proposal was already ${p.status.toLowerCase()} by ${p.decidedBy}`, { id, status: p.status, decidedBy: p.decidedBy });
  return p;
};

/**
 * A second curator applies a proposal: FORBIDDEN for its author. The writes are recorded under the author's name with
 * the author's reason and the approver named; an APPROVE entry records the approval itself.
 */
export async function approveProposal(db: Db, id: string, approver: string) {
  const p = await pending(db, id);
  if (p.who === approver) throw apiError('FORBIDDEN', 'You proposed this change: a second curator must approve it', { id });
  const change = JSON.parse(p.change) as ChangeInput;
  // Taken first, so two approvals at once apply the change once.
  if (!(await decideProposal(db, id, 'PENDING', 'APPROVING', approver, null, false))) throw conflict('another curator decided this proposal first', { id });
  let targetIds: string[];
  try {
    targetIds = await applyChangeNow(db, { ...change, reason: `${p.reason} (approved by ${approver})` }, p.who);
  } catch (err) {
    await decideProposal(db, id, 'APPROVING', 'PENDING', approver, null, false);
    throw err;
  }
  const decided = await withReason(p.reason, () => decideProposal(db, id, 'APPROVING', 'APPROVED', approver, null, true));
  return { proposal: decided!, targetIds };
}

/** Declines a proposal; it stays, with the reason, in the list and the audit log. */
export async function rejectProposal(db: Db, id: string, reason: string, who: string): Promise<ProposalModel> {
  const why = checkReason('reason', reason);
  await pending(db, id);
  const decided = await withReason(why, () => decideProposal(db, id, 'PENDING', 'REJECTED', who, why, true));
  if (!decided) throw conflict('another curator decided this proposal first', { id });
  return decided;
}
