import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { badInput, conflict } from '../errors/codes.js';
import { crossrefRecord } from '../metadata/crossref.js';
import { eutilsRecord } from '../metadata/eutils.js';
import type { FoundRecord } from '../metadata/found-record.js';
import { DOI_PATTERN } from '../domain/patterns.js';
import { findDuplicateStudy, type DuplicateStudy } from '../queries/find-duplicate-study.js';
import { labelUsingId } from './node-ids.js';

type MetadataConfig = Pick<Config, 'METADATA_CROSSREF_URL' | 'METADATA_EUTILS_URL' | 'METADATA_TIMEOUT_MS'>;

const FIELD_WORDS: Record<DuplicateStudy['field'], string> = { doi: 'the same DOI', pmid: 'the same PMID', title: 'the same title and year' };

/** CONFLICT naming the study already in the graph, with its id for a link. */
export function duplicateError(found: DuplicateStudy) {
  return conflict(`This study is already in the graph as "${found.id}" (${FIELD_WORDS[found.field]})`, { existingId: found.id, field: found.field });
}

/** "Cherkin DC" + 2011 → "cherkin2011", with -b, -c… when taken. */
async function suggestId(db: Db, record: FoundRecord): Promise<string> {
  const family = (record.authors[0] ?? record.title).split(/\s+/)[0]!.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'study';
  const base = `${family}${record.year ?? ''}`;
  for (const suffix of ['', '-b', '-c', '-d', '-e', '-f']) if (!(await labelUsingId(db, base + suffix))) return base + suffix;
  return `${base}-${Date.now().toString(36)}`;
}

/** Looks a DOI (Crossref) or a PMID (E-utilities) up; a study the graph holds already is refused before and after the look-up. */
export async function lookupStudy(db: Db, config: MetadataConfig, doi: string | null | undefined, pmid: string | null | undefined) {
  const d = doi?.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') || null;
  const p = pmid?.trim() || null;
  if (!d === !p) throw badInput('give either a DOI or a PMID', d ? 'pmid' : 'doi');
  if (d && !DOI_PATTERN.test(d)) throw badInput('doi must look like 10.1234/suffix', 'doi');
  if (p && !/^\d{1,9}$/.test(p)) throw badInput('pmid must be digits', 'pmid');
  const known = await findDuplicateStudy(db, { doi: d, pmid: p });
  if (known) throw duplicateError(known);
  const record = d
    ? await crossrefRecord(config.METADATA_CROSSREF_URL, d, config.METADATA_TIMEOUT_MS)
    : await eutilsRecord(config.METADATA_EUTILS_URL, p!, config.METADATA_TIMEOUT_MS);
  const duplicate = await findDuplicateStudy(db, record);
  if (duplicate) throw duplicateError(duplicate);
  return { ...record, suggestedId: await suggestId(db, record) };
}
