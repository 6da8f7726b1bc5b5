import { z } from 'zod';
import { fetchJson } from './fetch-json.js';
import { textOrNull, type FoundRecord } from './found-record.js';
import { metadataNotFound, metadataUnavailable } from './metadata-errors.js';

/** One PubMed document summary as E-utilities' `esummary.fcgi?db=pubmed&retmode=json` gives it under `result[<uid>]`. */
const DocSum = z.object({
  uid: z.string(),
  title: z.string(),
  pubdate: z.string().optional(),
  source: z.string().optional(),
  fulljournalname: z.string().optional(),
  authors: z.array(z.object({ name: z.string(), authtype: z.string().optional() })).optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  articleids: z.array(z.object({ idtype: z.string(), value: z.string() })).optional(),
});
const ESummary = z.object({ result: z.record(z.string(), z.unknown()) });

/** Looks a PMID up through NCBI E-utilities; `baseUrl` is the eutils root (…/entrez/eutils in production). */
export async function eutilsRecord(baseUrl: string, pmid: string, timeoutMs: number): Promise<FoundRecord> {
  const url = `${baseUrl.replace(/\/$/, '')}/esummary.fcgi?db=pubmed&retmode=json&id=${encodeURIComponent(pmid)}`;
  const body = ESummary.safeParse(await fetchJson('PubMed (E-utilities)', url, timeoutMs, `PMID ${pmid}`));
  if (!body.success) throw metadataUnavailable('PubMed (E-utilities)', 'answered in an unexpected shape (no result)');
  const entry = body.data.result[pmid] as { error?: unknown } | undefined;
  if (!entry || entry.error) throw metadataNotFound('PubMed (E-utilities)', `PMID ${pmid}`);
  const doc = DocSum.safeParse(entry);
  if (!doc.success || !doc.data.title.trim()) throw metadataUnavailable('PubMed (E-utilities)', 'answered in an unexpected shape (a summary without a title)');
  const d = doc.data;
  const year = /\b(\d{4})\b/.exec(d.pubdate ?? '')?.[1];
  return {
    // PubMed ends titles with a full stop the article's own title does not carry.
    title: d.title.trim().replace(/\.$/, ''),
    authors: (d.authors ?? []).filter((a) => !a.authtype || a.authtype === 'Author').map((a) => a.name.trim()),
    year: year ? Number(year) : null,
    journal: textOrNull(d.source),
    volume: textOrNull(d.volume),
    issue: textOrNull(d.issue),
    pages: textOrNull(d.pages),
    doi: textOrNull(d.articleids?.find((a) => a.idtype === 'doi')?.value),
    pmid: d.uid,
    source: url,
  };
}
