import type { Db } from '../db/db.js';

/** Studies that share the DOI (case-insensitively), the PMID, or the year (their titles are compared in code). */
export const FIND_STUDY_CANDIDATES = /* cypher */ `
  MATCH (s:Study)
  WHERE ($doi IS NOT NULL AND toLower(s.doi) = toLower($doi)) OR ($pmid IS NOT NULL AND s.pmid = $pmid) OR ($year IS NOT NULL AND s.year = $year)
  RETURN s.id AS id, s.doi AS doi, s.pmid AS pmid, s.title AS title, s.year AS year`;

/** The study a new record would duplicate and why, or null. */
export interface DuplicateStudy {
  id: string;
  field: 'doi' | 'pmid' | 'title';
}

/** Titles compared without case, punctuation or spacing: a trailing full stop or an en dash does not make a new study. */
const titleKey = (t: unknown) => String(t ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export async function findDuplicateStudy(db: Db, record: { doi?: string | null; pmid?: string | null; title?: string | null; year?: number | null }): Promise<DuplicateStudy | null> {
  const params = { doi: record.doi || null, pmid: record.pmid || null, year: record.year ?? null };
  if (!params.doi && !params.pmid && params.year == null) return null;
  const rows = await db.read<{ id: string; doi: string | null; pmid: string | null; title: string | null; year: number | null }>('FIND_STUDY_CANDIDATES', FIND_STUDY_CANDIDATES, params);
  const byDoi = params.doi && rows.find((r) => r.doi?.toLowerCase() === params.doi!.toLowerCase());
  if (byDoi) return { id: byDoi.id, field: 'doi' };
  const byPmid = params.pmid && rows.find((r) => r.pmid === params.pmid);
  if (byPmid) return { id: byPmid.id, field: 'pmid' };
  const key = titleKey(record.title);
  const byTitle = key && rows.find((r) => r.year === params.year && titleKey(r.title) === key);
  return byTitle ? { id: byTitle.id, field: 'title' } : null;
}
