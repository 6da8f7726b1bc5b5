import { echo } from '../errors/codes.js';
import { checkYear, DOI_PATTERN, isHttpUrl, MAX_AUTHORS, stripControl, STUDY_FIELD_CAPS } from '../input/validate-input.js';
import type { ImportedStudy } from './from-csl.js';
import { badFile } from './parse-citations.js';

/** The longest BibTeX key / RIS ID kept as a study id. */
export const MAX_KEY = 100;

const clean = (v: string | null) => (v == null ? null : stripControl(v).replace(/\s+/g, ' ').trim() || null);

/**
 * The same rules createStudy applies, for one imported record: control characters stripped,
 * http(s) URLs only, a plausible year, capped title, author count and field lengths.
 * BAD_USER_INPUT naming the entry (cut short when the key itself is huge) and the field otherwise.
 */
export function checkImportedStudy(s: ImportedStudy): ImportedStudy {
  const entry = echo(s.entry);
  const fail = (problem: string) => badFile(entry, problem);
  if (s.key && s.key.length > MAX_KEY) throw fail(`the key is longer than ${MAX_KEY} characters (${s.key.length})`);
  const title = clean(s.title);
  if (!title) throw fail('title is empty');
  if (title.length > STUDY_FIELD_CAPS.title) throw fail(`title is longer than ${STUDY_FIELD_CAPS.title} characters (${title.length})`);
  if (s.authors.length > MAX_AUTHORS) throw fail(`lists ${s.authors.length} authors; at most ${MAX_AUTHORS}`);
  const authors = s.authors.map((a) => clean(a)).filter((a): a is string => a !== null);
  const long = authors.find((a) => a.length > STUDY_FIELD_CAPS.author);
  if (long) throw fail(`an author name is longer than ${STUDY_FIELD_CAPS.author} characters`);
  try {
    checkYear(s.year);
  } catch (err) {
    throw fail(`year ${s.year} is not plausible: ${(err as Error).message}`);
  }
  const url = clean(s.url);
  if (url && (!isHttpUrl(url) || url.length > STUDY_FIELD_CAPS.url)) throw fail(`url must be an http(s) URL of at most ${STUDY_FIELD_CAPS.url} characters (got "${echo(url)}")`);
  const doi = clean(s.doi);
  if (doi && !DOI_PATTERN.test(doi)) throw fail(`doi must look like 10.1234/suffix (got "${echo(doi)}")`);
  const capped = (field: 'journal' | 'volume' | 'issue' | 'pages') => {
    const v = clean(s[field]);
    if (v && v.length > STUDY_FIELD_CAPS[field]) throw fail(`${field} is longer than ${STUDY_FIELD_CAPS[field]} characters`);
    return v;
  };
  return {
    ...s,
    entry,
    key: clean(s.key),
    title,
    authors,
    journal: capped('journal'),
    volume: capped('volume'),
    issue: capped('issue'),
    pages: capped('pages'),
    doi,
    pmid: clean(s.pmid),
    pmcid: clean(s.pmcid),
    url,
  };
}
