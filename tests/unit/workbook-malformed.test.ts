import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { dataToTables } from '../../server/src/workbook/data-to-tables.js';
import { checkWorkbook } from '../../server/src/workbook/check-workbook.js';
import { readXlsx } from '../../server/src/workbook/read-xlsx.js';
import { writeXlsx } from '../../server/src/workbook/write-xlsx.js';
import { MAX_ROWS_PER_SHEET, MAX_WORKBOOK_BYTES } from '../../server/src/workbook/workbook-sheets.js';
import type { WorkbookProblem } from '../../server/src/workbook/workbook-problem.js';
import type { Table, Tables } from '../../server/src/workbook/workbook-table.js';
import { seedAsWorkbookData } from '../support/workbook-fixture.js';

/** The seed's workbook as tables, changed by `edit`, then checked. */
function problemsAfter(edit: (tables: Tables) => void): WorkbookProblem[] {
  const tables = dataToTables(seedAsWorkbookData());
  edit(tables);
  return checkWorkbook(tables).problems;
}

const sheet = (tables: Tables, name: string): Table => tables.get(name)!;
const setCell = (tables: Tables, name: string, index: number, column: string, value: string | number | null) => {
  sheet(tables, name).rows[index]!.cells[column] = value;
};

/** The seed's workbook as an XLSX file, changed with exceljs by `edit`, then read and checked. */
let seedXlsx: Promise<Buffer> | undefined;
async function xlsxProblemsAfter(edit: (workbook: ExcelJS.Workbook) => void): Promise<WorkbookProblem[]> {
  seedXlsx ??= writeXlsx(dataToTables(seedAsWorkbookData()));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await seedXlsx) as unknown as ArrayBuffer);
  edit(workbook);
  const { tables, problems } = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return problems.length ? problems : checkWorkbook(tables).problems;
}

describe('a malformed workbook is refused, each problem named by sheet, row and column', { timeout: 30_000 }, () => {
  test('the seed workbook itself has no problem (the cases below fail for their own reason)', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  test('a missing sheet', () => {
    expect(problemsAfter((t) => t.delete('evidence'))).toContainEqual({ sheet: 'evidence', row: 0, column: '-', message: 'sheet is missing' });
  });

  test('an unknown sheet', () => {
    const problems = problemsAfter((t) => t.set('notes', { sheet: 'notes', headers: ['x'], rows: [] }));
    expect(problems).toContainEqual(expect.objectContaining({ sheet: 'notes', row: 0, message: expect.stringMatching(/unknown sheet/) }));
  });

  test('an unknown column', () => {
    const problems = problemsAfter((t) => sheet(t, 'claims').headers.push('colour'));
    expect(problems).toContainEqual(expect.objectContaining({ sheet: 'claims', row: 1, column: 'colour', message: expect.stringMatching(/unknown column/) }));
  });

  test('a missing required column', () => {
    const problems = problemsAfter((t) => {
      const s = sheet(t, 'evidence');
      s.headers = s.headers.filter((h) => h !== 'stance');
    });
    expect(problems).toContainEqual({ sheet: 'evidence', row: 1, column: 'stance', message: 'required column is missing' });
  });

  test('an evidence link without a reason', () => {
    expect(problemsAfter((t) => setCell(t, 'evidence', 3, 'why', null))).toEqual([
      { sheet: 'evidence', row: 5, column: 'why', message: 'every evidence link states why, in one sentence' },
    ]);
  });

  test('an evidence link without a stance', () => {
    expect(problemsAfter((t) => setCell(t, 'evidence', 0, 'stance', null))).toEqual([
      { sheet: 'evidence', row: 2, column: 'stance', message: 'every evidence link states its stance: SUPPORTS, CONTRADICTS or QUALIFIES' },
    ]);
  });

  test('a claim quote over 300 characters', () => {
    const problems = problemsAfter((t) => setCell(t, 'assertions', 1, 'quote', 'word '.repeat(61).trim()));
    expect(problems).toEqual([{ sheet: 'assertions', row: 3, column: 'quote', message: 'quote is 304 characters; 300 at most (a quote, not a passage)' }]);
  });

  test('a source that is not an http(s) address', () => {
    const problems = problemsAfter((t) => setCell(t, 'sources', 1, 'url', 'javascript:alert(1)'));
    expect(problems).toEqual([{ sheet: 'sources', row: 3, column: 'url', message: '"javascript:alert(1)" is not an http or https address' }]);
  });

  test('a relation to a missing study', () => {
    const problems = problemsAfter((t) => setCell(t, 'relations', 0, 'to', 'no-such-study'));
    expect(problems).toEqual([{ sheet: 'relations', row: 2, column: 'to', message: 'refers to study "no-such-study", which does not exist' }]);
  });

  test('a duplicate DOI', () => {
    const problems = problemsAfter((t) => {
      const rows = sheet(t, 'studies').rows;
      const first = rows.find((r) => r.cells.doi)!;
      const other = rows.find((r) => r.cells.doi && r !== first)!;
      other.cells.doi = String(first.cells.doi).toUpperCase();
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'studies', column: 'doi', message: expect.stringMatching(/is already study ".+"'s/) });
  });

  test('a bad id', () => {
    const problems = problemsAfter((t) => setCell(t, 'claims', 2, 'id', 'Bad Id!'));
    expect(problems).toContainEqual({ sheet: 'claims', row: 4, column: 'id', message: 'must be a lowercase slug (a-z, 0-9, -)' });
  });

  test('a link to a claim that does not exist', () => {
    expect(problemsAfter((t) => setCell(t, 'evidence', 4, 'claim', 'no-such-claim'))).toEqual([
      { sheet: 'evidence', row: 6, column: 'claim', message: 'refers to claim "no-such-claim", which does not exist' },
    ]);
  });

  test('a finding number used twice for one study', () => {
    const problems = problemsAfter((t) => {
      const rows = sheet(t, 'findings').rows;
      const second = rows.findIndex((r, i) => i > 0 && r.cells.study === rows[i - 1]!.cells.study);
      rows[second]!.cells.finding = rows[second - 1]!.cells.finding!;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: 'findings', column: 'finding', message: expect.stringMatching(/already has a finding \d+$/) }),
    );
  });

  test('a link to a finding number the study lacks', () => {
    const problems = problemsAfter((t) => {
      const findings = sheet(t, 'findings');
      const evidence = sheet(t, 'evidence').rows;
      const link = evidence.find((r) => r.cells.finding === 0 && findings.rows.some((f) => f.cells.study === r.cells.study && f.cells.finding === 1))!;
      findings.rows = findings.rows.filter((f) => !(f.cells.study === link.cells.study && f.cells.finding === 0));
      for (const r of evidence) if (r.cells.study === link.cells.study && r.cells.finding === 0 && r !== link) r.cells.finding = 1;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: 'evidence', column: 'finding', message: expect.stringMatching(/^study ".+" has no finding 0$/) }),
    );
  });

  test('findingSet naming a question the workbook does not have', () => {
    expect(problemsAfter((t) => setCell(t, 'evidence', 0, 'findingSet', 'no-such-question'))).toEqual([
      { sheet: 'evidence', row: 2, column: 'findingSet', message: 'refers to question "no-such-question", which is not in the question sheet' },
    ]);
  });

  test('a number cell that is not a number', () => {
    expect(problemsAfter((t) => setCell(t, 'studies', 0, 'year', 'nineteen ninety'))).toContainEqual({
      sheet: 'studies',
      row: 2,
      column: 'year',
      message: '"nineteen ninety" is not a number',
    });
  });

  test('a sheet over the row cap', () => {
    const problems = problemsAfter((t) => {
      const s = sheet(t, 'assertions');
      s.rows = Array.from({ length: MAX_ROWS_PER_SHEET + 1 }, (_, i) => ({ ...s.rows[0]!, row: i + 2 }));
    });
    expect(problems).toContainEqual({
      sheet: 'assertions',
      row: 0,
      column: '-',
      message: `has ${MAX_ROWS_PER_SHEET + 1} rows; at most ${MAX_ROWS_PER_SHEET} are read`,
    });
  });

  test('a formula cell', async () => {
    const problems = await xlsxProblemsAfter((wb) => {
      wb.getWorksheet('claims')!.getCell('B3').value = { formula: 'CONCAT("a","b")' } as ExcelJS.CellFormulaValue;
    });
    expect(problems).toEqual([
      { sheet: 'claims', row: 3, column: 'statement', message: 'formula cell: type or paste the value itself (formulas are not evaluated)' },
    ]);
  });

  test('merged cells', async () => {
    const problems = await xlsxProblemsAfter((wb) => wb.getWorksheet('techniques')!.mergeCells('B2:C2'));
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: 'techniques', row: 2, column: 'description', message: expect.stringMatching(/merged cells/) }),
    );
  });

  test('an enormous file is refused before it is parsed', async () => {
    const bytes = new Uint8Array(MAX_WORKBOOK_BYTES + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const { problems } = await readXlsx(bytes);
    expect(problems).toEqual([
      { sheet: '(file)', row: 0, column: '-', message: `the file is ${MAX_WORKBOOK_BYTES + 1} bytes; at most ${MAX_WORKBOOK_BYTES} are read` },
    ]);
  });

  test('a file that is not a workbook', async () => {
    const { problems } = await readXlsx(new TextEncoder().encode('id,statement\nx,y\n'));
    expect(problems).toEqual([expect.objectContaining({ sheet: '(file)', message: expect.stringMatching(/not an XLSX workbook/) })]);
  });

  test('a zip that is not a workbook', async () => {
    const { problems } = await readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]));
    expect(problems).toEqual([expect.objectContaining({ sheet: '(file)', message: expect.stringMatching(/could not be opened/) })]);
  });
});
