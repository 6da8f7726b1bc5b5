import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkSeed } from '../../server/src/seed/check-seed.js';
import { SEED_ROOT } from '../../server/src/seed/load-seed.js';
import { checkWorkbook } from '../../server/src/workbook/check-workbook.js';
import { dataToTables } from '../../server/src/workbook/data-to-tables.js';
import { writeQuestionFolders } from '../../server/src/workbook/write-question-folder.js';
import { seedAsWorkbookData } from '../support/workbook-fixture.js';

test('a workbook written as seed folders is the seed it came from (the seed checker accepts it)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-seed-'));
  fs.cpSync(path.join(SEED_ROOT, 'shared'), path.join(root, 'shared'), { recursive: true });
  const { data, problems } = checkWorkbook(dataToTables(seedAsWorkbookData()));
  expect(problems).toEqual([]);
  const written = writeQuestionFolders(data, root, checkSeed(SEED_ROOT).shared);
  expect(written.some((f) => f.endsWith('evidence.json'))).toBe(true);
  const original = checkSeed(SEED_ROOT);
  const rebuilt = checkSeed(root);
  expect(rebuilt.questions.map((q) => q.question)).toEqual(original.questions.map((q) => q.question));
  expect(rebuilt.claims).toEqual(original.claims);
  expect(rebuilt.evidence.length).toBe(original.evidence.length);
  expect(rebuilt.assertions).toEqual(original.assertions);
}, 30_000);
