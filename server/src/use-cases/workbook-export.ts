import type { Db } from '../db/db.js';
import { badInput } from '../errors/codes.js';
import { dataToTables } from '../workbook/data-to-tables.js';
import { readGraph } from '../workbook/read-graph.js';
import { questionSlice } from '../workbook/question-slice.js';
import { emptyWorkbookData } from '../workbook/workbook-data.js';
import type { Tables } from '../workbook/workbook-table.js';

/** The whole graph (`questionId` null) or one question with the shared records it uses, as workbook tables. */
export async function exportWorkbookTables(db: Db, questionId: string | null): Promise<Tables> {
  const all = await readGraph(db);
  if (questionId === null) return dataToTables(all);
  if (!all.questions.some((q) => q.id === questionId)) throw badInput(`unknown question "${questionId}"`, 'question');
  return dataToTables(questionSlice(all, questionId));
}

/** The blank template: every sheet with its headers and no rows. */
export const templateTables = (): Tables => dataToTables(emptyWorkbookData());
