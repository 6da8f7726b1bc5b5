import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { startUp } from '../start-up.js';
import { exportWorkbookTables, templateTables } from '../use-cases/workbook-export.js';
import { writeCsvFolder } from '../workbook/csv-folder.js';
import { writeXlsx } from '../workbook/write-xlsx.js';

const USAGE = `usage: npm run export-workbook -- [--question <id>] [--template] [--csv] <out.xlsx | out folder>
  Writes the whole graph (or one question with the shared records it uses, or the blank template) as the
  extraction workbook (docs/workbook.md); --csv writes one CSV file per sheet into a folder instead.
  The whole-graph workbook imported into an empty database gives the same graph: a backup.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { question: { type: 'string' }, template: { type: 'boolean' }, csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const out = positionals[0]!;
  let tables = templateTables();
  if (!values.template) {
    const { db, close } = await startUp({ queryMs: () => 120_000 });
    try {
      tables = await exportWorkbookTables(db, values.question ?? null);
    } finally {
      await close();
    }
  }
  if (values.csv) await writeCsvFolder(tables, out);
  else fs.writeFileSync(out, new Uint8Array(await writeXlsx(tables)));
  const rows = [...tables.values()].reduce((n, t) => n + t.rows.length, 0);
  console.error(`wrote ${rows} rows in ${tables.size} sheets to ${out}`);
  return 0;
}

process.exitCode = await main();
