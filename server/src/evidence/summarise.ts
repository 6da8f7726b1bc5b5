import { CONTROLLED_DESIGNS, DESIGNS, SMALL_N, isLongTerm, studyWeight, type Design } from './weights.js';

import type { Stance } from '../domain/stances.js';

export type { Stance } from '../domain/stances.js';
export type CertaintyLevel = 'HIGH' | 'MODERATE' | 'LOW' | 'VERY_LOW';

/** One evidence edge as the rule sees it. */
export interface EvidencePoint {
  studyId: string;
  stance: Stance;
  design: Design;
  sampleSize: number | null;
  timepoint: string | null;
}

export interface Summary {
  supporting: number;
  contradicting: number;
  qualifying: number;
  studies: number;
  byDesign: Array<{ design: Design; count: number }>;
  balance: number;
  certainty: CertaintyLevel;
  reason: string;
  rule: string;
  assertedNotStudied: boolean;
  contested: boolean;
  assertions: number;
}

/** The rule in words; returned with every summary and documented in docs/api.md. */
export const SUMMARY_RULE =
  'evigraph-summary-v2. Each study weighs design weight (systematic review 3, guideline 3, RCT 2, cohort 1, ' +
  'validation study 0.5, other 0.5, case report 0.25) × size factor (0.25 + 0.25·log10 n, capped at 1; 0.5 when n is unknown; ' +
  '1 for reviews and guidelines). A study with several edges on the claim splits its weight across them. ' +
  'Balance = Σ weight·sign / Σ weight with SUPPORTS +1, CONTRADICTS −1, QUALIFIES 0, rounded to 2 decimals. ' +
  'Certainty starts HIGH and drops one level for each of: no study with a control group (two levels), ' +
  `no study with n ≥ ${SMALL_N} and no review or guideline (small n), no finding at six months or later (short follow-up), ` +
  'studies pointing both ways (contested), a systematic review or guideline that only qualifies it (its own authors ' +
  'judge the evidence short-term, low quality or partial); it is VERY_LOW with no studies.';

const POOLED_DESIGNS = new Set<Design>(['systematic_review', 'guideline']);
const LEVELS: CertaintyLevel[] = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'];
const SIGN: Record<Stance, number> = { SUPPORTS: 1, CONTRADICTS: -1, QUALIFIES: 0 };

function downgrades(points: EvidencePoint[], contested: boolean): Array<[levels: number, why: string]> {
  const out: Array<[number, string]> = [];
  if (!points.some((p) => CONTROLLED_DESIGNS.has(p.design))) out.push([2, 'no study has a control group']);
  const pooled = points.some((p) => POOLED_DESIGNS.has(p.design));
  if (!pooled && !points.some((p) => (p.sampleSize ?? 0) >= SMALL_N)) out.push([1, `no study has n ≥ ${SMALL_N}`]);
  if (!points.some((p) => isLongTerm(p.timepoint))) out.push([1, 'no finding at six months or later']);
  if (contested) out.push([1, 'studies point both ways']);
  if (points.some((p) => p.stance === 'QUALIFIES' && POOLED_DESIGNS.has(p.design))) out.push([1, 'a review or guideline qualifies it']);
  return out;
}

/** The evidence summary of one claim (or one map cell) from its evidence edges and the number of articles asserting it. */
export function summarise(points: EvidencePoint[], assertions = 0): Summary {
  const count = (s: Stance) => points.filter((p) => p.stance === s).length;
  const supporting = count('SUPPORTS');
  const contradicting = count('CONTRADICTS');
  const qualifying = count('QUALIFIES');
  const edgesPerStudy = new Map<string, number>();
  const designOf = new Map<string, Design>();
  for (const p of points) {
    edgesPerStudy.set(p.studyId, (edgesPerStudy.get(p.studyId) ?? 0) + 1);
    designOf.set(p.studyId, p.design);
  }
  let weighted = 0;
  let total = 0;
  for (const p of points) {
    const w = studyWeight(p.design, p.sampleSize) / edgesPerStudy.get(p.studyId)!;
    weighted += w * SIGN[p.stance];
    total += w;
  }
  const balance = total === 0 ? 0 : Math.round((weighted / total) * 100) / 100;
  const contested = supporting > 0 && contradicting > 0;
  const byDesign = DESIGNS.map((design) => ({ design, count: [...designOf.values()].filter((d) => d === design).length })).filter((d) => d.count > 0);
  const base = { supporting, contradicting, qualifying, studies: edgesPerStudy.size, byDesign, balance, rule: SUMMARY_RULE, contested, assertions };
  if (points.length === 0) {
    const assertedNotStudied = assertions > 0;
    const reason = assertedNotStudied ? 'asserted by articles, not studied: no study bears on it' : 'no evidence';
    return { ...base, certainty: 'VERY_LOW', reason, assertedNotStudied };
  }
  const applied = downgrades(points, contested);
  const drop = applied.reduce((sum, [levels]) => sum + levels, 0);
  const certainty = LEVELS[Math.min(LEVELS.length - 1, drop)]!;
  const reason = applied.length === 0 ? 'controlled, adequately sized studies with long-term findings that agree' : `downgraded: ${applied.map(([, why]) => why).join('; ')}`;
  return { ...base, certainty, reason, assertedNotStudied: false };
}
