import { bareDoi } from '../domain/normalise.js';
import type { CitationStudy } from '../domain/models.js';

export type { CitationStudy } from '../domain/models.js';


export type CslName = { family: string; given?: string } | { literal: string };

/** The CSL-JSON fields evigraph writes (a subset of CSL 1.0.2). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: string;
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number]] };
  'container-title'?: string;
  'container-title-short'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  keyword?: string;
  note?: string;
}

/** Publication-type words written as keywords, the way PubMed names them; import reads them back. */
export const DESIGN_KEYWORD: Record<string, string | undefined> = {
  rct: 'Randomized Controlled Trial',
  systematic_review: 'Systematic Review',
  guideline: 'Practice Guideline',
  case_report: 'Case Reports',
  cohort: 'Cohort Study',
  validation_study: 'Validation Study',
};

// "Cherkin DC", "van Tulder MW", "Hernandez-Reif M": a family name, then one to four capital initials.
const FAMILY_INITIALS = /^(.+?)\s+([A-Z]{1,4})$/;

/**
 * "Family Initials" → {family, given: "D. C."}; anything else (a committee, an institute) → {literal}.
 * Initials are dotted and spaced so citation styles see each one ("DC" would read as one name, "D.").
 */
export function toCslName(author: string): CslName {
  const m = FAMILY_INITIALS.exec(author.trim());
  if (!m) return { literal: author.trim() };
  return { family: m[1]!, given: [...m[2]!].map((c) => `${c}.`).join(' ') };
}

/**
 * CSL type from the study: a study with a journal is `article-journal` whatever its design (trials,
 * reviews, guidelines published in a journal); without a journal it is a `report` (guidelines,
 * grey literature: BibTeX @techreport, RIS RPRT).
 */
export const cslTypeOf = (s: Pick<CitationStudy, 'journal' | 'journalFull'>) => (s.journal || s.journalFull ? 'article-journal' : 'report');

const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Graph study → CSL-JSON item: authors in order, empty fields left out, DOI also as its https://doi.org/ link,
 * the full journal title with the abbreviation as `container-title-short` (Vancouver prints the short form, APA the full).
 */
export function toCslItem(s: CitationStudy, extraKeywords: string[] = [], note: string | null = null): CslItem {
  const item: CslItem = { id: s.id, 'citation-key': s.id, type: cslTypeOf(s), title: s.title };
  const authors = (s.authors ?? []).filter(present);
  if (authors.length) item.author = authors.map(toCslName);
  if (typeof s.year === 'number') item.issued = { 'date-parts': [[s.year]] };
  const journal = present(s.journalFull) ? s.journalFull : s.journal;
  if (present(journal)) item['container-title'] = journal;
  if (present(s.journal) && present(s.journalFull) && s.journal !== s.journalFull) item['container-title-short'] = s.journal;
  if (present(s.publisher)) item.publisher = s.publisher;
  if (present(s.volume)) item.volume = s.volume;
  if (present(s.issue)) item.issue = s.issue;
  if (present(s.pages)) item.page = s.pages;
  if (present(s.doi)) item.DOI = bareDoi(s.doi);
  if (present(s.pmid)) item.PMID = s.pmid;
  if (present(s.pmcid)) item.PMCID = s.pmcid;
  const url = present(s.doi) ? `https://doi.org/${bareDoi(s.doi)}` : s.url;
  if (present(url)) item.URL = url;
  const keywords = [DESIGN_KEYWORD[s.design ?? ''], ...extraKeywords].filter(present);
  if (keywords.length) item.keyword = keywords.join(', ');
  if (present(note)) item.note = note;
  return item;
}
