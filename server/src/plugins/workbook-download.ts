import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/db.js';
import type { Log } from '../log.js';
import { createMaskError } from '../errors/mask-error.js';
import { ID_PATTERN } from '../domain/patterns.js';
import { badInput } from '../errors/codes.js';
import { exportWorkbookTables, templateTables } from '../use-cases/workbook-export.js';
import { writeXlsx } from '../workbook/write-xlsx.js';

export const WORKBOOK_PATH = '/workbook/';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, DB_UNAVAILABLE: 503, BUSY: 503 };

/** `template` (blank), `all` (the whole graph) or a question id, from `/workbook/<name>.xlsx`. */
async function tablesFor(db: Db, name: string) {
  if (name === 'template') return templateTables();
  if (name === 'all') return exportWorkbookTables(db, null);
  if (!ID_PATTERN.test(name)) throw badInput(`"${name.slice(0, 80)}" is not a question id`, 'question');
  return exportWorkbookTables(db, name);
}

/**
 * `GET /workbook/template.xlsx` (the blank extraction workbook), `/workbook/all.xlsx` (the whole graph: a backup
 * that imports into an empty database as the same graph) and `/workbook/<questionId>.xlsx` (one question with the
 * shared records it uses). Errors answer JSON `{errors:[{message, extensions:{code}}]}`.
 */
export function useWorkbookDownload(db: Db, log: Log): Plugin {
  const maskError = createMaskError(log);
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(WORKBOOK_PATH)) return;
      const name = /^\/workbook\/([^/]+)\.xlsx$/.exec(url.pathname)?.[1];
      if (!name) return endResponse(fetchAPI.Response.json({ errors: [{ message: 'Use /workbook/template.xlsx, /workbook/all.xlsx or /workbook/<question id>.xlsx', extensions: { code: 'NOT_FOUND' } }] }, { status: 404 }));
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response('Use GET', { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      try {
        const bytes = await writeXlsx(await tablesFor(db, decodeURIComponent(name)));
        const fileName = name === 'template' ? 'evigraph-workbook-template.xlsx' : `evigraph-${name}.xlsx`;
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
            headers: { 'content-type': XLSX_TYPE, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' },
          }),
        );
      } catch (err) {
        const error = maskError(err, 'Unexpected error.') as Error & { extensions?: { code?: string } };
        const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        endResponse(fetchAPI.Response.json({ errors: [{ message: error.message, extensions: { code } }] }, { status: STATUS_OF_CODE[code] ?? 500 }));
      }
    },
  };
}
