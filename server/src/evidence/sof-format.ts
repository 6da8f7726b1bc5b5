import type { SofRow } from './summary-of-findings.js';

const LEVEL_WORDS: Record<string, string> = { HIGH: 'High', MODERATE: 'Moderate', LOW: 'Low', VERY_LOW: 'Very low' };
const certaintyText = (r: SofRow) => (r.certainty ? LEVEL_WORDS[r.certainty]! : 'No evidence');
const findings = (r: SofRow) => `${r.findingsSupporting} supporting, ${r.findingsContradicting} contradicting, ${r.findingsQualifying} qualifying`;

export const SOF_COLUMNS = ['Outcome', 'Measured as', 'Timepoint', 'Studies (distinct)', 'Participants', 'Findings', 'Effect', 'Pooled effect (REML)', 'Certainty (evigraph-grade-v2)', 'Reasons for downgrading', "Reviews' own certainty", 'Studies'];

const cells = (r: SofRow) => [
  r.outcome,
  r.measures.join('; ') || 'not stated',
  r.timepoint,
  String(r.studies),
  r.participants == null ? 'not reported' : String(r.participants),
  findings(r),
  r.effects.join('; ') || 'not stated',
  r.pooled.join('; ') || 'not pooled',
  certaintyText(r),
  r.certaintyReasons.join('; ') || 'none',
  r.statedCertainty.join('; '),
  r.studyLabels.join('; '),
];

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A summary-of-findings table as GitHub-flavoured Markdown, headed by the claim and the rule's caveat. */
export function sofMarkdown(statement: string, rows: readonly SofRow[], note: string): string {
  const head = [`# Summary of findings: ${mdCell(statement)}`, '', note, ''];
  if (!rows.length) return [...head, 'No study bears on this claim.', ''].join('\n');
  return [...head, `| ${SOF_COLUMNS.join(' | ')} |`, `|${SOF_COLUMNS.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${cells(r).map(mdCell).join(' | ')} |`), ''].join('\n');
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s);

/** A summary-of-findings table as RFC 4180 CSV (CRLF line ends; cells that a spreadsheet would run as formulas are quoted with a leading '). */
export function sofCsv(rows: readonly SofRow[]): string {
  return [SOF_COLUMNS, ...rows.map(cells)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
