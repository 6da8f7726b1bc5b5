import type { Db } from '../db/db.js';
import { NO_CRITERIA } from '../queries/evidence-filter.js';
import { claimSummary, readClaim } from '../use-cases/claim-page.js';

/** A claim's verdict and certainty as its claim page shows them (the real evidence rule, no filter). */
export interface ClaimVerdict {
  statement: string;
  verdict: string;
  certainty: string | null;
}

/** Every claim's verdict and certainty, computed by the claim page's use case against `db` (a transaction's, in a dry run). */
export async function claimVerdicts(db: Db): Promise<Map<string, ClaimVerdict>> {
  const ctx = { db };
  const ids = (await db.read<{ id: string }>('WORKBOOK_CLAIM_IDS', 'MATCH (c:Claim) RETURN c.id AS id ORDER BY id')).map((r) => r.id);
  const out = new Map<string, ClaimVerdict>();
  // One at a time: in a dry run every statement shares one transaction.
  for (const id of ids) {
    const claim = await readClaim(ctx, id);
    const summary = await claimSummary(claim, NO_CRITERIA, null, ctx);
    out.set(id, { statement: String(claim.statement ?? ''), verdict: summary.verdict, certainty: summary.certainty });
  }
  return out;
}

/** A claim whose verdict or certainty differs between two readings; `before` null = the claim is new. */
export interface VerdictChange {
  claimId: string;
  statement: string;
  verdictBefore: string | null;
  verdictAfter: string;
  certaintyBefore: string | null;
  certaintyAfter: string | null;
}

export function verdictChanges(before: Map<string, ClaimVerdict>, after: Map<string, ClaimVerdict>): VerdictChange[] {
  const changes: VerdictChange[] = [];
  for (const [claimId, now] of after) {
    const then = before.get(claimId);
    if (then && then.verdict === now.verdict && then.certainty === now.certainty) continue;
    changes.push({ claimId, statement: now.statement, verdictBefore: then?.verdict ?? null, verdictAfter: now.verdict, certaintyBefore: then?.certainty ?? null, certaintyAfter: now.certainty });
  }
  return changes;
}
