import type { Db } from '../db/db.js';
import { recordChange } from './audit-log.js';
import { int } from './cypher-parts.js';
import { txRows } from './tx-rows.js';

export type ProposalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** A change waiting for (or decided by) a second curator. */
export interface ProposalModel {
  id: string;
  who: string;
  at: string;
  reason: string;
  status: ProposalStatus;
  change: string;
  decidedBy: string | null;
  decisionReason: string | null;
  nodeIds: string[];
}

const ROW = `p {.id, .who, at: toString(p.at), .reason, .status, .change, .decidedBy, .decisionReason, .nodeIds}`;

export const CREATE_PROPOSAL = /* cypher */ `
  CREATE (p:Proposal {id: randomUUID(), at: datetime(), who: $who, reason: $reason, status: 'PENDING', change: $change, nodeIds: $nodeIds})
  RETURN ${ROW} AS proposal`;

export const LIST_PROPOSALS = /* cypher */ `
  MATCH (p:Proposal) WHERE $status IS NULL OR p.status = $status
  RETURN ${ROW} AS proposal
  ORDER BY p.at DESC LIMIT $first`;

export const GET_PROPOSAL = /* cypher */ `MATCH (p:Proposal {id: $id}) RETURN ${ROW} AS proposal`;

/** Moves a pending proposal to its decision; returns nothing when it was not pending (someone decided first). */
export const DECIDE_PROPOSAL = /* cypher */ `
  MATCH (p:Proposal {id: $id})
  WHERE p.status = $from
  SET p.status = $to, p.decidedBy = $who, p.decisionReason = $reason, p.decidedAt = datetime()
  RETURN ${ROW} AS proposal`;

/** Files a proposal and its audit entry (action PROPOSE) in one transaction. */
export function createProposal(db: Db, who: string, reason: string, change: unknown, nodeIds: string[]): Promise<ProposalModel> {
  return db.writeTx('CREATE_PROPOSAL', async (tx) => {
    const [row] = await txRows<{ proposal: ProposalModel }>(tx, CREATE_PROPOSAL, { who, reason, change: JSON.stringify(change), nodeIds });
    const p = row!.proposal;
    await recordChange(tx, { who, action: 'PROPOSE', kind: 'Proposal', targetId: p.id, nodeIds, before: null, after: { change, reason } });
    return p;
  });
}

export async function listProposals(db: Db, status: ProposalStatus | null, first = 100): Promise<ProposalModel[]> {
  const rows = await db.read<{ proposal: ProposalModel }>('LIST_PROPOSALS', LIST_PROPOSALS, { status, first: int(first) });
  return rows.map((r) => r.proposal);
}

export async function getProposal(db: Db, id: string): Promise<ProposalModel | null> {
  const [row] = await db.read<{ proposal: ProposalModel }>('GET_PROPOSAL', GET_PROPOSAL, { id });
  return row?.proposal ?? null;
}

/** Decides a proposal (recording APPROVE or REJECT); null when it was no longer in state `from`. */
export function decideProposal(db: Db, id: string, from: ProposalStatus | 'APPROVING', to: ProposalStatus | 'APPROVING', who: string, reason: string | null, audit: boolean): Promise<ProposalModel | null> {
  return db.writeTx('DECIDE_PROPOSAL', async (tx) => {
    const [row] = await txRows<{ proposal: ProposalModel }>(tx, DECIDE_PROPOSAL, { id, from, to, who, reason });
    if (!row) return null;
    const p = row.proposal;
    if (audit) await recordChange(tx, { who, action: to === 'REJECTED' ? 'REJECT' : 'APPROVE', kind: 'Proposal', targetId: id, nodeIds: p.nodeIds, before: { status: from, proposedBy: p.who, change: JSON.parse(p.change) }, after: { status: to } });
    return p;
  });
}
