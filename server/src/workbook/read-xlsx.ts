import ExcelJS from 'exceljs';
import { MAX_ROWS_PER_SHEET, MAX_WORKBOOK_BYTES, README_SHEET } from './workbook-sheets.js';
import { fileProblem, type WorkbookProblem } from './workbook-problem.js';
import type { RawCell, Table, Tables } from './workbook-table.js';

export interface TablesWithProblems {
  tables: Tables;
  problems: WorkbookProblem[];
}

/** XLSX files are zip archives: they start with "PK\x03\x04". */
export const looksLikeXlsx = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const ISO_DAY = (d: Date) => d.toISOString().slice(0, 10);

/** One cell's value as text, number or yes/no; formulas, errors and merged cells are refused, not guessed. */
function cellValue(cell: ExcelJS.Cell): { value: RawCell } | { problem: string } {
  if (cell.isMerged) return { problem: 'merged cells are not read: unmerge them and fill each cell' };
  const v = cell.value;
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: ISO_DAY(v) };
  if ('formula' in v || 'sharedFormula' in v) return { problem: 'formula cell: type or paste the value itself (formulas are not evaluated)' };
  if ('error' in v) return { problem: `error cell (${String(v.error)})` };
  if ('richText' in v) return { value: v.richText.map((r) => r.text).join('') };
  if ('hyperlink' in v) {
    const text = typeof v.text === 'string' ? v.text : '';
    return { value: text.trim() ? text : v.hyperlink };
  }
  return { problem: 'this kind of cell is not read: type its value as text' };
}

/** One worksheet as a table: row 1 the headers, then every row with something in it. */
export function readSheet(sheet: ExcelJS.Worksheet, problems: WorkbookProblem[]): Table {
  const headers: string[] = [];
  const headerRow = sheet.getRow(1);
  for (let c = 1; c <= sheet.columnCount; c++) {
    const v = cellValue(headerRow.getCell(c));
    headers[c - 1] = 'value' in v && v.value !== null ? String(v.value).trim() : '';
  }
  while (headers.length && !headers[headers.length - 1]) headers.pop();
  headers.forEach((h, i) => {
    if (!h) problems.push({ sheet: sheet.name, row: 1, column: headerRow.getCell(i + 1).address.replace(/\d+$/, ''), message: 'column without a header' });
  });
  const table: Table = { sheet: sheet.name, headers, rows: [] };
  if (sheet.rowCount - 1 > MAX_ROWS_PER_SHEET) {
    problems.push({ sheet: sheet.name, row: 0, column: '-', message: `has ${sheet.rowCount - 1} rows; at most ${MAX_ROWS_PER_SHEET} are read` });
    return table;
  }
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Record<string, RawCell> = {};
    let filled = false;
    headers.forEach((header, i) => {
      const v = cellValue(row.getCell(i + 1));
      if ('problem' in v) problems.push({ sheet: sheet.name, row: r, column: header || String(i + 1), message: v.problem });
      else cells[header] = v.value;
      if (!('value' in v) || (v.value !== null && v.value !== '')) filled = true;
    });
    if (filled) table.rows.push({ row: r, cells });
  }
  return table;
}

/**
 * Reads an XLSX file into tables. The size is checked before parsing, the file type by its first bytes;
 * a file exceljs cannot open is one problem, not a crash.
 */
export async function readXlsx(bytes: Uint8Array): Promise<TablesWithProblems> {
  const tables: Tables = new Map();
  if (bytes.length > MAX_WORKBOOK_BYTES)
    return { tables, problems: [fileProblem(`the file is ${bytes.length} bytes; at most ${MAX_WORKBOOK_BYTES} are read`)] };
  if (!looksLikeXlsx(bytes))
    return { tables, problems: [fileProblem('not an XLSX workbook (an .xlsx file is a zip archive; save the spreadsheet as Excel Workbook .xlsx)')] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (err) {
    return { tables, problems: [fileProblem(`the workbook could not be opened: ${(err as Error).message}`)] };
  }
  const problems: WorkbookProblem[] = [];
  workbook.eachSheet((sheet) => {
    tables.set(sheet.name, sheet.name === README_SHEET ? { sheet: sheet.name, headers: [], rows: [] } : readSheet(sheet, problems));
  });
  return { tables, problems };
}
