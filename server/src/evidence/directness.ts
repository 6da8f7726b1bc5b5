import type { ClaimContext, EvidencePoint } from './evidence-point.js';
import { TOPIC } from './vocabulary.js';

const COMMON = ['with', 'and', 'the', 'for', 'from', 'into', 'than', 'other', 'effects', 'effect', 'level', 'levels', 'score', 'scores', 'scale'];
/** Words too generic to tell two comparators or two populations apart. */
const STOP = new Set([...COMMON, 'pain', 'low', 'non', 'specific', 'care', 'control', 'group', 'therapy', 'treatment', 'intensity']);
const OUTCOME_STOP = new Set(COMMON);
const norm = (s: string) =>
  TOPIC.abbreviations
    .reduce((t, a) => t.replace(a.re, a.long), s.toLowerCase())
    .replace(/\bsub[- ]acute\b/g, 'subacute')
    .replace(/\bnon[- ]specific\b/g, 'nonspecific')
    .replace(/[^a-z0-9]+/g, ' ');
/** "lasting at least 6 months", "persistent": chronic (12 weeks or more), though the word is not used. */
const withImpliedPhase = (population: string) =>
  /persistent|long[- ]standing|lasting (at least |more than |over )?([3-9]|1[0-2]) months|lasting (at least |more than |over )?(1[2-9]|[2-9]\d) weeks/i.test(population) ? `${population} chronic` : population;
/** Findings about a body of evidence as a whole ("overall conclusion") name no outcome to compare. */
const NO_OUTCOME = /overall|conclusion|efficacy|evidence|benefit|effective/i;
const words = (s: string, stop = STOP) => norm(s).split(' ').filter((w) => w.length >= 4 && !stop.has(w));
const stem = (w: string) => w.replace(/(ies|es|s|ing|ed)$/, '');

/** True when `text` mentions any of `names` (an exact phrase, or a significant word of it). */
function mentionsAny(text: string, names: readonly string[], stop = STOP): boolean {
  const t = ` ${norm(text)} `;
  const tWords = new Set(norm(text).split(' ').map(stem));
  return names.some((n) => t.includes(` ${norm(n).trim()} `) || words(n, stop).some((w) => tWords.has(stem(w))));
}

/** True when `text` names every significant word of one of `names` (populations: "chronic low back pain" needs chronic and back). */
function coversAny(text: string, names: readonly string[]): boolean {
  const tWords = new Set(norm(text).split(' ').map(stem));
  return names.some((n) => {
    const ws = words(n);
    return ws.length > 0 && ws.every((w) => tWords.has(stem(w)));
  });
}

/** Measures that stand in for what patients feel or do: a level in urine, a pressure threshold, tissue hardness. */
const SURROGATE = /urin|pressure[- ]pain threshold|algomet|hardness/i;
/** The massage arm also had the comparator's treatment: massage was tested as an add-on. */
const ADD_ON = /\w+ plus the same|group had \w+ plus|\bplus\b.* vs .* alone|added to|add-on/i;

/**
 * Ways a finding is indirect for the claim: its comparator, outcome or study population differs from the claim's, it
 * measured a surrogate, or massage was tested as an add-on to another treatment. Where the claim names a comparator
 * or a condition and the finding does not say, that is not counted as direct: it is named as not stated.
 */
export function indirectness(p: EvidencePoint, claim: ClaimContext): string[] {
  const out: string[] = [];
  if (claim.comparators.length && !p.comparator) out.push(`comparator not stated (the claim is about ${claim.comparators.join(' or ')})`);
  if (claim.comparators.length && p.comparator && !mentionsAny(p.comparator, claim.comparators)) {
    out.push(`compared with ${p.comparator}, not ${claim.comparators.join(' or ')}`);
  }
  if (p.comparator && ADD_ON.test(p.comparator) && !mentionsAny(p.comparator, claim.comparators)) out.push(`tested as an add-on to another treatment (${p.comparator})`);
  const measured = [p.outcome, p.outcomeMeasure].filter(Boolean).join(' ');
  if (SURROGATE.test(measured)) out.push(`measured a surrogate (${measured}), not what patients feel or can do`);
  if (claim.conditions.length && !p.population) out.push(`population not stated (the claim is about ${claim.conditions[0]})`);
  const outcome = [p.outcome, p.outcomeMeasure].filter(Boolean).join(' ');
  if (claim.outcomes.length && outcome && !NO_OUTCOME.test(outcome) && !mentionsAny(outcome, claim.outcomes, OUTCOME_STOP)) {
    out.push(`measured ${outcome}, not ${claim.outcomes[0]}`);
  }
  if (claim.conditions.length && p.population && !coversAny(withImpliedPhase(p.population), claim.conditions)) {
    out.push(`population (${p.population}) is not ${claim.conditions[0]}`);
  }
  return out;
}
