import type { CitationFormat } from '../generated/graphql.js';
import { CITATION_FORMAT_LIST, type CitationFormatName } from '../domain/export-formats.js';

export interface FormatInfo {
  mimeType: string;
  extension: string;
  /** Lower-case name used in download URLs and on the command line. */
  param: string;
}

// schema.graphql's CitationFormat and the one list of formats must be the same set: this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_FORMATS_MATCH_LIST: Same<CitationFormat, CitationFormatName> = true;

/** Content-Type, file extension and URL/CLI name of each export format (from domain/export-formats.ts). */
export const CITATION_FORMATS = Object.fromEntries(
  CITATION_FORMAT_LIST.map(({ format, mimeType, extension, param }) => [format, { mimeType, extension, param }]),
) as Record<CitationFormat, FormatInfo>;

/** The format named by a URL or CLI parameter ("ris", "csl-json", "CSL_JSON"), or null. */
export function formatFromParam(param: string): CitationFormat | null {
  const p = param.trim().toLowerCase().replace(/_/g, '-');
  const hit = Object.entries(CITATION_FORMATS).find(([, info]) => info.param === p);
  return hit ? (hit[0] as CitationFormat) : null;
}

const slug = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').toLowerCase();

/**
 * File name that says what the export holds: `claim-<id>-supporting-contradicting.ris` (every stance its
 * studies take on the claim, "other" for listed studies that are not evidence on it), `study-<id>.bib`, or
 * `studies-<first id>-and-<n>-more.bib`; APA and Vancouver add the style before `.txt`.
 */
export function fileNameFor(format: CitationFormat, claimId: string | null | undefined, stanceTitles: readonly (string | null)[], studyIds: readonly string[]): string {
  let subject: string;
  if (claimId) {
    const groups = stanceTitles.filter((t): t is string => !!t).map((t) => (t === 'Other studies' ? 'other' : t.toLowerCase()));
    subject = ['claim', slug(claimId), ...groups].join('-');
  } else if (studyIds.length === 1) {
    subject = `study-${slug(studyIds[0]!)}`;
  } else {
    subject = `studies-${slug(studyIds[0] ?? 'none')}-and-${studyIds.length - 1}-more`;
  }
  const style = format === 'APA' || format === 'VANCOUVER' ? `-${CITATION_FORMATS[format].param}` : '';
  return `${subject}${style}.${CITATION_FORMATS[format].extension}`;
}

/** Relative URL that downloads the export (served by the export-download plugin). */
export function downloadUrlFor(format: CitationFormat, claimId: string | null | undefined, ids: readonly string[] | null | undefined): string {
  const q = new URLSearchParams();
  if (claimId) q.set('claimId', claimId);
  if (ids?.length) q.set('ids', ids.join(','));
  q.set('format', CITATION_FORMATS[format].param);
  return `/export/citations?${q.toString()}`;
}
