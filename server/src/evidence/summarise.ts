import { balanceOf } from './balance.js';
import { assessCertainty, weighedBody, type CertaintyAssessment } from './certainty.js';
import { verdictOf, type Verdict } from './verdict.js';
import { possibleOverlap } from './possible-overlap.js';
import { ratingsOf } from './review-ratings.js';
import { DOCUMENTARY_KINDS } from '../domain/claim-kinds.js';
import { countOnce, type Exclusion } from './count-once.js';
import { labelOf, type CertaintyLevel, type ClaimContext, type EvidencePoint, type Stance, type StudyRelation } from './evidence-point.js';
import { leaveOneOut, type Robustness } from './leave-one-out.js';
import { moderators, type Moderator } from './moderators.js';
import { applySensitivity, type Sensitivity } from './sensitivity.js';
import { DESIGNS, SMALL_N, type Design } from './weights.js';
import { forestGroups, type ForestGroup } from './forest.js';
import { defineLazy } from './lazy-field.js';

export type { CertaintyLevel, EvidencePoint, Stance } from './evidence-point.js';

/** A certainty a review on the claim states itself, shown beside ours. */
export interface ReviewCertainty {
  study: string;
  comparison: string | null;
  certainty: string;
  quote: string | null;
  source: string | null;
}

export interface Summary {
  /** Counted findings (evidence edges) by stance: not studies. */
  supporting: number;
  contradicting: number;
  qualifying: number;
  findings: number;
  /** Distinct studies counted: one body of evidence once. */
  studies: number;
  studiesSupporting: number;
  studiesContradicting: number;
  studiesQualifying: number;
  byDesign: Array<{ design: Design; count: number }>;
  balance: number;
  /** null: no study bears on the claim. */
  certainty: CertaintyLevel | null;
  noEvidence: boolean;
  reason: string;
  rule: string;
  assessment: CertaintyAssessment;
  reviewCertainty: ReviewCertainty[];
  assertedNotStudied: boolean;
  /** Credible studies point different ways: the verdict is CONTESTED. */
  contested: boolean;
  verdict: Verdict;
  verdictReason: string;
  /** Where the same trials may be counted twice though no relation is recorded. */
  possibleOverlap: string[];
  assertions: number;
  excluded: Exclusion[];
  robustness: Robustness;
  moderators: Moderator[];
  /** The findings counted, after sensitivity options and counting each body of evidence once. */
  counted: EvidencePoint[];
  /** Forest plot groups: counted findings with an effect size, pooled where comparable (forest.ts). */
  forest: ForestGroup[];
}

export interface SummariseOptions {
  assertions?: number;
  relations?: readonly StudyRelation[];
  claim?: ClaimContext;
  sensitivity?: Sensitivity | null;
}

/** The rule in words; returned with every summary and written out in docs/api.md. */
export const SUMMARY_RULE =
  'evigraph-summary-v4 with certainty rule evigraph-grade-v2 (an automated approximation of GRADE, not a GRADE assessment by a panel). ' +
  'Counting: each body of evidence counts once — a republication adds nothing beside what it republishes, a superseded review version adds nothing ' +
  'when its update bears on the claim, and a trial that a review on the claim includes (directly or through an earlier version) is counted inside ' +
  'that review only when the review\'s finding on the claim covers the same comparison and time band; otherwise it counts on its own. ' +
  'Balance: each counted study weighs design (systematic review 3, RCT 2, cohort 1, validation study 0.5, other 0.5, case report 0.25) ' +
  '× size (0.25 + 0.25·log10 n, at most 1; 0.5 when n is unknown; 1 for reviews), split across its findings; guidelines are shown but weigh nothing ' +
  'beside the reviews and studies they rest on; balance = Σ weight·sign / Σ weight with supporting +1, contradicting −1, qualifying 0. ' +
  'Certainty (effect and mechanism claims): randomised between-group evidence (trials against a control group, systematic reviews) starts HIGH; ' +
  'within-group change, cohorts, case reports, narrative reviews and overviews of reviews start LOW and are not rated where randomised evidence exists. ' +
  'Risk of bias by weight (one level when half the weight is at serious risk, two when more than half has two or more definite problems); inconsistency from ' +
  'non-overlapping effect intervals on one measure, from credible stances only where no effects are stated; indirectness by weight (population, ' +
  'comparator, add-on designs, surrogate outcomes; unstated counts as not direct); imprecision per comparison (fewer than 400 participants: one ' +
  'level; one trial under 100: two; an interval crossing no effect costs a level only for a finding that claims an effect, and a finding of no ' +
  'difference is imprecise when its interval does not exclude a minimal important difference); publication bias with 5 or more studies. ' +
  'A review\'s own rating binds: ours is no higher than the rating a review on the claim gives that comparison (else its review-wide statement, ' +
  'else a group rating when no review rates the intervention itself), the claim no higher than its best-rated comparison; trials beside a review do not lift it. ' +
  'Claims about the evidence or about recommendations are documentary: documented, partly documented or ' +
  'not documented, with no level. ' +
  `Verdict: no study in this graph; insufficient (only uncontrolled data, or one trial under 100); inconclusive (only qualifying findings, intervals ` +
  `crossing no effect, or a balance within ±0.2); contested (a credible controlled study from a primary source on each side); else supported or ` +
  `contradicted by the balance (±0.2). Small study: n < ${SMALL_N}.`;

const LEVEL_WORDS: Record<CertaintyLevel, string> = { HIGH: 'high', MODERATE: 'moderate', LOW: 'low', VERY_LOW: 'very low' };

/** The evidence summary of one claim (or map cell) from its findings, study relations and the number of articles asserting it. */
export function summarise(points: readonly EvidencePoint[], opts: SummariseOptions = {}): Summary {
  const assertions = opts.assertions ?? 0;
  const relations = opts.relations ?? [];
  const claim = opts.claim ?? { comparators: [], outcomes: [], conditions: [] };
  const documentary = !!claim.kind && DOCUMENTARY_KINDS.has(claim.kind);
  const sensitive = applySensitivity(points, opts.sensitivity ?? {}, relations);
  const once = countOnce(sensitive.kept, relations);
  const counted = once.counted;
  const count = (s: Stance) => counted.filter((p) => p.stance === s).length;
  const studiesWith = (s: Stance) => new Set(counted.filter((p) => p.stance === s).map((p) => p.studyId)).size;
  const designOf = new Map(counted.map((p) => [p.studyId, p.design]));
  const assessment = assessCertainty(counted, claim);
  const noEvidence = counted.length === 0;
  const verdict = verdictOf(counted, claim);
  const reason = noEvidence
    ? `no study in this graph — asserted by ${assertions} ${assertions === 1 ? 'article' : 'articles'}${points.length ? ` (${points.length} finding(s) left out: see excluded)` : ''}`
    : assessment.level ? `${LEVEL_WORDS[assessment.level]}: ${assessment.reason}` : assessment.reason;
  const summary = {
    supporting: count('SUPPORTS'),
    contradicting: count('CONTRADICTS'),
    qualifying: count('QUALIFIES'),
    findings: counted.length,
    studies: designOf.size,
    studiesSupporting: studiesWith('SUPPORTS'),
    studiesContradicting: studiesWith('CONTRADICTS'),
    studiesQualifying: studiesWith('QUALIFIES'),
    byDesign: DESIGNS.map((design) => ({ design, count: [...designOf.values()].filter((d) => d === design).length })).filter((d) => d.count > 0),
    balance: balanceOf(documentary ? counted : weighedBody(counted)),
    certainty: assessment.level,
    noEvidence,
    reason,
    rule: SUMMARY_RULE,
    assessment,
    reviewCertainty: [...new Map(counted.flatMap((p) => ratingsOf(p).map((s) => [`${p.studyId}\u0000${s.comparison}`, { study: labelOf(p), comparison: s.comparison, certainty: s.certainty.toLowerCase().replace(/_/g, ' '), quote: s.quote, source: s.source }] as const))).values()],
    assertedNotStudied: noEvidence && points.length === 0 && assertions > 0,
    contested: verdict.verdict === 'CONTESTED',
    verdict: verdict.verdict,
    verdictReason: verdict.reason,
    assertions,
    excluded: [...sensitive.excluded, ...once.excluded],
    counted,
  } as Summary;
  // The costliest parts, which a request showing the balance and certainty does not read: computed when first read.
  defineLazy(summary, 'possibleOverlap', () => possibleOverlap(counted, relations));
  defineLazy(summary, 'robustness', () => leaveOneOut(counted));
  defineLazy(summary, 'moderators', () => (verdict.verdict === 'CONTESTED' ? moderators(counted) : []));
  defineLazy(summary, 'forest', () => forestGroups(counted, once.excluded));
  return summary;
}
