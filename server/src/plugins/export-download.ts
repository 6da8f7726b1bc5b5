import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';
import { createMaskError } from '../errors/mask-error.js';
import { badInput } from '../errors/codes.js';
import { formatFromParam } from '../export/citation-formats.js';
import { CITATION_FORMAT_PARAMS } from '../domain/export-formats.js';
import { exportCitations } from '../use-cases/citations.js';
import { checkArgumentSizes } from '../input/argument-sizes.js';
import type { HeavyPool } from '../heavy/heavy-pool.js';
import { SOF_PATH, sensitivityFromParam, sofFormatFromParam } from '../export/sof-export.js';
import { exportSummaryOfFindings } from '../use-cases/claim-page.js';
import { scopeOf } from '../use-cases/questions.js';
import { requireClaimInQuestion, scopedCitationArgs } from '../use-cases/question-scope.js';

export const EXPORT_PATH = '/export/citations';

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, NOTHING_TO_EXPORT: 422, DB_UNAVAILABLE: 503, BUSY: 503 };

/** `filename` for plain ASCII readers and `filename*` (RFC 5987) for the rest. */
const contentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The arguments of Query.citations read from the download URL's query string. */
function argsOf(url: URL) {
  const formatParam = url.searchParams.get('format') ?? '';
  const format = formatFromParam(formatParam);
  if (!format) throw badInput(`format must be one of ${CITATION_FORMAT_PARAMS.join(', ')} (got "${formatParam}")`, 'format');
  const ids = url.searchParams.getAll('ids').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const args = { claimId: url.searchParams.get('claimId'), ids, format, question: url.searchParams.get('question') };
  checkArgumentSizes(args); // the same caps as the GraphQL arguments
  return args;
}

/** `GET /export/summary-of-findings?claimId=…&format=markdown|csv&exclude=small,secondary&question=…`: a claim's table as a file; a claim outside `question` is refused. */
async function summaryOfFindingsFile(db: Db, url: URL) {
  const formatParam = url.searchParams.get('format') ?? 'markdown';
  const format = sofFormatFromParam(formatParam);
  if (!format) throw badInput(`format must be markdown or csv (got "${formatParam}")`, 'format');
  const args = { claimId: url.searchParams.get('claimId') ?? '', exclude: url.searchParams.get('exclude') ?? '', question: url.searchParams.get('question') };
  checkArgumentSizes(args); // the same caps as the GraphQL arguments
  const question = await scopeOf({ db }, args.question);
  if (question && args.claimId) await requireClaimInQuestion({ db }, question, args.claimId);
  return exportSummaryOfFindings(db, args.claimId, format, sensitivityFromParam(args.exclude));
}

type FileOf = (db: Db, url: URL, heavy: HeavyPool) => Promise<{ content: string; mimeType: string; fileName: string }>;
const FILES: Record<string, FileOf> = {
  [EXPORT_PATH]: async (db, url, heavy) => exportCitations(db, await scopedCitationArgs({ db }, argsOf(url)), heavy.format),
  [SOF_PATH]: (db, url) => summaryOfFindingsFile(db, url),
};

/**
 * `GET /export/citations?claimId=…&ids=a,b&format=ris`: the same export as Query.citations, as a
 * file download with its Content-Type and file name. Errors answer JSON `{errors:[{message, extensions:{code}}]}`.
 */
export function useExportDownload(db: Db, log: Log, heavy: HeavyPool): Plugin {
  const maskError = createMaskError(log);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const file = FILES[url.pathname];
      if (!file) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response('Use GET', { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      try {
        const out = await file(db, url, heavy);
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : out.content, {
            headers: {
              'content-type': out.mimeType,
              'content-disposition': contentDisposition(out.fileName),
              'cache-control': 'no-store',
            },
          }),
        );
      } catch (err) {
        const error = maskError(err, 'Unexpected error.') as Error & { extensions?: { code?: string } };
        const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        const retry: Record<string, string> = code === 'BUSY' || code === 'DB_UNAVAILABLE' ? { 'retry-after': '5' } : {};
        endResponse(fetchAPI.Response.json({ errors: [{ message: error.message, extensions: { code } }] }, { status: STATUS_OF_CODE[code] ?? 500, headers: retry }));
      }
    },
  };
}
