import type { Db } from '../db/db.js';
import { NO_CRITERIA } from '../queries/evidence-filter.js';
import { claimSummary } from '../use-cases/claim-page.js';
import { loadersOf } from '../context/loaders.js';
import type { NodeModel } from '../domain/models.js';
import type { Summary } from '../evidence/summarise.js';

/** A claim's verdict and certainty as its claim page shows them (the real evidence rule, no filter). */
export interface ClaimVerdict {
  statement: string;
  verdict: Summary['verdict'];
  certainty: Summary['certainty'];
}

/** Every claim's verdict and certainty, computed by the claim page's use case against `db` (a transaction's, in a dry run). */
export async function claimVerdicts(db: Db): Promise<Map<string, ClaimVerdict>> {
  const ctx = { db };
  const ids = (await db.read<{ id: string }>('WORKBOOK_CLAIM_IDS', 'MATCH (c:Claim) RETURN c.id AS id ORDER BY id')).map((r) => r.id);
  // All at once, so the loaders read every claim's evidence in one statement per kind, as a list page does.
  const claims = (await loadersOf(ctx).node.loadMany(ids)) as Array<NodeModel | Error | null>;
  const summaries = await Promise.all(claims.map((c) => (c && !(c instanceof Error) ? claimSummary(c, NO_CRITERIA, null, ctx) : null)));
  const out = new Map<string, ClaimVerdict>();
  claims.forEach((c, i) => {
    const summary = summaries[i];
    if (c && !(c instanceof Error) && summary)
      out.set(ids[i]!, { statement: String(c.statement ?? ''), verdict: summary.verdict, certainty: summary.certainty });
  });
  return out;
}

/** A claim whose verdict or certainty differs between two readings; `before` null = the claim is new. */
export interface VerdictChange {
  claimId: string;
  statement: string;
  verdictBefore: Summary['verdict'] | null;
  verdictAfter: Summary['verdict'];
  certaintyBefore: Summary['certainty'];
  certaintyAfter: Summary['certainty'];
}

export function verdictChanges(before: Map<string, ClaimVerdict>, after: Map<string, ClaimVerdict>): VerdictChange[] {
  const changes: VerdictChange[] = [];
  for (const [claimId, now] of after) {
    const then = before.get(claimId);
    if (then && then.verdict === now.verdict && then.certainty === now.certainty) continue;
    changes.push({
      claimId,
      statement: now.statement,
      verdictBefore: then?.verdict ?? null,
      verdictAfter: now.verdict,
      certaintyBefore: then?.certainty ?? null,
      certaintyAfter: now.certainty,
    });
  }
  return changes;
}
