/** Short names people recognise: "Cherkin 2011 · RCT · n=401" for a study, a few words for a claim. */

const DESIGN_SHORT: Record<string, string> = {
  RCT: 'RCT',
  SYSTEMATIC_REVIEW: 'review',
  GUIDELINE: 'guideline',
  CASE_REPORT: 'case report',
  COHORT: 'cohort',
  VALIDATION_STUDY: 'validation',
  OTHER: 'other design',
};

export interface StudyFacts {
  firstAuthor?: string | null;
  authors?: string[] | null;
  year?: number | null;
  design?: string | null;
  sampleSize?: number | null;
  title?: string | null;
}

const MAX_GROUP_WORDS = 4;

/** The family name of an author stored as "Family Initials" ("van Tulder MW" → "van Tulder"); a long group author is cut to its first words. */
export function familyName(author: string): string {
  const parts = author.trim().split(/\s+/);
  if (parts.length > 1 && /^[A-Z]{1,4}$/.test(parts.at(-1)!)) return parts.slice(0, -1).join(' ');
  return parts.length > MAX_GROUP_WORDS ? `${parts.slice(0, MAX_GROUP_WORDS - 1).join(' ')}…` : author.trim();
}

/** "Cherkin 2011": first author and year; the title's first words when no author is recorded. Nothing is invented. */
export function authorYear(s: StudyFacts): string {
  const first = s.firstAuthor ?? s.authors?.[0] ?? null;
  const who = first ? familyName(first) : (s.title ?? 'Untitled study').split(/\s+/).slice(0, 4).join(' ');
  return s.year != null ? `${who} ${s.year}` : who;
}

/** "Cherkin 2011 · RCT · n=401": author-year, design and sample size where recorded. */
export function studyLabel(s: StudyFacts): string {
  return [authorYear(s), s.design ? (DESIGN_SHORT[s.design] ?? s.design.toLowerCase()) : null, s.sampleSize != null ? `n=${s.sampleSize}` : null].filter(Boolean).join(' · ');
}

const CLAIM_MAX = 56;
// Abbreviations a clinician reads at a glance; they keep short-term and long-term claims apart within the length.
const SHORTER: [RegExp, string][] = [
  [/\blow back pain\b/gi, 'LBP'],
  [/\bnon-specific\s+/gi, ''],
];

/** A claim's short name: its statement up to the first clause break, abbreviated, cut at a word near 56 characters. */
export function claimShortName(statement: string): string {
  let clause = statement.replace(/\s*\(.*?\)/g, '').split(/[.;:]|,\s/)[0]!.trim();
  for (const [pattern, short] of SHORTER) clause = clause.replace(pattern, short);
  if (clause.length <= CLAIM_MAX) return clause;
  const cut = clause.slice(0, CLAIM_MAX + 1);
  const end = cut.lastIndexOf(' ');
  return `${cut.slice(0, end > 20 ? end : CLAIM_MAX)}…`;
}

const TITLE_MAX = 40;

/** An article's short name for the graph: its title up to a subtitle break, cut at a word near 40 characters. */
export function titleShortName(title: string): string {
  const main = title.split(/\s*[:|–—]\s*|\s+-\s+/)[0]!.trim() || title.trim();
  if (main.length <= TITLE_MAX) return main;
  const cut = main.slice(0, TITLE_MAX + 1);
  const end = cut.lastIndexOf(' ');
  return `${cut.slice(0, end > 15 ? end : TITLE_MAX)}…`;
}
