import type { EvidenceSummary } from '../api/types.js';

/**
 * The verdict a reader sees: the API's word (one rule, in the API), in the page's spelling. Nothing here judges the
 * evidence; only names, colours and sort order live in the browser.
 */
export type Verdict = 'supported' | 'contested' | 'contradicted' | 'inconclusive' | 'insufficient' | 'documented' | 'partly-documented' | 'not-documented' | 'not-studied';

export type SummaryFields = Pick<EvidenceSummary, 'verdict'>;

export const VERDICTS: Verdict[] = ['supported', 'contested', 'contradicted', 'inconclusive', 'insufficient', 'documented', 'partly-documented', 'not-documented', 'not-studied'];

const FROM_API: Record<EvidenceSummary['verdict'], Verdict> = {
  SUPPORTED: 'supported',
  CONTESTED: 'contested',
  CONTRADICTED: 'contradicted',
  INCONCLUSIVE: 'inconclusive',
  INSUFFICIENT: 'insufficient',
  DOCUMENTED: 'documented',
  PARTLY_DOCUMENTED: 'partly-documented',
  NOT_DOCUMENTED: 'not-documented',
  NO_STUDY_IN_GRAPH: 'not-studied',
};

/** The claim's verdict as the API states it. */
export const verdictOf = (s: SummaryFields): Verdict => FROM_API[s.verdict];

/** Words, colours (fill with AA-contrast text) and a line pattern per verdict: shared by chips, graph and legend. */
export const VERDICT_LOOK: Record<Verdict, { name: string; meaning: string; fill: string; ink: string; border: string; pattern: 'solid' | 'dashed' | 'double' | 'dotted' }> = {
  supported: { name: 'Supported', meaning: 'the controlled studies found it, on balance', fill: '#d9f2df', ink: '#14532d', border: '#1b7837', pattern: 'solid' },
  contested: { name: 'Contested', meaning: 'credible studies point both ways', fill: '#fde9c8', ink: '#7c2d12', border: '#b35806', pattern: 'double' },
  contradicted: { name: 'Contradicted', meaning: 'the controlled studies found against it, on balance', fill: '#fbdada', ink: '#7f1d1d', border: '#b2182b', pattern: 'dashed' },
  inconclusive: { name: 'Inconclusive', meaning: 'the studies point nowhere: results too uncertain to tell either way', fill: '#e6eefb', ink: '#1e3a8a', border: '#3b5bdb', pattern: 'dashed' },
  insufficient: { name: 'Insufficient', meaning: 'only uncontrolled data, case reports or one very small trial', fill: '#f3e8fd', ink: '#581c87', border: '#7e22ce', pattern: 'dotted' },
  documented: { name: 'Documented', meaning: 'a claim about the evidence or guidelines: the sources say so', fill: '#d9f2df', ink: '#14532d', border: '#1b7837', pattern: 'solid' },
  'partly-documented': { name: 'Partly documented', meaning: 'a claim about the evidence or guidelines: some sources say so, others do not', fill: '#fde9c8', ink: '#7c2d12', border: '#b35806', pattern: 'double' },
  'not-documented': { name: 'Not documented', meaning: 'a claim about the evidence or guidelines: the sources say otherwise', fill: '#fbdada', ink: '#7f1d1d', border: '#b2182b', pattern: 'dashed' },
  'not-studied': { name: 'No study in this graph', meaning: 'asserted by articles; no study in this graph examines it (research may still exist)', fill: '#eeeeee', ink: '#374151', border: '#6b7280', pattern: 'dotted' },
};

/** Sort order: most worth reading first. */
export const VERDICT_RANK: Record<Verdict, number> = { contested: 0, supported: 1, contradicted: 2, inconclusive: 3, insufficient: 4, documented: 5, 'partly-documented': 6, 'not-documented': 7, 'not-studied': 8 };

const CERTAINTY_RANK: Record<string, number> = { HIGH: 0, MODERATE: 1, LOW: 2, VERY_LOW: 3 };
/** Certainty sort order, best first; unknown values last. */
export const certaintyRank = (c: string | null) => (c ? (CERTAINTY_RANK[c] ?? 9) : 10);
