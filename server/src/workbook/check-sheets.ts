import { MAX_ROWS_PER_SHEET, README_SHEET, WORKBOOK_SHEETS, type SheetSpec } from './workbook-sheets.js';
import type { WorkbookProblem } from './workbook-problem.js';
import type { Tables } from './workbook-table.js';
import { readCell } from './cells.js';

/** One row's cells read as their columns' kinds. */
export interface ReadRow {
  row: number;
  values: Record<string, unknown>;
}

/** Every sheet present, no sheet or column unknown, every required column there, no sheet over the row cap. */
export function checkSheets(tables: Tables): WorkbookProblem[] {
  const problems: WorkbookProblem[] = [];
  const known = new Set(WORKBOOK_SHEETS.map((s) => s.name));
  for (const name of tables.keys()) {
    if (!known.has(name) && name !== README_SHEET) {
      problems.push({ sheet: name, row: 0, column: '-', message: `unknown sheet: the workbook's sheets are ${[...known].join(', ')} (and ${README_SHEET})` });
    }
  }
  for (const spec of WORKBOOK_SHEETS) {
    const table = tables.get(spec.name);
    if (!table) {
      problems.push({ sheet: spec.name, row: 0, column: '-', message: 'sheet is missing' });
      continue;
    }
    const columns = new Set(spec.columns.map((c) => c.name));
    const seen = new Set<string>();
    for (const header of table.headers) {
      if (!columns.has(header))
        problems.push({ sheet: spec.name, row: 1, column: header, message: `unknown column: ${spec.name} has ${[...columns].join(', ')}` });
      if (seen.has(header)) problems.push({ sheet: spec.name, row: 1, column: header, message: 'column appears twice' });
      seen.add(header);
    }
    for (const column of spec.columns) {
      if (!column.optional && !seen.has(column.name)) problems.push({ sheet: spec.name, row: 1, column: column.name, message: 'required column is missing' });
    }
    if (table.rows.length > MAX_ROWS_PER_SHEET) {
      problems.push({ sheet: spec.name, row: 0, column: '-', message: `has ${table.rows.length} rows; at most ${MAX_ROWS_PER_SHEET} are read` });
    }
  }
  return problems;
}

/** The rows of one sheet with every cell read as its column's kind; a cell that cannot be read is a problem. */
export function readRows(tables: Tables, spec: SheetSpec, problems: WorkbookProblem[]): ReadRow[] {
  const table = tables.get(spec.name);
  if (!table) return [];
  return table.rows.map(({ row, cells }) => {
    const values: Record<string, unknown> = {};
    for (const column of spec.columns) {
      const result = readCell(column.kind, cells[column.name] ?? null);
      if (result.ok) values[column.name] = result.value;
      else problems.push({ sheet: spec.name, row, column: column.name, message: result.message });
    }
    return { row, values };
  });
}
