/**
 * Writes the before/after table of every claim with evidence (markdown) from a saved "before" tsv of
 * scripts/claim-table.ts and the current rule: `npx tsx scripts/certainty-table.ts before.tsv > docs/certainty-changes.md`.
 */
import fs from 'node:fs';
import { seedSummaries } from '../tests/support/seed-summaries.js';

const WORDS: Record<string, string> = { HIGH: 'High', MODERATE: 'Moderate', LOW: 'Low', VERY_LOW: 'Very low' };
const before = new Map(
  fs
    .readFileSync(process.argv[2]!, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split('\t'))
    .map(([id, , level, verdict]) => [id!, { level: level!, verdict: verdict! }]),
);

const rows = seedSummaries().filter(({ id, summary }) => summary.studies > 0 || before.get(id)?.level !== '-');
console.log('| claim | before: certainty, verdict | after: certainty, verdict | what decided it |');
console.log('|---|---|---|---|');
for (const { id, summary: s } of rows) {
  const b = before.get(id)!;
  const a = s.assessment;
  const lowered = a.domains.filter((d) => d.levels > 0).map((d) => `${d.domain.toLowerCase().replace(/_/g, ' ')} −${d.levels}`);
  const decided = a.level == null ? a.startReason : [`starts ${WORDS[a.start!]!.toLowerCase()}`, ...lowered, a.ceiling ? `capped by a review's own rating (${WORDS[a.ceiling]!.toLowerCase()})` : ''].filter(Boolean).join('; ');
  const level = (l: string | null) => (l && l !== '-' ? WORDS[l] : '—');
  console.log(`| ${id} | ${level(b.level)}, ${b.verdict} | ${level(s.certainty)}, ${s.verdict.toLowerCase().replace(/_/g, ' ')} | ${decided}. Verdict: ${s.verdictReason} |`);
}
