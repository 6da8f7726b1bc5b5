import { z } from 'zod';
import { fetchJson } from './fetch-json.js';
import { initialsOf, textOrNull, type FoundRecord } from './found-record.js';
import { metadataUnavailable } from './metadata-errors.js';

/** The parts of Crossref's `GET /works/{doi}` answer (message-type "work") that a study record uses. */
const CrossrefWork = z.object({
  status: z.literal('ok'),
  message: z.object({
    DOI: z.string(),
    title: z.array(z.string()).min(1),
    author: z.array(z.object({ given: z.string().optional(), family: z.string().optional(), name: z.string().optional() })).optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().nullable())) }).optional(),
    'container-title': z.array(z.string()).optional(),
    volume: z.string().optional(),
    issue: z.string().optional(),
    page: z.string().optional(),
  }),
});

const authorName = (a: { given?: string; family?: string; name?: string }) => (a.family ? `${a.family} ${initialsOf(a.given ?? '')}`.trim() : (a.name ?? '').trim());

/** Looks a DOI up in Crossref; `baseUrl` is the API root (https://api.crossref.org in production). */
export async function crossrefRecord(baseUrl: string, doi: string, timeoutMs: number): Promise<FoundRecord> {
  const url = `${baseUrl.replace(/\/$/, '')}/works/${encodeURIComponent(doi)}`;
  const body = CrossrefWork.safeParse(await fetchJson('Crossref', url, timeoutMs, `DOI ${doi}`));
  if (!body.success) throw metadataUnavailable('Crossref', 'answered in an unexpected shape (no work with a title)');
  const w = body.data.message;
  const year = w.issued?.['date-parts'][0]?.[0];
  return {
    title: w.title[0]!.trim(),
    authors: (w.author ?? []).map(authorName).filter(Boolean),
    year: typeof year === 'number' ? year : null,
    journal: textOrNull(w['container-title']?.[0]),
    volume: textOrNull(w.volume),
    issue: textOrNull(w.issue),
    pages: textOrNull(w.page),
    doi: w.DOI,
    pmid: null,
    source: url,
  };
}
