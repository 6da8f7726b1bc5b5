import type { Db } from '../db/db.js';
import { dryRun } from '../db/dry-run.js';
import { inOneTransaction, ONE_TRANSACTION_TIMEOUT_MS } from '../db/one-transaction.js';
import { migrate } from '../db/migrations.js';
import { checkWorkbook } from '../workbook/check-workbook.js';
import { claimVerdicts, verdictChanges, type VerdictChange } from '../workbook/claim-verdicts.js';
import { diffSnapshots, snapshot, type SnapshotDiff } from '../workbook/graph-snapshot.js';
import { graphConflicts } from '../workbook/graph-conflicts.js';
import type { WorkbookProblem } from '../workbook/workbook-problem.js';
import type { Tables } from '../workbook/workbook-table.js';
import { writeWorkbookData } from '../workbook/write-to-graph.js';

/** What an import did, or (dry run) would do: problems, or counts of what was added and changed and the verdicts that moved. */
export interface WorkbookImportReport {
  dryRun: boolean;
  /** True only when the import was committed. */
  written: boolean;
  questions: string[];
  problems: WorkbookProblem[];
  /** Nodes per label and relationships per type added, changed (a property differs) and removed. */
  changes: SnapshotDiff[];
  verdictChanges: VerdictChange[];
}

/** Writes the data and reads what changed, all through `txDb` (one transaction). */
async function writeAndCompare(txDb: Db, write: (db: Db) => Promise<void>) {
  const [before, verdictsBefore] = [await snapshot(txDb), await claimVerdicts(txDb)];
  await write(txDb);
  const [after, verdictsAfter] = [await snapshot(txDb), await claimVerdicts(txDb)];
  return { changes: diffSnapshots(before, after), verdictChanges: verdictChanges(verdictsBefore, verdictsAfter) };
}

/**
 * Imports read workbook tables: every check first (sheets, cells, the seed's schemas and reference checks,
 * DOIs the graph already holds under another id), then one transaction that writes everything or nothing.
 * A dry run runs the same writes in a transaction that is rolled back and reports what they changed, with
 * each claim's verdict and certainty before and after by the claim page's own evidence rule.
 */
export async function importWorkbook(db: Db, tables: Tables, options: { dryRun: boolean; readProblems?: WorkbookProblem[] }): Promise<WorkbookImportReport> {
  const report: WorkbookImportReport = { dryRun: options.dryRun, written: false, questions: [], problems: [...(options.readProblems ?? [])], changes: [], verdictChanges: [] };
  if (report.problems.length) return report;
  const { data, origins, problems } = checkWorkbook(tables);
  report.questions = data.questions.map((q) => q.id);
  report.problems = problems.length ? problems : await graphConflicts(db, data, origins);
  if (report.problems.length) return report;
  const write = (txDb: Db) => writeWorkbookData(txDb, data);
  if (options.dryRun) return { ...report, ...(await dryRun(db, 'WORKBOOK_IMPORT', (txDb) => writeAndCompare(txDb, write), { timeoutMs: ONE_TRANSACTION_TIMEOUT_MS })) };
  await migrate(db); // constraints and indexes first: a schema change cannot share the import's transaction
  return { ...report, written: true, ...(await inOneTransaction(db, 'WORKBOOK_IMPORT', (txDb) => writeAndCompare(txDb, write))) };
}
