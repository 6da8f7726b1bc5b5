import { parseArgs } from 'node:util';
import { startUp } from '../start-up.js';
import { importWorkbook } from '../use-cases/workbook-import.js';
import { readWorkbookPath } from '../workbook/read-input.js';
import { formatImportReport } from '../workbook/format-report.js';

const USAGE = `usage: npm run import -- <file.xlsx | folder of CSV files> [--dry-run]
  Imports a reviewer's extraction workbook (docs/workbook.md): everything is checked first, then written in one
  transaction, or nothing is. --dry-run reports what would be added and changed, and the claims whose verdict or
  certainty would change, without writing. Uses NEO4J_URI, else starts the local Neo4j as \`npm run seed\` does.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const { tables, problems } = await readWorkbookPath(positionals[0]!);
  const { db, close } = await startUp({ queryMs: () => 120_000 });
  try {
    const report = await importWorkbook(db, tables, { dryRun: values['dry-run'] ?? false, readProblems: problems });
    console.log(formatImportReport(report));
    return report.problems.length ? 1 : 0;
  } finally {
    await close();
  }
}

process.exitCode = await main();
