import type { CitationEntry, CitationGroup } from './format-citations.js';
import type { EvidenceStance, StudyForCitation } from '../queries/get-studies-for-citation.js';

const STANCES: { stance: EvidenceStance; title: string; verb: string; adjective: string }[] = [
  { stance: 'SUPPORTS', title: 'Supporting', verb: 'supports', adjective: 'supporting' },
  { stance: 'CONTRADICTS', title: 'Contradicting', verb: 'contradicts', adjective: 'contradicting' },
  { stance: 'QUALIFIES', title: 'Qualifying', verb: 'qualifies', adjective: 'qualifying' },
];

// A tie between a supporting and a contradicting count goes to contradicting: the reading that claims less.
const TIE_ORDER: EvidenceStance[] = ['CONTRADICTS', 'SUPPORTS', 'QUALIFIES'];

/** How many of a study's findings on the claim take each stance. */
export function countStances(findings: readonly EvidenceStance[]): Map<EvidenceStance, number> {
  const counts = new Map<EvidenceStance, number>();
  for (const f of findings) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/**
 * The stance of a study's strongest finding on the claim: a finding that supports or contradicts outranks
 * one that only qualifies; between the two directions, the one more of its findings take; a tie goes to
 * contradicting. Null for a study with no finding on the claim.
 */
export function strongestStance(findings: readonly EvidenceStance[]): EvidenceStance | null {
  const counts = countStances(findings);
  const taken = TIE_ORDER.filter((s) => counts.has(s));
  const directional = taken.filter((s) => s !== 'QUALIFIES');
  const pool = directional.length ? directional : taken;
  // TIE_ORDER puts contradicting first, and only a larger count replaces it.
  return pool.reduce<EvidenceStance | null>((best, s) => (best === null || counts.get(s)! > counts.get(best)! ? s : best), null);
}

const plural = (n: number) => `${n} ${n === 1 ? 'finding' : 'findings'}`;

/** The claim a file is about, as readers know it: its id for keywords, its words for headings and notes. */
export interface CitedClaim {
  id: string;
  statement: string;
  /** Studies on the claim that are not counted (a republication, a superseded version, a trial inside a review), and why. */
  uncounted: ReadonlyMap<string, string>;
}

/** "Findings on “<claim>”: 2 supporting, 1 contradicting; listed under Supporting": null when all its findings agree. */
export function stanceNote(statement: string, findings: readonly EvidenceStance[]): string | null {
  const counts = countStances(findings);
  if (counts.size < 2) return null;
  const strongest = STANCES.find((s) => s.stance === strongestStance(findings))!;
  const parts = STANCES.filter((s) => counts.has(s.stance)).map((s) => `${plural(counts.get(s.stance)!)} ${s.adjective}`);
  return `Findings on “${statement}”: ${parts.join(', ')}; listed under ${strongest.title}`;
}

/** The heading of the studies the page shows as not counted on the claim. */
export const NOT_COUNTED = 'Not counted (their evidence is counted elsewhere)';

/** Headings of every stance the counted studies take on the claim, then "Other studies": what a file holds. */
export function stancesHeld(studies: StudyForCitation[], claim: CitedClaim | null): string[] {
  if (!claim) return [];
  const counted = studies.filter((s) => !claim.uncounted.has(s.id));
  const held = STANCES.filter(({ stance }) => counted.some((s) => s.stances.includes(stance))).map((s) => s.title);
  return counted.some((s) => s.stances.length === 0) ? [...held, 'Other studies'] : held;
}

/**
 * With a claim, the page's grouping: one group per stance of the counted studies, each study once, under the
 * stance of its strongest finding, with a keyword for every stance it takes and a note naming the others; the
 * listed studies that are not evidence on it as "Other studies"; last, the studies not counted on the claim, each
 * with a note saying why (as the claim view marks them). Notes name the claim by its words, never its id.
 * Without a claim: one untitled group.
 */
export function toCitationGroups(studies: StudyForCitation[], claim: CitedClaim | null): CitationGroup[] {
  const entry = (s: StudyForCitation): CitationEntry => {
    const { stances, ...study } = s;
    if (!claim) return { study, keywords: [], note: null };
    const keywords = STANCES.filter((x) => stances.includes(x.stance)).map((x) => `evigraph:${x.verb}:${claim.id}`);
    const why = claim.uncounted.get(s.id);
    return { study, keywords, note: why ? `Not counted on “${claim.statement}”: ${why}` : stanceNote(claim.statement, stances) };
  };
  if (!claim) return [{ title: null, entries: studies.map(entry) }];
  const counted = studies.filter((s) => !claim.uncounted.has(s.id));
  const groups: CitationGroup[] = STANCES.map(({ stance, title }) => ({
    title,
    entries: counted.filter((s) => strongestStance(s.stances) === stance).map(entry),
  }));
  groups.push({ title: 'Other studies', entries: counted.filter((s) => s.stances.length === 0).map(entry) });
  groups.push({ title: NOT_COUNTED, entries: studies.filter((s) => claim.uncounted.has(s.id)).map(entry) });
  return groups.filter((g) => g.entries.length > 0);
}
