import type { MutationResolvers } from '../generated/graphql.js';
import { requireDirectWriter } from '../auth/require-curator.js';
import { importWorkbook } from '../use-cases/workbook-import.js';
import { readXlsx } from '../workbook/read-xlsx.js';

/** Mutation.importWorkbook: the token first, then the file read and checked; the whole workbook or nothing. */
export const workbookMutations: Pick<MutationResolvers, 'importWorkbook'> = {
  importWorkbook: async (_, { content, dryRun }, ctx) => {
    requireDirectWriter(ctx);
    const { tables, problems } = await readXlsx(new Uint8Array(Buffer.from(content, 'base64')));
    const report = await importWorkbook(ctx.db, tables, { dryRun: dryRun ?? false, readProblems: problems });
    return report;
  },
};
