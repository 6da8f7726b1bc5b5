import { balanceOf, isContested } from './balance.js';
import { assessCertainty, type CertaintyAssessment } from './certainty.js';
import { countOnce, type Exclusion } from './count-once.js';
import { labelOf, type CertaintyLevel, type ClaimContext, type EvidencePoint, type Stance, type StudyRelation } from './evidence-point.js';
import { leaveOneOut, type Robustness } from './leave-one-out.js';
import { moderators, type Moderator } from './moderators.js';
import { applySensitivity, type Sensitivity } from './sensitivity.js';
import { parseStatedCertainty } from './stated-certainty.js';
import { DESIGNS, SMALL_N, type Design } from './weights.js';

export type { CertaintyLevel, EvidencePoint, Stance } from './evidence-point.js';

/** A certainty a review on the claim states itself, shown beside ours. */
export interface ReviewCertainty {
  study: string;
  comparison: string | null;
  certainty: string;
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
  contested: boolean;
  assertions: number;
  excluded: Exclusion[];
  robustness: Robustness;
  moderators: Moderator[];
  /** The findings counted, after sensitivity options and counting each body of evidence once. */
  counted: EvidencePoint[];
}

export interface SummariseOptions {
  assertions?: number;
  relations?: readonly StudyRelation[];
  claim?: ClaimContext;
  sensitivity?: Sensitivity | null;
}

/** The rule in words; returned with every summary and written out in docs/api.md. */
export const SUMMARY_RULE =
  'evigraph-summary-v3 with certainty rule evigraph-grade-v1 (an automated approximation of GRADE, not a GRADE assessment by a panel). ' +
  'Counting: each body of evidence counts once — a republication adds nothing beside what it republishes, a superseded review version adds nothing ' +
  'when its update bears on the claim, a study that a review on the claim includes is counted inside that review. ' +
  'Balance: each counted study weighs design (systematic review 3, guideline 3, RCT 2, cohort 1, validation study 0.5, other 0.5, case report 0.25) ' +
  '× size (0.25 + 0.25·log10 n, at most 1; 0.5 when n is unknown; 1 for reviews and guidelines), split across its findings; ' +
  'balance = Σ weight·sign / Σ weight with supporting +1, contradicting −1, qualifying 0. ' +
  'Certainty: randomised evidence (randomised trials and systematic reviews) starts HIGH, other designs LOW; only randomised evidence is rated when there is any. ' +
  'One level off for each of: risk of bias (at least half the studies at serious risk — a definite problem such as unblinded participants reporting their own pain, ' +
  'or two unreported safeguards; a review whose authors rate their evidence low or very low), inconsistency (two different studies point different ways), ' +
  'indirectness (at least half the studies differ from the claim in population, comparator or outcome), imprecision (fewer than 400 participants; ' +
  'another level when most stated intervals include no effect), publication bias (with 5 or more studies: only small studies support it and larger ones do not). ' +
  'When the rated evidence is only reviews stating their own certainty, ours is no higher than the best level they state. ' +
  `No evidence: no certainty level. Contested: two different studies point different ways. Small study: n < ${SMALL_N}.`;

const LEVEL_WORDS: Record<CertaintyLevel, string> = { HIGH: 'high', MODERATE: 'moderate', LOW: 'low', VERY_LOW: 'very low' };

/** The evidence summary of one claim (or map cell) from its findings, study relations and the number of articles asserting it. */
export function summarise(points: readonly EvidencePoint[], opts: SummariseOptions = {}): Summary {
  const assertions = opts.assertions ?? 0;
  const relations = opts.relations ?? [];
  const claim = opts.claim ?? { comparators: [], outcomes: [], conditions: [] };
  const sensitive = applySensitivity(points, opts.sensitivity ?? {}, relations);
  const once = countOnce(sensitive.kept, relations);
  const counted = once.counted;
  const count = (s: Stance) => counted.filter((p) => p.stance === s).length;
  const studiesWith = (s: Stance) => new Set(counted.filter((p) => p.stance === s).map((p) => p.studyId)).size;
  const designOf = new Map(counted.map((p) => [p.studyId, p.design]));
  const assessment = assessCertainty(counted, claim);
  const noEvidence = counted.length === 0;
  const reason = noEvidence
    ? `no evidence — asserted by ${assertions} ${assertions === 1 ? 'article' : 'articles'}${points.length ? ` (${points.length} finding(s) left out: see excluded)` : ''}`
    : `${LEVEL_WORDS[assessment.level!]}: ${assessment.reason}`;
  return {
    supporting: count('SUPPORTS'),
    contradicting: count('CONTRADICTS'),
    qualifying: count('QUALIFIES'),
    findings: counted.length,
    studies: designOf.size,
    studiesSupporting: studiesWith('SUPPORTS'),
    studiesContradicting: studiesWith('CONTRADICTS'),
    studiesQualifying: studiesWith('QUALIFIES'),
    byDesign: DESIGNS.map((design) => ({ design, count: [...designOf.values()].filter((d) => d === design).length })).filter((d) => d.count > 0),
    balance: balanceOf(counted),
    certainty: assessment.level,
    noEvidence,
    reason,
    rule: SUMMARY_RULE,
    assessment,
    reviewCertainty: [...new Map(counted.flatMap((p) => parseStatedCertainty(p.risk?.gradeCertainty).map((s) => [`${p.studyId}\u0000${s.comparison}`, { study: labelOf(p), comparison: s.comparison, certainty: s.certainty }] as const))).values()],
    assertedNotStudied: noEvidence && points.length === 0 && assertions > 0,
    contested: isContested(counted),
    assertions,
    excluded: [...sensitive.excluded, ...once.excluded],
    robustness: leaveOneOut(counted),
    moderators: moderators(counted),
    counted,
  };
}
