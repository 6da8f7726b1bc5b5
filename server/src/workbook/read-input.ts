import fs from 'node:fs';
import { readCsvFolder } from './csv-folder.js';
import { readXlsx, type TablesWithProblems } from './read-xlsx.js';
import { MAX_WORKBOOK_BYTES } from './workbook-sheets.js';
import { fileProblem } from './workbook-problem.js';

/** A workbook from disk: an .xlsx file, or a folder of one CSV file per sheet. The size is checked before reading. */
export async function readWorkbookPath(path: string): Promise<TablesWithProblems> {
  if (!fs.existsSync(path)) return { tables: new Map(), problems: [fileProblem(`${path} does not exist`)] };
  const stat = fs.statSync(path);
  if (stat.isDirectory()) return readCsvFolder(path);
  if (stat.size > MAX_WORKBOOK_BYTES)
    return { tables: new Map(), problems: [fileProblem(`the file is ${stat.size} bytes; at most ${MAX_WORKBOOK_BYTES} are read`)] };
  return readXlsx(new Uint8Array(fs.readFileSync(path)));
}
