import fs from 'node:fs';
import { expect, test } from 'vitest';
import { WORKBOOK_SHEETS } from '../../server/src/workbook/workbook-sheets.js';

const doc = fs.readFileSync(new URL('../../docs/workbook.md', import.meta.url), 'utf8');

test('docs/workbook.md names every sheet and every column the reader reads', () => {
  const missing = WORKBOOK_SHEETS.flatMap((s) =>
    [`### \`${s.name}\``, ...s.columns.map((c) => `| \`${c.name}\``)].filter((line) => !doc.includes(line)).map((line) => `${s.name}: ${line}`),
  );
  expect(missing).toEqual([]);
});
