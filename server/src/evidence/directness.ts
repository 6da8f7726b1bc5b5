import type { ClaimContext, EvidencePoint } from './evidence-point.js';

const COMMON = ['with', 'and', 'the', 'for', 'from', 'into', 'than', 'other', 'effects', 'effect', 'level', 'levels', 'score', 'scores', 'scale'];
/** Words too generic to tell two comparators or two populations apart. */
const STOP = new Set([...COMMON, 'pain', 'low', 'non', 'specific', 'care', 'control', 'group', 'therapy', 'treatment', 'intensity']);
const OUTCOME_STOP = new Set(COMMON);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\blbp\b/g, 'low back pain')
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

/**
 * Ways a finding is indirect for the claim: its comparator, outcome or study population differs from the claim's.
 * Nothing is judged where the claim or the finding does not say (the claim names no comparator, the population is unstated, …).
 */
export function indirectness(p: EvidencePoint, claim: ClaimContext): string[] {
  const out: string[] = [];
  if (claim.comparators.length && p.comparator && !mentionsAny(p.comparator, claim.comparators)) {
    out.push(`compared with ${p.comparator}, not ${claim.comparators.join(' or ')}`);
  }
  const outcome = [p.outcome, p.outcomeMeasure].filter(Boolean).join(' ');
  if (claim.outcomes.length && outcome && !NO_OUTCOME.test(outcome) && !mentionsAny(outcome, claim.outcomes, OUTCOME_STOP)) {
    out.push(`measured ${outcome}, not ${claim.outcomes[0]}`);
  }
  if (claim.conditions.length && p.population && !coversAny(withImpliedPhase(p.population), claim.conditions)) {
    out.push(`population (${p.population}) is not ${claim.conditions[0]}`);
  }
  return out;
}
