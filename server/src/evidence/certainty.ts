import { labelOf, studyLabels, type CertaintyLevel, type ClaimContext, type Domain, type DomainJudgement, type EvidencePoint } from './evidence-point.js';
import { imprecision } from './imprecision.js';
import { inconsistencyDomain, indirectnessDomain, publicationBiasDomain, riskDomain } from './certainty-domains.js';
import { bindingRating } from './review-ratings.js';
import { comparisonOf, isWithinGroup } from './comparisons.js';
import { DOCUMENTARY_KINDS } from '../domain/claim-kinds.js';

export const CERTAINTY_RULE_VERSION = 'evigraph-grade-v2';

export type { Domain, DomainJudgement } from './evidence-point.js';

export interface CertaintyAssessment {
  rule: typeof CERTAINTY_RULE_VERSION;
  /** null: no study bears on the claim, or the claim is documentary (about the evidence or a recommendation). */
  level: CertaintyLevel | null;
  start: CertaintyLevel | null;
  startReason: string;
  domains: DomainJudgement[];
  /** One line: the level and what lowered it. */
  reason: string;
  /** Set when a review's own rating for this evidence is lower than ours would be: ours is capped at theirs. */
  ceiling: CertaintyLevel | null;
}

const LEVELS: CertaintyLevel[] = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'];
const WORDS: Record<Domain, string> = {
  RISK_OF_BIAS: 'risk of bias',
  INCONSISTENCY: 'inconsistency',
  INDIRECTNESS: 'indirectness',
  IMPRECISION: 'imprecision',
  PUBLICATION_BIAS: 'publication bias',
};
const words = (l: CertaintyLevel) => l.toLowerCase().replace('_', ' ');

/**
 * Randomised between-group evidence: a randomised trial's comparison with its control group, or a systematic review
 * (the reviews here pool randomised trials). Within-group change inside a trial, overviews of reviews and narrative
 * reviews are not.
 */
export const isRandomised = (p: EvidencePoint) =>
  ((p.design === 'rct' && p.risk?.randomised !== false) || (p.design === 'systematic_review' && (p.reviewMethod ?? 'systematic') === 'systematic')) && !isWithinGroup(p);

/**
 * The findings that weigh on an effect: a guideline's recommendation rests on the reviews beside it, so it is shown
 * but weighs nothing when any review or study bears on the claim.
 */
export function weighedBody(points: readonly EvidencePoint[]): EvidencePoint[] {
  const studies = points.filter((p) => p.design !== 'guideline');
  return studies.length ? studies : [...points];
}

/** The body GRADE rates: randomised between-group evidence when there is any, else everything that weighs. */
export function ratedBody(points: readonly EvidencePoint[]): { rated: EvidencePoint[]; randomised: boolean } {
  const weighed = weighedBody(points);
  const randomised = weighed.filter(isRandomised);
  return randomised.length ? { rated: randomised, randomised: true } : { rated: weighed, randomised: false };
}

const SCOPE_ORDER = ['COMPARISON', 'REVIEW', 'GROUP'] as const;

/**
 * The reviews' own ratings bind. Per comparison, the most specific rating any review on the claim states for it (its
 * own rating for that comparison, else its review-wide statement, else a rating for a group of treatments), the
 * lowest where reviews of equal specificity differ; the claim is no higher than its best-rated comparison. Trials and
 * unrated reviews beside them do not lift it: they are mostly the trials the reviews pooled, or smaller ones.
 */
function reviewCeiling(rated: readonly EvidencePoint[]): { level: CertaintyLevel; why: string } | null {
  const bound = rated.flatMap((p) => {
    const b = p.design === 'systematic_review' ? bindingRating(p) : null;
    return b ? [{ p, b, part: comparisonOf(p) ?? 'comparison not stated' }] : [];
  });
  if (!bound.length) return null;
  // A rating for a group of treatments never lifts the claim above a review's own rating of massage.
  const interventionRated = bound.some((x) => x.b.scope !== 'GROUP');
  const parts = [...new Set(bound.map((x) => x.part))].map((part) => {
    const inPart = bound.filter((x) => x.part === part && (!interventionRated || x.b.scope !== 'GROUP'));
    if (!inPart.length) return null;
    const scope = SCOPE_ORDER.find((s) => inPart.some((x) => x.b.scope === s))!;
    return inPart.filter((x) => x.b.scope === scope).reduce((a, b) => (LEVELS.indexOf(b.b.level) > LEVELS.indexOf(a.b.level) ? b : a));
  });
  const best = parts.filter((x) => x != null).reduce((a, b) => (LEVELS.indexOf(b.b.level) < LEVELS.indexOf(a.b.level) ? b : a));
  const { rating, scope } = best.b;
  const what = scope === 'COMPARISON' ? `this comparison (${rating.comparison}${rating.outcome ? `, ${rating.outcome}` : ''}${rating.timepoint && rating.timepoint !== 'all' ? `, ${rating.timepoint}` : ''})` : scope === 'REVIEW' ? 'its evidence as a whole' : `a group of treatments including the one under test (${rating.comparison})`;
  return { level: best.b.level, why: `${labelOf(best.p)} rates ${what} “${rating.certainty.toLowerCase().replace(/_/g, ' ')}”` };
}

const documentary = (claim: ClaimContext) => !!claim.kind && DOCUMENTARY_KINDS.has(claim.kind);

/**
 * Certainty of the evidence on one claim, following GRADE's mechanics (automated, not a panel's judgement):
 * randomised between-group evidence starts HIGH, other designs LOW; each domain may take off up to two levels; never
 * below VERY_LOW; never above what the reviews carrying the evidence state. Documentary claims get no level.
 */
export function assessCertainty(points: readonly EvidencePoint[], claim: ClaimContext): CertaintyAssessment {
  if (points.length === 0) {
    return { rule: CERTAINTY_RULE_VERSION, level: null, start: null, startReason: 'no study in this graph bears on the claim', domains: [], reason: 'no study in this graph bears on the claim', ceiling: null };
  }
  if (documentary(claim)) {
    const what = claim.kind === 'RECOMMENDATION' ? 'what guidelines recommend' : 'what the evidence says';
    return { rule: CERTAINTY_RULE_VERSION, level: null, start: null, startReason: `a claim about ${what}: documented or not by its sources, not rated`, domains: [], reason: `not rated: a claim about ${what} is checked against its sources, not graded as an effect`, ceiling: null };
  }
  const { rated, randomised } = ratedBody(points);
  const start: CertaintyLevel = randomised ? 'HIGH' : 'LOW';
  const guidelines = points.filter((p) => p.design === 'guideline' && !rated.includes(p));
  const others = points.length - rated.length - guidelines.length;
  const startReason = randomised
    ? `randomised between-group evidence (${studyLabels(rated).join(', ')}) starts high${others ? `; ${others} finding(s) from other designs or within-group change are shown but not rated` : ''}${guidelines.length ? `; guidelines (${studyLabels(guidelines).join(', ')}) are shown but add no weight` : ''}`
    : `no randomised between-group evidence: ${studyLabels(rated).join(', ')} start low`;
  const domains = [riskDomain(rated), inconsistencyDomain(rated), indirectnessDomain(rated, claim), imprecision(rated, claim), publicationBiasDomain(rated)];
  const drop = domains.reduce((n, d) => n + d.levels, 0);
  const graded = LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(start) + drop)]!;
  const ceiling = reviewCeiling(rated);
  const capped = ceiling != null && LEVELS.indexOf(ceiling.level) > LEVELS.indexOf(graded);
  const level = capped ? ceiling.level : graded;
  const lowered = domains.filter((d) => d.levels > 0).map((d) => `${WORDS[d.domain]}${d.levels > 1 ? ` (−${d.levels})` : ''}`);
  const reason =
    `${start === 'HIGH' ? 'randomised evidence starts high' : 'non-randomised evidence starts low'}${lowered.length ? `; downgraded for ${lowered.join(', ')}` : '; not downgraded'}` +
    (capped ? `; no higher than ${words(ceiling.level)}: ${ceiling.why}` : ceiling ? `; within what its review states (${ceiling.why})` : '');
  return { rule: CERTAINTY_RULE_VERSION, level, start, startReason, domains, reason, ceiling: capped ? ceiling.level : null };
}
