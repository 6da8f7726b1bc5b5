import { badFile, type ParsedRecord } from './parse-citations.js';
import { bareDoi } from '../domain/normalise.js';

/** The bibliographic fields of an imported record, as the graph stores them (absent = null). */
export interface ImportedStudy {
  entry: string;
  key: string | null;
  title: string;
  authors: string[];
  year: number;
  journal: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  pmid: string | null;
  pmcid: string | null;
  url: string | null;
  design: string;
}

// Publication types (as PubMed and evigraph's own export write them in keywords) that name a design.
const DESIGN_OF_KEYWORD: [RegExp, string][] = [
  [/^(randomi[sz]ed controlled trial|rct)$/, 'rct'],
  [/^(systematic review|meta-analysis)$/, 'systematic_review'],
  [/^(practice guideline|guideline|clinical practice guideline)$/, 'guideline'],
  [/^case reports?$/, 'case_report'],
  [/^cohort stud(y|ies)$/, 'cohort'],
  [/^validation stud(y|ies)$/, 'validation_study'],
];

/** The design a record's keywords name, else "other": never guessed from the title. */
export function designFromKeywords(keyword: unknown): string {
  const words = typeof keyword === 'string' ? keyword.split(/[,;]/).map((w) => w.trim().toLowerCase()) : [];
  for (const w of words) for (const [re, design] of DESIGN_OF_KEYWORD) if (re.test(w)) return design;
  return 'other';
}

/** Initials of given names: "D. C." → "DC", "Daniel Charles" → "DC", "Jean-Pierre" → "JP", "DC" → "DC". */
export function initialsOf(given: string): string {
  return given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => (/^[A-Z]{1,4}$/.test(part) ? part : part.split('-').map((p) => p.charAt(0).toUpperCase()).join('')))
    .join('');
}

/** A CSL name as the graph writes authors: "Family Initials", or the literal name of an organisation. */
export function toGraphAuthor(name: Record<string, unknown>): string {
  const text = (k: string) => (typeof name[k] === 'string' ? (name[k] as string).trim() : '');
  if (text('literal')) return text('literal');
  const family = [text('non-dropping-particle'), text('family')].filter(Boolean).join(' ');
  const initials = initialsOf(text('given'));
  return [family, initials].filter(Boolean).join(' ');
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);

/** The year of CSL `issued`; the graph stores a year only. */
function yearOf(issued: unknown): number | null {
  const parts = (issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  const year = typeof parts === 'string' ? Number(parts) : parts;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 2999 ? year : null;
}

/** A parsed record → the study it adds; throws an InputError naming the entry when it has no title or no year. */
export function toImportedStudy({ entry, key, item }: ParsedRecord): ImportedStudy {
  const title = str(item.title);
  if (!title) throw badFile(entry, 'has no title');
  const year = yearOf(item.issued);
  if (year === null) throw badFile(entry, 'has no year (a four-digit year is required)');
  const names = Array.isArray(item.author) ? (item.author as Record<string, unknown>[]) : [];
  const doi = str(item.DOI);
  return {
    entry,
    key,
    title: title.replace(/\s+/g, ' '),
    authors: names.map(toGraphAuthor).filter(Boolean),
    year,
    // The graph's `journal` is the abbreviation: RIS carries it as J2 (container-title-short) beside the full title.
    journal: str(item['container-title-short']) ?? str(item['container-title']),
    volume: str(item.volume),
    issue: str(item.issue),
    pages: str(item.page),
    doi: doi ? bareDoi(doi) : null,
    pmid: str(item.PMID),
    pmcid: str(item.PMCID),
    url: str(item.URL),
    design: designFromKeywords(item.keyword),
  };
}
