import type { EvidenceSummary } from '../api/types.js';

/**
 * The one place that turns the API's claim summary into a verdict a newcomer reads.
 * The summary fields may change (certainty is being reworked): adapt only this file.
 */
export type Verdict = 'supported' | 'contested' | 'contradicted' | 'not-studied';

export type SummaryFields = Pick<EvidenceSummary, 'supporting' | 'contradicting' | 'qualifying' | 'studies' | 'balance' | 'certainty' | 'contested' | 'assertedNotStudied'>;

export const VERDICTS: Verdict[] = ['supported', 'contested', 'contradicted', 'not-studied'];

/** The verdict of a claim from its summary: no study → not studied; studies both ways → contested; else the sign of the balance. */
export function verdictOf(s: SummaryFields): Verdict {
  if (s.assertedNotStudied || s.studies === 0) return 'not-studied';
  if (s.contested) return 'contested';
  if (s.balance > 0) return 'supported';
  if (s.balance < 0) return 'contradicted';
  return 'contested';
}

/** Words, colours (fill with AA-contrast text) and a line pattern per verdict: shared by chips, graph and legend. */
export const VERDICT_LOOK: Record<Verdict, { name: string; meaning: string; fill: string; ink: string; border: string; pattern: 'solid' | 'dashed' | 'double' | 'dotted' }> = {
  supported: { name: 'Supported', meaning: 'the studies found it, on balance', fill: '#d9f2df', ink: '#14532d', border: '#1b7837', pattern: 'solid' },
  contested: { name: 'Contested', meaning: 'studies point both ways', fill: '#fde9c8', ink: '#7c2d12', border: '#b35806', pattern: 'double' },
  contradicted: { name: 'Contradicted', meaning: 'the studies found against it, on balance', fill: '#fbdada', ink: '#7f1d1d', border: '#b2182b', pattern: 'dashed' },
  'not-studied': { name: 'Not studied', meaning: 'asserted by articles; no study in the graph tests it', fill: '#eeeeee', ink: '#374151', border: '#6b7280', pattern: 'dotted' },
};

/** Sort order: most worth reading first. */
export const VERDICT_RANK: Record<Verdict, number> = { contested: 0, supported: 1, contradicted: 2, 'not-studied': 3 };

const CERTAINTY_RANK: Record<string, number> = { HIGH: 0, MODERATE: 1, LOW: 2, VERY_LOW: 3 };
/** Certainty sort order, best first; unknown values last. */
export const certaintyRank = (c: string | null) => (c ? (CERTAINTY_RANK[c] ?? 9) : 10);
