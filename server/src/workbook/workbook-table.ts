/** A cell's value as the reader found it: text, a number, yes/no, or nothing. */
export type RawCell = string | number | boolean | null;

export interface TableRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Record<string, RawCell>;
}

/** One sheet (or one CSV file) read: its header names in order and its non-empty rows. */
export interface Table {
  sheet: string;
  headers: string[];
  rows: TableRow[];
}

/** Every sheet of a workbook by name (the README sheet is not kept). */
export type Tables = Map<string, Table>;
