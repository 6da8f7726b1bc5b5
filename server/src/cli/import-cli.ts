import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSeed } from '../seed/check-seed.js';
import { SHARED_DIR } from '../seed/seed-root.js';
import { checkWorkbook } from '../workbook/check-workbook.js';
import { writeQuestionFolders } from '../workbook/write-question-folder.js';
import { formatWorkbookProblem, type WorkbookProblem } from '../workbook/workbook-problem.js';
import type { Tables } from '../workbook/workbook-table.js';
import { startUp } from '../start-up.js';
import { importWorkbook } from '../use-cases/workbook-import.js';
import { readWorkbookPath } from '../workbook/read-input.js';
import { formatImportReport } from '../workbook/format-report.js';

const USAGE = `usage: npm run import -- <file.xlsx | folder of CSV files> [--dry-run] [--to-folder <seed root>]
  Imports a reviewer's extraction workbook (docs/workbook.md): everything is checked first, then written in one
  transaction, or nothing is. --dry-run reports what would be added and changed, and the claims whose verdict or
  certainty would change, without writing. --to-folder writes the checked workbook as seed folders instead
  (<root>/questions/<id>/, with the shared records <root>/shared/ lacks), touching no database.
  Uses NEO4J_URI, else starts the local Neo4j as \`npm run seed\` does.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, 'to-folder': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const { tables, problems } = await readWorkbookPath(positionals[0]!);
  if (values['to-folder']) return toFolder(tables, problems, values['to-folder']);
  const { db, close } = await startUp({ queryMs: () => 120_000 });
  try {
    const report = await importWorkbook(db, tables, { dryRun: values['dry-run'] ?? false, readProblems: problems });
    console.log(formatImportReport(report));
    return report.problems.length ? 1 : 0;
  } finally {
    await close();
  }
}

/** The checked workbook as seed folders: no database, the same checks as an import (less the graph's DOIs). */
function toFolder(tables: Tables, readProblems: WorkbookProblem[], root: string): number {
  const { data, problems } = checkWorkbook(tables);
  const all = [...readProblems, ...(readProblems.length ? [] : problems)];
  if (all.length) {
    console.error([`The workbook has ${all.length} problem(s); nothing was written:`, ...all.map((p) => `  ${formatWorkbookProblem(p)}`)].join('\n'));
    return 1;
  }
  const shared = fs.existsSync(path.join(root, SHARED_DIR)) ? checkSeed(root).shared : { studies: [], techniques: [], mechanisms: [], conditions: [], outcomes: [], relations: [] };
  for (const file of writeQuestionFolders(data, root, shared)) console.log(`wrote ${file}`);
  return 0;
}

process.exitCode = await main();
