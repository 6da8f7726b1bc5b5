import type { Db } from '../db/db.js';
import { dryRun } from '../db/dry-run.js';
import type { ChangeInput } from '../generated/graphql.js';
import { applyChangeNow, claimsTouched, describeChange } from './apply-change.js';
import { verdictsOf, type VerdictSnapshot } from './verdict-snapshot.js';

export interface ClaimPreview {
  claimId: string;
  statement: string;
  before: VerdictSnapshot;
  after: VerdictSnapshot;
}

export interface ChangePreview {
  summary: string;
  claims: ClaimPreview[];
}

/**
 * What the change would do: the same writes a save makes, inside a transaction that is rolled back, and the claim
 * page's own summary read before and after them. A change the save would refuse is refused here the same way.
 */
export function previewChange(db: Db, change: ChangeInput, who: string): Promise<ChangePreview> {
  return dryRun(db, 'PREVIEW_CHANGE', async (tx) => {
    const claimIds = await claimsTouched(tx, change);
    const before = await verdictsOf(tx, claimIds);
    await applyChangeNow(tx, change, who);
    const after = await verdictsOf(tx, claimIds);
    return {
      summary: describeChange(change),
      claims: claimIds.map((id) => ({ claimId: id, statement: before.get(id)!.statement, before: before.get(id)!.snapshot, after: after.get(id)!.snapshot })),
    };
  });
}
