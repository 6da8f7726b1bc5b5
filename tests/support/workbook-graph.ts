import type { Db } from '../../server/src/db/db.js';
import { readGraph } from '../../server/src/workbook/read-graph.js';
import { dataToTables } from '../../server/src/workbook/data-to-tables.js';
import { writeXlsx } from '../../server/src/workbook/write-xlsx.js';
import { readXlsx } from '../../server/src/workbook/read-xlsx.js';
import type { Tables } from '../../server/src/workbook/workbook-table.js';

/** The whole graph exported to XLSX and read back, as an import would read the file. */
export async function exportedTables(db: Db): Promise<Tables> {
  const { tables, problems } = await readXlsx(await writeXlsx(dataToTables(await readGraph(db))));
  if (problems.length) throw new Error(`the exported workbook does not read back: ${JSON.stringify(problems)}`);
  return tables;
}
