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
  return [authorYear(s), s.design ? (DESIGN_SHORT[s.design] ?? s.design.toLowerCase()) : null, s.sampleSize != null ? `n=${s.sampleSize}` : null]
    .filter(Boolean)
    .join(' · ');
}

const CLAIM_MAX = 64;
/** Words kept from a long claim's end: claims often differ only there ("… in the short term", "… in the long term"). */
const TAIL_WORDS = 4;

/** Cuts text at a word at most `max` characters in (or at `max` when no word ends late enough). */
function cutAtWord(text: string, max: number, minimum: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return cut.slice(0, end > minimum ? end : max);
}

/**
 * A claim's short name: its statement up to the first clause break; a long one keeps its first words and its last
 * few ("Drug X reduces pain in chronic … in the short term"), so claims that differ only at the end stay apart.
 */
export function claimShortName(statement: string): string {
  const clause = statement
    .replace(/\s*\(.*?\)/g, '')
    .split(/[.;:]|,\s/)[0]!
    .trim()
    .replace(/\bnon-specific\s+/gi, '');
  if (clause.length <= CLAIM_MAX) return clause;
  const words = clause.split(/\s+/);
  const tail = words.slice(-TAIL_WORDS).join(' ');
  if (tail.length > CLAIM_MAX / 2) return `${cutAtWord(clause, CLAIM_MAX, 20)}…`;
  const head = cutAtWord(words.slice(0, -TAIL_WORDS).join(' '), CLAIM_MAX - tail.length - 3, 10);
  return `${head} … ${tail}`;
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
