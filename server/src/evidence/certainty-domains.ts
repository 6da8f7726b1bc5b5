import { labelOf, studyIds, studyLabels, type ClaimContext, type DomainJudgement, type EvidencePoint } from './evidence-point.js';
import { indirectness } from './directness.js';
import { riskOfBias } from './risk-of-bias.js';
import { studyWeight } from './weights.js';
import { forestGroups, groupName, mainPooledGroup, type ForestGroup, type ForestPooled } from './forest.js';

/** I² (%) from which heterogeneity is substantial (Cochrane Handbook 10.10.2: 50–90% "may represent substantial heterogeneity"). */
export const SUBSTANTIAL_I2 = 50;

/** Below this many studies, publication bias cannot be judged. */
const PUBLICATION_BIAS_MIN_STUDIES = 5;
const SMALL_STUDY = 100;
const RATIO = /\b(rr|or|hr|irr|risk ratio|odds ratio|hazard ratio|rate ratio|ratio)\b/i;

/** Each study's share of the rated body's weight (design × size), so a large trial counts for more than a small one. */
function weightShare(points: readonly EvidencePoint[], chosen: readonly EvidencePoint[]): number {
  const w = new Map(points.map((p) => [p.studyId, studyWeight(p.design, p.sampleSize)]));
  const total = [...w.values()].reduce((a, b) => a + b, 0);
  const part = studyIds(chosen).reduce((s, id) => s + (w.get(id) ?? 0), 0);
  return total > 0 ? part / total : 0;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Risk of bias, by weight: one level when half the weight is at serious risk, two when more than half has two or more definite problems. */
export function riskDomain(points: EvidencePoint[]): DomainJudgement {
  const judged = points.map((p) => ({ p, r: riskOfBias(p) }));
  const serious = judged.filter((x) => x.r.serious).map((x) => x.p);
  // Very serious: two or more definite problems in one primary study. A review's own low rating is one concern here
  // (the rating also binds as a ceiling).
  const definite = judged.filter((x) => x.r.high.length >= 2 && x.p.design !== 'systematic_review' && x.p.design !== 'guideline').map((x) => x.p);
  const seriousShare = weightShare(points, serious);
  const definiteShare = weightShare(points, definite);
  const levels = definiteShare > 0.5 ? 2 : seriousShare >= 0.5 ? 1 : 0;
  const detail = [...new Map(judged.filter((x) => x.r.serious).map((x) => [x.p.studyId, `${labelOf(x.p)}: ${[...x.r.high, ...x.r.unclear].join(', ')}`])).values()];
  const reason = levels === 2
    ? `two or more definite risk-of-bias problems in ${pct(definiteShare)} of the evidence by weight (${detail.join('; ')})`
    : levels
      ? `serious risk of bias in ${pct(seriousShare)} of the evidence by weight (${detail.join('; ')})`
      : serious.length ? `most of the evidence by weight is not at serious risk of bias (at risk: ${detail.join('; ')})` : 'no serious risk of bias stated';
  return { domain: 'RISK_OF_BIAS', levels, assessed: true, reason, studies: studyLabels(serious) };
}

const intervalOf = (p: EvidencePoint) => {
  const e = p.effect;
  return e && e.ciLow != null && e.ciHigh != null ? { lo: Math.min(e.ciLow, e.ciHigh), hi: Math.max(e.ciLow, e.ciHigh), measure: RATIO.test(e.measure ?? '') ? 'ratio' : (e.measure ?? '').split(/[ ,]/)[0]!.toUpperCase() } : null;
};

const fmt = (x: number) => Number(x.toPrecision(3)).toString().replace('-', '−');

/** Inconsistency read from a pooled estimate: substantial I² with a prediction interval that crosses no effect costs a level. */
function pooledInconsistency(g: ForestGroup & { pooled: ForestPooled }): DomainJudgement {
  const { i2, predictionLow, predictionHigh } = g.pooled;
  const crosses = predictionLow != null && predictionHigh != null && predictionLow <= g.noEffect && predictionHigh >= g.noEffect;
  const what = `I² = ${Math.round(i2)}% across ${g.pooled.k} pooled studies (${groupName(g)}), 95% prediction interval ${predictionLow == null ? 'not estimable' : `${fmt(predictionLow)} to ${fmt(predictionHigh!)}`}`;
  const studies = [...new Set(g.rows.filter((r) => r.pooled).map((r) => r.study))];
  if (i2 >= SUBSTANTIAL_I2 && crosses) return { domain: 'INCONSISTENCY', levels: 1, assessed: true, reason: `${what}: substantial heterogeneity, and a new study could find no effect or the opposite`, studies };
  const why = i2 >= SUBSTANTIAL_I2 ? 'heterogeneity is substantial, but the prediction interval stays on one side of no effect' : `heterogeneity below ${SUBSTANTIAL_I2}%`;
  return { domain: 'INCONSISTENCY', levels: 0, assessed: true, reason: `${what}: ${why}`, studies: [] };
}

/**
 * Inconsistency: where findings pool (see forest.ts), from I² and the prediction interval; else from effect sizes where two or more findings state an interval on the same measure (intervals that
 * do not overlap cost a level); from stances only where no such effects exist (credible studies pointing different ways).
 */
export function inconsistencyDomain(points: EvidencePoint[]): DomainJudgement {
  const main = mainPooledGroup(forestGroups(points));
  if (main) return pooledInconsistency(main);
  const withEffect = points.map((p) => ({ p, i: intervalOf(p) })).filter((x) => x.i && x.p.stance !== 'QUALIFIES');
  const byMeasure = new Map<string, typeof withEffect>();
  for (const x of withEffect) byMeasure.set(x.i!.measure, [...(byMeasure.get(x.i!.measure) ?? []), x]);
  const comparable = [...byMeasure.values()].filter((xs) => studyIds(xs.map((x) => x.p)).length >= 2);
  if (comparable.length) {
    const apart = comparable.flatMap((xs) => xs.flatMap((a) => xs.filter((b) => b.p.studyId !== a.p.studyId && (a.i!.hi < b.i!.lo || b.i!.hi < a.i!.lo)).map((b) => [a.p, b.p] as const)));
    if (apart.length) {
      const [a, b] = apart[0]!;
      return { domain: 'INCONSISTENCY', levels: 1, assessed: true, reason: `effect intervals do not overlap (${labelOf(a)} and ${labelOf(b)})`, studies: studyLabels(apart.flat()) };
    }
    return { domain: 'INCONSISTENCY', levels: 0, assessed: true, reason: `the stated effect intervals overlap (${studyLabels(comparable.flat().map((x) => x.p)).join(', ')})`, studies: [] };
  }
  const credible = (p: EvidencePoint) => p.sourceKind !== 'secondary';
  const pro = points.filter((p) => p.stance === 'SUPPORTS' && credible(p));
  const con = points.filter((p) => p.stance === 'CONTRADICTS' && credible(p));
  const contested = con.some((c) => pro.some((s) => s.studyId !== c.studyId));
  const several = studyIds(points).length > 1;
  if (!contested) return { domain: 'INCONSISTENCY', levels: 0, assessed: several, reason: several ? 'no effect sizes to compare; the studies do not point different ways' : 'one study: consistency cannot be judged', studies: [] };
  return { domain: 'INCONSISTENCY', levels: 1, assessed: true, reason: `no effect sizes to compare; studies point different ways: ${studyLabels(pro).join(', ')} support it, ${studyLabels(con).join(', ')} contradict it`, studies: studyLabels([...pro, ...con]) };
}

/** Indirectness, by weight: one level when half the weight is indirect, two when most of it is indirect in two or more ways. */
export function indirectnessDomain(points: EvidencePoint[], claim: ClaimContext): DomainJudgement {
  const judged = points.map((p) => ({ p, why: indirectness(p, claim) })).filter((x) => x.why.length);
  const share = weightShare(points, judged.map((x) => x.p));
  const twice = weightShare(points, judged.filter((x) => x.why.length >= 2).map((x) => x.p));
  const levels = twice > 0.5 ? 2 : share >= 0.5 ? 1 : 0;
  const detail = [...new Map(judged.map((x) => [x.p.studyId, `${labelOf(x.p)}: ${x.why.join('; ')}`])).values()];
  const reason = levels ? `the evidence is indirect for ${pct(share)} of its weight (${detail.join(' | ')})` : judged.length ? `mostly direct (indirect: ${detail.join(' | ')})` : 'population, intervention, comparator and outcome match the claim';
  return { domain: 'INDIRECTNESS', levels, assessed: true, reason, studies: studyLabels(judged.map((x) => x.p)) };
}

/** Publication bias: with five or more studies, only small studies supporting it while larger ones do not. */
export function publicationBiasDomain(points: EvidencePoint[]): DomainJudgement {
  const ids = studyIds(points);
  if (ids.length < PUBLICATION_BIAS_MIN_STUDIES) return { domain: 'PUBLICATION_BIAS', levels: 0, assessed: false, reason: `not assessable from ${ids.length} ${ids.length === 1 ? 'study' : 'studies'} (needs at least ${PUBLICATION_BIAS_MIN_STUDIES})`, studies: [] };
  const primary = points.filter((p) => p.design !== 'systematic_review' && p.design !== 'guideline');
  const pro = primary.filter((p) => p.stance === 'SUPPORTS');
  const large = primary.filter((p) => (p.sampleSize ?? 0) >= SMALL_STUDY);
  const smallOnly = pro.length >= 2 && pro.every((p) => p.sampleSize != null && p.sampleSize < SMALL_STUDY);
  if (smallOnly && large.length > 0 && large.every((p) => p.stance !== 'SUPPORTS')) {
    return { domain: 'PUBLICATION_BIAS', levels: 1, assessed: true, reason: `small-study effect suspected: only small studies (n < ${SMALL_STUDY}) support it, larger ones do not`, studies: studyLabels(pro) };
  }
  return { domain: 'PUBLICATION_BIAS', levels: 0, assessed: true, reason: 'no small-study pattern', studies: [] };
}
