import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { dataToTables } from '../../server/src/workbook/data-to-tables.js';
import { writeXlsx } from '../../server/src/workbook/write-xlsx.js';
import { readXlsx } from '../../server/src/workbook/read-xlsx.js';
import { readCsvFolder, writeCsvFolder } from '../../server/src/workbook/csv-folder.js';
import { checkWorkbook } from '../../server/src/workbook/check-workbook.js';
import { seedAsWorkbookData } from '../support/workbook-fixture.js';

/**
 * The records as the graph stores them: a blank cell cannot tell "" from null from absent, and neither can the
 * graph (the loader stores no property for any of them), so all three compare as null.
 */
const plain = (x: unknown): unknown => {
  if (x === '' || x === undefined || x === null) return null;
  if (Array.isArray(x)) return x.map(plain);
  if (typeof x === 'object')
    return Object.fromEntries(
      Object.entries(x as object)
        .map(([k, v]) => [k, plain(v)])
        .filter(([, v]) => v !== null),
    );
  return x;
};

describe('the workbook holds the seed data unchanged', { timeout: 30_000 }, () => {
  test('seed data → XLSX → seed data', async () => {
    const data = seedAsWorkbookData();
    const { tables, problems: readProblems } = await readXlsx(await writeXlsx(dataToTables(data)));
    expect(readProblems).toEqual([]);
    const checked = checkWorkbook(tables);
    expect(checked.problems).toEqual([]);
    expect(plain(checked.data)).toEqual(plain(data));
  });

  test('seed data → CSV folder → seed data', async () => {
    const data = seedAsWorkbookData();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-csv-'));
    const files = await writeCsvFolder(dataToTables(data), dir);
    expect(files.map((f) => path.basename(f))).toContain('evidence.csv');
    const { tables, problems } = await readCsvFolder(dir);
    expect(problems).toEqual([]);
    const checked = checkWorkbook(tables);
    expect(checked.problems).toEqual([]);
    expect(plain(checked.data)).toEqual(plain(data));
  });
});
