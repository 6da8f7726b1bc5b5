import { labelOf, studyIds, studyLabels, type CertaintyLevel, type ClaimContext, type Domain, type DomainJudgement, type EvidencePoint } from './evidence-point.js';
import { indirectness } from './directness.js';
import { riskOfBias } from './risk-of-bias.js';
import { imprecision } from './imprecision.js';
import { highestLevelStated } from './stated-certainty.js';

export const CERTAINTY_RULE_VERSION = 'evigraph-grade-v1';

export type { Domain, DomainJudgement } from './evidence-point.js';

export interface CertaintyAssessment {
  rule: typeof CERTAINTY_RULE_VERSION;
  /** null: no study bears on the claim ("no evidence"). */
  level: CertaintyLevel | null;
  start: CertaintyLevel | null;
  startReason: string;
  domains: DomainJudgement[];
  /** One line: the level and what lowered it. */
  reason: string;
  /** Set when the rated evidence is only reviews that state their own certainty: ours is not higher than theirs. */
  ceiling: CertaintyLevel | null;
}

const LEVELS: CertaintyLevel[] = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'];
/** Below this many participants in total, an estimate is imprecise (GRADE's rule of thumb for continuous outcomes). */
export const OPTIMAL_INFORMATION_SIZE = 400;
export const SMALL_STUDY = 100;
const WORDS: Record<Domain, string> = {
  RISK_OF_BIAS: 'risk of bias',
  INCONSISTENCY: 'inconsistency',
  INDIRECTNESS: 'indirectness',
  IMPRECISION: 'imprecision',
  PUBLICATION_BIAS: 'publication bias',
};

/** Randomised evidence: a randomised trial, or a systematic review (the reviews here pool randomised trials). */
export const isRandomised = (p: EvidencePoint) => (p.design === 'rct' && p.risk?.randomised !== false) || p.design === 'systematic_review';

const share = (part: number, whole: number) => whole > 0 && part * 2 >= whole;

function riskDomain(points: EvidencePoint[]): DomainJudgement {
  const risky = points.filter((p) => riskOfBias(p).serious);
  const all = studyIds(points).length;
  const studies = studyLabels(risky);
  const levels = share(studyIds(risky).length, all) ? 1 : 0;
  const detail = [...new Map(risky.map((p) => { const r = riskOfBias(p); return [p.studyId, `${labelOf(p)}: ${[...r.high, ...r.unclear].join(', ')}`]; })).values()];
  const reason = levels
    ? `serious risk of bias in ${studies.length} of ${all} studies (${detail.join('; ')})`
    : risky.length ? `most studies are not at serious risk of bias (at risk: ${detail.join('; ')})` : 'no serious risk of bias stated';
  return { domain: 'RISK_OF_BIAS', levels, assessed: true, reason, studies };
}

function inconsistencyDomain(points: EvidencePoint[]): DomainJudgement {
  const forIds = new Set(points.filter((p) => p.stance === 'SUPPORTS').map((p) => p.studyId));
  const against = points.filter((p) => p.stance === 'CONTRADICTS');
  const contested = against.some((p) => [...forIds].some((id) => id !== p.studyId));
  if (!contested) return { domain: 'INCONSISTENCY', levels: 0, assessed: studyIds(points).length > 1, reason: studyIds(points).length > 1 ? 'the studies do not point different ways' : 'one study: consistency cannot be judged', studies: [] };
  const pro = studyLabels(points.filter((p) => p.stance === 'SUPPORTS'));
  const con = studyLabels(against);
  return { domain: 'INCONSISTENCY', levels: 1, assessed: true, reason: `studies point different ways: ${pro.join(', ')} support it; ${con.join(', ')} contradict it`, studies: [...new Set([...pro, ...con])] };
}

function indirectnessDomain(points: EvidencePoint[], claim: ClaimContext): DomainJudgement {
  const indirect = points.map((p) => ({ p, why: indirectness(p, claim) })).filter((x) => x.why.length);
  const all = studyIds(points).length;
  const ids = studyIds(indirect.map((x) => x.p));
  const levels = share(ids.length, all) ? 1 : 0;
  const detail = [...new Map(indirect.map((x) => [x.p.studyId, `${labelOf(x.p)}: ${x.why.join('; ')}`])).values()];
  const reason = levels ? `the evidence is indirect in ${ids.length} of ${all} studies (${detail.join(' | ')})` : indirect.length ? `mostly direct (indirect: ${detail.join(' | ')})` : 'population, comparator and outcome match the claim where stated';
  return { domain: 'INDIRECTNESS', levels, assessed: true, reason, studies: studyLabels(indirect.map((x) => x.p)) };
}

function publicationBiasDomain(points: EvidencePoint[]): DomainJudgement {
  const ids = studyIds(points);
  if (ids.length < 5) return { domain: 'PUBLICATION_BIAS', levels: 0, assessed: false, reason: `not assessable from ${ids.length} ${ids.length === 1 ? 'study' : 'studies'} (needs at least 5)`, studies: [] };
  const primary = points.filter((p) => p.design !== 'systematic_review' && p.design !== 'guideline');
  const pro = primary.filter((p) => p.stance === 'SUPPORTS');
  const large = primary.filter((p) => (p.sampleSize ?? 0) >= SMALL_STUDY);
  const smallOnly = pro.length >= 2 && pro.every((p) => p.sampleSize != null && p.sampleSize < SMALL_STUDY);
  const largeDisagree = large.length > 0 && large.every((p) => p.stance !== 'SUPPORTS');
  if (smallOnly && largeDisagree) {
    return { domain: 'PUBLICATION_BIAS', levels: 1, assessed: true, reason: `small-study effect suspected: only small studies (n < ${SMALL_STUDY}) support it, larger ones do not`, studies: studyLabels(pro) };
  }
  return { domain: 'PUBLICATION_BIAS', levels: 0, assessed: true, reason: 'no small-study pattern', studies: [] };
}

/**
 * The reviews' own word as a ceiling: when every rated study is a review stating its certainty, ours is not higher than
 * the most generous level any of them states (their authors saw the risk-of-bias tables we do not have).
 */
function reviewCeiling(rated: readonly EvidencePoint[]): CertaintyLevel | null {
  const stated = rated.map((p) => (p.design === 'systematic_review' ? highestLevelStated(p.risk?.gradeCertainty) : null));
  if (!stated.length || stated.some((l) => l == null)) return null;
  return (stated as CertaintyLevel[]).reduce((a, b) => (LEVELS.indexOf(a) < LEVELS.indexOf(b) ? a : b));
}

/** The body GRADE rates: randomised evidence when there is any, else everything. */
export function ratedBody(points: readonly EvidencePoint[]): { rated: EvidencePoint[]; randomised: boolean } {
  const randomised = points.filter(isRandomised);
  return randomised.length ? { rated: randomised, randomised: true } : { rated: [...points], randomised: false };
}

/**
 * Certainty of the evidence on one claim, following GRADE's logic (automated, not a panel's judgement):
 * randomised evidence starts HIGH, other designs LOW; each domain may take levels off; never below VERY_LOW.
 */
export function assessCertainty(points: readonly EvidencePoint[], claim: ClaimContext): CertaintyAssessment {
  if (points.length === 0) {
    return { rule: CERTAINTY_RULE_VERSION, level: null, start: null, startReason: 'no study bears on the claim', domains: [], reason: 'no evidence: no study bears on the claim', ceiling: null };
  }
  const { rated, randomised } = ratedBody(points);
  const start: CertaintyLevel = randomised ? 'HIGH' : 'LOW';
  const left = points.length - rated.length;
  const startReason = randomised
    ? `randomised evidence (${studyLabels(rated).join(', ')}) starts high${left ? `; ${left} finding(s) from other designs are shown but not rated` : ''}`
    : `no randomised evidence: ${studyLabels(rated).join(', ')} start low`;
  const domains = [riskDomain(rated), inconsistencyDomain(rated), indirectnessDomain(rated, claim), imprecision(rated), publicationBiasDomain(rated)];
  const drop = domains.reduce((n, d) => n + d.levels, 0);
  const graded = LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(start) + drop)]!;
  const ceiling = reviewCeiling(rated);
  const capped = ceiling != null && LEVELS.indexOf(ceiling) > LEVELS.indexOf(graded);
  const level = capped ? ceiling : graded;
  const lowered = domains.filter((d) => d.levels > 0).map((d) => `${WORDS[d.domain]}${d.levels > 1 ? ` (−${d.levels})` : ''}`);
  const reason =
    `${start === 'HIGH' ? 'randomised evidence starts high' : 'non-randomised evidence starts low'}${lowered.length ? `; downgraded for ${lowered.join(', ')}` : '; not downgraded'}` +
    (capped ? `; no higher than ${ceiling.toLowerCase().replace('_', ' ')}, the best its reviews' own authors give` : '');
  return { rule: CERTAINTY_RULE_VERSION, level, start, startReason, domains, reason, ceiling: capped ? ceiling : null };
}
