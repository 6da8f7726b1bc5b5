import type { ClaimSummaryRow } from '../api/types.js';
import { certaintyRank } from '../words/verdict.js';

/**
 * Which claims the question's bottom line shows. Pure: it picks and orders claims by the API's verdicts and counts,
 * and never judges the evidence itself.
 */

/** Verdicts that come from controlled studies: only these answer "does it work?". */
export const CONTROLLED_VERDICTS = ['SUPPORTED', 'CONTRADICTED', 'CONTESTED', 'INCONCLUSIVE'] as const;

/** What an article asserts that the evidence does not back, in the order they are listed. */
export const CORRECTED_VERDICTS = ['CONTRADICTED', 'NOT_DOCUMENTED', 'INSUFFICIENT', 'NO_STUDY_IN_GRAPH'] as const;

/** At most this many findings in the bottom line. */
export const MAX_FINDINGS = 5;

/** The rule in words, shown on the page under the bottom line (and in docs/web.md). */
export const BOTTOM_LINE_RULE =
  `Chosen by a fixed rule: among the effect claims with a verdict from controlled studies (supported, contradicted, contested or inconclusive), ` +
  `the ${MAX_FINDINGS} with the most counted studies (ties: higher certainty first), keeping one claim per outcome, condition and time band ` +
  `(short or long term, where the claim's words say so).`;

export type Claim = Pick<ClaimSummaryRow, 'id' | 'statement' | 'claimKind' | 'outcomes' | 'conditions'> & {
  summary: Pick<ClaimSummaryRow['summary'], 'verdict' | 'certainty' | 'studies' | 'assertions'>;
};

/** The time band a claim's words name, or '' when they name none. */
export function timeBand(statement: string): 'short term' | 'long term' | '' {
  if (/\bshort[- ]term\b/i.test(statement)) return 'short term';
  if (/\blong[- ](term|lasting)\b/i.test(statement)) return 'long term';
  return '';
}

/** Claims with the same key answer the same question: the same outcomes, in the same conditions, at the same time. */
export const findingKey = (c: Claim) =>
  [c.outcomes.map((o) => o.id).sort().join('+'), c.conditions.map((x) => x.id).sort().join('+'), timeBand(c.statement)].join('|');

const isControlled = (c: Claim) => (CONTROLLED_VERDICTS as readonly string[]).includes(c.summary.verdict);

/** The bottom line: the findings that matter most, by the rule in BOTTOM_LINE_RULE. */
export function bottomLine<C extends Claim>(claims: readonly C[]): C[] {
  const ranked = claims
    .filter((c) => c.claimKind === 'EFFECT' && isControlled(c) && c.summary.studies > 0)
    .sort(
      (a, b) =>
        b.summary.studies - a.summary.studies ||
        certaintyRank(a.summary.certainty) - certaintyRank(b.summary.certainty) ||
        a.statement.localeCompare(b.statement),
    );
  const seen = new Set<string>();
  const chosen: C[] = [];
  for (const c of ranked) {
    const key = findingKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(c);
    if (chosen.length === MAX_FINDINGS) break;
  }
  return chosen;
}

export type CorrectedVerdict = (typeof CORRECTED_VERDICTS)[number];

/**
 * "What the articles get wrong": claims at least one article asserts that the evidence contradicts, that the sources
 * do not document, that only insufficient data examine, or that no study in the graph examines. Grouped by verdict in
 * CORRECTED_VERDICTS order; within a group, the claims asserted by most articles first.
 */
export function whatArticlesGetWrong<C extends Claim>(claims: readonly C[]): { verdict: CorrectedVerdict; claims: C[] }[] {
  return CORRECTED_VERDICTS.map((verdict) => ({
    verdict,
    claims: claims
      .filter((c) => c.summary.assertions > 0 && c.summary.verdict === verdict)
      .sort((a, b) => b.summary.assertions - a.summary.assertions || a.statement.localeCompare(b.statement)),
  })).filter((g) => g.claims.length > 0);
}
