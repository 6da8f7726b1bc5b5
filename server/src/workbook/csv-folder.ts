import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { MAX_WORKBOOK_BYTES, README_SHEET, WORKBOOK_SHEETS } from './workbook-sheets.js';
import { readSheet, type TablesWithProblems } from './read-xlsx.js';
import { fileProblem, type WorkbookProblem } from './workbook-problem.js';
import type { Tables } from './workbook-table.js';

/** Reads a folder of CSV files, one per sheet (`<sheet>.csv`, header row first); other files are ignored. */
export async function readCsvFolder(dir: string): Promise<TablesWithProblems> {
  const tables: Tables = new Map();
  const problems: WorkbookProblem[] = [];
  const files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv'));
  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  if (bytes > MAX_WORKBOOK_BYTES) return { tables, problems: [fileProblem(`the CSV files hold ${bytes} bytes; at most ${MAX_WORKBOOK_BYTES} are read`)] };
  for (const file of files) {
    const name = file.slice(0, -'.csv'.length);
    if (name === README_SHEET) continue;
    const workbook = new ExcelJS.Workbook();
    // Every value stays text: numbers and dates are read by the column's kind, not guessed from the text.
    const sheet = await workbook.csv.read(Readable.from(fs.readFileSync(path.join(dir, file))), { sheetName: name, map: (value: unknown) => value });
    tables.set(name, readSheet(sheet, problems));
  }
  return { tables, problems };
}

/** Writes tables as `<sheet>.csv` files in `dir` (created when missing), same headers as the XLSX sheets. */
export async function writeCsvFolder(tables: Tables, dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const spec of WORKBOOK_SHEETS) {
    const table = tables.get(spec.name);
    if (!table) continue;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow(table.headers);
    for (const row of table.rows) sheet.addRow(table.headers.map((h) => row.cells[h] ?? ''));
    const file = path.join(dir, `${spec.name}.csv`);
    fs.writeFileSync(file, (await workbook.csv.writeBuffer({ sheetName: spec.name })) as unknown as Uint8Array);
    written.push(file);
  }
  return written;
}
