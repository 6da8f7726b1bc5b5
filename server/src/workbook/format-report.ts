import type { WorkbookImportReport } from '../use-cases/workbook-import.js';
import { formatWorkbookProblem } from './workbook-problem.js';

/** The import report as lines of text, for the command line. */
export function formatImportReport(r: WorkbookImportReport): string {
  if (r.problems.length) {
    return [`The workbook has ${r.problems.length} problem(s); nothing was written:`, ...r.problems.map((p) => `  ${formatWorkbookProblem(p)}`)].join('\n');
  }
  const counted = r.changes.filter((c) => c.added || c.changed || c.removed);
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written)' : 'Imported'}: question(s) ${r.questions.join(', ')}`,
    counted.length
      ? `${r.dryRun ? 'Would add or change' : 'Added or changed'} (nodes by label, relationships by type):`
      : 'Nothing to add or change: the graph already holds this workbook.',
    ...counted.map((c) => `  ${c.kind}: ${c.added} added, ${c.changed} changed${c.removed ? `, ${c.removed} removed` : ''}`),
    r.verdictChanges.length ? `Claims whose verdict or certainty ${r.dryRun ? 'would change' : 'changed'}:` : 'No claim changes verdict or certainty.',
    ...r.verdictChanges.map((v) =>
      `  ${v.claimId}: ${v.verdictBefore ?? '(new claim)'} ${v.certaintyBefore ?? ''} → ${v.verdictAfter} ${v.certaintyAfter ?? ''}`.replace(/ +/g, ' '),
    ),
  ];
  return lines.join('\n');
}
