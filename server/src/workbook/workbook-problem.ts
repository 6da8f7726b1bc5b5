/** One thing wrong with a workbook, named by sheet, row (as the spreadsheet numbers it; header = 1) and column. */
export interface WorkbookProblem {
  sheet: string;
  /** 0 when the problem is the sheet or file as a whole. */
  row: number;
  /** '-' when no single column is at fault. */
  column: string;
  message: string;
}

export const formatWorkbookProblem = (p: WorkbookProblem) =>
  `${p.sheet}${p.row ? ` row ${p.row}` : ''}${p.column !== '-' ? ` column ${p.column}` : ''}: ${p.message}`;

/** Thrown before any write when a workbook has problems; lists all of them. */
export class WorkbookError extends Error {
  constructor(readonly problems: WorkbookProblem[]) {
    super(`The workbook has ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  ${formatWorkbookProblem(p)}`).join('\n')}`);
  }
}

export const fileProblem = (message: string, sheet = '(file)'): WorkbookProblem => ({ sheet, row: 0, column: '-', message });
