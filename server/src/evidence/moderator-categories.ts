import { TOPIC } from './vocabulary.js';
/**
 * Free-text comparators, populations and outcomes put into a few categories, so that two studies differ on a
 * moderator only when they differ in kind (a different population wording is not a different population).
 */

/** "usual care", "inactive control (sham, placebo or waiting list)", "no control (within-group change)", … else the text itself. */
export function comparatorCategory(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const t = text.toLowerCase();
  if (/within[- ]group/.test(t)) return 'no control (within-group change)';
  if (/guideline/.test(t)) return 'none (guideline recommendation)';
  const inactive = /\binactive\b|sham|placebo|waiting|wait list|no treatment/.test(t);
  const active = TOPIC.activeComparator.test(t.replace(/\binactive\b/g, ''));
  if (inactive && active) return 'inactive and active controls';
  if (inactive) return 'inactive control (sham, placebo or waiting list)';
  if (/usual|normal care|standard care|routine care/.test(t) && !active) return 'usual care';
  if (active) return `active control (${/^active control \((.*)\)$/i.exec(text.trim())?.[1] ?? t.trim()})`;
  if (/self[- ]care/.test(t)) return 'self-care education';
  return t.trim();
}

/** The phase of the target condition a population names: "chronic", "acute/subacute", … ; "not <condition>" when it names none. */
export function populationCategory(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const t = text.toLowerCase();
  const phases = [/\bacute\b/.test(t.replace(/sub-?acute/g, '')) && 'acute', /sub-?acute/.test(t) && 'subacute', /chronic|persistent/.test(t) && 'chronic'].filter(Boolean);
  if (!TOPIC.conditionWords.test(t)) return `not ${TOPIC.conditionName}`;
  return phases.length ? `${phases.join('/')} ${TOPIC.conditionName}` : `${TOPIC.conditionName} (phase not stated)`;
}

const OUTCOMES: Array<[RegExp, string]> = [
  [/pain|bother|vas\b|nrs\b|mcgill/i, 'pain'],
  [TOPIC.functionOutcome, 'function/disability'],
  [/sleep/i, 'sleep'],
  [/anxi|depress|mood|serenity|well-?being|stress/i, 'mood'],
  [/range of motion|flexion|flexib|rom\b/i, 'range of motion'],
  [/evidence|conclusion|efficacy|quality/i, 'the evidence as a whole'],
];

/** The kinds of outcome a finding measured ("pain", "function/disability", …), else its own words. */
export function outcomeCategory(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const kinds = OUTCOMES.filter(([re]) => re.test(text)).map(([, k]) => k);
  return kinds.length ? kinds.join(' + ') : text.trim().toLowerCase();
}

export type TimepointPhase = 'short-term' | 'long-term';

/** Up to six months is short-term, as the Cochrane review and the claims split it ("short-term (0-6 months)"). */
export const SHORT_TERM_MAX_WEEKS = 26;

const WEEKS_PER: Record<string, number> = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 };
const NUMBER_WORDS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, six: 6, twelve: 12 };
const END_OF_TREATMENT = TOPIC.endOfTreatment;

const phaseOfWeeks = (weeks: number): TimepointPhase => (weeks <= SHORT_TERM_MAX_WEEKS ? 'short-term' : 'long-term');

/**
 * The phase(s) a finding's timepoint falls in: from its weeks where stated; otherwise from its words — "short-term" /
 * "long-term" as a review puts it, a duration ("1 year", "6-month follow-up"), or the end of a course of treatment
 * (short-term). Empty when the text gives no time ("n/a", "not stated").
 */
export function timepointPhases(timepoint: string | null | undefined, weeks?: number | null): TimepointPhase[] {
  if (weeks != null) return [phaseOfWeeks(weeks)];
  const t = (timepoint ?? '').toLowerCase();
  const named = [/short[- ]term/.test(t) && 'short-term', /long[- ]term/.test(t) && 'long-term'].filter((p): p is TimepointPhase => !!p);
  if (named.length) return named;
  const durations = [...t.matchAll(/\b(\d+(?:\.\d+)?|one|a|two|three|six|twelve)[- ](day|week|month|year)s?\b/g)]
    .map((m) => (NUMBER_WORDS[m[1]!] ?? Number(m[1])) * WEEKS_PER[m[2]!]!);
  const phases = new Set(durations.map(phaseOfWeeks));
  if (END_OF_TREATMENT.test(t)) phases.add('short-term');
  return (['short-term', 'long-term'] as const).filter((p) => phases.has(p));
}

/** The safeguards a study's own record states; null = not stated. */
export interface RiskFacts {
  randomised: boolean | null;
  allocationConcealment: string | null;
  participantsBlinded: boolean | null;
  assessorsBlinded: boolean | null;
  attritionNote: string | null;
}

const SELF_REPORTED_KINDS = new Set(['pain', 'function/disability', 'sleep', 'mood']);
const POOLED_DESIGNS = new Set(['systematic_review', 'guideline']);

/** Lowest share followed up, from "91 (85%) completed"-style notes; null when the note gives no percentage. */
function followedUpShare(note: string | null): number | null {
  const shares = [...(note ?? '').matchAll(/(\d{1,3})\s*%/g)].map((m) => Number(m[1]));
  return shares.length ? Math.min(...shares) : null;
}

/**
 * "high", "low" or "unclear risk of bias", read only from the study's own risk-of-bias facts (randomisation, allocation
 * concealment, blinding of whoever reports the outcome, attrition). Null — not stated — for reviews and guidelines
 * (their wording about the quality of their evidence is not a study's risk of bias) and for records that state no fact.
 */
export function riskOfBiasCategory(p: { design: string; risk?: RiskFacts | null; outcome?: string | null; outcomeMeasure?: string | null }): string | null {
  const r = p.risk;
  if (POOLED_DESIGNS.has(p.design) || !r) return null;
  const share = followedUpShare(r.attritionNote);
  if (r.randomised == null && r.allocationConcealment == null && r.participantsBlinded == null && r.assessorsBlinded == null && share == null) return null;
  const kinds = (outcomeCategory([p.outcome, p.outcomeMeasure].filter(Boolean).join(' ')) ?? '').split(' + ');
  const reporterBlinded = kinds.some((k) => SELF_REPORTED_KINDS.has(k)) ? r.participantsBlinded : r.assessorsBlinded;
  const concealment = r.allocationConcealment?.toLowerCase() ?? null;
  if (r.randomised === false || concealment === 'inadequate' || reporterBlinded === false || (share != null && share < 80)) return 'high risk of bias';
  if (r.randomised === true && concealment === 'adequate' && reporterBlinded === true) return 'low risk of bias';
  return 'unclear risk of bias';
}
