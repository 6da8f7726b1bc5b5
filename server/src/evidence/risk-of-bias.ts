import type { EvidencePoint } from './evidence-point.js';
import { parseStatedCertainty } from './stated-certainty.js';
import { TOPIC } from './vocabulary.js';

/** Risk of bias of one finding: definite problems (`high`) and items the record leaves unstated (`unclear`). */
export interface RiskOfBias {
  high: string[];
  unclear: string[];
  /** Serious for certainty: a definite problem, or two or more unstated items. */
  serious: boolean;
}

const POOLED = new Set(['systematic_review', 'guideline']);
const SELF_REPORTED = TOPIC.selfReported;
const REVIEW_CONCERN = /flaw|weak|poor|high risk of bias|low[- ]quality|very little confidence/i;

/** True when the finding's outcome is something participants report themselves (pain, disability, sleep, …). */
export const isSelfReported = (p: Pick<EvidencePoint, 'outcome' | 'outcomeMeasure'>) => SELF_REPORTED.test(`${p.outcome ?? ''} ${p.outcomeMeasure ?? ''}`);

/** Lowest share of participants followed up, from "91 (85%) completed"-style notes; null when the note gives none. */
function followUpShare(note: string | null): number | null {
  const shares = [...(note ?? '').matchAll(/(\d{1,3})\s*%/g)].map((m) => Number(m[1]));
  return shares.length ? Math.min(...shares) : null;
}

function reviewRisk(p: EvidencePoint): RiskOfBias {
  const r = p.risk;
  const high: string[] = [];
  const stated = parseStatedCertainty(r?.gradeCertainty).filter((s) => s.level === 'LOW' || s.level === 'VERY_LOW');
  if (stated.length) high.push(`its authors rate the evidence ${[...new Set(stated.map((s) => s.certainty))].join('; ')}`);
  else if (r?.qualityNote && REVIEW_CONCERN.test(r.qualityNote)) high.push(`its authors note: “${r.qualityNote}”`);
  const unclear = high.length || r?.gradeCertainty || r?.qualityNote ? [] : ['quality of the evidence not stated'];
  return { high, unclear, serious: high.length > 0 };
}

function trialRisk(p: EvidencePoint): RiskOfBias {
  const r = p.risk;
  if (!r) return { high: [], unclear: ['risk of bias not reported'], serious: true };
  const high: string[] = [];
  const unclear: string[] = [];
  if (p.design === 'rct' && r.randomised === false) high.push('not randomised');
  if (p.design === 'rct') {
    if (r.allocationConcealment === 'inadequate') high.push('allocation not concealed');
    else if (r.allocationConcealment !== 'adequate') unclear.push('allocation concealment not reported');
  }
  if (isSelfReported(p)) {
    if (r.participantsBlinded === false) high.push('participants not blinded and the outcome is self-reported');
    else if (r.participantsBlinded == null) unclear.push('participant blinding not reported (self-reported outcome)');
  } else if (r.assessorsBlinded === false) high.push('outcome assessors not blinded');
  const share = followUpShare(r.attritionNote);
  if (share != null && share < 80) high.push(`only ${share}% followed up`);
  return { high, unclear, serious: high.length > 0 || unclear.length >= 2 };
}

/** Risk of bias of a finding from what its study's record states (trials) or what a review says of its evidence. */
export function riskOfBias(p: EvidencePoint): RiskOfBias {
  return POOLED.has(p.design) ? reviewRisk(p) : trialRisk(p);
}
