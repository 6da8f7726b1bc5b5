import type { Db } from '../db/db.js';
import { loadersOf } from '../context/loaders.js';
import { claimSummary } from '../use-cases/claim-page.js';
import { NO_CRITERIA } from '../queries/evidence-filter.js';
import type { Summary } from '../evidence/summarise.js';
import { notFound } from '../errors/codes.js';

/** One claim's verdict as the claim page shows it. */
export interface VerdictSnapshot {
  verdict: Summary['verdict'];
  certainty: Summary['certainty'];
  decidingDomain: string | null;
  studiesCounted: number;
  findingsCounted: number;
}

/** The domain that took the most levels off (the first of equals, in GRADE's order); null when none took any. */
export function decidingDomain(summary: Pick<Summary, 'assessment'>): string | null {
  let best: { domain: string; levels: number } | null = null;
  for (const d of summary.assessment.domains) if (d.levels > 0 && (!best || d.levels > best.levels)) best = d;
  return best?.domain ?? null;
}

/** The verdicts of these claims as the claim page computes them, read through `db` (which may be a dry run's). */
export async function verdictsOf(db: Db, claimIds: string[]): Promise<Map<string, { statement: string; snapshot: VerdictSnapshot }>> {
  // A fresh request context: nothing read before the change is reused after it.
  const ctx = { db };
  const out = new Map<string, { statement: string; snapshot: VerdictSnapshot }>();
  for (const id of claimIds) {
    const claim = await loadersOf(ctx).node.load(id);
    if (claim?.__label !== 'Claim') throw notFound('Claim', id);
    const s = await claimSummary(claim, NO_CRITERIA, {}, ctx);
    out.set(id, {
      statement: String(claim.statement ?? id),
      snapshot: { verdict: s.verdict, certainty: s.certainty, decidingDomain: decidingDomain(s), studiesCounted: s.studies, findingsCounted: s.findings },
    });
  }
  return out;
}
