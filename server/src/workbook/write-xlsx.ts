import ExcelJS from 'exceljs';
import { README_SHEET, WORKBOOK_SHEETS } from './workbook-sheets.js';
import type { Tables } from './workbook-table.js';

const README_LINES = [
  'evigraph extraction workbook: one question, its articles, claims, studies, findings and evidence links.',
  'One row per record. A list cell holds its items separated by ";" (write an item\'s own ";" as "\\;").',
  'Do not merge cells or use formulas: they are refused. Row 1 of every sheet is its header; keep the column names.',
  'Import: npm run import -- <file.xlsx> [--dry-run], or the workbook form on the page (curator token).',
  'The format in full: docs/workbook.md.',
  '',
];

/** The README sheet: what the workbook is, then each sheet and column with what it holds. */
function addReadme(workbook: ExcelJS.Workbook) {
  const sheet = workbook.addWorksheet(README_SHEET);
  sheet.columns = [{ width: 24 }, { width: 26 }, { width: 90 }];
  for (const line of README_LINES) sheet.addRow([line]);
  sheet.addRow(['sheet', 'column', 'what it holds']).font = { bold: true };
  for (const spec of WORKBOOK_SHEETS) {
    sheet.addRow([spec.name, '', spec.help]);
    for (const c of spec.columns) sheet.addRow(['', c.name + (c.optional ? ' (optional)' : ''), c.help]);
  }
}

/** Writes tables as an XLSX workbook: the README sheet first, then one sheet per table with a bold, frozen header. */
export async function writeXlsx(tables: Tables): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'evigraph';
  addReadme(workbook);
  for (const spec of WORKBOOK_SHEETS) {
    const table = tables.get(spec.name);
    if (!table) continue;
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    for (const row of table.rows) sheet.addRow(table.headers.map((h) => row.cells[h] ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
