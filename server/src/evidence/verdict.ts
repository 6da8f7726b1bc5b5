import { balanceOf } from './balance.js';
import { isWithinGroup } from './comparisons.js';
// One trial under VERY_SMALL_TRIAL people is too small to say anything either way: the line at which imprecision takes two levels.
import { isImpreciseFinding, VERY_SMALL_TRIAL } from './imprecision.js';
import { studyLabels, type ClaimContext, type EvidencePoint } from './evidence-point.js';
import { weighedBody } from './certainty.js';
import { DOCUMENTARY_KINDS } from '../domain/claim-kinds.js';

export const VERDICTS = ['SUPPORTED', 'CONTRADICTED', 'CONTESTED', 'INCONCLUSIVE', 'INSUFFICIENT', 'NO_STUDY_IN_GRAPH', 'DOCUMENTED', 'PARTLY_DOCUMENTED', 'NOT_DOCUMENTED'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictJudgement {
  verdict: Verdict;
  /** Why, in one sentence naming the studies that decide it. */
  reason: string;
}

/** A balance at least this far from zero points one way. */
export const DIRECTION_THRESHOLD = 0.2;

/** A finding that compares against a control group (or pools trials that do). */
const controlled = (p: EvidencePoint) => (p.design === 'rct' || p.design === 'systematic_review' || p.design === 'guideline') && !isWithinGroup(p);
/** A dissent worth calling a contest: a controlled study or review read from a primary source, not a paraphrase. */
const credible = (p: EvidencePoint) => controlled(p) && p.sourceKind !== 'secondary';

function documentaryVerdict(points: readonly EvidencePoint[], kind: string): VerdictJudgement {
  const what = kind === 'RECOMMENDATION' ? 'guidelines' : 'reviews and studies';
  const pro = studyLabels(points.filter((p) => p.stance === 'SUPPORTS'));
  const con = studyLabels(points.filter((p) => p.stance === 'CONTRADICTS'));
  if (pro.length && !con.length) return { verdict: 'DOCUMENTED', reason: `documented: ${pro.join(', ')} say so` };
  if (con.length && !pro.length) return { verdict: 'NOT_DOCUMENTED', reason: `not documented: ${con.join(', ')} say otherwise` };
  return { verdict: 'PARTLY_DOCUMENTED', reason: pro.length ? `partly documented: ${pro.join(', ')} say so; ${con.join(', ')} say otherwise` : `partly documented: the ${what} only qualify it (${studyLabels(points).join(', ')})` };
}

/**
 * The verdict word, one rule for the API and the page. It never says more than the evidence: no controlled data or one
 * very small trial is "insufficient"; findings that point nowhere are "inconclusive"; "contested" needs a credible
 * study on each side; a claim no study examines has "no study in this graph".
 */
export function verdictOf(points: readonly EvidencePoint[], claim: Pick<ClaimContext, 'kind' | 'direction'>): VerdictJudgement {
  if (!points.length) return { verdict: 'NO_STUDY_IN_GRAPH', reason: 'no study in this graph examines it' };
  if (claim.kind && DOCUMENTARY_KINDS.has(claim.kind)) return documentaryVerdict(points, claim.kind);
  const weighed = weighedBody(points).filter(controlled);
  if (!weighed.length) return { verdict: 'INSUFFICIENT', reason: `only uncontrolled data (${studyLabels(points).join(', ')}): no comparison with a control group` };
  const trials = weighed.filter((p) => p.design === 'rct');
  if (weighed.every((p) => p.design === 'rct') && new Set(trials.map((p) => p.studyId)).size === 1 && (trials[0]!.sampleSize ?? 0) < VERY_SMALL_TRIAL) {
    return { verdict: 'INSUFFICIENT', reason: `one very small trial (${studyLabels(trials)[0]}, n = ${trials[0]!.sampleSize ?? 'not reported'}): too little to say either way` };
  }
  const directional = weighed.filter((p) => p.stance !== 'QUALIFIES');
  if (!directional.length) return { verdict: 'INCONCLUSIVE', reason: `the controlled findings (${studyLabels(weighed).join(', ')}) only qualify it` };
  const telling = directional.filter((p) => !isImpreciseFinding(p, claim));
  if (!telling.length) return { verdict: 'INCONCLUSIVE', reason: `the intervals are too wide to tell (${studyLabels(directional).join(', ')}): they include both no effect and an important one` };
  const pro = telling.filter((p) => p.stance === 'SUPPORTS');
  const con = telling.filter((p) => p.stance === 'CONTRADICTS');
  const credPro = pro.filter(credible);
  const credCon = con.filter(credible);
  if (credCon.some((c) => credPro.some((s) => s.studyId !== c.studyId))) {
    return { verdict: 'CONTESTED', reason: `credible studies point different ways: ${studyLabels(credPro).join(', ')} for; ${studyLabels(credCon).join(', ')} against` };
  }
  const balance = balanceOf([...telling, ...weighed.filter((p) => p.stance === 'QUALIFIES')]);
  if (balance >= DIRECTION_THRESHOLD) return { verdict: 'SUPPORTED', reason: `the controlled evidence points for it (balance ${balance}; ${studyLabels(pro).join(', ')})` };
  if (balance <= -DIRECTION_THRESHOLD) return { verdict: 'CONTRADICTED', reason: `the controlled evidence points against it (balance ${balance}; ${studyLabels(con).join(', ')})` };
  return { verdict: 'INCONCLUSIVE', reason: `the controlled evidence points neither way clearly (balance ${balance})` };
}
